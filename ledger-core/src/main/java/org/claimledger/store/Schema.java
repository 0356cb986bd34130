package org.claimledger.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.InputLimits;

/** The ledger's tables, created once by init; the two dialects differ only in large-text types and triggers. */
final class Schema {
    static final int VERSION = 1;
    static final List<String> LEDGER_TABLES = List.of("cl_entries", "cl_sources", "cl_tree", "cl_checkpoints",
            "cl_cosignatures");
    /** Witnesses' cosignature lines, each stored beside the checkpoint it cosigns (added after schema 1's first files). */
    /** The format name every ledger declares in cl_meta. */
    static final String FORMAT = "claimledger";
    /** A stored value shown back in a message only when it is this plain; anything else is hostile text. */
    private static final Pattern SHOWABLE = Pattern.compile("[A-Za-z0-9._-]{1,32}");
    static final String CREATE_COSIGNATURES = "CREATE TABLE cl_cosignatures (tree_size BIGINT NOT NULL, line VARCHAR("
            + InputLimits.COSIGNATURE_LINE_BYTES + ") NOT NULL, PRIMARY KEY (tree_size, line))";

    private Schema() {
    }

    static void create(Connection connection, Dialect dialect) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE cl_meta (name VARCHAR(64) PRIMARY KEY, val VARCHAR(1000) NOT NULL)");
            statement.execute("CREATE TABLE cl_head (id INT PRIMARY KEY)");
            statement.execute("INSERT INTO cl_head (id) VALUES (1)");
            statement.execute("CREATE TABLE cl_entries (seq BIGINT PRIMARY KEY, entry_hash CHAR(64) NOT NULL, "
                    + "entry_type VARCHAR(32) NOT NULL, claim_id BIGINT, leaf VARCHAR(" + InputLimits.LEAF_BYTES
                    + ") NOT NULL)");
            statement.execute("CREATE INDEX cl_entries_type ON cl_entries (entry_type)");
            statement.execute("CREATE INDEX cl_entries_claim ON cl_entries (claim_id)");
            statement.execute("CREATE TABLE cl_sources (source_id CHAR(64) PRIMARY KEY, content "
                    + dialect.largeText() + " NOT NULL)");
            statement.execute("CREATE TABLE cl_tree (lvl INT NOT NULL, idx BIGINT NOT NULL, hash CHAR(64) NOT NULL, "
                    + "PRIMARY KEY (lvl, idx))");
            statement.execute("CREATE TABLE cl_checkpoints (tree_size BIGINT PRIMARY KEY, note VARCHAR("
                    + InputLimits.NOTE_BYTES + ") NOT NULL)");
            statement.execute(CREATE_COSIGNATURES);
            statement.execute("INSERT INTO cl_meta (name, val) VALUES ('format', '" + FORMAT + "')");
            statement.execute("INSERT INTO cl_meta (name, val) VALUES ('schema', '" + VERSION + "')");
            for (String table : LEDGER_TABLES) {
                for (String sql : dialect.appendOnlyGuard(table)) {
                    statement.execute(sql);
                }
            }
        }
    }

    /**
     * Refuses a ledger whose cl_meta declares another format or schema version than this build reads: a file of a
     * later schema (or an edited declaration) is not read as if it were this one. A missing row is left to the
     * checks that follow: a file cut short rolls back to a state before its rows, and verify reports that as the
     * damage it is. The table shapes are checked before this (the file check, §15).
     */
    static void requireReadable(Connection connection, String display) throws SQLException, LedgerException {
        Map<String, String> declared = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name, val FROM cl_meta "
                        + "WHERE name IN ('format', 'schema')")) {
            while (rows.next()) {
                declared.put(rows.getString(1), rows.getString(2));
            }
        }
        String format = declared.get("format");
        if (format != null && !FORMAT.equals(format)) {
            throw new LedgerException(Failure.NOT_A_LEDGER, display + " does not declare the ClaimLedger format (its "
                    + "cl_meta holds " + shown("format", format) + "); it is not a ledger, or its declaration was "
                    + "edited: restore it from a backup");
        }
        String version = declared.get("schema");
        if (version != null && !String.valueOf(VERSION).equals(version)) {
            throw new LedgerException(Failure.NOT_A_LEDGER, display + " declares storage " + shown("schema", version)
                    + ", and this ClaimLedger reads schema " + VERSION + " only; open it with the ClaimLedger that "
                    + "made it, or restore it from a backup if the declaration was edited");
        }
    }

    private static String shown(String name, String value) {
        return SHOWABLE.matcher(value).matches() ? name + " '" + value + "'" : "an unreadable " + name;
    }
}
