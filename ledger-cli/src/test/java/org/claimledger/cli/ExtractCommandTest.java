package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    private static final Path FIXTURES = Path.of("..", "fixtures").toAbsolutePath().normalize();
    private static final Path SEED = FIXTURES.resolve("000_24432489f640e24b.txt");
    private static final String SEED_ID = "4d76809f39679e7acfb850c36968e38958d82fbba61db34bea8bc523f5df6291";

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(new PrintWriter(out), new PrintWriter(err),
                Map.of("CLAIMLEDGER_PASSPHRASE", "correct horse battery staple", "HOME", dir.toString(),
                        "CLAIMLEDGER_STATE", dir.resolve("state").toString()),
                Clock.systemUTC(), dir, prompt -> null);
        return new Result(Main.run(context, args), out.toString(), err.toString());
    }

    @Test
    void extract_printsAClaimsFile_withSpansFiguresAndAttributions() throws IOException {
        Result result = run("extract", SEED.toString());
        assertEquals(0, result.code(), result.err());
        JsonNode file = new ObjectMapper().readTree(result.out());
        assertEquals(1, file.get("v").asInt());
        assertEquals(SEED_ID, file.get("source").asText());
        assertEquals("it", file.get("lang").asText(), "the language is guessed when --lang is not given");
        JsonNode first = file.get("claims").get(0);
        assertEquals("La Russia ha fornito", first.get("quote").asText().substring(0, 20));
        assertEquals(39, first.get("span").get("start").asInt());
        assertEquals("Multilateral Sanctions Monitoring Team (MSMT)", first.get("attribution").get("who").asText());
        assertTrue(result.out().contains("\"value\" : \"9000000\""), result.out());
        assertEquals("", result.err());
    }

    @Test
    void extract_outputSignsDirectly_afterTheSourceIsRegistered() throws IOException {
        Files.copy(SEED, dir.resolve("article.txt"));
        ok("init", "--ledger", "news", "--origin", "newsroom.example/claims", "--key-out", "ledger.key");
        ok("key", "new", "--name", "giulia.rossi", "--out", "giulia.key");
        ok("key", "enroll", "giulia.key", "--ledger", "news", "--ledger-key", "ledger.key");
        ok("source", "add", "article.txt", "--lang", "it", "--ledger", "news", "--key", "giulia.key");
        Result extracted = ok("extract", "article.txt", "--lang", "it", "--source-id", SEED_ID);
        Files.writeString(dir.resolve("candidates.json"), extracted.out(), StandardCharsets.UTF_8);
        Result signed = ok("sign", "candidates.json", "--ledger", "news", "--key", "giulia.key");
        int candidates = new ObjectMapper().readTree(extracted.out()).get("claims").size();
        assertTrue(signed.out().contains("signed " + candidates + " claims"), signed.out());
    }

    @Test
    void extract_refusesASourceIdOfAnotherText() {
        Result result = run("extract", SEED.toString(), "--source-id", "0".repeat(64));
        assertEquals(4, result.code());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("claimledger: --source-id " + "0".repeat(64) + " is not the id of"),
                result.err());
    }

    @Test
    void extract_textFormat_marksFiguresAndAttributions() {
        Result result = run("extract", SEED.toString(), "--format", "text");
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("Putin avrebbe spedito a Kim [[9 milioni]] di colpi"), result.out());
        assertTrue(result.out().contains("{{ha detto Shoigu}}"), result.out());
        assertTrue(result.out().contains("figure: more-than 11000 soldati (l'anno scorso)"), result.out());
        assertTrue(result.out().contains("attribution: Sergei Shoigu (person)"), result.out());
    }

    @Test
    void extract_evaluate_printsPrecisionAndRecall() {
        Result result = run("extract", "--evaluate", FIXTURES.resolve("gold").resolve("seed.gold.json").toString(),
                SEED.toString());
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().startsWith("figures      precision 1.000 (9/9)  recall 1.000 (9/9)"), result.out());
        assertTrue(result.out().contains("attributions precision"), result.out());
    }

    @Test
    void extract_evaluate_printsPartiesAsWell() {
        Result result = run("extract", "--evaluate", FIXTURES.resolve("gold").resolve("seed.gold.json").toString(),
                SEED.toString());
        assertTrue(result.out().contains("\nparties      precision "), result.out());
    }

    @Test
    void extract_corpus_scoresEveryFileOfAHalf_andSumsThemPerLanguage() throws IOException {
        Path gold = FIXTURES.resolve("gold");
        Files.writeString(dir.resolve("split.json"), "{\"v\": 1, \"dev\": ["
                + "{\"gold\": \"" + gold.resolve("seed.gold.json") + "\", \"lang\": \"it\"},"
                + "{\"gold\": \"" + gold.resolve("en_port_traffic.gold.json") + "\", \"lang\": \"en\"}]}");
        Result result = run("extract", "--corpus", "split.json", "--half", "dev");
        assertEquals(0, result.code(), result.err());
        String seedLine = result.out().lines().dropWhile(l -> !l.endsWith("seed.gold.json")).skip(1).findFirst()
                .orElseThrow();
        assertEquals("  figures      precision 1.000 (9/9)  recall 1.000 (9/9)", seedLine);
        assertTrue(result.out().contains("dev it, summed\n  figures      precision 1.000 (9/9)  recall 1.000 (9/9)"),
                result.out());
        assertTrue(result.out().contains("dev both languages, summed\n"), result.out());
        JsonNode json = new ObjectMapper().readTree(run("extract", "--corpus", "split.json", "--json").out());
        assertEquals(9, json.get("totals").get("it").get("figures").get("gold").asInt());
        assertEquals(json.get("totals").get("it").get("parties").get("gold").asInt()
                + json.get("totals").get("en").get("parties").get("gold").asInt(),
                json.get("totals").get("all").get("parties").get("gold").asInt());
    }

    /** A third half ("test2", the unseen round added after the first two) is scored by its name like any other. */
    @Test
    void extract_corpus_scoresAThirdHalfByItsName() throws IOException {
        Files.writeString(dir.resolve("split.json"), "{\"v\": 1, \"dev\": [], \"test\": [], \"test2\": ["
                + "{\"gold\": \"" + FIXTURES.resolve("gold").resolve("seed.gold.json") + "\", \"lang\": \"it\"}]}");
        Result result = run("extract", "--corpus", "split.json", "--half", "test2");
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("test2 it, summed\n  figures      precision 1.000 (9/9)  recall 1.000 (9/9)"),
                result.out());
    }

    @Test
    void extract_corpus_refusesAHalfTheSplitLacks_andAFileBesideIt() throws IOException {
        Files.writeString(dir.resolve("split.json"), "{\"v\": 1, \"dev\": []}");
        Result missing = run("extract", "--corpus", "split.json", "--half", "test");
        assertEquals(3, missing.code());
        assertTrue(missing.err().contains("has no half named 'test'"), missing.err());
        assertEquals(2, run("extract", SEED.toString(), "--corpus", "split.json").code());
    }

    @Test
    void extract_evaluate_refusesAGoldFileOfAnotherArticle() {
        Path otherArticle = FIXTURES.resolve("articles").resolve("en_port_traffic.txt");
        Result result = run("extract", "--evaluate", FIXTURES.resolve("gold").resolve("seed.gold.json").toString(),
                otherArticle.toString());
        assertEquals(3, result.code());
        assertTrue(result.err().contains("annotates source " + SEED_ID), result.err());
    }

    @Test
    void extract_badLanguage_isAUsageError_onStderr() {
        Result result = run("extract", SEED.toString(), "--lang", "fr");
        assertEquals(ExitCodes.USAGE, result.code());
        assertEquals("", result.out());
        assertTrue(result.err().contains("--lang: language must be one of it, en"), result.err());
    }

    @Test
    void extract_missingFile_isUnreadableInput() {
        Result result = run("extract", "nowhere.txt");
        assertEquals(6, result.code());
        assertTrue(result.err().contains("does not exist"), result.err());
    }

    private Result ok(String... args) {
        Result result = run(args);
        if (result.code() != 0) {
            throw new AssertionError("expected success from " + String.join(" ", args) + ": exit " + result.code()
                    + "\n" + result.out() + result.err());
        }
        return result;
    }
}
