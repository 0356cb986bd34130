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
import org.claimledger.merkle.MerkleTree;
import org.claimledger.merkle.ProofException;
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
        return create(ledger, ledgerKey, null);
    }

    /**
     * Signs and stores a checkpoint of the ledger as it stood at {@code size} entries (null: as it is now). The key
     * must be the ledger key current after entry size - 1 (§10.5): a checkpoint from before a rotation is signed by
     * the key it replaced. A size below the latest signed checkpoint's is signed only when its root is proven to be a
     * prefix of that checkpoint's, so the newsroom never signs two histories.
     */
    public static Signed create(Ledger ledger, NamedKey ledgerKey, Long size) throws LedgerException {
        LedgerStore store = ledger.store();
        if (size != null && size < 1) {
            throw new LedgerException(Failure.MALFORMED_INPUT, "a checkpoint covers at least the genesis entry: the size "
                    + "must be 1 or more, got " + size);
        }
        return ledger.append(() -> requireSigningKey(ledger.keys(), ledgerKey, size == null ? store.size() : size),
                appender -> {
                    KeyRegistry registry = ledger.keys();
                    String origin = registry.origin();
                    long target = size == null ? appender.size() : size;
                    if (target > appender.size()) {
                        throw new LedgerException(Failure.NOT_FOUND, "the ledger has " + appender.size()
                                + " entries, so there is no tree of size " + target + " to sign");
                    }
                    CheckedTree.Head head = CheckedTree.at(store, registry, target);
                    requirePrefixOfLatest(ledger, head);
                    Checkpoint checkpoint = Checkpoint.of(origin, target, head.root());
                    SignedNote note = checkpoint.sign(new NoteSigner(origin, ledgerKey.key()));
                    String existing = store.checkpoint(target);
                    if (existing != null) {
                        // Ed25519 is deterministic: the same key over the same tree gives the same note, byte for byte.
                        if (existing.equals(note.format())) {
                            return new Signed(note, checkpoint, false, head.warning());
                        }
                        throw new LedgerException(Failure.STORAGE, "the ledger already holds a different checkpoint for "
                                + "size " + target + "; run 'claimledger verify' to find out which of the two is wrong");
                    }
                    appender.putCheckpoint(target, note.format());
                    return new Signed(note, checkpoint, true, head.warning());
                });
    }

    private static void requireSigningKey(KeyRegistry registry, NamedKey ledgerKey, long size) throws LedgerException {
        KeyRecord signs = registry.ledgerKeyForTreeSize(size);
        if (signs == null) {
            return; // A size beyond the ledger: refused inside the append, with the ledger's size.
        }
        if (!signs.publicKey().equals(ledgerKey.publicKey())) {
            boolean current = signs.id().equals(registry.ledgerKey().id());
            throw new LedgerException(Failure.KEY_NOT_AUTHORIZED, "key " + ledgerKey.name() + " ("
                    + ledgerKey.fingerprint() + ") is not the " + (current ? "current ledger key" : "ledger key of the "
                            + "ledger at " + size + " entries") + "; checkpoints " + (current ? "are" : "of that size are")
                    + " signed by " + KeyRegistry.describe(signs));
        }
    }

    /**
     * A checkpoint smaller than the latest signed one must be a prefix of it: its root, computed from the entries, is
     * checked with a consistency proof from the stored nodes against the signed root. Entries edited after the later
     * checkpoint was signed, or damaged nodes, refuse it.
     */
    private static void requirePrefixOfLatest(Ledger ledger, CheckedTree.Head head) throws LedgerException {
        LedgerStore store = ledger.store();
        List<Long> sizes = store.checkpointSizes();
        if (sizes.isEmpty() || sizes.get(sizes.size() - 1) <= head.size()) {
            return;
        }
        Opened latest = latest(ledger);
        long signed = latest.checkpoint().size();
        try {
            new MerkleTree(store.treeNodes(), signed).consistencyProof(head.size(), signed)
                    .verify(head.root(), latest.checkpoint().root());
        } catch (TreeReadException | ProofException e) {
            throw new LedgerException(Failure.STORAGE, "cannot sign a checkpoint of " + store.location().display()
                    + " at " + head.size() + " entries: its entries are not shown to be a prefix of the signed "
                    + "checkpoint for size " + signed + " (" + e.getMessage() + "); run 'claimledger verify'; nothing was "
                    + "signed", e);
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

    /** The ledger as it stands: its size, the root of all its entries (from checked data), and a warning (or null). */
    public record Head(long size, byte[] root, String warning) {
    }

    /** The ledger's current size and root, computed as a checkpoint would be ({@link CheckedTree}), without signing. */
    public static Head head(Ledger ledger) throws LedgerException {
        LedgerStore store = ledger.store();
        CheckedTree.Head head = CheckedTree.at(store, ledger.keys(), store.size());
        return new Head(head.size(), head.root(), head.warning());
    }

    /** Every stored checkpoint, smallest first, each opened with the ledger's keys (with its cosignatures). */
    public static List<Opened> all(Ledger ledger) throws LedgerException {
        List<Opened> opened = new ArrayList<>();
        for (long size : ledger.store().checkpointSizes()) {
            opened.add(atSize(ledger, size));
        }
        return opened;
    }

    /** The stored checkpoint for exactly this size, opened with the ledger's keys, or null. */
    public static Opened atSize(Ledger ledger, long size) throws LedgerException {
        String note = ledger.store().cosignedCheckpoint(size);
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
