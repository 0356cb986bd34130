package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit-code table, one row per documented code, each triggered by a real command on a real ledger; the rows,
 * the codes --help lists and README's table are the same set.
 */
class ExitCodeTableTest {
    @TempDir
    static Path template;

    @TempDir
    static Path work;

    static SeededLedger seeded;

    @BeforeAll
    static void buildLedger() {
        seeded = new SeededLedger(template);
    }

    @FunctionalInterface
    interface Trigger {
        Cli.Result run(Cli cli) throws Exception;
    }

    /** A documented exit code, the command that must produce it, and what its one stderr line must say. */
    record Row(int code, String what, Trigger trigger, String says) {
    }

    static final List<Row> ROWS = List.of(
            new Row(0, "success", cli -> cli.run("verify", "--ledger", "news", "--trust", "ledger.vkey"), null),
            new Row(1, "verify found a problem", cli -> {
                try (Attacker attacker = new Attacker(cli.path("news"))) {
                    attacker.replaceInLeaf(3, "\"time\":\"2025", "\"time\":\"2024");
                }
                return cli.run("verify", "--ledger", "news", "--trust", "ledger.vkey");
            }, null),
            new Row(2, "usage: a mistyped option", cli -> cli.run("verify", "--ledgr", "news"), "did you mean --ledger?"),
            new Row(2, "usage: a wrong option value", cli -> cli.run("claim", "add", "--ledger", "news", "--key",
                    "giulia.key", "--source", seeded.sourceId(), "--quote", "9 milioni", "--figure", "9 milioni",
                    "--value", "9000000", "--qualifier", "approx"), "Invalid value for option '--qualifier'"),
            new Row(2, "usage: no passphrase and no terminal to ask", cli -> cli.env(Passphrases.ENV, null)
                    .run("sign", "claims.json", "--ledger", "news", "--key", "giulia.key"), "there is no terminal to ask"),
            new Row(3, "malformed input file", cli -> {
                Files.writeString(cli.path("bad.json"), "{\"v\": 1, \"claims\": [}", StandardCharsets.UTF_8);
                return cli.run("sign", "bad.json", "--ledger", "news", "--key", "giulia.key");
            }, "bad.json:1:"),
            new Row(4, "not in the source", cli -> {
                Files.writeString(cli.path("bad.json"), "{\"v\": 1, \"source\": \"" + seeded.sourceId()
                        + "\", \"claims\": [{\"quote\": \"Putin ha spedito 12 milioni di colpi\", \"figures\": []}]}");
                return cli.run("sign", "bad.json", "--ledger", "news", "--key", "giulia.key");
            }, "is not in source"),
            new Row(5, "a figure's value contradicts its text", cli -> {
                Files.writeString(cli.path("bad.json"), "{\"v\": 1, \"source\": \"" + seeded.sourceId()
                        + "\", \"claims\": [{\"quote\": \"almeno 100 missili balistici\", "
                        + "\"figures\": [{\"text\": \"100\", \"value\": \"1000\"}]}]}");
                return cli.run("sign", "bad.json", "--ledger", "news", "--key", "giulia.key");
            }, "reads as 100 but value is 1000"),
            new Row(6, "a claims file that is not UTF-8", cli -> {
                Files.write(cli.path("latin1.json"), ("{\"v\": 1, \"claims\": [{\"quote\": \"più di 3 milioni\"}]}")
                        .getBytes(StandardCharsets.ISO_8859_1));
                return cli.run("sign", "latin1.json", "--ledger", "news", "--key", "giulia.key");
            }, "latin1.json: not valid UTF-8 at byte 33"),
            new Row(7, "wrong passphrase", cli -> cli.env(Passphrases.ENV, "not the passphrase")
                    .run("sign", "claims.json", "--ledger", "news", "--key", "giulia.key"), "wrong passphrase"),
            new Row(8, "key file missing", cli -> cli.run("sign", "claims.json", "--ledger", "news", "--key", "nobody.key"),
                    "nobody.key does not exist"),
            new Row(9, "key not enrolled", cli -> {
                cli.ok("key", "new", "--name", "mario.bianchi", "--out", "mario.key");
                return cli.run("sign", "claims.json", "--ledger", "news", "--key", "mario.key");
            }, "never enrolled"),
            new Row(10, "not a ledger", cli -> {
                Files.writeString(cli.path("notes.txt"), "just some notes\n");
                return cli.run("log", "--ledger", "notes.txt");
            }, "notes.txt is not a ledger"),
            new Row(10, "a junk .mv.db file", cli -> {
                Files.write(cli.path("junk.mv.db"), new byte[] {0x50, 0x4b, 3, 4, 0, 0, 0, 0});
                return cli.run("log", "--ledger", "junk");
            }, "not a ledger file (not an H2 database)"),
            new Row(11, "ledger in use by another process", ExitCodeTableTest::whileAnotherProcessHoldsTheLedger,
                    "in use by another process"),
            new Row(12, "storage failure", cli -> {
                Files.writeString(cli.path("notes.txt"), "a file, not a folder\n");
                return cli.run("export", "--ledger", "news", "--out", "notes.txt/bundle");
            }, "cannot write the bundle to"),
            new Row(13, "no such entry", cli -> cli.run("show", "999", "--ledger", "news"), "there is no entry 999"),
            new Row(14, "conflicts with what exists: init over a ledger",
                    cli -> cli.run("init", "--ledger", "news", "--origin", "other.example/claims", "--key-out", "other.key"),
                    "a ledger already exists"),
            new Row(14, "conflicts with what exists: a key file", cli -> cli.run("key", "new", "--name", "giulia.rossi",
                    "--out", "giulia.key"), "giulia.key already exists"),
            new Row(15, "a ledger file holding objects ClaimLedger did not create", cli -> {
                try (Attacker attacker = new Attacker(cli.path("news"))) {
                    attacker.execute("CREATE ALIAS read_property FOR 'java.lang.System.getProperty'");
                }
                return cli.run("log", "--ledger", "news");
            }, "READ_PROPERTY"),
            new Row(16, "the ledger lost entries this machine saw", cli -> {
                cli.ok("log", "--ledger", "news");
                try (Attacker attacker = new Attacker(cli.path("news"))) {
                    attacker.execute("DELETE FROM cl_entries WHERE seq >= 10");
                }
                return cli.run("log", "--ledger", "news");
            }, "no longer holds what this machine saw"),
            new Row(17, "a witness refused a checkpoint that contradicts the one it cosigned", cli -> {
                withAWitnessHolding(cli, "cp20.txt");
                return cli.run("witness", "cosign", "cp19.txt", "--log-key", "ledger.vkey", "--key", "w1.key", "--state",
                        "w1");
            }, "fewer than the 20 of the last one cosigned"),
            new Row(18, "a witness needs the consistency proof from the size it cosigned", cli -> {
                withAWitnessHolding(cli, "cp19.txt");
                return cli.run("witness", "cosign", "cp20.txt", "--log-key", "ledger.vkey", "--key", "w1.key", "--state",
                        "w1");
            }, "it needs the consistency proof from 19 to 20"),
            new Row(70, "internal error (a bug)", ExitCodeTableTest::withAPromptThatBreaks, "internal error"));

    @Test
    void everyDocumentedExitCode_isProducedByARealCommand() throws Exception {
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (Row row : ROWS) {
            Path dir = Files.createDirectories(work.resolve("row" + n++));
            Cli.Result result = row.trigger().run(seeded.copyTo(dir));
            String err = result.err().strip();
            if (result.code() != row.code()) {
                failures.add(row.code() + " (" + row.what() + "): got " + result);
            } else if (row.says() != null && (err.lines().count() != 1 || !err.startsWith("claimledger: ")
                    || !err.contains(row.says()))) {
                failures.add(row.code() + " (" + row.what() + "): one line on stderr saying '" + row.says() + "': " + result);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void theTable_helpAndReadme_listTheSameCodes() throws IOException {
        TreeSet<Integer> rows = new TreeSet<>(ROWS.stream().map(Row::code).toList());
        TreeSet<Integer> help = new TreeSet<>(ExitCodes.help().keySet().stream().map(Integer::valueOf).toList());
        assertEquals(help, rows, "a row for every code --help lists");
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String table = readme.substring(readme.indexOf("## Exit codes"));
        table = table.substring(0, table.indexOf("\n## ", 3));
        TreeSet<Integer> documented = new TreeSet<>();
        Matcher cell = Pattern.compile("\\|\\s*(\\d+)\\s*\\|").matcher(table);
        while (cell.find()) {
            documented.add(Integer.valueOf(cell.group(1)));
        }
        assertEquals(help, documented, "README's table lists the codes --help lists");
    }

    /** Checkpoints of 19 and 20 entries, and a witness that cosigned the one given. */
    private static void withAWitnessHolding(Cli cli, String cosigned) {
        cli.ok("checkpoint", "--ledger", "news", "--ledger-key", "ledger.key", "--out", "cp20.txt");
        cli.ok("checkpoint", "--ledger", "news", "--ledger-key", "ledger.key", "--size", "19", "--out", "cp19.txt");
        cli.ok("witness", "new", "--name", "witness.example/w1", "--out", "w1.key");
        cli.ok("witness", "cosign", cosigned, "--log-key", "ledger.vkey", "--key", "w1.key", "--state", "w1");
    }

    private static Cli.Result whileAnotherProcessHoldsTheLedger(Cli cli) throws Exception {
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
                cli.path("news").toAbsolutePath().toString()).redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertTrue(output.readLine().startsWith("holding"), "the other process holds the ledger");
            return cli.run("sign", "claims.json", "--ledger", "news", "--key", "giulia.key", "--wait", "0");
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS), "the holder exits when its stdin closes");
        }
    }

    /** A terminal that fails in a way no command expects: the one place exceptions become codes says 70. */
    private static Cli.Result withAPromptThatBreaks(Cli cli) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(new PrintWriter(out), new PrintWriter(err), Map.of("HOME",
                cli.dir().toString()), Clock.systemUTC(), cli.dir(), prompt -> {
                    throw new UncheckedIOException(new IOException("the terminal went away"));
                });
        int code = Main.run(context, "key", "new", "--name", "mario.bianchi", "--out", "mario.key");
        return new Cli.Result(code, out.toString(), err.toString());
    }
}
