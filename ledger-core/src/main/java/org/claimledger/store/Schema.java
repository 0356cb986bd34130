package org.claimledger.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.claimledger.input.InputLimits;

/** The ledger's tables, created once by init; the two dialects differ only in large-text types and triggers. */
final class Schema {
    static final int VERSION = 1;
    static final List<String> LEDGER_TABLES = List.of("cl_entries", "cl_sources", "cl_tree", "cl_checkpoints",
            "cl_cosignatures");
    /** Witnesses' cosignature lines, each stored beside the checkpoint it cosigns (added after schema 1's first files). */
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
            statement.execute("INSERT INTO cl_meta (name, val) VALUES ('format', 'claimledger')");
            statement.execute("INSERT INTO cl_meta (name, val) VALUES ('schema', '" + VERSION + "')");
            for (String table : LEDGER_TABLES) {
                for (String sql : dialect.appendOnlyGuard(table)) {
                    statement.execute(sql);
                }
            }
        }
    }
}
