package org.claimledger.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Someone with the H2 file and plain SQL: drops the append-only triggers, then edits rows directly. */
final class Attacker implements AutoCloseable {
    private final Connection connection;

    Attacker(Path ledgerBase) throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:file:" + ledgerBase.toAbsolutePath() + ";IFEXISTS=TRUE", "", "");
        try (Statement statement = connection.createStatement()) {
            for (String table : new String[] {"cl_entries", "cl_sources", "cl_tree", "cl_checkpoints", "cl_cosignatures"}) {
                statement.execute("DROP TRIGGER IF EXISTS " + table + "_append_only");
            }
        }
    }

    /** Runs the statements on the ledger at ledgerBase as an attacker with the file would. */
    static void run(Path ledgerBase, String... statements) throws SQLException {
        try (Attacker attacker = new Attacker(ledgerBase)) {
            for (String sql : statements) {
                attacker.execute(sql);
            }
        }
    }

    int execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    String leaf(long seq) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT leaf FROM cl_entries WHERE seq = ?")) {
            select.setLong(1, seq);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new AssertionError("no entry " + seq);
                }
                return rows.getString(1);
            }
        }
    }

    void setLeaf(long seq, String leaf) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE cl_entries SET leaf = ? WHERE seq = ?")) {
            update.setString(1, leaf);
            update.setLong(2, seq);
            if (update.executeUpdate() != 1) {
                throw new AssertionError("no entry " + seq + " to update");
            }
        }
    }

    /** Replaces text inside one entry's leaf and checks that it was there. */
    void replaceInLeaf(long seq, String from, String to) throws SQLException {
        String leaf = leaf(seq);
        if (!leaf.contains(from)) {
            throw new AssertionError("entry " + seq + " does not contain " + from + ": " + leaf);
        }
        setLeaf(seq, leaf.replace(from, to));
    }

    /** The seq of the first entry whose leaf contains the text. */
    long seqContaining(String text) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT seq FROM cl_entries WHERE leaf LIKE ? ORDER BY seq FETCH FIRST 1 ROWS ONLY")) {
            select.setString(1, "%" + text + "%");
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new AssertionError("no entry contains " + text);
                }
                return rows.getLong(1);
            }
        }
    }

    long maxSeq() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT MAX(seq) FROM cl_entries")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    void insert(long seq, String hash, String type, String leaf) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO cl_entries (seq, entry_hash, entry_type, claim_id, leaf) VALUES (?, ?, ?, NULL, ?)")) {
            insert.setLong(1, seq);
            insert.setString(2, hash);
            insert.setString(3, type);
            insert.setString(4, leaf);
            insert.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
