package org.claimledger.verify;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.claimledger.entry.Entry;
import org.claimledger.json.FieldException;
import org.claimledger.json.JsonFields;

/**
 * Which claims exist and which are retracted, in a bit per entry (constant memory per entry, not per claim
 * body), so that corrections and retractions can be checked against them; and the history to report.
 */
final class ClaimReferences {
    /** How many corrections and retractions the report lists one by one; the rest are counted. */
    static final int HISTORY_LISTED = 100;

    private final VerifyReport report;
    private final BitSet claims = new BitSet();
    private final BitSet retracted = new BitSet();
    private final List<HistoryNote> changes = new ArrayList<>();
    private long changesLeftOut;

    ClaimReferences(VerifyReport report) {
        this.report = report;
    }

    void claim(long seq) {
        claims.set(Math.toIntExact(seq));
    }

    void retract(long target) {
        retracted.set(Math.toIntExact(target));
    }

    /** The claim a correction or retraction points at, or -1 (with a finding) when it points at no current claim. */
    long target(long seq, JsonFields body, String what) throws FieldException {
        long target = body.integer("claim");
        if (!body.has("reason") || body.text("reason").isBlank()) {
            report.add(Finding.of(seq, FindingKind.CLAIM_REFERENCE, "body.reason", "a " + what + " must give a reason"));
        }
        if (target < 0 || target >= seq || target > Integer.MAX_VALUE || !claims.get((int) target)) {
            report.add(Finding.mismatch(seq, FindingKind.CLAIM_REFERENCE, "body.claim", "the id of an earlier claim",
                    Long.toString(target), "the " + what + " points at claim " + target + ", which is not a claim of "
                            + "this ledger"));
            return -1;
        }
        if (retracted.get((int) target)) {
            report.add(Finding.mismatch(seq, FindingKind.CLAIM_REFERENCE, "body.claim", "a claim not yet retracted",
                    Long.toString(target), "the " + what + " points at claim " + target + ", which was already retracted"));
        }
        return target;
    }

    /** Keeps a correction or retraction to report as history, if nothing is found wrong with it. */
    void noteChange(Entry entry, String type, long target, JsonFields body, String signerName) throws FieldException {
        if (target < 0 || !body.has("reason")) {
            return; // A finding already says what is wrong with it.
        }
        if (changes.size() == HISTORY_LISTED) {
            changesLeftOut++;
            return;
        }
        changes.add(new HistoryNote(entry.seq(), type, target, entry.signer(), signerName, body.text("reason")));
    }

    /** Lists the corrections and retractions that verify found nothing wrong with, as history rather than findings. */
    void reportHistory() {
        Set<Long> faulty = new HashSet<>();
        report.findings().forEach(finding -> faulty.add(finding.seq()));
        for (HistoryNote change : changes) {
            if (!faulty.contains(change.entry())) {
                report.history(change);
            }
        }
        if (changesLeftOut > 0) {
            report.note(changesLeftOut + " more corrections and retractions are not listed; 'claimledger history ID' "
                    + "shows each claim's");
        }
    }
}
