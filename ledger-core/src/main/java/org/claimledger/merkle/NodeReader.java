package org.claimledger.merkle;

/**
 * Reads stored tree nodes. Node (level, index) is the root of the complete subtree over leaves
 * [index * 2^level, (index + 1) * 2^level); level 0 holds the leaf hashes. Only complete
 * subtrees are ever stored, so every node, once written, never changes.
 */
public interface NodeReader {
    /** Returns the 32-byte hash of node (level, index), or throws if it is not stored. */
    byte[] node(int level, long index) throws TreeReadException;
}
