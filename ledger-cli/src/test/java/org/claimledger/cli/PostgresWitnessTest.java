package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A witness's cosignature stored with a checkpoint of a PostgreSQL ledger, from the command line: the cosignature
 * table is made there as on H2, a second copy of the line is held once, and verify counts it towards the quorum.
 * .ci/run starts the server and sets CLAIMLEDGER_TEST_POSTGRES (with CLAIMLEDGER_DB_USER and CLAIMLEDGER_DB_PASSWORD).
 */
@EnabledIfEnvironmentVariable(named = "CLAIMLEDGER_TEST_POSTGRES", matches = "jdbc:postgresql:.*")
class PostgresWitnessTest {
    private final String url = System.getenv("CLAIMLEDGER_TEST_POSTGRES");

    @TempDir
    Path dir;

    /** Drops whatever ledger an earlier test left in the database: every cl_ table, and the guard function. */
    @BeforeEach
    void emptyDatabase() throws Exception {
        try (Connection connection = DriverManager.getConnection(url, System.getenv("CLAIMLEDGER_DB_USER"),
                System.getenv("CLAIMLEDGER_DB_PASSWORD")); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables "
                    + "WHERE schemaname = current_schema() AND tablename LIKE 'cl\\_%'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            if (!tables.isEmpty()) {
                statement.execute("DROP TABLE " + String.join(", ", tables) + " CASCADE");
            }
            statement.execute("DROP FUNCTION IF EXISTS cl_refuse_change() CASCADE");
        }
    }

    @Test
    void checkpointCosignAdd_onPostgres_storesTheLineOnce_andVerifyCountsIt() throws Exception {
        Cli cli = new Cli(dir);
        cli.ok("init", "--ledger", url, "--origin", "newsroom.example/claims", "--key-out", "ledger.key");
        Files.writeString(dir.resolve("ledger.vkey"), cli.ok("key", "vkey", "ledger.key").out());
        cli.ok("checkpoint", "--ledger", url, "--ledger-key", "ledger.key", "--out", "cp1.txt");
        cli.ok("witness", "new", "--name", "witness.example/w1", "--out", "w1.key");
        Files.writeString(dir.resolve("witnesses.txt"), cli.ok("key", "vkey", "w1.key").out());
        Files.writeString(dir.resolve("w1.cosig"), cli.ok("witness", "cosign", "cp1.txt", "--log-key", "ledger.vkey",
                "--key", "w1.key", "--state", "w1").out());

        Cli.Result unwitnessed = cli.run("verify", "--ledger", url, "--trust", "ledger.vkey", "--state", "auditor",
                "--witnesses", "witnesses.txt");
        assertEquals(1, unwitnessed.code(), unwitnessed.toString());

        Cli.Result added = cli.ok("checkpoint", "cosign", "--ledger", url, "--add", "w1.cosig", "--witnesses",
                "witnesses.txt");
        assertTrue(added.out().startsWith("stored the cosignature of witness.example/w1+"), added.out());
        Cli.Result again = cli.ok("checkpoint", "cosign", "--ledger", url, "--add", "w1.cosig", "--witnesses",
                "witnesses.txt");
        assertTrue(again.out().startsWith("already held the cosignature of witness.example/w1+"), again.out());

        Cli.Result witnessed = cli.run("verify", "--ledger", url, "--trust", "ledger.vkey", "--state", "auditor",
                "--witnesses", "witnesses.txt");
        assertEquals(0, witnessed.code(), witnessed.toString());
        assertTrue(witnessed.out().contains("witnessed: the latest checkpoint (1 entry): 1 of the 1 listed witness "
                + "cosigned it (1 needed): witness.example/w1+"), witnessed.out());
    }
}
