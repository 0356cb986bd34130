package org.claimledger.store;

import java.util.Arrays;

import org.claimledger.merkle.TreeHash;

/**
 * What a ledger holds as seen from its end: how many entries, and the RFC 9162 leaf hash of the last one (null
 * when it has none). The last entry's leaf carries prev, which chains to every entry before it, so size and last
 * hash together name one history.
 */
public record Head(long size, byte[] last) {
    public Head {
        if (size < 0 || (size == 0) != (last == null) || (last != null && last.length != TreeHash.LENGTH)) {
            throw new IllegalArgumentException("a head of " + size + " entries needs "
                    + (size == 0 ? "no last hash" : "a " + TreeHash.LENGTH + "-byte last hash"));
        }
        last = last == null ? null : last.clone();
    }

    @Override
    public byte[] last() {
        return last == null ? null : last.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Head head && head.size == size && Arrays.equals(head.last, last);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(size) * 31 + Arrays.hashCode(last);
    }
}
