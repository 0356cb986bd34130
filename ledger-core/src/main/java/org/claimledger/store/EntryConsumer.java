package org.claimledger.store;

import org.claimledger.failure.LedgerException;

/** Receives stored entries one at a time, in sequence order. */
@FunctionalInterface
public interface EntryConsumer {
    void accept(StoredEntry entry) throws LedgerException;
}
