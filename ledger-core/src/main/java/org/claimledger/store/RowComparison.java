package org.claimledger.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.claimledger.merkle.CompactRange;
import org.claimledger.merkle.TreeHash;

/**
 * Compares every row of every ClaimLedger table in two ledgers, in key order, column by column, as the text each
 * value reads as: equal text is equal bytes once encoded. Reads in keyset pages, so memory stays one page per side
 * whatever the ledger's size (one query over a whole table would have H2 materialize it first). The tree root of each
 * side's leaves is computed from the entry rows as they are read.
 */
final class RowComparison {
    private static final int PAGE_ROWS = 512;

    /** A ClaimLedger table and the columns of its primary key (one, or two of which the first is read level by level). */
    private record Table(String name, List<String> key) {
    }

    private static final List<Table> TABLES = List.of(new Table("cl_meta", List.of("name")),
            new Table("cl_head", List.of("id")), new Table("cl_entries", List.of("seq")),
            new Table("cl_sources", List.of("source_id")), new Table("cl_tree", List.of("lvl", "idx")),
            new Table("cl_checkpoints", List.of("tree_size")), new Table("cl_cosignatures", List.of("tree_size", "line")));

    private final Connection left;
    private final Connection right;
    /** The RFC 9162 tree over each side's leaves, as read here in seq order. */
    private final CompactRange leftTree = CompactRange.empty();
    private final CompactRange rightTree = CompactRange.empty();
    private long rows;

    private RowComparison(Connection left, Connection right) {
        this.left = left;
        this.right = right;
    }

    /**
     * What two ledgers hold, compared: the rows counted and the root of each side's leaves, or the first difference
     * found.
     */
    record Outcome(long rows, String difference, byte[] leftRoot, byte[] rightRoot) {
        boolean same() {
            return difference == null;
        }
    }

    static Outcome compare(Connection left, Connection right) throws SQLException {
        RowComparison comparison = new RowComparison(left, right);
        for (Table table : TABLES) {
            String difference = comparison.table(table);
            if (difference != null) {
                return new Outcome(comparison.rows, difference, null, null);
            }
        }
        return new Outcome(comparison.rows, null, comparison.leftTree.root(), comparison.rightTree.root());
    }

    private String table(Table table) throws SQLException {
        boolean inLeft = LedgerStore.hasTable(left, table.name());
        if (inLeft != LedgerStore.hasTable(right, table.name())) {
            return "table " + table.name() + " is " + (inLeft ? "missing from" : "added to") + " the copy";
        }
        if (!inLeft) {
            return null;
        }
        return table.key().size() == 1 ? pages(table, null) : byFirstKey(table);
    }

    /** A table with a two-column key: the rows of each value of the first column, page by page. */
    private String byFirstKey(Table table) throws SQLException {
        Object first = null;
        while (true) {
            Object nextLeft = nextFirstKey(left, table, first);
            Object nextRight = nextFirstKey(right, table, first);
            if (!Objects.equals(text(nextLeft), text(nextRight))) {
                return "table " + table.name() + " differs after " + table.key().get(0) + " = " + first + ": the ledger's "
                        + "next is " + nextLeft + ", the copy's " + nextRight;
            }
            if (nextLeft == null) {
                return null;
            }
            String difference = pages(table, nextLeft);
            if (difference != null) {
                return difference;
            }
            first = nextLeft;
        }
    }

    private static Object nextFirstKey(Connection connection, Table table, Object after) throws SQLException {
        String column = table.key().get(0);
        try (PreparedStatement select = connection.prepareStatement("SELECT " + column + " FROM " + table.name()
                + (after == null ? "" : " WHERE " + column + " > ?") + " ORDER BY " + column + " FETCH FIRST 1 ROW ONLY")) {
            if (after != null) {
                select.setObject(1, after);
            }
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getObject(1) : null;
            }
        }
    }

    /**
     * Compares the rows of a table with a one-column key (fixed null), or those of one value of a two-column key's
     * first column, page by page in key order.
     */
    private String pages(Table table, Object fixed) throws SQLException {
        String paged = table.key().get(table.key().size() - 1);
        String where = fixed == null ? "" : table.key().get(0) + " = ?";
        Object after = null;
        while (true) {
            List<List<String>> leftPage = new ArrayList<>();
            List<List<String>> rightPage = new ArrayList<>();
            Object leftLast = page(left, table, where, fixed, paged, after, leftPage);
            page(right, table, where, fixed, paged, after, rightPage);
            for (int i = 0; i < Math.max(leftPage.size(), rightPage.size()); i++) {
                if (i >= leftPage.size() || i >= rightPage.size()) {
                    List<String> extra = i >= leftPage.size() ? rightPage.get(i) : leftPage.get(i);
                    return "table " + table.name() + ": the row " + String.join(", ", table.key()) + " = " + key(table, extra) + " is "
                            + (i >= leftPage.size() ? "in the copy only" : "missing from the copy");
                }
                String difference = row(table, leftPage.get(i), rightPage.get(i));
                if (difference != null) {
                    return difference;
                }
                if (table.name().equals("cl_entries")) {
                    leftTree.append(leafHash(leftPage.get(i)));
                    rightTree.append(leafHash(rightPage.get(i)));
                }
                rows++;
            }
            if (leftPage.size() < PAGE_ROWS) {
                return null;
            }
            after = leftLast;
        }
    }

    /** A row's key as text: the values of the key columns, which each row starts with (name, value, name, value). */
    private static String key(Table table, List<String> row) {
        return row.get(1) + (table.key().size() == 2 ? ", " + row.get(3) : "");
    }

    /** Reads one page into rows (the column names first, then each value as text); returns the last key read. */
    private static Object page(Connection connection, Table table, String where, Object fixed, String paged, Object after,
            List<List<String>> rows) throws SQLException {
        List<String> conditions = new ArrayList<>();
        if (!where.isEmpty()) {
            conditions.add(where);
        }
        if (after != null) {
            conditions.add(paged + " > ?");
        }
        String sql = "SELECT " + String.join(", ", table.key()) + ", * FROM " + table.name()
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions)) + " ORDER BY " + paged
                + " FETCH FIRST " + PAGE_ROWS + " ROWS ONLY";
        Object last = null;
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int parameter = 1;
            if (fixed != null) {
                select.setObject(parameter++, fixed);
            }
            if (after != null) {
                select.setObject(parameter, after);
            }
            try (ResultSet result = select.executeQuery()) {
                ResultSetMetaData columns = result.getMetaData();
                while (result.next()) {
                    List<String> row = new ArrayList<>(columns.getColumnCount() * 2);
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        row.add(columns.getColumnName(i));
                        row.add(result.getString(i));
                    }
                    rows.add(row);
                    last = result.getObject(table.key().size());
                }
            }
        }
        return last;
    }

    private static String row(Table table, List<String> inLeft, List<String> inRight) {
        if (inLeft.equals(inRight)) {
            return null;
        }
        String key = key(table, inLeft);
        for (int i = 0; i < Math.min(inLeft.size(), inRight.size()); i += 2) {
            if (!Objects.equals(inLeft.get(i), inRight.get(i)) || !Objects.equals(inLeft.get(i + 1), inRight.get(i + 1))) {
                return "table " + table.name() + ", row " + String.join(", ", table.key()) + " = " + key + ": column "
                        + inLeft.get(i) + " differs";
            }
        }
        return "table " + table.name() + ", row " + key + ": the columns differ";
    }

    /** The leaf hash of an entry row's LEAF column, as the verifier hashes the stored leaf (its UTF-8 bytes). */
    private static byte[] leafHash(List<String> row) {
        for (int i = 0; i < row.size(); i += 2) {
            if (row.get(i).equalsIgnoreCase("leaf")) {
                return TreeHash.leafHash(row.get(i + 1).getBytes(StandardCharsets.UTF_8));
            }
        }
        throw new IllegalStateException("an entry row without a LEAF column");
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
