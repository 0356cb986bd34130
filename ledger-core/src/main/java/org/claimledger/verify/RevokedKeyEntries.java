package org.claimledger.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entries signed with an editor key at or after the time its revocation took effect (a backdated revocation after
 * a compromise reaches entries before it in the ledger), and how the newsroom handled each: re-affirmed by a later
 * entry, signed with a valid key, that names the entry's exact leaf hash; or, for a claim or a correction, the
 * claim retracted. Decided once the scan is over, since a revocation, a re-affirmation and a retraction may come
 * in any order. A handled entry is history; one left unhandled stays a key-not-valid finding.
 */
final class RevokedKeyEntries {
    /** How many handled entries the report lists one by one; the rest are counted. */
    static final int HISTORY_LISTED = 100;

    /** An entry signed by a revoked key: its finding if left unhandled, and what the history line says about it. */
    record Invalid(long seq, String leafHash, Long claim, String description, Finding finding) {
    }

    private record Reaffirmation(long seq, long target, String hash, String signer, String signerName, String reason) {
    }

    private record Retraction(long seq, String signer, String signerName, String reason) {
    }

    private final VerifyReport report;
    private final Map<Long, Invalid> invalid = new HashMap<>();
    private final List<Reaffirmation> reaffirmations = new ArrayList<>();
    private final Map<Long, Retraction> retractions = new HashMap<>();

    RevokedKeyEntries(VerifyReport report) {
        this.report = report;
    }

    void invalid(Invalid entry) {
        invalid.put(entry.seq(), entry);
    }

    void reaffirmation(long seq, long target, String hash, String signer, String signerName, String reason) {
        reaffirmations.add(new Reaffirmation(seq, target, hash, signer, signerName, reason));
    }

    void retraction(long seq, long claim, String signer, String signerName, String reason) {
        retractions.putIfAbsent(claim, new Retraction(seq, signer, signerName, reason));
    }

    /**
     * After the scan, with every other finding known: an entry that handles another counts only when it has no
     * finding of its own and is not itself signed by a revoked key.
     */
    void resolve() {
        Set<Long> faulty = new HashSet<>();
        report.findings().forEach(finding -> faulty.add(finding.seq()));
        Map<Long, HistoryNote> handled = new HashMap<>();
        for (Reaffirmation reaffirmation : reaffirmations) {
            Invalid target = invalid.get(reaffirmation.target());
            if (target == null) {
                report.add(Finding.mismatch(reaffirmation.seq(), FindingKind.REAFFIRMATION, "body.entry",
                        "an entry signed by a key after its revocation", Long.toString(reaffirmation.target()),
                        "the re-affirmation points at entry " + reaffirmation.target() + ", which no revocation "
                                + "invalidated: there is nothing to re-affirm"));
            } else if (!target.leafHash().equals(reaffirmation.hash())) {
                report.add(Finding.mismatch(reaffirmation.seq(), FindingKind.REAFFIRMATION, "body.hash",
                        target.leafHash(), reaffirmation.hash(), "the re-affirmation names other bytes than entry "
                                + target.seq() + " holds: it re-affirms nothing"));
            } else if (!faulty.contains(reaffirmation.seq()) && !invalid.containsKey(reaffirmation.seq())) {
                handled.putIfAbsent(target.seq(), new HistoryNote(reaffirmation.seq(), "reaffirmation", target.claim(),
                        reaffirmation.signer(), reaffirmation.signerName(), reaffirmation.reason(), target.seq(),
                        target.description()));
            }
        }
        for (Invalid entry : invalid.values()) {
            Retraction retraction = entry.claim() == null ? null : retractions.get(entry.claim());
            if (retraction != null && retraction.seq() != entry.seq() && !faulty.contains(retraction.seq())
                    && !invalid.containsKey(retraction.seq())) {
                handled.putIfAbsent(entry.seq(), new HistoryNote(retraction.seq(), "retraction", entry.claim(),
                        retraction.signer(), retraction.signerName(), retraction.reason(), entry.seq(),
                        entry.description()));
            }
        }
        List<Long> order = new ArrayList<>(invalid.keySet());
        order.sort(null);
        int listed = 0;
        for (long seq : order) {
            HistoryNote note = handled.get(seq);
            if (note == null) {
                report.add(invalid.get(seq).finding());
            } else if (listed++ < HISTORY_LISTED) {
                report.history(note);
            }
        }
        if (listed > HISTORY_LISTED) {
            report.note((listed - HISTORY_LISTED) + " more entries signed by revoked keys were re-affirmed or their "
                    + "claims retracted; they are not listed");
        }
    }
}
