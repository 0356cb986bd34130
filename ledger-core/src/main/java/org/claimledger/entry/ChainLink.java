package org.claimledger.entry;

/**
 * Where an entry sits in the chain: its seq and its prev (the leaf hash, in hex, of the entry before it). prev
 * commits to every entry before it, so a signature over a link is valid in one history only.
 */
public record ChainLink(long seq, String prev) {
    public static ChainLink of(Entry entry) {
        return new ChainLink(entry.seq(), entry.prev());
    }
}
