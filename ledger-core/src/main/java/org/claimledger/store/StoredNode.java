package org.claimledger.store;

/** A row of the tree table as read: level, index and the hash text exactly as stored (untrusted, maybe not hex). */
public record StoredNode(int level, long index, String hash) {
}
