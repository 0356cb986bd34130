package org.claimledger.merkle;

import org.claimledger.crypto.Sha256;

/** RFC 9162 section 2.1.1 hashing: the one place that knows the leaf (0x00) and node (0x01) prefixes. */
public final class TreeHash {
    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private TreeHash() {
    }

    public static byte[] leafHash(byte[] leaf) {
        return Sha256.hashWithPrefix(LEAF_PREFIX, leaf);
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        return Sha256.hashWithPrefix(NODE_PREFIX, left, right);
    }

    public static byte[] emptyRoot() {
        return Sha256.hash();
    }
}
