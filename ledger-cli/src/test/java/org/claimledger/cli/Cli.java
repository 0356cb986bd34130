package org.claimledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Drives the real command line in a working directory, with its own environment and no terminal, and
 * captures what it prints.
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

    private final Path dir;
    private final Map<String, String> env = new HashMap<>();

    Cli(Path dir) {
        this.dir = dir;
        env.put("CLAIMLEDGER_PASSPHRASE", PASSPHRASE);
        env.put("CLAIMLEDGER_STATE", dir.resolve("auditor-state").toString());
        env.put("HOME", dir.toString());
    }

    Path dir() {
        return dir;
    }

    Cli env(String name, String value) {
        if (value == null) {
            env.remove(name);
        } else {
            env.put(name, value);
        }
        return this;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(new PrintWriter(out), new PrintWriter(err), Map.copyOf(env),
                Clock.systemUTC(), dir, prompt -> null);
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

    static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
