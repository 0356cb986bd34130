package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.Hex;
import org.claimledger.entry.Entry;
import org.claimledger.entry.EntryType;
import org.claimledger.entry.Envelope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every tamper class of DESIGN.md section 2 that needs no checkpoint, performed on a real H2 ledger with plain
 * SQL after dropping the triggers, as an attacker would; each asserts that verify exits 1 and names entry and field.
 */
class TamperTest {
    @RegisterExtension
    static final SeededLedgerPerClass seeded = new SeededLedgerPerClass();

    @TempDir
    Path dir;

    private Cli.Result verify(Cli cli) {
        return cli.run("verify", "--ledger", "news", "--trust", "ledger.vkey", "--json");
    }

    private List<Reports.Finding> attackThenVerify(Attack attack) throws SQLException {
        Cli cli = seeded.copyTo(dir);
        try (Attacker attacker = new Attacker(dir.resolve("news"))) {
            attack.run(attacker);
        }
        Cli.Result result = verify(cli);
        assertEquals(ExitCodes.VERIFY_FAILED, result.code(), result.toString());
        assertTrue(result.err().isEmpty(), "verify reports on stdout only: " + result.err());
        return Reports.findings(result.out());
    }

    interface Attack {
        void run(Attacker attacker) throws SQLException;
    }

    @Test
    void verify_untouchedLedger_isClean() {
        Cli cli = seeded.copyTo(dir);
        Cli.Result result = verify(cli);
        assertEquals(ExitCodes.OK, result.code(), result.toString());
        var report = Reports.parse(result.out());
        assertTrue(report.path("ok").asBoolean());
        assertEquals(0, report.path("findings").size());
        assertEquals(20, report.path("entries").asLong(), "genesis, enrolment, source and the 17 seed claims");
        assertEquals(report.path("entries").asLong(), report.path("signatures").asLong());
        assertTrue(report.path("spans").asLong() > report.path("claims").asLong());
    }

    @Test
    void triggers_refuseUpdateAndDelete_untilDropped() throws SQLException {
        seeded.copyTo(dir);
        try (var connection = java.sql.DriverManager.getConnection(
                "jdbc:h2:file:" + dir.resolve("news").toAbsolutePath() + ";IFEXISTS=TRUE", "", "");
                var statement = connection.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("UPDATE cl_entries SET leaf = leaf WHERE seq = 1"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM cl_sources"));
        }
    }

    @Test
    void verify_reportsEditedFigureValue_withEntryAndField() throws SQLException {
        long[] seq = new long[1];
        List<Reports.Finding> findings = attackThenVerify(attacker -> {
            seq[0] = attacker.seqContaining("\"text\":\"9 milioni\"");
            attacker.replaceInLeaf(seq[0], "\"value\":\"9000000\"", "\"value\":\"19000000\"");
        });
        Reports.Finding changed = Reports.find(findings, seq[0], "field-changed", "body.figures[0].value");
        assertEquals("19000000", changed.actual());
        Reports.Finding value = Reports.find(findings, seq[0], "figure-value", "body.figures[0].value");
        assertEquals("9000000", value.expected());
        assertEquals("19000000", value.actual());
    }

    @Test
    void verify_reportsEditedAttribution_withEntryAndField() throws SQLException {
        long[] seq = new long[1];
        List<Reports.Finding> findings = attackThenVerify(attacker -> {
            seq[0] = attacker.seqContaining("\"who\":\"Sergei Shoigu\"");
            attacker.replaceInLeaf(seq[0], "\"who\":\"Sergei Shoigu\"", "\"who\":\"Vladimir Putin\"");
        });
        assertEquals("Vladimir Putin", Reports.find(findings, seq[0], "field-changed", "body.attribution.who").actual());
    }

    @Test
    void verify_reportsEditedQuote_withEntryAndField() throws SQLException {
        long[] seq = new long[1];
        List<Reports.Finding> findings = attackThenVerify(attacker -> {
            seq[0] = attacker.seqContaining("più di 11.000 soldati");
            attacker.replaceInLeaf(seq[0], "più di 11.000 soldati", "più di 21.000 soldati");
        });
        Reports.find(findings, seq[0], "field-changed", "body.quote.text");
        Reports.Finding quote = Reports.find(findings, seq[0], "quote-mismatch", "body.quote.text");
        assertTrue(quote.expected().contains("11.000") && quote.actual().contains("21.000"), quote.toString());
    }

    @Test
    void verify_reportsEditedSourceText_atTheSourceEntry() throws SQLException {
        List<Reports.Finding> findings = attackThenVerify(attacker ->
                assertEquals(1, attacker.execute("UPDATE cl_sources SET content = REPLACE(content, '9 milioni', '8 milioni')")));
        Reports.Finding hash = Reports.find(findings, 2L, "source-hash", "body.id");
        assertEquals(seeded.sourceId(), hash.expected());
        assertFalse(hash.actual().equals(hash.expected()));
    }

    @Test
    void verify_reportsEditedSignature() throws SQLException {
        List<Reports.Finding> findings = attackThenVerify(attacker -> {
            String leaf = attacker.leaf(5);
            int at = leaf.indexOf("\"sig\":\"") + 7;
            char flipped = leaf.charAt(at) == 'A' ? 'B' : 'A';
            attacker.setLeaf(5, leaf.substring(0, at) + flipped + leaf.substring(at + 1));
        });
        Reports.find(findings, 5L, "signature-invalid", "sig");
        assertTrue(findings.stream().noneMatch(f -> f.kind().equals("field-changed") && f.entry() == 5L),
                "only the signature changed: " + findings);
    }

    @Test
    void verify_reportsEditedTimestamp_withEntryAndField() throws SQLException {
        List<Reports.Finding> findings = attackThenVerify(attacker -> {
            String leaf = attacker.leaf(6);
            String time = leaf.replaceAll("(?s).*\"time\":\"([^\"]+)\".*", "$1");
            attacker.replaceInLeaf(6, "\"time\":\"" + time + "\"", "\"time\":\"2024-01-01T00:00:00.000Z\"");
        });
        Reports.Finding changed = Reports.find(findings, 6L, "field-changed", "time");
        assertEquals("2024-01-01T00:00:00.000Z", changed.actual());
        Reports.find(findings, 6L, "time-backwards", "time");
    }

    @Test
    void verify_reportsDeletedEntry_asMissingAndChainBreak() throws SQLException {
        List<Reports.Finding> findings = attackThenVerify(attacker ->
                assertEquals(1, attacker.execute("DELETE FROM cl_entries WHERE seq = 7")));
        Reports.Finding missing = Reports.find(findings, 8L, "entry-missing", "seq");
        assertEquals("7", missing.expected());
        Reports.find(findings, 8L, "chain-broken", "prev");
    }

    @Test
    void verify_reportsSwappedEntries_asMoved() throws SQLException {
        List<Reports.Finding> findings = attackThenVerify(attacker -> {
            String nine = attacker.leaf(9);
            String ten = attacker.leaf(10);
            attacker.setLeaf(9, ten);
            attacker.setLeaf(10, nine);
        });
        Reports.Finding moved = Reports.find(findings, 9L, "entry-moved", "seq");
        assertEquals("9", moved.expected());
        assertEquals("10", moved.actual());
        Reports.find(findings, 10L, "entry-moved", "seq");
        Reports.find(findings, 9L, "chain-broken", "prev");
    }

    @Test
    void verify_reportsDuplicatedEntry_asMoved() throws SQLException {
        List<Reports.Finding> findings = attackThenVerify(attacker -> {
            long last = attacker.maxSeq();
            attacker.insert(last + 1, "0".repeat(64), "claim", attacker.leaf(last));
        });
        Reports.find(findings, 20L, "entry-moved", "seq");
    }

    @Test
    void verify_reportsForgedEntryWithUnenrolledKey() throws SQLException {
        List<Reports.Finding> findings = attackThenVerify(attacker -> {
            long last = attacker.maxSeq();
            Entry previous;
            try {
                previous = Entry.parse(attacker.leaf(last).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            ObjectNode body = (ObjectNode) previous.body();
            ((ObjectNode) body.path("figures").path(0)).put("value", "1");
            Ed25519PrivateKey forger = Ed25519PrivateKey.generate(new SecureRandom());
            Entry forged = Envelope.sign(last + 1, previous.hash(), Instant.now(), EntryType.CLAIM,
                    body.isEmpty() ? JsonNodeFactory.instance.objectNode() : body, forger);
            attacker.insert(last + 1, Hex.encode(forged.hash()), "claim", forged.leafText());
        });
        Reports.Finding unknown = Reports.find(findings, 20L, "unknown-signer", "signer");
        assertTrue(unknown.message().contains("no earlier entry of this ledger enrolled"), unknown.message());
    }

    @Test
    void verify_reportsContradictingFigure_signedWithAValidKeyByAnotherTool() throws Exception {
        Cli cli = seeded.copyTo(dir);
        org.claimledger.crypto.NamedKey editor = org.claimledger.crypto.KeyFile.read(dir.resolve("giulia.key"))
                .unlock(Cli.PASSPHRASE.toCharArray());
        try (Attacker attacker = new Attacker(dir.resolve("news"))) {
            long last = attacker.maxSeq();
            long nine = attacker.seqContaining("\"text\":\"9 milioni\"");
            Entry previous = Entry.parse(attacker.leaf(last).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            ObjectNode body = Entry.parse(attacker.leaf(nine).getBytes(java.nio.charset.StandardCharsets.UTF_8)).body();
            ((ObjectNode) body.path("figures").path(0)).put("value", "19000000");
            Entry typo = Envelope.sign(last + 1, previous.hash(), Instant.now(), EntryType.CLAIM, body, editor.key());
            attacker.insert(last + 1, Hex.encode(typo.hash()), "claim", typo.leafText());
        }
        Cli.Result result = verify(cli);
        assertEquals(ExitCodes.VERIFY_FAILED, result.code(), result.toString());
        List<Reports.Finding> findings = Reports.findings(result.out());
        Reports.Finding value = Reports.find(findings, 20L, "figure-value", "body.figures[0].value");
        assertEquals("9000000", value.expected());
        assertEquals("19000000", value.actual());
        assertTrue(findings.stream().noneMatch(f -> f.kind().equals("signature-invalid") || f.kind().equals("field-changed")),
                "the entry is genuinely signed; only its figure is wrong: " + findings);
    }

    @Test
    void verify_reportsRewrittenLedger_whenTrustIsPinnedOutOfBand() throws Exception {
        Cli cli = seeded.copyTo(dir);
        Files.delete(dir.resolve("news.mv.db"));
        Files.delete(dir.resolve("ledger.key"));
        cli.ok("init", "--ledger", "news", "--origin", "newsroom.example/claims", "--key-out", "ledger.key");
        Cli.Result result = verify(cli);
        assertEquals(ExitCodes.VERIFY_FAILED, result.code(), result.toString());
        Reports.find(Reports.findings(result.out()), null, "trust", "genesis.body.key");
    }
}
