package org.claimledger.ledger;

/**
 * The claims of one claims file by what they say ({@link SignedClaims.Sameness}), to find a claim the file holds
 * twice as it streams past: an open-addressing table of 128-bit digests and claim indexes, about 40 bytes a claim.
 */
final class DigestTable {
    private long[] high = new long[1024];
    private long[] low = new long[1024];
    /** Claim index + 1; 0 marks a free slot. */
    private int[] values = new int[1024];
    private int size;

    /** The index already recorded for this digest, or -1 after recording index for it. */
    int putIfAbsent(SignedClaims.Sameness digest, int index) {
        int slot = slot(digest);
        if (values[slot] != 0) {
            return values[slot] - 1;
        }
        high[slot] = digest.high();
        low[slot] = digest.low();
        values[slot] = index + 1;
        if (++size * 10L > values.length * 7L) {
            grow();
        }
        return -1;
    }

    /** The index recorded for this digest, or -1. */
    int get(SignedClaims.Sameness digest) {
        int slot = slot(digest);
        return values[slot] - 1;
    }

    /** The digest's slot, or the free slot where it would go. */
    private int slot(SignedClaims.Sameness digest) {
        int mask = values.length - 1;
        // The digest is a hash already: its low bits are spread evenly.
        int slot = (int) digest.low() & mask;
        while (values[slot] != 0 && (high[slot] != digest.high() || low[slot] != digest.low())) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        int[] oldValues = values;
        high = new long[oldValues.length * 2];
        low = new long[oldValues.length * 2];
        values = new int[oldValues.length * 2];
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != 0) {
                int slot = slot(new SignedClaims.Sameness(oldHigh[i], oldLow[i]));
                high[slot] = oldHigh[i];
                low[slot] = oldLow[i];
                values[slot] = oldValues[i];
            }
        }
    }
}
