package org.claimledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.claimledger.crypto.Hex;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.merkle.CompactRange;
import org.claimledger.merkle.Node;
import org.claimledger.merkle.NodeReader;
import org.claimledger.merkle.TreeReadException;

/**
 * Persists the Merkle tree's complete-subtree nodes as leaves are appended, so roots and proofs are later
 * read in O(log n) rows instead of rescanning the ledger. The tree arithmetic is {@link CompactRange}'s.
 */
final class TreeNodes {
    private final LedgerLocation location;
    private final CompactRange range;

    private TreeNodes(LedgerLocation location, CompactRange range) {
        this.location = location;
        this.range = range;
    }

    static TreeNodes load(Connection connection, long size, LedgerLocation location) throws LedgerException {
        try {
            return new TreeNodes(location, CompactRange.load(size, reader(connection, location)));
        } catch (TreeReadException e) {
            throw new LedgerException(Failure.STORAGE, "the Merkle tree of " + location.display()
                    + " is incomplete or damaged (" + e.getMessage() + "); run 'claimledger verify' to find out what was changed", e);
        }
    }

    /** The nodes a new leaf completes, for the appender to store. */
    List<Node> append(byte[] leafHash) {
        return range.append(leafHash);
    }

    /** A NodeReader over the stored nodes of one connection. */
    static NodeReader reader(Connection connection, LedgerLocation location) {
        return (level, index) -> {
            try {
                byte[] hash = readNode(connection, level, index, location);
                if (hash == null) {
                    throw new TreeReadException("tree node at level " + level + ", index " + index + " is not stored");
                }
                return hash;
            } catch (LedgerException e) {
                throw new TreeReadException(e.getMessage(), e);
            }
        };
    }

    /**
     * The stored nodes as rows, for checking each of them. Both queries order by the whole primary key (lvl, idx) so
     * that H2 reads the rows straight off it and stops after the page: ordered by idx alone, it read every row of
     * the level from fromIndex on and sorted them for each page (2.5 s a page at level 0 of 100,000 entries, 40% of
     * a whole verify), which made the check quadratic in the ledger's size.
     */
    static StoredTree rows(Connection connection, LedgerLocation location) {
        boolean rowIds = Dialect.of(location.jdbcUrl()) == Dialect.H2;
        return new StoredTree() {
            @Override
            public boolean hasTableOrder() {
                return rowIds;
            }

            /**
             * H2 keys a table with a composite primary key by a hidden row id, in insertion order, and answers a
             * look-up by (lvl, idx) through a second B-tree whose entries point at the row ids: read in row id order,
             * a page is one range of the table's own B-tree instead of two look-ups per row.
             */
            @Override
            public List<Placed> inTableOrder(long after, int limit) throws LedgerException {
                if (!rowIds) {
                    return StoredTree.super.inTableOrder(after, limit);
                }
                List<Placed> rows = new ArrayList<>(limit);
                try (PreparedStatement select = connection.prepareStatement("SELECT _ROWID_, lvl, idx, hash FROM cl_tree "
                        + "WHERE _ROWID_ > ? ORDER BY _ROWID_ FETCH FIRST " + limit + " ROWS ONLY")) {
                    select.setLong(1, after);
                    try (ResultSet result = select.executeQuery()) {
                        while (result.next()) {
                            rows.add(new Placed(result.getLong(1), new StoredNode(result.getInt(2), result.getLong(3),
                                    result.getString(4))));
                        }
                    }
                } catch (SQLException e) {
                    throw SqlFailures.translate(e, location, "reading the stored tree");
                }
                return rows;
            }

            @Override
            public List<StoredNode> level(int level, long fromIndex, long skip, int limit) throws LedgerException {
                return select(connection, location, "SELECT lvl, idx, hash FROM cl_tree WHERE lvl = ? AND idx >= ? "
                        + "ORDER BY lvl, idx OFFSET ? ROWS FETCH FIRST " + limit + " ROWS ONLY", level, fromIndex, skip);
            }

            @Override
            public List<StoredNode> outsideLevels(int levels, int limit) throws LedgerException {
                // Two ranges of the key rather than one condition with OR, which H2 answers by reading every row.
                List<StoredNode> rows = select(connection, location, "SELECT lvl, idx, hash FROM cl_tree WHERE lvl < 0 "
                        + "ORDER BY lvl, idx FETCH FIRST " + limit + " ROWS ONLY");
                if (rows.size() < limit) {
                    rows.addAll(select(connection, location, "SELECT lvl, idx, hash FROM cl_tree WHERE lvl >= ? "
                            + "ORDER BY lvl, idx FETCH FIRST " + (limit - rows.size()) + " ROWS ONLY", levels));
                }
                return rows;
            }
        };
    }

    private static List<StoredNode> select(Connection connection, LedgerLocation location, String sql, Object... values)
            throws LedgerException {
        List<StoredNode> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                select.setObject(i + 1, values[i]);
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new StoredNode(result.getInt(1), result.getLong(2), result.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw SqlFailures.translate(e, location, "reading the stored tree");
        }
        return rows;
    }

    private static byte[] decode(String hash, int level, long index, LedgerLocation location) throws LedgerException {
        try {
            return Hex.decodeHash(hash);
        } catch (IllegalArgumentException e) {
            throw new LedgerException(Failure.STORAGE, "tree node at level " + level + ", index " + index + " of "
                    + location.display() + " is damaged: " + e.getMessage());
        }
    }

    static byte[] readNode(Connection connection, int level, long index, LedgerLocation location) throws LedgerException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT hash FROM cl_tree WHERE lvl = ? AND idx = ?")) {
            select.setInt(1, level);
            select.setLong(2, index);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? decode(rows.getString(1), level, index, location) : null;
            }
        } catch (SQLException e) {
            throw SqlFailures.translate(e, location, "reading tree node " + level + "/" + index);
        }
    }
}
