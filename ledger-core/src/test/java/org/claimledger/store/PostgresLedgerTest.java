package org.claimledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.claimledger.claims.ClaimDraft;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.NamedKey;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.ledger.Ledger;
import org.claimledger.ledger.SourceMetadata;
import org.claimledger.model.Language;
import org.claimledger.model.Qualifier;
import org.claimledger.model.SourceText;
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
            for (String table : new String[] {"cl_meta", "cl_head", "cl_entries", "cl_sources", "cl_tree", "cl_checkpoints",
                    "cl_cosignatures"}) {
                statement.execute("DROP TABLE IF EXISTS " + table + " CASCADE");
            }
            statement.execute("DROP FUNCTION IF EXISTS cl_refuse_change() CASCADE");
        }
    }

    @Test
    void eightSigners_fiftyClaimsEach_threeRounds_alwaysGive400ClaimsOnOneChain() throws Exception {
        LedgerLocation location = LedgerLocation.of(url);
        for (int round = 1; round <= 3; round++) {
            emptyDatabase();
            ConcurrentAppendTest.appendConcurrently(location, 8, 50);
            try (LedgerStore store = LedgerStore.openReadOnly(location, LockWait.NONE)) {
                VerifyReport report = Audit.run(new StoreFeed(store), new Audit.Request(null, null, null, null));
                assertTrue(report.clean(), "round " + round + ": " + report.findings());
                assertEquals(400, report.claims(), "round " + round);
                assertEquals(1 + 8 + 1 + 400, report.entries(), "round " + round);
            }
        }
    }

    @Test
    void signerWhoseConnectionIsKilledMidAppend_saysNothingWasSigned_andNothingWas() throws Exception {
        LedgerLocation location = LedgerLocation.of(url);
        NamedKey ledgerKey = new NamedKey("killed.example/claims", Ed25519PrivateKey.generate(new SecureRandom()));
        NamedKey editor = new NamedKey("editor", Ed25519PrivateKey.generate(new SecureRandom()));
        SourceText source = SourceText.fromString(Files.readString(TortureProcess.ARTICLE));
        try (Ledger ledger = Ledger.create(location, "killed.example/claims", ledgerKey, Clock.systemUTC())) {
            ledger.enroll(ledgerKey, editor.name(), editor.publicKey());
            ledger.addSource(editor, source, new SourceMetadata("seed", null, null, null, Language.IT));
        }
        ClaimDraft draft = new ClaimDraft("", "più di 11.000 soldati", null, null, null, List.of(new ClaimDraft.FigureDraft(
                "/f", "11.000", "11000", null, "soldati", Qualifier.MORE_THAN, null, null, null)), null);
        CompletableFuture<LedgerException> signer;
        try (Connection holder = connect(); Connection watcher = connect()) {
            // Another editor's append holds the head row, so the signer is caught inside its own append.
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.executeQuery("SELECT id FROM cl_head WHERE id = 1 FOR UPDATE").close();
            }
            signer = CompletableFuture.supplyAsync(() -> {
                try (Ledger ledger = Ledger.open(location, Clock.systemUTC())) {
                    ledger.signClaim(editor, source.id(), draft);
                    return null;
                } catch (LedgerException e) {
                    return e;
                }
            });
            int killed = 0;
            for (int attempt = 0; attempt < 600 && killed == 0; attempt++) {
                Thread.sleep(100);
                // From its own connection in auto-commit: PostgreSQL keeps one snapshot of pg_stat_activity per transaction.
                try (Statement kill = watcher.createStatement(); ResultSet rows = kill.executeQuery(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() "
                                + "AND query LIKE '%FROM cl_head%FOR UPDATE%' AND wait_event_type = 'Lock'")) {
                    while (rows.next()) {
                        killed++;
                    }
                }
            }
            assertEquals(1, killed, "the signer's connection was found waiting on the head row and terminated");
            holder.rollback();
        }
        LedgerException failure = signer.get(60, TimeUnit.SECONDS);
        assertTrue(failure != null && failure.failure() == Failure.STORAGE, String.valueOf(failure));
        assertTrue(failure.getMessage().endsWith("; nothing was signed"), failure.getMessage());
        try (LedgerStore store = LedgerStore.openReadOnly(location, LockWait.NONE)) {
            assertEquals(3, store.size(), "genesis, enrolment and source only");
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
        // init's first check: a ledger that is there is a conflict, before this machine's memory is consulted.
        LedgerException exists = assertThrows(LedgerException.class, () -> LedgerStore.requireAbsent(location));
        assertEquals(Failure.CONFLICT, exists.failure());
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
