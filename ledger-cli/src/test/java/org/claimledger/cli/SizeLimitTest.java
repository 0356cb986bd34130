package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The size limits of SPEC.md §16 as a user meets them: a quote too long for a ledger entry was found out by
 * the database ("Value too long for column LEAF", exit 12); a figure of a million digits cost 31 s per entry
 * to verify. Now each is malformed input (exit 3) named by file, line and field before anything is written,
 * and verify reports a stored one as a finding in bounded time.
 */
class SizeLimitTest {
    private static final String DIGITS_41 = "1" + "0".repeat(40);

    @TempDir
    Path dir;

    Cli cli;
    String sourceId;
    int entriesBefore;

    @BeforeEach
    void copyLedger() {
        cli = SeededLedger.shared().copyTo(dir);
        sourceId = SeededLedger.shared().sourceId();
        entriesBefore = entries();
    }

    private int entries() {
        return Reports.parse(cli.ok("log", "--ledger", "news", "--json").out()).size();
    }

    /** Registers a source that holds the passage, and writes a claims file quoting it with the figures given. */
    private void claimsFile(String passage, String figure) throws Exception {
        Files.writeString(dir.resolve("long.txt"), "Un articolo.\n\n" + passage + "\n", StandardCharsets.UTF_8);
        String source = cli.ok("source", "add", "long.txt", "--lang", "it", "--ledger", "news", "--key", "giulia.key")
                .out().replaceAll("(?s).*source ([0-9a-f]{64}).*", "$1");
        ObjectMapper json = new ObjectMapper();
        ObjectNode file = json.createObjectNode().put("v", 1).put("source", source);
        ObjectNode claim = file.putArray("claims").addObject().put("quote", passage);
        if (figure != null) {
            claim.putArray("figures").addObject().put("text", figure).put("value", figure);
        }
        Files.writeString(dir.resolve("long.json"), json.writeValueAsString(file), StandardCharsets.UTF_8);
        entriesBefore = entries();
    }

    @Test
    void sign_quoteLongerThanAnEntryCanHold_isMalformedInput_notAStorageFailure() throws Exception {
        claimsFile("Parola. ".repeat(140_000).strip(), null);
        Refusal.assertRefused(cli.run("sign", "long.json", "--ledger", "news", "--key", "giulia.key"), 3,
                "long.json:1:", "claims[0].quote has 1119999 characters; at most 10000 are allowed (SPEC.md §16); "
                        + "nothing was signed");
        assertEquals(entriesBefore, entries());
    }

    @Test
    void sign_figureOfFortyOneDigits_isMalformedInput() throws Exception {
        claimsFile("Nel 2024 erano " + DIGITS_41 + " soldati.", DIGITS_41);
        Refusal.assertRefused(cli.run("sign", "long.json", "--ledger", "news", "--key", "giulia.key"), 3,
                "claims[0].figures[0].value has 41 digits; a figure has at most 40 (SPEC.md §16)");
        assertEquals(entriesBefore, entries());
    }

    @Test
    void claimAdd_valueOfAMillionDigits_isRefusedWithoutEchoingIt() {
        String million = "9" + "0".repeat(999_999);
        String line = Refusal.assertRefused(cli.run("claim", "add", "--source", sourceId, "--quote", "più di 11.000",
                "--figure", "11.000", "--value", million, "--ledger", "news", "--key", "giulia.key"), 3,
                "figures[0].value has 1000000 digits; a figure has at most 40");
        assertTrue(line.length() < 300, line);
        assertEquals(entriesBefore, entries());
    }

    @Test
    void verify_storedFigureOfNineHundredThousandDigits_isAFigureValueFinding_inBoundedTime() throws Exception {
        try (Attacker attacker = new Attacker(dir.resolve("news"))) {
            long seq = attacker.seqContaining("\"value\":\"9000000\"");
            attacker.replaceInLeaf(seq, "\"value\":\"9000000\"", "\"value\":\"9" + "0".repeat(900_000) + "\"");
        }
        Cli.Result result = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> cli.run("verify", "--ledger", "news", "--trust", "ledger.vkey", "--json"));
        assertEquals(1, result.code(), () -> result.toString().substring(0, 2000));
        Reports.Finding finding = Reports.findings(result.out()).stream()
                .filter(f -> f.kind().equals("figure-value")).findFirst().orElseThrow();
        assertEquals("body.figures[0].value", finding.field());
        assertEquals("value has 900001 digits; a figure has at most 40 (SPEC.md §16), so it is not read",
                finding.message());
    }

    @Test
    void namesTitlesAndReasonsTypedAsOptions_overTheirLimits_areWrongOptionValues() throws Exception {
        Files.writeString(dir.resolve("new.txt"), "A new article.\n", StandardCharsets.UTF_8);
        Refusal.assertRefused(cli.run("source", "add", "new.txt", "--lang", "en", "--title", "t".repeat(2_001),
                "--ledger", "news", "--key", "giulia.key"), 2,
                "title has 2001 characters; at most 2000 are allowed (SPEC.md §16); nothing was written");
        Refusal.assertRefused(cli.run("claim", "retract", "5", "--reason", "r".repeat(2_001), "--ledger", "news",
                "--key", "giulia.key"), 2, "the reason has 2001 characters; at most 2000 are allowed");
        Refusal.assertRefused(cli.run("key", "new", "--name", "n".repeat(201), "--out", "n.key"), 2,
                "key name has 201 characters; at most 200 are allowed");
        Refusal.assertRefused(cli.run("init", "--ledger", "other", "--origin", "o".repeat(201), "--key-out", "o.key"), 2,
                "origin has 201 characters; at most 200 are allowed");
        assertEquals(entriesBefore, entries());
    }
}
