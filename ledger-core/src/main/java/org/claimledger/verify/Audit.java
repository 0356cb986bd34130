package org.claimledger.verify;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.claimledger.crypto.Ed25519PublicKey;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.FileLimit;
import org.claimledger.merkle.NodeReader;
import org.claimledger.model.SourceEncodingException;
import org.claimledger.model.SourceText;
import org.claimledger.note.Checkpoint;
import org.claimledger.note.VerifierKey;

/**
 * One auditor's run: the ledger check; then trust (a trusted key or the first-use pin); then checkpoints (the
 * ledger's own, a published one, and the auditor's memory of its last run) and the stored tree; the auditor's
 * state is updated after a clean run; then a source file if given.
 */
public final class Audit {
    /**
     * What the auditor brings: trusted keys (or null to use pins), the state directory (pins and the last
     * verified checkpoint; null for none), optionally a copy of a source to compare, with the id of the source it
     * copies when the auditor knows it, and optionally a published checkpoint the ledger must extend.
     */
    public record Request(TrustedKeys trusted, PinStore pins, Path sourceFile, String sourceId, Path checkpointFile) {
        public Request(TrustedKeys trusted, PinStore pins, Path sourceFile, String sourceId) {
            this(trusted, pins, sourceFile, sourceId, null);
        }
    }

    private Audit() {
    }

    public static VerifyReport run(LedgerFeed feed, Request request) throws LedgerException {
        SourceText copy = request.sourceFile() == null ? null : readSource(request.sourceFile());
        PublishedCheckpoint published = request.checkpointFile() == null ? null
                : PublishedCheckpoint.read(request.checkpointFile());
        PinStore pins = request.pins();
        List<Long> storedSizes = feed.checkpointSizes();
        VerifyReport report = Verifier.verify(feed, origin -> {
            Set<Long> sizes = new HashSet<>(storedSizes);
            if (published != null) {
                sizes.add(published.size());
            }
            PinStore.Pin pin = pins == null || origin == null ? null : pins.load(origin);
            if (pin != null) {
                sizes.addAll(AuditorState.sizes(pin, pins));
            }
            return sizes;
        });
        PinStore.Pin pin = null;
        if (request.trusted() != null) {
            TrustCheck.against(report, request.trusted());
            pin = pins == null || report.origin() == null ? null : pins.load(report.origin());
        } else if (pins != null) {
            pin = TrustCheck.againstPin(report, pins);
        }
        if (report.origin() != null) {
            checkpoints(feed, request, report, published, pin, storedSizes);
        }
        if (copy != null) {
            SourceFileCheck.check(feed, copy, request.sourceFile().toString(), request.sourceId(), report);
        }
        return report;
    }

    private static void checkpoints(LedgerFeed feed, Request request, VerifyReport report, PublishedCheckpoint published,
            PinStore.Pin pin, List<Long> storedSizes) throws LedgerException {
        List<VerifierKey> ledgerKeys = noteKeys(report);
        CheckpointCheck.Held best = CheckpointCheck.stored(report, feed, storedSizes, ledgerKeys);
        if (published != null) {
            List<VerifierKey> keys = request.trusted() != null ? request.trusted().keys() : ledgerKeys;
            Checkpoint held = CheckpointCheck.check(report, published.note(), keys, published.source(), "checkpoint");
            if (held != null) {
                report.note("the ledger extends " + published.source() + ": " + held.size() + " entries (root "
                        + CheckpointCheck.base64(held.root()) + ") then, " + report.entries() + " now");
                if (best == null || held.size() > best.checkpoint().size()) {
                    best = new CheckpointCheck.Held(published.note(), held);
                }
            }
        }
        PinStore.TreeHead since = AuditorState.check(report, pin, request.pins());
        NodeReader nodes = feed.treeNodes();
        if (nodes != null) {
            int hashes = TreeNodeCheck.check(report, nodes, since);
            if (hashes >= 0) {
                report.note("the ledger's stored tree serves a consistency proof from " + since.size() + " to "
                        + report.entries() + " entries (" + hashes + " hashes) that verifies against the auditor's roots");
            }
        }
        if (request.pins() != null && report.clean() && !report.ledgerKeys().isEmpty()) {
            AuditorState.remember(report, request.pins(), pin, best);
        }
    }

    /** The ledger keys the chain declares, as note verifier keys named after the origin (as the ledger signs). */
    private static List<VerifierKey> noteKeys(VerifyReport report) {
        List<VerifierKey> keys = new ArrayList<>();
        for (Ed25519PublicKey key : report.ledgerKeys()) {
            try {
                keys.add(VerifierKey.of(report.origin(), key));
            } catch (IllegalArgumentException e) {
                // An origin that cannot name a key: no checkpoint can open, and each says so.
            }
        }
        return keys;
    }

    /** Reads a source file strictly as UTF-8 and normalizes it; names the byte at fault when it is not text. */
    public static SourceText readSource(Path file) throws LedgerException {
        byte[] bytes;
        try {
            bytes = FileLimit.SOURCE_FILE.read(file);
        } catch (NoSuchFileException e) {
            throw new LedgerException(Failure.UNREADABLE_INPUT, "source file " + file + " does not exist; check the path");
        } catch (IOException e) {
            throw new LedgerException(Failure.UNREADABLE_INPUT, "source file " + file + " cannot be read: " + e.getMessage());
        }
        try {
            return SourceText.fromFileBytes(bytes);
        } catch (SourceEncodingException e) {
            throw new LedgerException(Failure.UNREADABLE_INPUT, file + ": " + e.getMessage()
                    + "; convert the file to UTF-8 (for example: iconv -f WINDOWS-1252 -t UTF-8)");
        }
    }
}
