package org.claimledger.merkle;

import java.util.Arrays;
import java.util.Base64;

/** A complete-subtree node to store: see {@link NodeReader} for what (level, index) means. */
public record Node(int level, long index, byte[] hash) {
    public Node {
        if (level < 0 || level > 63) {
            throw new IllegalArgumentException("node level must be in 0..63, got " + level);
        }
        if (index < 0) {
            throw new IllegalArgumentException("node index must not be negative, got " + index);
        }
        TreeHash.requireHash("node hash", hash);
        hash = hash.clone();
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Node node && node.level == level && node.index == index
                && Arrays.equals(node.hash, hash);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * level + Long.hashCode(index)) + Arrays.hashCode(hash);
    }

    @Override
    public String toString() {
        return "Node(" + level + ", " + index + ", " + Base64.getEncoder().encodeToString(hash) + ")";
    }
}
