package org.claimledger.merkle;

import java.util.ArrayList;
import java.util.List;

/**
 * The right border of a tree: one complete-subtree root per set bit of the size, largest
 * first. It is all an appender needs to extend the tree and all a verifier needs to compute
 * the root while streaming the entries, in O(log n) memory.
 */
public final class CompactRange {
    private final List<byte[]> border;
    private long size;

    private CompactRange(List<byte[]> border, long size) {
        this.border = border;
        this.size = size;
    }

    public static CompactRange empty() {
        return new CompactRange(new ArrayList<>(), 0);
    }

    /** Rebuilds the border of a tree of the given size from its stored nodes, one read per set bit. */
    public static CompactRange load(long size, NodeReader nodes) throws TreeReadException {
        if (size < 0) {
            throw new IllegalArgumentException("tree size must not be negative, got " + size);
        }
        List<byte[]> border = new ArrayList<>();
        for (int level = 63 - Long.numberOfLeadingZeros(size); level >= 0; level--) {
            if ((size >>> level & 1) == 1) {
                border.add(readNode(nodes, level, (size >>> level) - 1));
            }
        }
        return new CompactRange(border, size);
    }

    static byte[] readNode(NodeReader nodes, int level, long index) throws TreeReadException {
        byte[] hash = nodes.node(level, index);
        if (hash == null || hash.length != TreeHash.LENGTH) {
            throw new TreeReadException("stored node at level " + level + ", index " + index + " must be "
                    + TreeHash.LENGTH + " bytes, got " + (hash == null ? "none" : hash.length));
        }
        return hash;
    }

    /** The same range, to append to separately (cheap: the border's hashes are never changed, only replaced). */
    public CompactRange copy() {
        return new CompactRange(new ArrayList<>(border), size);
    }

    public long size() {
        return size;
    }

    /**
     * Appends one leaf hash and returns the nodes this completes, leaf first: the caller stores
     * them so that later proofs and {@link #load} can read them.
     */
    public List<Node> append(byte[] leafHash) {
        List<Node> completed = completedBy(leafHash);
        add(completed);
        return completed;
    }

    /**
     * The nodes appending this leaf hash would complete, leaf first, the range left as it is: a caller that may still
     * need the range without the leaf (a verifier matching stored rows) {@link #add}s them afterwards.
     */
    public List<Node> completedBy(byte[] leafHash) {
        TreeHash.requireHash("leaf hash", leafHash);
        if (size == Long.MAX_VALUE) {
            throw new IllegalStateException("tree is full");
        }
        long leafIndex = size;
        byte[] hash = leafHash.clone();
        List<Node> completed = new ArrayList<>();
        completed.add(new Node(0, leafIndex, hash));
        for (int level = 0; (leafIndex >>> level & 1) == 1; level++) {
            hash = TreeHash.nodeHash(border.get(border.size() - 1 - level), hash);
            completed.add(new Node(level + 1, leafIndex >>> (level + 1), hash));
        }
        return completed;
    }

    /** Appends the leaf whose nodes {@link #completedBy} gave for this range's present size. */
    public void add(List<Node> completed) {
        int merged = Long.numberOfTrailingZeros(~size);
        if (completed.size() != merged + 1 || completed.get(0).level() != 0 || completed.get(0).index() != size) {
            throw new IllegalArgumentException("the nodes are not those a leaf at index " + size + " completes");
        }
        border.subList(border.size() - merged, border.size()).clear();
        border.add(completed.get(merged).hash());
        size++;
    }

    /** The RFC 9162 root of every leaf appended so far (the empty-tree root when there are none). */
    public byte[] root() {
        return border.isEmpty() ? TreeHash.emptyRoot() : fold(border).clone();
    }

    /** Hashes complete subtrees that tile a range, largest first, into the range's RFC 9162 hash. */
    static byte[] fold(List<byte[]> tiles) {
        byte[] hash = tiles.get(tiles.size() - 1);
        for (int i = tiles.size() - 2; i >= 0; i--) {
            hash = TreeHash.nodeHash(tiles.get(i), hash);
        }
        return hash;
    }
}
