package org.claimledger.merkle;

import java.security.MessageDigest;
import java.util.List;

/** The audit path of one leaf in a tree of a given size (RFC 9162 section 2.1.3). */
public final class InclusionProof {
    private final long index;
    private final long treeSize;
    private final List<byte[]> hashes;

    private InclusionProof(long index, long treeSize, List<byte[]> hashes) {
        this.index = index;
        this.treeSize = treeSize;
        this.hashes = hashes;
    }

    /** Holds the values as given; {@link #verify} checks every one of them. */
    public static InclusionProof of(long index, long treeSize, List<byte[]> hashes) {
        return new InclusionProof(index, treeSize, ProofHashes.copyOf(hashes));
    }

    public long index() {
        return index;
    }

    public long treeSize() {
        return treeSize;
    }

    public List<byte[]> hashes() {
        return ProofHashes.copyOf(hashes);
    }

    /** The number of hashes the audit path of {@code index} in a tree of {@code treeSize} has. */
    static int expectedLength(long index, long treeSize) {
        int inner = 64 - Long.numberOfLeadingZeros(index ^ (treeSize - 1));
        return inner + Long.bitCount(index >>> inner);
    }

    /** Checks that the leaf with this hash sits at {@link #index} in the tree with this root. */
    public void verify(byte[] leafHash, byte[] root) throws ProofException {
        if (index < 0 || index >= treeSize) {
            throw new ProofException("leaf index " + index + " is outside a tree of size " + treeSize);
        }
        ProofHashes.requireLength("leaf hash", leafHash);
        ProofHashes.requireLength("expected root", root);
        int expected = expectedLength(index, treeSize);
        if (hashes.size() != expected) {
            throw new ProofException("inclusion proof for leaf " + index + " in a tree of size " + treeSize
                    + " must have " + expected + " hashes, got " + hashes.size());
        }
        ProofHashes.requireLengths("inclusion proof", hashes);
        byte[] computed = rootFrom(leafHash);
        if (!MessageDigest.isEqual(computed, root)) {
            throw new ProofException("inclusion proof for leaf " + index + " in a tree of size " + treeSize
                    + ": computed root " + ProofHashes.base64(computed) + ", expected root " + ProofHashes.base64(root));
        }
    }

    // RFC 9162 section 2.1.3.2, steps 2 to 5.
    private byte[] rootFrom(byte[] leafHash) throws ProofException {
        long fn = index;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : hashes) {
            if (sn == 0) {
                throw new ProofException("inclusion proof for leaf " + index + " is longer than the tree is high");
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = TreeHash.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                r = TreeHash.nodeHash(r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            throw new ProofException("inclusion proof for leaf " + index + " is shorter than the tree is high");
        }
        return r;
    }
}
