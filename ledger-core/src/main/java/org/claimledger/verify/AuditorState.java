package org.claimledger.verify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

import org.claimledger.crypto.Ed25519PublicKey;
import org.claimledger.crypto.KeyFingerprint;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.note.Checkpoint;
import org.claimledger.note.NoteException;
import org.claimledger.note.SignedNote;

/**
 * The auditor's memory of one origin across runs (a {@link PinStore.Pin}): the tree whose entries all verified
 * (with their leaf hashes) and the latest signed checkpoint checked. A later run must find the ledger an extension
 * of that tree, or an older snapshot of it (a consistent prefix); then the state records what the run learnt: the
 * key on first use whatever else was found, and the largest tree size whose entries all verified. It never moves
 * backwards.
 */
final class AuditorState {
    /** How the ledger relates to the pinned tree: the head it extends (null when none), or whether it is an older snapshot. */
    record Held(PinStore.TreeHead extended, boolean snapshot) {
        static final Held NOTHING = new Held(null, false);
    }

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
     * Checks the ledger against the pin: it must extend the pinned tree, or be an older snapshot of it whose root
     * the pinned leaves rebuild. A pin of version 1 keeps no leaves, so a smaller ledger is a rollback to it.
     */
    static Held check(VerifyReport report, PinStore.Pin pin, PinStore pins) throws LedgerException {
        if (pin == null) {
            return Held.NOTHING;
        }
        PinStore.TreeHead head = pin.verified();
        boolean verifiedHead = head != null;
        String source;
        if (verifiedHead) {
            source = "the auditor's last verified state (" + pins.fileFor(pin.origin()) + ")";
        } else if (pin.checkpoint() != null) {
            Checkpoint checkpoint = pinnedCheckpoint(pin, pins);
            head = new PinStore.TreeHead(checkpoint.size(), checkpoint.root());
            source = "the checkpoint the auditor verified last (" + pins.fileFor(pin.origin()) + ")";
        } else {
            return Held.NOTHING;
        }
        long entries = report.entries();
        if (head.size() > entries && verifiedHead) {
            byte[] remembered = pins.verifiedRootAt(pin, entries);
            if (remembered != null) {
                return snapshot(report, pin, pins, remembered);
            }
        }
        if (!CheckpointCheck.extendsHead(report, head.size(), head.root(), source)) {
            return Held.NOTHING;
        }
        report.note("the ledger extends the auditor's last verified state: " + head.size() + " entries (root "
                + head.rootBase64() + ") then, " + entries + " now");
        return new Held(head, false);
    }

    private static Held snapshot(VerifyReport report, PinStore.Pin pin, PinStore pins, byte[] remembered) {
        long entries = report.entries();
        long verified = pin.verified().size();
        String rememberedText = CheckpointCheck.base64(remembered);
        if (!MessageDigest.isEqual(remembered, report.root())) {
            report.add(Finding.mismatch(null, FindingKind.CHECKPOINT, "root", rememberedText,
                    CheckpointCheck.base64(report.root()), "not an older snapshot of what you verified: its " + entries
                            + " entries give root " + CheckpointCheck.base64(report.root()) + ", but the first " + entries
                            + " of the " + verified + " entries you verified of origin " + pin.origin() + " ("
                            + pins.fileFor(pin.origin()) + ") give " + rememberedText + ": history was rewritten"));
            return Held.NOTHING;
        }
        report.note("an older snapshot: " + entries + " of the " + verified + " entries you verified of origin "
                + pin.origin() + ", consistent (root " + rememberedText + ")");
        return new Held(null, true);
    }

    /** What the run knows once it is over, and whether the state may learn from it. */
    record Outcome(VerifyReport report, PinStore.Pin old, Held held, CheckpointCheck.Held checkpoint,
            ScannedLeaves leaves, boolean trustedExplicitly) {
    }

    /**
     * Records what the run established: on first use the ledger keys (identity does not wait for a clean ledger),
     * and the largest tree whose entries all verified, with its leaves, if larger than the one remembered; and the
     * largest checkpoint that held within it. Returns the sentence saying what was recorded.
     */
    static String remember(PinStore pins, Outcome run) throws LedgerException {
        VerifyReport report = run.report();
        String origin = report.origin();
        long floor = cleanPrefix(report);
        try (var lock = pins.directory().lock()) {
            PinStore.Pin current = pins.load(origin);
            if (current != null && !current.equals(run.old()) && current.verified() != null
                    && floor > current.verified().size() && !MessageDigest.isEqual(
                            run.leaves().file().rootAt(current.verified().size()), current.verified().root())) {
                return "state unchanged: another run recorded another history of origin " + origin + " meanwhile ("
                        + pins.fileFor(origin) + ")";
            }
            long before = current == null ? 0 : current.verifiedSize();
            boolean advance = floor > before;
            PinStore.TreeHead verified = current == null ? null : current.verified();
            if (advance) {
                verified = new PinStore.TreeHead(floor, floor == report.entries() ? report.root()
                        : run.leaves().file().rootAt(floor));
            }
            String checkpoint = checkpointToKeep(pins, current, run.checkpoint(), verified == null ? 0 : verified.size());
            // An older snapshot may predate a ledger-key rotation: its keys are not the ledger's keys now.
            List<Ed25519PublicKey> keys = current == null || (report.clean() && !run.held().snapshot())
                    ? report.ledgerKeys() : current.ledgerKeys();
            boolean hasLeaves = advance || current == null || current.hasLeaves();
            PinStore.Pin next = new PinStore.Pin(origin, keys, checkpoint, verified, hasLeaves);
            if (advance) {
                run.leaves().file().installAs(pins.leavesFor(origin));
            }
            if (!next.equals(current)) {
                pins.save(next);
            }
            return sentence(pins, run, current, next, floor);
        }
    }

    /**
     * The size of the longest prefix the run found nothing wrong in: every entry when it is clean; before the first
     * entry named by a finding; nothing when a finding concerns the ledger as a whole or the positions themselves.
     */
    private static long cleanPrefix(VerifyReport report) {
        long floor = report.entries();
        for (Finding finding : report.findings()) {
            if (finding.seq() == null || finding.kind() == FindingKind.ENTRY_MISSING
                    || finding.kind() == FindingKind.ENTRY_MOVED || finding.kind() == FindingKind.STORAGE) {
                return 0;
            }
            floor = Math.min(floor, finding.seq());
        }
        return Math.max(floor, 0);
    }

    private static String checkpointToKeep(PinStore pins, PinStore.Pin current, CheckpointCheck.Held held, long floor)
            throws LedgerException {
        String kept = current == null ? null : current.checkpoint();
        long keptSize = kept == null ? -1 : pinnedCheckpoint(current, pins).size();
        if (held != null && held.checkpoint().size() > keptSize && held.checkpoint().size() <= floor) {
            return held.note();
        }
        return kept;
    }

    private static String sentence(PinStore pins, Outcome run, PinStore.Pin before, PinStore.Pin after, long floor) {
        VerifyReport report = run.report();
        String origin = report.origin();
        long size = after.verifiedSize();
        String where = " (" + pins.directory().root() + ")";
        String remembered = floor == 0 ? "remembered no entries, as a finding concerns the ledger as a whole or its first entry"
                : floor < report.entries() ? "remembered the first " + floor + " entries, those before the first finding"
                : "remembered " + VerifyReport.count(floor, "entry", "entries");
        if (before == null) {
            String key = KeyFingerprint.of(report.ledgerKeys().get(0));
            if (run.trustedExplicitly()) {
                return "state: pinned ledger key " + key + " for origin " + origin + ", as trusted; " + remembered + where;
            }
            return "state: first use of origin " + origin + ": pinned its ledger key " + key + "; " + remembered + where
                    + ". Later runs demand this key and an append-only history; to pin the newsroom's published key "
                    + "instead, run verify --trust FILE with its vkey";
        }
        if (run.held().snapshot()) {
            return "state unchanged: this older snapshot holds " + report.entries() + " of the " + size
                    + " entries remembered for origin " + origin + where;
        }
        if (size > before.verifiedSize()) {
            return "state: " + remembered + " of origin " + origin + ", " + before.verifiedSize() + " before" + where;
        }
        if (!report.clean()) {
            return "state unchanged: the findings above keep it at " + size + " entries of origin " + origin + where;
        }
        return "state: " + VerifyReport.count(size, "entry", "entries") + " of origin " + origin + " remembered, as before"
                + where;
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
