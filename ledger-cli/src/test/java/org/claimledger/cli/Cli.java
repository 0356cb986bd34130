package org.claimledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.claimledger.demo.Demo;
import org.claimledger.failure.LedgerException;

/**
 * Drives the real command line in a working directory, with its own environment ($HOME, and so the auditor's
 * default state, under it), a clock tests can move, and no terminal; captures what it prints.
 */
final class Cli {
    static final String PASSPHRASE = "correct horse battery staple";
    static final Path FIXTURES = Path.of("..", "fixtures").toAbsolutePath().normalize();
    static final Path SEED_ARTICLE = FIXTURES.resolve("000_24432489f640e24b.txt");
    static final Path SEED_CLAIMS = FIXTURES.resolve("claims").resolve("seed-claims.json");

    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** A clock that stands still until a test moves it, so entry times are what the test says. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2025-06-01T09:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final Path dir;
    private final Map<String, String> env = new HashMap<>();
    private final MovableClock clock = new MovableClock();
    private boolean terminal;

    Cli(Path dir) {
        this.dir = dir;
        env.put(Passphrases.ENV, PASSPHRASE);
        env.put("HOME", dir.resolve("home").toString());
    }

    Path dir() {
        return dir;
    }

    Path path(String name) {
        return dir.resolve(name);
    }

    String read(String name) throws IOException {
        return Files.readString(path(name), StandardCharsets.UTF_8);
    }

    /** Moves the clock on and returns the new time. */
    Instant advance(Duration by) {
        clock.now = clock.now.plus(by);
        return clock.now;
    }

    Instant now() {
        return clock.now;
    }

    Cli env(String name, String value) {
        if (value == null) {
            env.remove(name);
        } else {
            env.put(name, value);
        }
        return this;
    }

    /** Whether the commands see stderr as a terminal (and so draw progress bars). */
    Cli terminal(boolean onTerminal) {
        this.terminal = onTerminal;
        return this;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(new PrintWriter(out), new PrintWriter(err), Map.copyOf(env),
                clock, dir, prompt -> null, terminal);
        int code = Main.run(context, args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs and fails the test unless the exit code is 0. */
    Result ok(String... args) {
        Result result = run(args);
        if (result.code() != 0) {
            throw new AssertionError("expected success from " + String.join(" ", args) + "\n" + result);
        }
        return result;
    }

    /**
     * A ledger built the way a newsroom would: init, an editor key enrolled, the seed article registered, its
     * claims signed. Returns the source id.
     */
    String seedLedger() {
        copy(SEED_ARTICLE, dir.resolve("article.txt"));
        copy(SEED_CLAIMS, dir.resolve("claims.json"));
        ok("init", "--ledger", "news", "--origin", "newsroom.example/claims", "--key-out", "ledger.key");
        ok("key", "new", "--name", "giulia.rossi", "--out", "giulia.key");
        ok("key", "enroll", "giulia.key", "--ledger", "news", "--ledger-key", "ledger.key");
        Result source = ok("source", "add", "article.txt", "--lang", "it", "--title", "Russia e Corea del Nord",
                "--publisher", "Example News", "--published", "2025-06-01", "--ledger", "news", "--key", "giulia.key");
        String id = source.out().replaceAll("(?s).*source ([0-9a-f]{64}).*", "$1");
        ok("sign", "claims.json", "--ledger", "news", "--key", "giulia.key");
        return id;
    }

    /**
     * The demo's seed ledger (20 entries) as demo-ledger.mv.db, with ledger.key and ledger.vkey beside it, set as
     * this session's ledger, ledger key and passphrase.
     */
    Demo.Built seedDemoLedger() throws IOException, LedgerException {
        String article = Files.readString(SEED_ARTICLE, StandardCharsets.UTF_8);
        Demo.Built built = Demo.build(dir, article, Files.readAllBytes(SEED_CLAIMS), clock, line -> { });
        Files.writeString(path("ledger.vkey"), built.trusted().format() + "\n");
        env.put(LedgerOption.ENV, built.location().h2File().toString());
        env.put(LedgerKeyOptions.ENV, path("ledger.key").toString());
        env.put(Passphrases.ENV, new String(Demo.PASSPHRASE));
        return built;
    }

    static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
