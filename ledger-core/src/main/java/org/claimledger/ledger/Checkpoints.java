package org.claimledger.ledger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.claimledger.crypto.NamedKey;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.keys.KeyRecord;
import org.claimledger.keys.KeyRegistry;
import org.claimledger.keys.KeyRole;
import org.claimledger.merkle.TreeReadException;
import org.claimledger.note.Checkpoint;
import org.claimledger.note.NoteException;
import org.claimledger.note.NoteSigner;
import org.claimledger.note.SignedNote;
import org.claimledger.note.VerifierKey;
import org.claimledger.store.LedgerStore;

/**
 * The newsroom's signed checkpoints: a C2SP tlog-checkpoint of the RFC 9162 tree over every entry, signed
 * with the current ledger key under the origin's name, and stored in the ledger. The root is computed from
 * checked data only ({@link CheckedTree}): the previous signed checkpoint and the entries appended since.
 */
public final class Checkpoints {
    /**
     * A checkpoint as signed, whether this call stored it (false: the ledger already held the same note), and a
     * warning for the newsroom about the stored tree (null when none).
     */
    public record Signed(SignedNote note, Checkpoint checkpoint, boolean stored, String warning) {
    }

    /** A stored checkpoint opened with the ledger's own keys. */
    public record Opened(SignedNote note, Checkpoint checkpoint) {
    }

    private Checkpoints() {
    }

    /**
     * Signs and stores a checkpoint of the ledger as it is now, inside one append transaction so that no entry
     * can slip in between reading the size and storing the note. The key must be the current ledger key.
     */
    public static Signed create(Ledger ledger, NamedKey ledgerKey) throws LedgerException {
        LedgerStore store = ledger.store();
        return ledger.append(() -> requireCurrentLedgerKey(ledger.keys(), ledgerKey), appender -> {
            KeyRegistry registry = ledger.keys();
            String origin = registry.origin();
            CheckedTree.Head head = CheckedTree.at(store, registry, appender.size());
            long size = head.size();
            Checkpoint checkpoint = Checkpoint.of(origin, size, head.root());
            SignedNote note = checkpoint.sign(new NoteSigner(origin, ledgerKey.key()));
            String existing = store.checkpoint(size);
            if (existing != null) {
                // Ed25519 is deterministic: the same key over the same tree gives the same note, byte for byte.
                if (existing.equals(note.format())) {
                    return new Signed(note, checkpoint, false, head.warning());
                }
                throw new LedgerException(Failure.STORAGE, "the ledger already holds a different checkpoint for size "
                        + size + "; run 'claimledger verify' to find out which of the two is wrong");
            }
            appender.putCheckpoint(size, note.format());
            return new Signed(note, checkpoint, true, head.warning());
        });
    }

    private static void requireCurrentLedgerKey(KeyRegistry registry, NamedKey ledgerKey) throws LedgerException {
        KeyRecord current = registry.ledgerKey();
        if (!current.publicKey().equals(ledgerKey.publicKey())) {
            throw new LedgerException(Failure.KEY_NOT_AUTHORIZED, "key " + ledgerKey.name() + " ("
                    + ledgerKey.fingerprint() + ") is not the current ledger key; checkpoints are signed by "
                    + KeyRegistry.describe(current));
        }
    }

    static LedgerException incompleteTree(LedgerStore store, TreeReadException e) {
        return new LedgerException(Failure.STORAGE, "the Merkle tree of " + store.location().display()
                + " is incomplete or damaged (" + e.getMessage() + "); run 'claimledger verify' to find out what was changed", e);
    }

    /** The latest stored checkpoint, opened with the ledger's keys; NOT_FOUND when there is none. */
    public static Opened latest(Ledger ledger) throws LedgerException {
        String note = ledger.store().latestCheckpoint();
        if (note == null) {
            throw new LedgerException(Failure.NOT_FOUND, "the ledger has no checkpoint yet; sign one with "
                    + "'claimledger checkpoint --ledger-key FILE'");
        }
        return open(ledger, note, "the latest stored checkpoint");
    }

    /** The stored checkpoint for exactly this size, opened with the ledger's keys, or null. */
    public static Opened atSize(Ledger ledger, long size) throws LedgerException {
        String note = ledger.store().checkpoint(size);
        return note == null ? null : open(ledger, note, "the stored checkpoint for size " + size);
    }

    /**
     * Opens a stored checkpoint with the ledger key that signs checkpoints of its size (SPEC.md section 10.5), so
     * that a checkpoint a replaced, perhaps stolen, ledger key signed for a later size is never served as the
     * newsroom's.
     */
    private static Opened open(Ledger ledger, String note, String what) throws LedgerException {
        KeyRegistry registry = ledger.keys();
        byte[] bytes = note.getBytes(StandardCharsets.UTF_8);
        Checkpoint opened;
        try {
            opened = Checkpoint.open(bytes, registry.origin(), verifierKeys(registry));
        } catch (NoteException e) {
            throw new LedgerException(Failure.STORAGE, what + " does not open with the ledger's keys (" + e.getMessage()
                    + "); run 'claimledger verify'", e);
        }
        KeyRecord signer = registry.ledgerKeyForTreeSize(opened.size());
        String refusal = what + " is not signed by the ledger key that signs trees of " + opened.size() + " entries";
        if (signer == null) {
            throw new LedgerException(Failure.STORAGE, refusal + " (no ledger key of this ledger signs that size); run "
                    + "'claimledger verify'");
        }
        try {
            return new Opened(SignedNote.parse(bytes), Checkpoint.open(bytes, registry.origin(),
                    List.of(VerifierKey.of(registry.origin(), signer.publicKey()))));
        } catch (NoteException e) {
            throw new LedgerException(Failure.STORAGE, refusal + ", " + KeyRegistry.describe(signer) + " ("
                    + e.getMessage() + "); run 'claimledger verify'", e);
        }
    }

    /** Every ledger key the chain declares, as note verifier keys named after the origin. */
    public static List<VerifierKey> verifierKeys(KeyRegistry registry) {
        List<VerifierKey> keys = new ArrayList<>();
        for (KeyRecord record : registry.keys()) {
            if (record.role() == KeyRole.LEDGER) {
                keys.add(VerifierKey.of(registry.origin(), record.publicKey()));
            }
        }
        return keys;
    }
}
