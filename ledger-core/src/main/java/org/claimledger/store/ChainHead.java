package org.claimledger.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * Where the next entry chains on: the ledger's size (the next seq), the leaf hash of its last entry (the next prev,
 * from the stored leaf bytes, never from the unsigned entry_hash column) and that entry's time (entry times never
 * go backwards). An empty ledger's head is the genesis prev at the epoch.
 */
public record ChainHead(long size, byte[] hash, Instant time) {
    /** The time of an entry appended now: the clock's, or the head's when that is later. */
    public Instant entryTime(Instant now) {
        return now.isBefore(time) ? time : now;
    }

    /** The head once an entry with this leaf hash and time is appended (times are stored to the millisecond). */
    public ChainHead after(byte[] leafHash, Instant entryTime) {
        return new ChainHead(size + 1, leafHash, entryTime.truncatedTo(ChronoUnit.MILLIS));
    }

    /** The same position, hash and time: nothing was appended in between. */
    public boolean sameAs(ChainHead other) {
        return size == other.size && Arrays.equals(hash, other.hash) && time.equals(other.time);
    }
}
