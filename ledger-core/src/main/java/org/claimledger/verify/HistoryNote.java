package org.claimledger.verify;

/**
 * A legitimate change to the record that verify saw and found in order, reported apart from findings (correcting
 * in public is not tampering): a correction or retraction entry, the claim it changes, who signed it and why; or
 * the entry that handles an entry signed with a key after its revocation ({@code handles}, described by
 * {@code invalidity}): a re-affirmation of it, or the retraction of its claim.
 */
public record HistoryNote(long entry, String type, Long claim, String signer, String signerName, String reason,
        Long handles, String invalidity) {
    public HistoryNote(long entry, String type, Long claim, String signer, String signerName, String reason) {
        this(entry, type, claim, signer, signerName, reason, null, null);
    }

    /**
     * "claim 5 changed by correction entry 21 (signed by giulia.rossi, reason: ...)", or "entry 9 (claim 9) was signed
     * by giulia.rossi (...) after its revocation from ... (entry 27); re-affirmed by marco.bianchi in entry 31
     * (reason: ...)".
     */
    public String sentence() {
        if (handles != null) {
            String how = type.equals("reaffirmation") ? "re-affirmed by " + signerName + " in entry " + entry
                    : "claim " + claim + " retracted by " + signerName + " in entry " + entry;
            return invalidity + "; " + how + " (reason: " + reason + ")";
        }
        String by = "(signed by " + signerName + ", reason: " + reason + ")";
        return type.equals("retraction")
                ? "claim " + claim + " retracted by entry " + entry + " " + by
                : "claim " + claim + " changed by correction entry " + entry + " " + by;
    }
}
