package org.claimledger.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.KeyFile;
import org.claimledger.crypto.NamedKey;
import org.claimledger.demo.Demo;
import org.claimledger.failure.LedgerException;
import org.claimledger.ledger.Ledger;
import org.claimledger.note.VerifierKey;
import org.claimledger.store.LedgerLocation;

/**
 * A real H2 ledger for tests: the demo's seed article and its 17 claims (20 entries: genesis, one enrolment,
 * the source, the claims), with the key files and what an attacker holding the file can do to it.
 */
public final class TestLedger {
    public static final Path ARTICLE = Path.of("..", "fixtures", "000_24432489f640e24b.txt");
    public static final Path CLAIMS = Path.of("..", "fixtures", "claims", "seed-claims.json");
    public static final int SEED_ENTRIES = 20;

    private final Path directory;
    private final Demo.Built built;
    private NamedKey ledgerKey;

    private TestLedger(Path directory, Demo.Built built) {
        this.directory = directory;
        this.built = built;
    }

    public static TestLedger build(Path directory) throws LedgerException, IOException {
        String article = Files.readString(ARTICLE, StandardCharsets.UTF_8);
        Demo.Built built = Demo.build(directory, article, Files.readAllBytes(CLAIMS), Clock.systemUTC(), line -> { });
        return new TestLedger(directory, built);
    }

    public Path directory() {
        return directory;
    }

    public LedgerLocation location() {
        return built.location();
    }

    public Path h2File() {
        return built.location().h2File();
    }

    public Path ledgerKeyFile() {
        return directory.resolve("ledger.key");
    }

    public VerifierKey vkey() {
        return built.trusted();
    }

    public String origin() {
        return Demo.ORIGIN;
    }

    public long figureSeq() {
        return built.tamperedSeq();
    }

    public NamedKey ledgerKey() throws LedgerException {
        if (ledgerKey == null) {
            ledgerKey = KeyFile.read(ledgerKeyFile()).unlock(Demo.PASSPHRASE);
        }
        return ledgerKey;
    }

    public Ledger open() throws LedgerException {
        return Ledger.open(location(), Clock.systemUTC());
    }

    /** Appends n entries (editor enrolments, signed by the ledger key). */
    public void grow(int n) throws LedgerException {
        SecureRandom random = new SecureRandom();
        try (Ledger ledger = open()) {
            for (int i = 0; i < n; i++) {
                ledger.enroll(ledgerKey(), "editor" + i + "-" + random.nextInt(1_000_000),
                        Ed25519PrivateKey.generate(random).publicKey());
            }
        }
    }

    /** A copy of the H2 file as it is now, to roll back to later. */
    public Path backup(String name) throws IOException {
        Path copy = directory.resolve(name);
        Files.copy(h2File(), copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    /** What restoring an old copy of the database file does. */
    public void rollBackTo(Path copy) throws IOException {
        Files.copy(copy, h2File(), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Plain SQL on the file, with the append-only triggers of every ledger table dropped first. */
    public void sql(String... statements) throws SQLException {
        sqlOn(h2File(), statements);
    }

    /** What an attacker with the file does: plain SQL on any H2 file, the append-only triggers dropped first. */
    public static void sqlOn(Path h2File, String... statements) throws SQLException {
        String base = h2File.toAbsolutePath().toString().replaceFirst("\\.mv\\.db$", "");
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base, "", "");
                Statement statement = connection.createStatement()) {
            for (String table : new String[] {"cl_entries", "cl_sources", "cl_tree", "cl_checkpoints"}) {
                statement.execute("DROP TRIGGER IF EXISTS " + table + "_append_only");
            }
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Cuts off every entry from seq on, with the tree nodes they completed: the tail truncated. */
    public void truncateFrom(long seq) throws SQLException {
        sql("DELETE FROM cl_entries WHERE seq >= " + seq,
                "DELETE FROM cl_tree WHERE (idx + 1) * CAST(POWER(2, lvl) AS BIGINT) > " + seq);
    }

    /** Edits the "9 milioni" figure of the seed claims, as the demo's attacker does. */
    public void editFigure() throws SQLException {
        sql("UPDATE cl_entries SET leaf = REPLACE(leaf, '\"value\":\"9000000\"', '\"value\":\"8000000\"') WHERE seq = "
                + figureSeq());
    }
}
