package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** --json on the commands that lacked it (key vkey, demo), and progress bars on stderr only on a terminal. */
class ReportingCommandsTest {
    @RegisterExtension
    static final SeededLedgerPerClass seeded = new SeededLedgerPerClass();

    @TempDir
    Path dir;

    Cli cli;

    @BeforeEach
    void copyLedger() {
        cli = seeded.copyTo(dir);
    }

    @Test
    void keyVkey_json_givesNameIdPublicKeyAndTheVkeyLine() {
        JsonNode key = Reports.parse(cli.ok("key", "vkey", "giulia.key", "--json").out());
        assertEquals("giulia.rossi", key.path("name").asText());
        assertEquals(cli.ok("key", "vkey", "giulia.key").out().strip(), key.path("vkey").asText());
        assertTrue(key.path("vkey").asText().startsWith("giulia.rossi+"), key.toString());
        assertTrue(key.path("id").asText().matches("[0-9a-f]{32}"), key.toString());
        assertEquals(44, key.path("public").asText().length(), "base64 of 32 bytes");
    }

    @Test
    void demo_json_isOneObjectWithBothReports() {
        JsonNode demo = Reports.parse(cli.ok("demo", "--dir", "demo", "--json").out());
        assertTrue(demo.path("asExpected").asBoolean(), demo.toString());
        assertTrue(demo.path("clean").path("findings").isEmpty(), demo.toString());
        long entry = demo.path("attack").path("entry").asLong();
        boolean named = false;
        for (JsonNode finding : demo.path("tampered").path("findings")) {
            named |= finding.path("entry").asLong() == entry
                    && finding.path("field").asText().equals(demo.path("attack").path("field").asText());
        }
        assertTrue(named, "the tampered report names the edited entry and field: " + demo);
        assertTrue(Files.isRegularFile(dir.resolve("demo/demo-ledger.mv.db")));
    }

    @Test
    void progress_isDrawnOnStderr_onlyWhenItIsATerminal() throws Exception {
        Files.writeString(dir.resolve("more.json"), "{\"v\": 1, \"source\": \"" + seeded.sourceId() + "\", \"claims\": ["
                + "{\"quote\": \"altri 3.000 soldati nei primi mesi del 2025\", "
                + "\"figures\": [{\"text\": \"3.000\", \"value\": \"3000\"}]},"
                + "{\"quote\": \"almeno 100 missili balistici\", \"figures\": [{\"text\": \"100\", \"value\": \"100\"}]}]}");
        String[][] jobs = {
            {"sign", "more.json", "--ledger", "news", "--key", "giulia.key"},
            {"export", "--ledger", "news", "--out", "bundle"},
            {"extract", "article.txt"}};
        for (String[] job : jobs) {
            Cli.Result watched = cli.terminal(true).run(job);
            assertEquals(0, watched.code(), watched.toString());
            assertTrue(watched.err().contains("\r" + job[0] + " [##############################] "), watched.err());
            assertFalse(watched.out().contains("\r"), "stdout carries no bar");
        }
        cli.terminal(false);
        Cli.Result piped = cli.run("extract", "article.txt");
        assertEquals(0, piped.code(), piped.toString());
        assertEquals("", piped.err(), "no bar when stderr is not a terminal");
        assertEquals("", cli.run("export", "--ledger", "news", "--out", "bundle2").err().replaceAll("claimledger: warning[^\n]*\n", ""));
    }
}
