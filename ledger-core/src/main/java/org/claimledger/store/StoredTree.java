package org.claimledger.store;

import java.util.List;

import org.claimledger.failure.LedgerException;

/** The stored tree nodes read as rows, a page at a time, so that every one of them can be checked in bounded memory. */
public interface StoredTree {
    /** Up to {@code limit} nodes of one level whose index is at least {@code fromIndex}, in index order. */
    List<StoredNode> level(int level, long fromIndex, int limit) throws LedgerException;

    /** Up to {@code limit} nodes whose level is negative or at least {@code levels}, which no tree that size has. */
    List<StoredNode> outsideLevels(int levels, int limit) throws LedgerException;
}
