package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input: one line on stderr naming file, place and fix; its own exit code; the ledger unchanged. */
class BadInputTest {
    @RegisterExtension
    static final SeededLedgerPerClass seeded = new SeededLedgerPerClass();

    @TempDir
    Path dir;

    Cli cli;
    int entriesBefore;

    @BeforeEach
    void copyLedger() {
        cli = seeded.copyTo(dir);
        entriesBefore = entries();
    }

    private int entries() {
        return Reports.parse(cli.ok("log", "--ledger", "news", "--json").out()).size();
    }

    /** Asserts the exit code, a single stderr line containing every fragment, nothing on stdout, no new entries. */
    private String assertRefused(Cli.Result result, int code, String... fragments) {
        assertEquals(code, result.code(), result.toString());
        String err = result.err().strip();
        assertEquals(1, err.lines().count(), "exactly one line on stderr: " + result);
        assertTrue(err.startsWith("claimledger: "), err);
        for (String fragment : fragments) {
            assertTrue(err.contains(fragment), "stderr should mention '" + fragment + "': " + err);
        }
        assertTrue(!err.contains("Exception") && !err.contains("\tat "), "no stack trace: " + err);
        assertEquals(entriesBefore, entries(), "the ledger is unchanged");
        return err;
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private String claims(String claimsArray) {
        return "{\n  \"v\": 1,\n  \"source\": \"" + seeded.sourceId() + "\",\n  \"claims\": " + claimsArray + "\n}\n";
    }

    @Test
    void sign_malformedJson_namesFileLineAndColumn() throws IOException {
        write("bad.json", claims("[\n    {\"quote\": \"9 milioni\" \"figures\": []}\n  ]"));
        assertRefused(cli.run("sign", "bad.json", "--ledger", "news", "--key", "giulia.key"), 3,
                "bad.json:5:", "not valid JSON");
    }

    @Test
    void sign_wrongFieldType_namesFileLineColumnAndField() throws IOException {
        write("bad.json", claims("[\n    {\"quote\": \"9 milioni di colpi\",\n     \"figures\": [{\"text\": \"9 milioni\", \"value\": 9000000}]}\n  ]"));
        assertRefused(cli.run("sign", "bad.json", "--ledger", "news", "--key", "giulia.key"), 3,
                "bad.json:6:", "claims[0].figures[0].value", "decimal");
    }

    @Test
    void sign_quoteNotInSource_isRefused() throws IOException {
        write("bad.json", claims("[{\"quote\": \"Putin ha spedito 12 milioni di colpi\", \"figures\": []}]"));
        assertRefused(cli.run("sign", "bad.json", "--ledger", "news", "--key", "giulia.key"), 4,
                "bad.json:4:", "claims[0].quote", "is not in source");
    }

    @Test
    void sign_ambiguousQuote_asksForOccurrence() throws IOException {
        write("bad.json", claims("[{\"quote\": \"Corea del Nord\", \"figures\": []}]"));
        assertRefused(cli.run("sign", "bad.json", "--ledger", "news", "--key", "giulia.key"), 4,
                "occurs", "\"occurrence\"");
    }

    @Test
    void sign_figureContradictingItsText_isRefused() throws IOException {
        write("bad.json", claims("[{\"quote\": \"Putin avrebbe spedito a Kim 9 milioni di colpi di artiglieria\", "
                + "\"figures\": [{\"text\": \"9 milioni\", \"value\": \"19000000\"}]}]"));
        assertRefused(cli.run("sign", "bad.json", "--ledger", "news", "--key", "giulia.key"), 5,
                "bad.json:4:", "claims[0].figures[0].value", "reads as 9000000 but value is 19000000");
    }

    @Test
    void sign_oneBadClaimAmongGood_appendsNothing() throws IOException {
        String good = "{\"quote\": \"altri 3.000 soldati nei primi mesi del 2025\", \"figures\": "
                + "[{\"text\": \"3.000\", \"value\": \"3000\", \"unit\": \"soldati\"}]}";
        String bad = "{\"quote\": \"almeno 100 missili balistici\", \"figures\": [{\"text\": \"100\", \"value\": \"1000\"}]}";
        write("mixed.json", claims("[" + good + ",\n " + good + ",\n " + bad + "]"));
        assertRefused(cli.run("sign", "mixed.json", "--ledger", "news", "--key", "giulia.key"), 5,
                "claims[2].figures[0].value", "nothing was signed");
    }

    /**
     * Every claim is checked before any is signed: a file refused at its last claim, after blocks of good ones that
     * were already checked and kept in the temporary copy, leaves the ledger file byte for byte as it was and no
     * temporary copy behind.
     */
    @Test
    void sign_aFileRefusedAtItsLastClaim_leavesTheLedgerFileAsItWas_andNoCopyBehind() throws IOException {
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < 1500; i++) {
            many.append("{\"quote\": \"altri 3.000 soldati nei primi mesi del 2025\", \"statement\": \"s ")
                    .append(i).append("\"},\n ");
        }
        many.append("{\"quote\": \"almeno 100 missili balistici\", \"figures\": [{\"text\": \"100\", "
                + "\"value\": \"1000\"}]}]");
        write("many.json", claims(many.toString()));
        byte[] before = Files.readAllBytes(dir.resolve("news.mv.db"));
        List<Path> copiesBefore = copiesOfThisProcess();
        assertRefused(cli.run("sign", "many.json", "--ledger", "news", "--key", "giulia.key", "--allow-duplicates"), 5,
                "many.json:1504:", "claims[1500].figures[0].value", "nothing was signed");
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("news.mv.db")));
        assertEquals(copiesBefore, copiesOfThisProcess());
    }

    /** The temporary copies of sign (its checked claims) of this process, in java.io.tmpdir. */
    private static List<Path> copiesOfThisProcess() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("claimledger-sign-"
                    + ProcessHandle.current().pid() + "-")).sorted().toList();
        }
    }

    @Test
    void sign_wrongPassphrase_isRefused() {
        cli.env("CLAIMLEDGER_PASSPHRASE", "not the passphrase");
        assertRefused(cli.run("sign", "claims.json", "--ledger", "news", "--key", "giulia.key"), 7,
                "wrong passphrase", "giulia.key");
    }

    @Test
    void sign_missingKeyFile_isRefused() {
        assertRefused(cli.run("sign", "claims.json", "--ledger", "news", "--key", "nobody.key"), 8,
                "nobody.key does not exist");
    }

    @Test
    void sign_keyNotEnrolled_isRefused() {
        cli.ok("key", "new", "--name", "mario.bianchi", "--out", "mario.key");
        assertRefused(cli.run("sign", "claims.json", "--ledger", "news", "--key", "mario.key"), 9,
                "mario.bianchi", "never enrolled", "claimledger key enroll");
    }

    @Test
    void verify_pathThatIsNotALedger_isRefused() throws IOException {
        write("notes.txt", "just some notes\n");
        assertRefused(cli.run("verify", "--ledger", "notes.txt"), 10, "notes.txt is not a ledger");
        assertRefused(cli.run("log", "--ledger", "nowhere"), 10, "no ledger at nowhere", "claimledger init");
    }

    @Test
    void verify_h2FileThatIsNotALedger_isRefused() throws Exception {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("other"), "", "");
                var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE customers (id INT)");
        }
        assertRefused(cli.run("verify", "--ledger", "other"), 10, "without ClaimLedger tables");
    }

    @Test
    void sign_ledgerLockedByAnotherProcess_isRefused() throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
                dir.resolve("news").toAbsolutePath().toString()).redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertTrue(output.readLine().startsWith("holding"), "the other process holds the ledger");
            Cli.Result result = cli.run("sign", "claims.json", "--ledger", "news", "--key", "giulia.key", "--wait", "0");
            assertEquals(11, result.code(), result.toString());
            assertEquals(1, result.err().strip().lines().count(), result.toString());
            assertTrue(result.err().contains("in use by another process"), result.err());
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS), "the holder exits when its stdin closes");
        }
        assertEquals(entriesBefore, entries(), "the ledger is unchanged");
    }

    @Test
    void sourceAdd_nonUtf8File_namesTheByte() throws IOException {
        byte[] latin1 = "Il governo ha speso più di 3 milioni".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("latin1.txt"), latin1);
        assertRefused(cli.run("source", "add", "latin1.txt", "--lang", "it", "--ledger", "news", "--key", "giulia.key"),
                6, "latin1.txt", "not valid UTF-8 at byte 22", "convert the file to UTF-8");
    }

    @Test
    void usage_unknownOption_exitsTwo() {
        Cli.Result result = cli.run("verify", "--ledgr", "news");
        assertEquals(ExitCodes.USAGE, result.code(), result.toString());
        assertTrue(result.err().contains("--ledgr"), result.err());
    }

    @Test
    void help_listsTheExitCodes() {
        Cli.Result result = cli.ok("--help");
        for (String code : new String[] {"3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"}) {
            assertTrue(result.out().lines().anyMatch(line -> line.trim().startsWith(code + " ")),
                    "exit code " + code + " listed: " + result.out());
        }
    }
}
