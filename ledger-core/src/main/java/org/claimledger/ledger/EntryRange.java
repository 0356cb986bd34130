package org.claimledger.ledger;

/** The entries one command appended: seq first to last, both included. */
public record EntryRange(long first, long last) {
    public long count() {
        return last - first + 1;
    }
}
