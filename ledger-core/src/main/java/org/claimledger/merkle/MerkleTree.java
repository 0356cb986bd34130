package org.claimledger.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * Roots and proofs (RFC 9162 sections 2.1.3.1 and 2.1.4.1) for a tree of a known size whose
 * complete-subtree nodes are stored. Hashes of incomplete subtrees on the right border are
 * composed from stored nodes, so every call reads O(log n) nodes. Sizes and indexes outside
 * the tree are the caller's mistake and throw IllegalArgumentException.
 */
public final class MerkleTree {
    private final NodeReader nodes;
    private final long size;

    public MerkleTree(NodeReader nodes, long size) {
        if (size < 0) {
            throw new IllegalArgumentException("tree size must not be negative, got " + size);
        }
        this.nodes = nodes;
        this.size = size;
    }

    public long size() {
        return size;
    }

    /** The root of the first {@code treeSize} leaves. */
    public byte[] root(long treeSize) throws TreeReadException {
        requireSize("tree size", treeSize);
        return treeSize == 0 ? TreeHash.emptyRoot() : subtreeHash(0, treeSize);
    }

    /** The audit path of leaf {@code index} in the tree of the first {@code treeSize} leaves. */
    public InclusionProof inclusionProof(long index, long treeSize) throws TreeReadException {
        requireSize("tree size", treeSize);
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("leaf index " + index + " is outside a tree of size " + treeSize);
        }
        List<byte[]> hashes = new ArrayList<>();
        path(index, 0, treeSize, hashes);
        return InclusionProof.of(index, treeSize, hashes);
    }

    /** The proof that the tree of {@code oldSize} leaves is a prefix of the one of {@code newSize}. */
    public ConsistencyProof consistencyProof(long oldSize, long newSize) throws TreeReadException {
        requireSize("new tree size", newSize);
        if (oldSize < 1 || oldSize > newSize) {
            throw new IllegalArgumentException("old tree size must be in 1.." + newSize + ", got " + oldSize);
        }
        List<byte[]> hashes = new ArrayList<>();
        if (oldSize < newSize) {
            subproof(oldSize, 0, newSize, true, hashes);
        }
        return ConsistencyProof.of(oldSize, newSize, hashes);
    }

    private void requireSize(String what, long treeSize) {
        if (treeSize < 0 || treeSize > size) {
            throw new IllegalArgumentException(what + " must be in 0.." + size + ", got " + treeSize);
        }
    }

    // PATH(m, D[begin:end]) with m an absolute leaf index.
    private void path(long m, long begin, long end, List<byte[]> out) throws TreeReadException {
        if (end - begin == 1) {
            return;
        }
        long split = begin + largestPowerOfTwoBelow(end - begin);
        if (m < split) {
            path(m, begin, split, out);
            out.add(subtreeHash(split, end));
        } else {
            path(m, split, end, out);
            out.add(subtreeHash(begin, split));
        }
    }

    // SUBPROOF(m, D[begin:end], complete) with m an absolute old size.
    private void subproof(long m, long begin, long end, boolean complete, List<byte[]> out)
            throws TreeReadException {
        if (m == end) {
            if (!complete) {
                out.add(subtreeHash(begin, end));
            }
            return;
        }
        long split = begin + largestPowerOfTwoBelow(end - begin);
        if (m <= split) {
            subproof(m, begin, split, complete, out);
            out.add(subtreeHash(split, end));
        } else {
            subproof(m, split, end, false, out);
            out.add(subtreeHash(begin, split));
        }
    }

    private static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    /**
     * MTH(D[begin:end]) for a range whose start is aligned to its largest power-of-two part, as
     * every range in a proof is: the fold of the stored complete subtrees that tile it.
     */
    private byte[] subtreeHash(long begin, long end) throws TreeReadException {
        List<byte[]> tiles = new ArrayList<>();
        long position = begin;
        long length = end - begin;
        for (int level = 63 - Long.numberOfLeadingZeros(length); level >= 0; level--) {
            if ((length >>> level & 1) == 1) {
                if (position % (1L << level) != 0) {
                    throw new IllegalStateException("range [" + begin + ", " + end + ") is not aligned");
                }
                tiles.add(CompactRange.readNode(nodes, level, position >>> level));
                position += 1L << level;
            }
        }
        return CompactRange.fold(tiles);
    }
}
