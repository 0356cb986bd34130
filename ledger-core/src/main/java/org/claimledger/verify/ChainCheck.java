package org.claimledger.verify;

import java.time.Instant;

import org.claimledger.crypto.Hex;
import org.claimledger.entry.Entry;
import org.claimledger.entry.EntryTime;
import org.claimledger.entry.Envelope;

/**
 * The order of the ledger: positions without gaps or repeats, each entry's seq equal to its position, each
 * prev the hash of the entry stored before it, and times that never go backwards.
 */
final class ChainCheck {
    private final VerifyReport report;
    private long expectedSeq;
    private byte[] previousHash = Hex.decodeHash(Envelope.GENESIS_PREV);
    private Instant previousTime;

    ChainCheck(VerifyReport report) {
        this.report = report;
    }

    /** Called for every stored row, in the order stored, before its leaf is looked at. */
    void position(long position) {
        if (position > expectedSeq) {
            report.add(Finding.mismatch(position, FindingKind.ENTRY_MISSING, "seq", Long.toString(expectedSeq),
                    Long.toString(position), expectedSeq == position - 1
                            ? "entry " + expectedSeq + " is missing: the ledger jumps from entry " + (expectedSeq - 1)
                                    + " to entry " + position
                            : "entries " + expectedSeq + " to " + (position - 1) + " are missing"));
        } else if (position < expectedSeq) {
            report.add(Finding.mismatch(position, FindingKind.ENTRY_MOVED, "seq", Long.toString(expectedSeq),
                    Long.toString(position), "a second entry is stored at position " + position));
        }
        expectedSeq = position + 1;
    }

    /** A row whose leaf is not an entry still links the chain: the next prev must be its hash. */
    void unreadable(byte[] leafHash) {
        previousHash = leafHash;
    }

    void entry(long position, Entry entry, byte[] leafHash) {
        if (entry.seq() != position) {
            report.add(Finding.mismatch(position, FindingKind.ENTRY_MOVED, "seq", Long.toString(position),
                    Long.toString(entry.seq()), "entry " + entry.seq() + " is stored at position " + position
                            + ": entries were reordered, duplicated or inserted"));
        }
        String expectedPrev = Hex.encode(previousHash);
        if (!entry.prev().equals(expectedPrev)) {
            report.add(Finding.mismatch(position, FindingKind.CHAIN_BROKEN, "prev", expectedPrev, entry.prev(),
                    position == 0 ? "the first entry must have prev " + Envelope.GENESIS_PREV
                            : "entry " + position + "'s prev is not the hash of the entry stored before it: that "
                                    + "entry was changed, removed or replaced after this one was chained to it, or "
                                    + "this one was moved"));
        }
        previousHash = leafHash;
        Instant time = entry.instant();
        if (previousTime != null && time.isBefore(previousTime)) {
            report.add(Finding.mismatch(position, FindingKind.TIME_BACKWARDS, "time",
                    "at or after " + EntryTime.format(previousTime), entry.time(),
                    "the entry's time is earlier than the entry before it"));
        }
        previousTime = time;
    }

    /** True once any row was read. */
    boolean sawEntries() {
        return expectedSeq > 0;
    }
}
