package org.claimledger.verify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

import org.claimledger.crypto.Ed25519PublicKey;
import org.claimledger.crypto.KeyFingerprint;
import org.claimledger.failure.LedgerException;
import org.claimledger.note.Checkpoint;
import org.claimledger.note.NoteException;
import org.claimledger.note.VerifierKey;

/**
 * Holds the scanned ledger to a tree head the auditor knows of: one of the ledger's own signed checkpoints, a
 * published checkpoint, or what the auditor verified on its last run. A tree head larger than the ledger means
 * entries were cut off or the database was replaced by an older copy; another root at the same size means
 * history was rewritten after it. Roots are compared with those computed from the scanned leaves, never with
 * stored tree nodes, which anyone holding the database can change.
 */
public final class CheckpointCheck {
    /** A signed checkpoint note that held, with what it says. */
    public record Held(String note, Checkpoint checkpoint) {
    }

    private CheckpointCheck() {
    }

    /** Reports how the ledger fails to extend the tree head; returns true when it does extend it. */
    public static boolean extendsHead(VerifyReport report, long size, byte[] root, String source) {
        long entries = report.entries();
        String rootText = base64(root);
        if (size > entries) {
            report.add(Finding.mismatch(null, FindingKind.CHECKPOINT, "tree_size", "at least " + size + " entries",
                    entries + " entries", "rolled back or truncated: the ledger has " + entries + " entries, but "
                            + source + " has " + size + " (root " + rootText + "): " + (size - entries == 1
                                    ? "entry " + entries + " was" : "entries " + entries + " to " + (size - 1) + " were")
                            + " cut off, or the database was replaced by an older copy"));
            return false;
        }
        byte[] scanned = report.rootAt(size);
        if (scanned == null) {
            throw new IllegalStateException("the verifier was not asked to keep the root at size " + size);
        }
        if (!MessageDigest.isEqual(scanned, root)) {
            report.add(Finding.mismatch(null, FindingKind.CHECKPOINT, "root", rootText, base64(scanned),
                    "history rewritten: " + source + " has root " + rootText + " for the first " + size
                            + " entries, but the ledger's entries 0 to " + (size - 1) + " now give root "
                            + base64(scanned) + ": an entry before " + size + " was changed, removed or replaced after it"));
            return false;
        }
        return true;
    }

    /**
     * Opens a checkpoint note with the given keys and checks the ledger against it; a note that does not open
     * is a finding naming where it came from. Returns the opened checkpoint when the ledger extends it, else null.
     */
    public static Checkpoint check(VerifyReport report, String note, List<VerifierKey> keys, String source,
            String field) {
        Checkpoint opened = open(report, note, keys, source, field);
        return opened != null && signedForItsSize(report, note, opened, source, field)
                && extendsHead(report, opened.size(), opened.root(), source) ? opened : null;
    }

    /**
     * A checkpoint of n entries counts only when the ledger key current after entry n - 1 signed it (SPEC.md
     * section 10.5): a ledger key replaced after a leak may be a thief's, and must not vouch for a tree it never
     * headed. Checked for sizes the scan reached; a larger one is a truncation, which extendsHead reports.
     */
    private static boolean signedForItsSize(VerifyReport report, String note, Checkpoint opened, String source,
            String field) {
        if (opened.size() > report.entries()) {
            return true;
        }
        Ed25519PublicKey signer = report.checkpointKey(opened.size());
        try {
            if (signer != null) {
                Checkpoint.open(note.getBytes(StandardCharsets.UTF_8), report.origin(),
                        List.of(VerifierKey.of(report.origin(), signer)));
                return true;
            }
        } catch (NoteException | IllegalArgumentException e) {
            // Not signed by the key for its size: the finding below.
        }
        report.add(Finding.mismatch(null, FindingKind.CHECKPOINT, field, signer == null ? "(no ledger key)"
                : KeyFingerprint.of(signer), "another ledger key of the chain", source + " is signed by a ledger key of this chain "
                        + "that does not sign trees of " + opened.size() + " entries: the key current after entry "
                        + (opened.size() - 1) + " does, and a key replaced before it may be in the hands of whoever it "
                        + "was replaced for"));
        return false;
    }

    /** Opens a checkpoint note with the given keys; a note that does not open is a finding, and null is returned. */
    private static Checkpoint open(VerifyReport report, String note, List<VerifierKey> keys, String source,
            String field) {
        try {
            return Checkpoint.open(note.getBytes(StandardCharsets.UTF_8), report.origin(), keys);
        } catch (NoteException e) {
            report.add(Finding.of(null, FindingKind.CHECKPOINT, field, source + " is not a checkpoint signed by "
                    + "the ledger key: " + e.getMessage()));
            return null;
        }
    }

    /**
     * Checks every checkpoint the ledger stores against its own ledger keys (whether those keys are the right
     * ones is the trust check's question) and returns the largest that holds, or null.
     */
    public static Held stored(VerifyReport report, LedgerFeed feed, List<Long> sizes, List<VerifierKey> keys)
            throws LedgerException {
        Held largest = null;
        for (long size : sizes) {
            String note = feed.checkpoint(size);
            if (note == null) {
                continue;
            }
            String source = "the ledger's own checkpoint for size " + size;
            Checkpoint opened = open(report, note, keys, source, "cl_checkpoints");
            if (opened == null) {
                continue;
            }
            // Filed under the wrong size, it proves nothing about the size it is filed under: a finding, and no
            // comparison with a root the scan was not asked to keep.
            if (opened.size() != size) {
                report.add(Finding.mismatch(null, FindingKind.CHECKPOINT, "cl_checkpoints", Long.toString(size),
                        Long.toString(opened.size()), source + " is stored under size " + size + " but signs size "
                                + opened.size() + ": it was filed under the wrong size, or moved there"));
                continue;
            }
            if (signedForItsSize(report, note, opened, source, "cl_checkpoints")
                    && extendsHead(report, size, opened.root(), source)) {
                largest = new Held(note, opened);
            }
        }
        return largest;
    }

    static String base64(byte[] root) {
        return Base64.getEncoder().encodeToString(root);
    }
}
