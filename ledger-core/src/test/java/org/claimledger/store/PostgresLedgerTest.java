package org.claimledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.NamedKey;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.ledger.Ledger;
import org.claimledger.state.LedgerMemory;
import org.claimledger.state.StateDirectory;
import org.claimledger.verify.Audit;
import org.claimledger.verify.Finding;
import org.claimledger.verify.FindingKind;
import org.claimledger.verify.StoreFeed;
import org.claimledger.verify.VerifyReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same store on a real PostgreSQL server, as a newsroom with many editors runs it. .ci/run starts the
 * server and sets CLAIMLEDGER_TEST_POSTGRES (a JDBC URL, with CLAIMLEDGER_DB_USER and CLAIMLEDGER_DB_PASSWORD).
 */
@EnabledIfEnvironmentVariable(named = "CLAIMLEDGER_TEST_POSTGRES", matches = "jdbc:postgresql:.*")
class PostgresLedgerTest {
    private final String url = System.getenv("CLAIMLEDGER_TEST_POSTGRES");

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, System.getenv("CLAIMLEDGER_DB_USER"), System.getenv("CLAIMLEDGER_DB_PASSWORD"));
    }

    @BeforeEach
    void emptyDatabase() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String table : new String[] {"cl_meta", "cl_head", "cl_entries", "cl_sources", "cl_tree", "cl_checkpoints"}) {
                statement.execute("DROP TABLE IF EXISTS " + table + " CASCADE");
            }
            statement.execute("DROP FUNCTION IF EXISTS cl_refuse_change() CASCADE");
        }
    }

    @Test
    void concurrentEditors_onPostgres_neverForkTheChain_andTamperingIsFound() throws Exception {
        LedgerLocation location = LedgerLocation.of(url);
        ConcurrentAppendTest.appendConcurrently(location, 3, 20);
        try (LedgerStore store = LedgerStore.open(location)) {
            VerifyReport report = Audit.run(new StoreFeed(store), new Audit.Request(null, null, null, null));
            assertTrue(report.clean(), report.findings().toString());
            assertEquals(1 + 3 + 1 + 60, report.entries());
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("UPDATE cl_entries SET leaf = leaf WHERE seq = 10"));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            statement.execute("DROP TRIGGER cl_entries_append_only ON cl_entries");
            statement.executeUpdate("UPDATE cl_entries SET leaf = REPLACE(leaf, '\"value\":\"11000\"', '\"value\":\"12000\"') "
                    + "WHERE seq = 10");
        }
        try (LedgerStore store = LedgerStore.open(location)) {
            VerifyReport report = Audit.run(new StoreFeed(store), new Audit.Request(null, null, null, null));
            assertTrue(report.findings().stream().anyMatch(finding -> finding.seq() == 10L
                    && finding.kind() == FindingKind.FIELD_CHANGED && finding.field().equals("body.figures[0].value")),
                    report.findings().toString());
            Finding value = report.findings().stream().filter(f -> f.kind() == FindingKind.FIGURE_VALUE).findFirst()
                    .orElseThrow();
            assertEquals("11000", value.expected());
        }
    }
    @Test
    void anAppend_onAPostgresLedgerThatLostItsTail_isRefused_andTheLocationIsTheUrlWithoutItsPassword(
            @TempDir Path state) throws Exception {
        LedgerLocation location = LedgerLocation.of(url);
        SecureRandom random = new SecureRandom();
        NamedKey ledgerKey = new NamedKey("pg.example/claims", Ed25519PrivateKey.generate(random));
        LedgerMemory memory = new LedgerMemory(new StateDirectory(state));
        try (Ledger ledger = Ledger.create(location, "pg.example/claims", ledgerKey, Clock.systemUTC())) {
            memory.keepWatch(ledger.store());
            for (int i = 0; i < 3; i++) {
                ledger.enroll(ledgerKey, "editor" + i, Ed25519PrivateKey.generate(random).publicKey());
            }
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER cl_entries_append_only ON cl_entries");
            statement.executeUpdate("DELETE FROM cl_entries WHERE seq >= 2");
        }
        try (Ledger ledger = Ledger.open(location, Clock.systemUTC())) {
            LedgerException refused = assertThrows(LedgerException.class, () -> memory.keepWatch(ledger.store()));
            assertEquals(Failure.LOST_HISTORY, refused.failure());
            assertTrue(refused.getMessage().contains("it has 2 entries, but this machine saw 4 (entries 2 to 3 are gone;"),
                    refused.getMessage());
            assertEquals(2, ledger.store().size());
        }
        String withPassword = url + (url.contains("?") ? "&" : "?") + "password=secret";
        assertEquals(withPassword.replace("=secret", "=***"), LedgerMemory.locationOf(LedgerLocation.of(withPassword)));
    }
}
