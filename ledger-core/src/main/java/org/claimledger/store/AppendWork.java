package org.claimledger.store;

import org.claimledger.failure.LedgerException;

/** Work done inside one append transaction, with the ledger head locked. */
@FunctionalInterface
public interface AppendWork<T> {
    T run(Appender appender) throws LedgerException;
}
