package org.claimledger.store;

import java.util.List;

import org.claimledger.failure.LedgerException;

/** The stored tree nodes read as rows, a page at a time, so that every one of them can be checked in bounded memory. */
public interface StoredTree {
    /**
     * Up to {@code limit} nodes of one level whose index is at least {@code fromIndex}, in index order, the first
     * {@code skip} of them left out. Two rows of one index (which only a dropped primary key allows) come in no
     * defined order, which may differ from one reading to the next: a reader that pages through a level reads an
     * index's rows whole in one reading, except where one index holds more rows than a page (then, resuming with
     * {@code skip}, it may meet some of them twice and others not at all, though it meets more than a page of rows for
     * one node, each beyond the first an extra row).
     */
    List<StoredNode> level(int level, long fromIndex, long skip, int limit) throws LedgerException;

    /** Up to {@code limit} nodes whose level is negative or at least {@code levels}, which no tree that size has. */
    List<StoredNode> outsideLevels(int levels, int limit) throws LedgerException;

    /** A row and its place in the table's own order. */
    record Placed(long position, StoredNode node) {
    }

    /**
     * Whether {@link #inTableOrder} can read the rows in the order the table keeps them: the order they were
     * inserted, which is the order an append completes the nodes (H2's row ids; PostgreSQL keeps no such order).
     */
    default boolean hasTableOrder() {
        return false;
    }

    /**
     * Up to {@code limit} rows in the table's own order, after the row at position {@code after} ({@code
     * Long.MIN_VALUE} for the first): one cursor over the table, no look-up per row.
     */
    default List<Placed> inTableOrder(long after, int limit) throws LedgerException {
        throw new UnsupportedOperationException("this store keeps no table order");
    }
}
