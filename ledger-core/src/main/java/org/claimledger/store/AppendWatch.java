package org.claimledger.store;

import org.claimledger.failure.LedgerException;

/**
 * Something outside the database that must agree to every append and hear of it: this machine's memory of the
 * ledger, which refuses to append to a ledger that lost what it once held (that would fork history).
 */
public interface AppendWatch {
    /** Runs inside the append's transaction with the head locked, before the work: throwing appends nothing. */
    void beforeAppend(LedgerStore store) throws LedgerException;

    /** Runs after the append committed; the entries are in the ledger whatever this does. */
    void appended(LedgerStore store) throws LedgerException;
}
