package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** log's filters, order and limit on the seed ledger (genesis, enrolment, source, then its claims), and its usage errors. */
class LogCommandTest {
    @RegisterExtension
    static final SeededLedgerPerClass seeded = new SeededLedgerPerClass();

    @TempDir
    Path dir;

    Cli cli;

    /** Entries in the seed ledger: genesis, enrolment, source, then one per claim. */
    long size;

    @BeforeEach
    void copyLedger() {
        cli = seeded.copyTo(dir);
        size = log().size();
    }

    private static String claim(long seq) {
        return seq + " claim";
    }

    /** The seqs and types log --json lists for these options. */
    private List<String> log(String... options) {
        List<String> args = new ArrayList<>(List.of("log", "--ledger", "news", "--json"));
        args.addAll(List.of(options));
        List<String> listed = new ArrayList<>();
        for (JsonNode entry : Reports.parse(cli.ok(args.toArray(String[]::new)).out())) {
            listed.add(entry.path("seq").asLong() + " " + entry.path("entry").path("type").asText());
        }
        return listed;
    }

    @Test
    void limit_listsTheFirstN_andReverse_theLastN() {
        assertEquals(List.of("0 genesis", "1 key-enroll", "2 source"), log("-n", "3"));
        assertTrue(size > 10, "the seed ledger has its claims: " + size);
        assertEquals(List.of(claim(size - 1), claim(size - 2)), log("--reverse", "--limit", "2"));
        assertEquals(List.of(claim(size - 1), claim(size - 2), claim(size - 3)), log("--reverse", "--from",
                String.valueOf(size - 3)));
        String text = cli.ok("log", "--ledger", "news", "-n", "2").out();
        assertEquals(2, text.lines().count(), text);
    }

    @Test
    void filters_byTypeSignerAndSource() {
        assertEquals(size - 3, log("--type", "claim").size());
        assertEquals(List.of("0 genesis", "2 source"), log("--type", "source,genesis"));
        assertEquals(List.of("0 genesis", "2 source"), log("--type", "source", "--type", "genesis"));
        assertEquals(List.of("0 genesis", "1 key-enroll"), log("--signer", "newsroom.example/claims"));
        assertEquals(size - 2, log("--signer", "giulia.rossi").size());
        assertEquals(List.of("2 source", "3 claim"), log("--source", seeded.sourceId().substring(0, 8), "-n", "2"));
        assertEquals(List.of(claim(size - 1)), log("--signer", "giulia.rossi", "--type", "claim", "--reverse", "-n", "1"));
    }

    @Test
    void sinceAndUntil_selectByTheEntrysTime() {
        cli.advance(Duration.ofDays(1));
        cli.ok("claim", "retract", "3", "--reason", "said in 2023", "--ledger", "news", "--key", "giulia.key");
        assertEquals(List.of(size + " retraction"), log("--since", "2025-06-02"));
        assertEquals(List.of(size + " retraction"), log("--since", "2025-06-02T09:00:00Z"));
        assertEquals(size, log("--until", "2025-06-02").size());
        assertEquals(List.of(), log("--since", "2025-06-03"));
    }

    @Test
    void negativeOrOutOfRangeValues_areUsageErrors() {
        assertUsage("--limit must be 1 or more, got -1", "--limit", "-1");
        assertUsage("--limit must be 1 or more, got 0", "-n", "0");
        assertUsage("--from must be 0 or more, got -5", "--from", "-5");
        assertUsage("--from 500 is past the last entry (the ledger has " + size + " entries, 0 to " + (size - 1) + ")",
                "--from", "500");
        assertUsage("--type: no entry type 'claims'; use genesis, key-enroll", "--type", "claims");
        assertUsage("--since: time must be an ISO-8601 date or instant", "--since", "yesterday");
        assertUsage("--since 2025-06-02 must be before --until 2025-06-01", "--since", "2025-06-02", "--until", "2025-06-01");
    }

    private void assertUsage(String says, String... options) {
        List<String> args = new ArrayList<>(List.of("log", "--ledger", "news"));
        args.addAll(List.of(options));
        Cli.Result result = cli.run(args.toArray(String[]::new));
        assertEquals(ExitCodes.USAGE, result.code(), result.toString());
        assertEquals("", result.out(), result.toString());
        assertEquals(1, result.err().lines().count(), result.toString());
        assertTrue(result.err().contains(says), says + " in " + result.err());
    }
}
