package org.claimledger.verify;

/**
 * A legitimate change to the record that verify saw and found in order: a correction or retraction entry, the
 * claim it changes, who signed it and why. Reported apart from findings: correcting in public is not tampering.
 */
public record HistoryNote(long entry, String type, long claim, String signer, String signerName, String reason) {
    /** "claim 5 changed by correction entry 21 (signed by giulia.rossi, reason: ...)". */
    public String sentence() {
        String by = "(signed by " + signerName + ", reason: " + reason + ")";
        return type.equals("retraction")
                ? "claim " + claim + " retracted by entry " + entry + " " + by
                : "claim " + claim + " changed by correction entry " + entry + " " + by;
    }
}
