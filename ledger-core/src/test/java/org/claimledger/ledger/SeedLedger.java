package org.claimledger.ledger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.claims.ClaimsFile;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.Hex;
import org.claimledger.crypto.NamedKey;
import org.claimledger.entry.Entry;
import org.claimledger.entry.EntryType;
import org.claimledger.entry.Envelope;
import org.claimledger.failure.LedgerException;
import org.claimledger.merkle.CompactRange;
import org.claimledger.merkle.Node;
import org.claimledger.merkle.TreeReadException;
import org.claimledger.model.Language;
import org.claimledger.model.SourceText;
import org.claimledger.store.LedgerLocation;
import org.claimledger.store.LedgerStore;
import org.claimledger.verify.StoreFeed;
import org.claimledger.verify.Verifier;
import org.claimledger.verify.VerifyReport;

/**
 * The seed article's ledger for lifecycle tests: a ledger key, two enrolled editors (giulia, marco), the article
 * and its 17 hand-annotated claims signed by giulia; plus what an attacker with the H2 file can do.
 */
final class SeedLedger implements AutoCloseable {
    static final String ORIGIN = "newsroom.example/claims";
    static final Path ARTICLE = Path.of("..", "fixtures", "000_24432489f640e24b.txt");
    static final Path CLAIMS = Path.of("..", "fixtures", "claims", "seed-claims.json");

    final LedgerLocation location;
    final StepClock clock = new StepClock(Instant.parse("2025-06-01T09:00:00Z"));
    final NamedKey ledgerKey = key(ORIGIN, 1);
    final NamedKey giulia = key("giulia.rossi", 2);
    final NamedKey marco = key("marco.bianchi", 3);
    final String article;
    final String sourceId;
    final List<Entry> claims;
    Ledger ledger;

    private SeedLedger(Path directory) throws IOException, LedgerException {
        location = LedgerLocation.of(directory.resolve("seed").toString());
        article = Files.readString(ARTICLE, StandardCharsets.UTF_8);
        ledger = Ledger.create(location, ORIGIN, ledgerKey, clock);
        ledger.enroll(ledgerKey, giulia.name(), giulia.publicKey());
        ledger.enroll(ledgerKey, marco.name(), marco.publicKey());
        step();
        SourceText source = SourceText.fromString(article);
        sourceId = source.id();
        ledger.addSource(giulia, source, new SourceMetadata("Russia-Corea del Nord", null, null, "2025-06", Language.IT));
        claims = ledger.signClaims(giulia, ClaimsFile.read(Files.readAllBytes(CLAIMS), "seed-claims.json"), null);
        step();
    }

    static SeedLedger build(Path directory) throws IOException, LedgerException {
        return new SeedLedger(directory);
    }

    static NamedKey key(String name, int seed) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) seed);
        return new NamedKey(name, Ed25519PrivateKey.fromSeed(bytes));
    }

    /** Moves the clock on a minute, so each step of a test has its own time. */
    Instant step() {
        return clock.advance(Duration.ofMinutes(1));
    }

    /** The id of the claim whose quote starts with the text. */
    long claim(String quoteStart) {
        return claims.stream().filter(entry -> entry.body().path("quote").path("text").asText().startsWith(quoteStart))
                .findFirst().orElseThrow().seq();
    }

    VerifyReport verify() throws LedgerException {
        return Verifier.verify(new StoreFeed(ledger.store()));
    }

    /** Plain SQL on the H2 file, with the ledger closed and the append-only triggers dropped first. */
    void sql(String... statements) throws LedgerException, SQLException {
        ledger.close();
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), "", "");
                Statement statement = connection.createStatement()) {
            for (String table : List.of("cl_entries", "cl_sources", "cl_tree", "cl_checkpoints")) {
                statement.execute("DROP TRIGGER IF EXISTS " + table + "_append_only");
            }
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        ledger = Ledger.open(location, clock);
    }

    /**
     * What a thorough attacker holding some private key does: signs an entry chained to the current head and inserts
     * it, and the tree nodes it completes, with plain SQL, bypassing every check the editors' commands make. Returns
     * its seq.
     */
    long forge(EntryType type, ObjectNode body, Ed25519PrivateKey key, Instant time, Long claimId)
            throws LedgerException, SQLException {
        ledger.close();
        long seq;
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), "", "")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TRIGGER IF EXISTS cl_entries_append_only");
                statement.execute("DROP TRIGGER IF EXISTS cl_tree_append_only");
            }
            String head;
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery(
                            "SELECT seq, entry_hash FROM cl_entries ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")) {
                row.next();
                seq = row.getLong(1) + 1;
                head = row.getString(2);
            }
            Entry entry = Envelope.sign(seq, Hex.decodeHash(head), time, type, body, key);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO cl_entries (seq, entry_hash, entry_type, claim_id, leaf) VALUES (?, ?, ?, ?, ?)")) {
                insert.setLong(1, seq);
                insert.setString(2, Hex.encode(entry.hash()));
                insert.setString(3, type.code());
                insert.setObject(4, claimId);
                insert.setString(5, entry.leafText());
                insert.executeUpdate();
            }
            insertTreeNodes(connection, seq, entry.hash());
        }
        ledger = Ledger.open(location, clock);
        return seq;
    }

    private static void insertTreeNodes(Connection connection, long size, byte[] leafHash) throws SQLException {
        CompactRange range;
        try {
            range = CompactRange.load(size, (level, index) -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT hash FROM cl_tree WHERE lvl = ? AND idx = ?")) {
                    select.setInt(1, level);
                    select.setLong(2, index);
                    try (ResultSet row = select.executeQuery()) {
                        if (!row.next()) {
                            throw new TreeReadException("no node " + level + "/" + index);
                        }
                        return Hex.decodeHash(row.getString(1));
                    }
                } catch (SQLException e) {
                    throw new TreeReadException(e.getMessage(), e);
                }
            });
        } catch (TreeReadException e) {
            throw new SQLException(e);
        }
        for (Node node : range.append(leafHash)) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO cl_tree (lvl, idx, hash) VALUES (?, ?, ?)")) {
                insert.setInt(1, node.level());
                insert.setLong(2, node.index());
                insert.setString(3, Hex.encode(node.hash()));
                insert.executeUpdate();
            }
        }
    }

    LedgerStore store() {
        return ledger.store();
    }

    @Override
    public void close() throws LedgerException {
        ledger.close();
    }
}
