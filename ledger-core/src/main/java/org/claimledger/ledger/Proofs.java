package org.claimledger.ledger;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.merkle.ConsistencyProof;
import org.claimledger.merkle.InclusionProof;
import org.claimledger.merkle.MerkleTree;
import org.claimledger.merkle.ProofException;
import org.claimledger.merkle.TlogProof;
import org.claimledger.merkle.TreeHash;
import org.claimledger.merkle.TreeReadException;
import org.claimledger.store.LedgerStore;
import org.claimledger.store.StoredEntry;

/**
 * Inclusion and consistency proofs served from the stored tree nodes: O(log n) reads, no scan. The stored
 * nodes are not trusted even here: every proof is checked against the signed checkpoints before it is handed
 * out, so a damaged tree is reported to the newsroom instead of to its auditors.
 */
public final class Proofs {
    /** An entry's tlog-proof against a checkpoint, with the exact leaf bytes it proves. */
    public record Inclusion(TlogProof proof, byte[] leaf, Checkpoints.Opened checkpoint) {
    }

    private Proofs() {
    }

    /** The inclusion proof of entry {@code seq} in the tree of the latest stored checkpoint. */
    public static Inclusion inclusion(Ledger ledger, long seq) throws LedgerException {
        Checkpoints.Opened latest = Checkpoints.latest(ledger);
        long size = latest.checkpoint().size();
        if (seq < 0 || seq >= size) {
            throw new LedgerException(Failure.NOT_FOUND, "entry " + seq + " is not covered by the latest checkpoint, "
                    + "which has " + size + " entries (0 to " + (size - 1) + "); sign a new one with "
                    + "'claimledger checkpoint' first");
        }
        LedgerStore store = ledger.store();
        StoredEntry entry = store.entry(seq);
        if (entry == null) {
            throw new LedgerException(Failure.STORAGE, "entry " + seq + " is missing although checkpoint " + size
                    + " covers it; run 'claimledger verify'");
        }
        InclusionProof proof;
        try {
            proof = new MerkleTree(store.treeNodes(), size).inclusionProof(seq, size);
        } catch (TreeReadException e) {
            throw Checkpoints.incompleteTree(store, e);
        }
        try {
            proof.verify(TreeHash.leafHash(entry.leaf()), latest.checkpoint().root());
        } catch (ProofException e) {
            throw new LedgerException(Failure.STORAGE, "entry " + seq + " or the stored tree nodes no longer match "
                    + "the checkpoint for size " + size + " (" + e.getMessage() + "); run 'claimledger verify'", e);
        }
        return new Inclusion(TlogProof.of(seq, proof.hashes(), latest.note()), entry.leaf(), latest);
    }

    /**
     * The consistency proof from {@code oldSize} to {@code newSize} (the latest checkpoint's size when null), served
     * only once it verifies against roots the newsroom has checked: the latest signed checkpoint's root, and the
     * roots at both sizes composed from stored nodes and each proven consistent with that signed root. A stored
     * tree that no longer matches is reported to the newsroom (STORAGE) instead of being handed to an auditor.
     */
    public static ConsistencyProof consistency(Ledger ledger, long oldSize, Long newSize) throws LedgerException {
        LedgerStore store = ledger.store();
        if (newSize != null) {
            requireSizes(store, oldSize, newSize);
        }
        Checkpoints.Opened latest = Checkpoints.latest(ledger);
        long signed = latest.checkpoint().size();
        long to = newSize != null ? newSize : signed;
        requireSizes(store, oldSize, to);
        if (to > signed) {
            throw new LedgerException(Failure.NOT_FOUND, "no signed checkpoint covers size " + to + " (the latest has "
                    + signed + " entries), so no proof to it can be checked before it is served; sign one with "
                    + "'claimledger checkpoint' first");
        }
        try {
            MerkleTree tree = new MerkleTree(store.treeNodes(), signed);
            byte[] signedRoot = latest.checkpoint().root();
            byte[] oldRoot = provenRoot(tree, oldSize, signedRoot);
            byte[] newRoot = provenRoot(tree, to, signedRoot);
            ConsistencyProof proof = tree.consistencyProof(oldSize, to);
            proof.verify(oldRoot, newRoot);
            return proof;
        } catch (TreeReadException e) {
            throw Checkpoints.incompleteTree(store, e);
        } catch (ProofException e) {
            throw new LedgerException(Failure.STORAGE, "the stored tree nodes no longer match the signed checkpoint for "
                    + "size " + signed + " (" + e.getMessage() + "), so the consistency proof from " + oldSize + " to "
                    + to + " is not served; run 'claimledger verify'", e);
        }
    }

    private static void requireSizes(LedgerStore store, long oldSize, long newSize) throws LedgerException {
        long entries = store.size();
        if (newSize > entries) {
            throw new LedgerException(Failure.NOT_FOUND, "the ledger has " + entries + " entries, so there is no tree "
                    + "of size " + newSize);
        }
        if (oldSize < 1 || oldSize > newSize) {
            throw new LedgerException(Failure.INVALID_REQUEST, "the old tree size must be between 1 and the new size "
                    + newSize + ", got " + oldSize);
        }
    }

    /**
     * The root at {@code size} composed from stored nodes, accepted only when a consistency proof (also from stored
     * nodes) shows it to be a prefix of the tree whose signed root is given: then it is that tree's genuine root.
     */
    private static byte[] provenRoot(MerkleTree tree, long size, byte[] signedRoot)
            throws TreeReadException, ProofException {
        byte[] root = tree.root(size);
        tree.consistencyProof(size, tree.size()).verify(root, signedRoot);
        return root;
    }
}
