package org.claimledger.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/** Runs the real command line in a directory, with a passphrase in the environment and a clock tests move. */
final class LifecycleSession {
    static final String PASSPHRASE = "correct horse battery staple";

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2025-06-01T09:00:00Z");

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

    final Path directory;
    private final MovableClock clock = new MovableClock();

    LifecycleSession(Path directory) {
        this.directory = directory;
    }

    /** Runs claimledger with the arguments, the ledger at ./news and the auditor's state in ./state. */
    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = Map.of("CLAIMLEDGER_PASSPHRASE", PASSPHRASE,
                "CLAIMLEDGER_LEDGER", directory.resolve("news").toString(),
                "CLAIMLEDGER_STATE", directory.resolve("state").toString());
        CliContext context = new CliContext(new PrintWriter(out), new PrintWriter(err), env, clock, directory,
                prompt -> null);
        int code = Main.run(context, args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Moves the clock on and returns the new time. */
    Instant advance(Duration by) {
        clock.now = clock.now.plus(by);
        return clock.now;
    }

    Instant now() {
        return clock.now;
    }
}
