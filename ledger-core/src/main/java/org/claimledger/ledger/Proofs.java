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
     * The consistency proof from {@code oldSize} to {@code newSize} (the latest checkpoint's size when null).
     * When the ledger holds checkpoints for both sizes, the proof is checked against their roots first.
     */
    public static ConsistencyProof consistency(Ledger ledger, long oldSize, Long newSize) throws LedgerException {
        long to = newSize != null ? newSize : Checkpoints.latest(ledger).checkpoint().size();
        LedgerStore store = ledger.store();
        long entries = store.size();
        if (to > entries) {
            throw new LedgerException(Failure.NOT_FOUND, "the ledger has " + entries + " entries, so there is no tree "
                    + "of size " + to);
        }
        if (oldSize < 1 || oldSize > to) {
            throw new LedgerException(Failure.MALFORMED_INPUT, "the old tree size must be between 1 and the new size "
                    + to + ", got " + oldSize);
        }
        ConsistencyProof proof;
        try {
            proof = new MerkleTree(store.treeNodes(), to).consistencyProof(oldSize, to);
        } catch (TreeReadException e) {
            throw Checkpoints.incompleteTree(store, e);
        }
        Checkpoints.Opened older = Checkpoints.atSize(ledger, oldSize);
        Checkpoints.Opened newer = Checkpoints.atSize(ledger, to);
        if (older != null && newer != null) {
            try {
                proof.verify(older.checkpoint().root(), newer.checkpoint().root());
            } catch (ProofException e) {
                throw new LedgerException(Failure.STORAGE, "the stored checkpoints for sizes " + oldSize + " and " + to
                        + " are not consistent with the stored tree (" + e.getMessage() + "); run 'claimledger verify'", e);
            }
        }
        return proof;
    }
}
