package org.claimledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.claimledger.demo.Demo;
import org.claimledger.failure.LedgerException;

/**
 * Drives the real command line in a directory of its own: the working directory, $HOME and the auditor's state
 * live under it, the demo passphrase is in $CLAIMLEDGER_PASSPHRASE, and nothing ever asks at a terminal.
 */
final class AuditCli {
    /** What one command did. */
    record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final Path directory;
    private final Map<String, String> env = new HashMap<>();

    AuditCli(Path directory) {
        this.directory = directory;
        env.put("HOME", directory.resolve("home").toString());
        env.put(Passphrases.ENV, new String(Demo.PASSPHRASE));
    }

    Path directory() {
        return directory;
    }

    Path path(String name) {
        return directory.resolve(name);
    }

    /** Builds the demo's seed ledger (20 entries) as demo-ledger.mv.db, with ledger.key and ledger.vkey beside it. */
    Demo.Built seedLedger() throws IOException, LedgerException {
        String article = Files.readString(Path.of("..", "fixtures", "000_24432489f640e24b.txt"), StandardCharsets.UTF_8);
        byte[] claims = Files.readAllBytes(Path.of("..", "fixtures", "claims", "seed-claims.json"));
        Demo.Built built = Demo.build(directory, article, claims, Clock.systemUTC(), line -> { });
        Files.writeString(path("ledger.vkey"), built.trusted().format() + "\n");
        env.put(LedgerOption.ENV, built.location().h2File().toString());
        env.put(LedgerKeyOptions.ENV, path("ledger.key").toString());
        return built;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true), env,
                Clock.systemUTC(), directory, prompt -> null);
        int code = Main.run(context, args);
        return new Result(code, out.toString(), err.toString());
    }

    String read(String name) throws IOException {
        return Files.readString(path(name), StandardCharsets.UTF_8);
    }
}
