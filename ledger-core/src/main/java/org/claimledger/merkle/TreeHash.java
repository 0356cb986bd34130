package org.claimledger.merkle;

import org.claimledger.crypto.Sha256;

/**
 * RFC 9162 section 2.1.1 hashing. This is the only class that spells the leaf and node
 * prefixes, so a leaf can never be confused with an interior node anywhere in the code.
 */
public final class TreeHash {
    /** Length of every leaf, node and root hash. */
    public static final int LENGTH = Sha256.LENGTH;

    public static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private TreeHash() {
    }

    /** SHA-256(0x00 || leafBytes). */
    public static byte[] leafHash(byte[] leafBytes) {
        return Sha256.hashWithPrefix(LEAF_PREFIX, leafBytes);
    }

    /** SHA-256(0x01 || left || right); both children must be 32-byte hashes. */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        requireHash("left child", left);
        requireHash("right child", right);
        return Sha256.hashWithPrefix(NODE_PREFIX, left, right);
    }

    /** The root of the empty tree: SHA-256 of no bytes. */
    public static byte[] emptyRoot() {
        return Sha256.hash();
    }

    static void requireHash(String what, byte[] hash) {
        if (hash == null || hash.length != LENGTH) {
            throw new IllegalArgumentException(what + " must be a " + LENGTH + "-byte hash, got "
                    + (hash == null ? "none" : hash.length + " bytes"));
        }
    }
}
