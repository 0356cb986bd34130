package org.claimledger.verify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.note.Checkpoint;
import org.claimledger.note.NoteException;
import org.claimledger.note.SignedNote;

/**
 * The auditor's memory of one origin across runs (a {@link PinStore.Pin}): the tree it computed itself on
 * its last clean run and the latest signed checkpoint it checked. Every later run must find the ledger an
 * extension of both; a clean run then remembers the ledger as it is now.
 */
final class AuditorState {
    private AuditorState() {
    }

    /** The tree sizes whose scanned roots checking against the pin needs. */
    static List<Long> sizes(PinStore.Pin pin, PinStore pins) throws LedgerException {
        List<Long> sizes = new ArrayList<>();
        if (pin.verified() != null) {
            sizes.add(pin.verified().size());
        }
        if (pin.checkpoint() != null) {
            sizes.add(pinnedCheckpoint(pin, pins).size());
        }
        return sizes;
    }

    /**
     * Checks the ledger against the pin and returns the pinned tree head it extends (for the stored tree's
     * consistency proof), or null when there is none or it does not.
     */
    static PinStore.TreeHead check(VerifyReport report, PinStore.Pin pin, PinStore pins) throws LedgerException {
        if (pin == null) {
            return null;
        }
        PinStore.TreeHead head = pin.verified();
        String source;
        if (head != null) {
            source = "the auditor's last verified state (" + pins.fileFor(pin.origin()) + ")";
        } else if (pin.checkpoint() != null) {
            Checkpoint checkpoint = pinnedCheckpoint(pin, pins);
            head = new PinStore.TreeHead(checkpoint.size(), checkpoint.root());
            source = "the checkpoint the auditor verified last (" + pins.fileFor(pin.origin()) + ")";
        } else {
            return null;
        }
        if (!CheckpointCheck.extendsHead(report, head.size(), head.root(), source)) {
            return null;
        }
        report.note("the ledger extends the auditor's last verified state: " + head.size() + " entries (root "
                + head.rootBase64() + ") then, " + report.entries() + " now");
        return head;
    }

    /** After a clean run: remembers the ledger's keys, its tree now, and the largest signed checkpoint that held. */
    static void remember(VerifyReport report, PinStore pins, PinStore.Pin old, CheckpointCheck.Held checked)
            throws LedgerException {
        String note = checked == null ? null : checked.note();
        long size = checked == null ? -1 : checked.checkpoint().size();
        if (old != null && old.checkpoint() != null && pinnedCheckpoint(old, pins).size() > size) {
            note = old.checkpoint();
            size = pinnedCheckpoint(old, pins).size();
        }
        PinStore.TreeHead now = new PinStore.TreeHead(report.entries(), report.root());
        pins.save(new PinStore.Pin(report.origin(), report.ledgerKeys(), note, now));
        report.note("auditor state: remembered " + now.size() + " entries (root " + now.rootBase64() + ")"
                + (note == null ? " and no signed checkpoint (the ledger has none)" : " and the signed checkpoint of size "
                        + size) + " for origin " + report.origin() + " in " + pins.fileFor(report.origin()));
    }

    private static Checkpoint pinnedCheckpoint(PinStore.Pin pin, PinStore pins) throws LedgerException {
        try {
            return Checkpoint.parse(SignedNote.parse(pin.checkpoint().getBytes(StandardCharsets.UTF_8)).text());
        } catch (NoteException e) {
            throw new LedgerException(Failure.STORAGE, "the checkpoint in the auditor's pin file "
                    + pins.fileFor(pin.origin()) + " is damaged (" + e.getMessage()
                    + "); restore the file, or remove it to start again from first use");
        }
    }
}
