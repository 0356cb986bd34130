package org.claimledger.witness;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.claimledger.merkle.CompactRange;
import org.claimledger.merkle.InMemoryNodeStore;
import org.claimledger.merkle.MerkleTree;
import org.claimledger.merkle.TreeHash;
import org.claimledger.merkle.TreeReadException;
import org.claimledger.note.Checkpoint;
import org.claimledger.note.GoldenNotes;
import org.claimledger.note.NoteSigner;
import org.claimledger.note.VerifierKey;

/**
 * A log for witness tests, without a ledger: leaves "entry 0", "entry 1", ... (or, after a fork point, leaves of
 * another history), its tree in memory, checkpoints signed by the golden ledger test key, and consistency proofs.
 */
public final class TestLog {
    private final InMemoryNodeStore nodes = new InMemoryNodeStore();
    private final long size;

    private TestLog(List<String> leaves) {
        CompactRange range = CompactRange.empty();
        for (String leaf : leaves) {
            nodes.putAll(range.append(TreeHash.leafHash(leaf.getBytes(StandardCharsets.UTF_8))));
        }
        this.size = leaves.size();
    }

    /** The genuine log of this many entries. */
    public static TestLog of(int size) {
        return forkedAfter(size, size);
    }

    /** The same first {@code shared} entries as the genuine log, then entries of another history up to size. */
    public static TestLog forkedAfter(int shared, int size) {
        List<String> leaves = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            leaves.add((i < shared ? "entry " : "forged entry ") + i);
        }
        return new TestLog(leaves);
    }

    public static NoteSigner signer() {
        return GoldenNotes.ledgerSigner();
    }

    public static List<VerifierKey> keys() {
        return List.of(signer().verifierKey());
    }

    public Checkpoint checkpointAt(long treeSize) {
        try {
            return Checkpoint.of(GoldenNotes.ORIGIN, treeSize, new MerkleTree(nodes, size).root(treeSize));
        } catch (TreeReadException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The checkpoint at this size, signed by the log, as its note's bytes. */
    public byte[] note(long treeSize) {
        return checkpointAt(treeSize).sign(signer()).bytes();
    }

    /** The consistency proof between two sizes of this log, in its text form. */
    public byte[] proof(long oldSize, long newSize) {
        try {
            return new MerkleTree(nodes, size).consistencyProof(oldSize, newSize).format().getBytes(StandardCharsets.UTF_8);
        } catch (TreeReadException e) {
            throw new IllegalStateException(e);
        }
    }
}
