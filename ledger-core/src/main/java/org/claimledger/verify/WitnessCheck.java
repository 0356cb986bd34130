package org.claimledger.verify;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.claimledger.failure.LedgerException;
import org.claimledger.note.NoteException;
import org.claimledger.note.SignedNote;

/**
 * The auditor's demand that witnesses vouch for the ledger: its latest stored checkpoint must carry valid
 * cosignatures from a quorum of the listed witnesses. A newsroom showing one auditor a forked history can sign a
 * checkpoint of it, but the witnesses that cosigned the other history will not cosign this one.
 */
final class WitnessCheck {
    private WitnessCheck() {
    }

    static void latest(VerifyReport report, LedgerFeed feed, List<Long> sizes, WitnessKeys witnesses)
            throws LedgerException {
        if (sizes.isEmpty()) {
            report.add(Finding.of(null, FindingKind.WITNESS, "checkpoint", "the ledger has no signed checkpoint, so no "
                    + "witness has cosigned any of it (" + witnesses.quorum() + " of the witnesses in "
                    + witnesses.file() + " needed)"));
            return;
        }
        long size = sizes.get(sizes.size() - 1);
        String note = feed.checkpoint(size);
        SignedNote signed;
        try {
            signed = SignedNote.parse(note == null ? new byte[0] : note.getBytes(StandardCharsets.UTF_8));
        } catch (NoteException e) {
            report.add(Finding.of(null, FindingKind.WITNESS, "checkpoint", "the latest checkpoint (" + entries(size)
                    + ") is not a signed note, so no cosignature on it can be checked: " + e.getMessage()));
            return;
        }
        CosignatureQuorum.Outcome outcome = CosignatureQuorum.check(signed, witnesses);
        String what = "the latest checkpoint (" + entries(size) + "): " + outcome.describe();
        if (outcome.met()) {
            report.note("witnessed: " + what);
        } else {
            report.add(Finding.mismatch(null, FindingKind.WITNESS, "cosignatures", "at least " + outcome.quorum(),
                    Long.toString(outcome.count()), "not witnessed: " + what));
        }
    }

    private static String entries(long size) {
        return size + (size == 1 ? " entry" : " entries");
    }
}
