package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Another process holding the ledger: commands wait for it (saying so once) instead of failing, up to --wait. */
class LedgerWaitTest {
    @RegisterExtension
    static final SeededLedgerPerClass seeded = new SeededLedgerPerClass();

    @TempDir
    Path dir;

    /** Another JVM holding the ledger open until release() closes its stdin. */
    private final class Holder implements AutoCloseable {
        private final Process process;

        Holder(String... mode) throws IOException {
            String[] command = new String[5 + mode.length];
            command[0] = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            command[1] = "-cp";
            command[2] = System.getProperty("java.class.path");
            command[3] = LockHolder.class.getName();
            command[4] = dir.resolve("news").toString();
            System.arraycopy(mode, 0, command, 5, mode.length);
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertTrue(line != null && line.startsWith("holding"), "the other process holds the ledger: " + line);
        }

        /** Lets go of the ledger after a delay, while the test's command waits. */
        void releaseAfter(long millis) {
            CompletableFuture.runAsync(() -> {
                try {
                    Thread.sleep(millis);
                    process.getOutputStream().close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }

        @Override
        public void close() throws Exception {
            process.getOutputStream().close();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the holder exits when its stdin closes");
        }
    }

    @Test
    void sign_whileAnotherProcessWrites_waitsSayingSoOnce_thenSigns() throws Exception {
        Cli cli = seeded.copyTo(dir);
        long before = entries(cli);
        Cli.Result result;
        try (Holder holder = new Holder()) {
            holder.releaseAfter(1500);
            // The seed claims again, which the seed ledger holds: allowed, since this test is about the wait.
            result = cli.run("sign", "claims.json", "--ledger", "news", "--key", "giulia.key", "--wait", "120",
                    "--allow-duplicates");
        }
        assertEquals(ExitCodes.OK, result.code(), result.toString());
        assertEquals(1, result.err().lines().filter(line -> line.contains("waiting")).count(), result.toString());
        assertTrue(result.err().contains("claimledger: ledger news is in use by another process; waiting up to 120 s"),
                result.err());
        assertEquals(before + 17, entries(cli), "the claims were signed once the other process let go");
    }

    @Test
    void log_whileAnotherProcessWritesLongerThanTheWait_failsWithExit11_andNamesTheWait() throws Exception {
        Cli cli = seeded.copyTo(dir);
        try (Holder holder = new Holder()) {
            Cli.Result result = cli.run("log", "--ledger", "news", "--wait", "1");
            assertEquals(11, result.code(), result.toString());
            assertTrue(result.err().contains("still in use by another process after waiting 1 s"), result.err());
            assertTrue(!result.err().contains("\tat "), result.err());
        }
    }

    /** sign reads and checks beside a reader; only its append needs the ledger alone, and waits for it at most --wait. */
    @Test
    void sign_whileAnotherProcessReadsLongerThanTheWait_failsWithExit11_notAnInternalError() throws Exception {
        Cli cli = seeded.copyTo(dir);
        long before = entries(cli);
        try (Holder holder = new Holder("read-only")) {
            Cli.Result result = cli.run("sign", "claims.json", "--ledger", "news", "--key", "giulia.key", "--wait", "1",
                    "--allow-duplicates");
            assertEquals(11, result.code(), result.toString());
            assertTrue(result.err().contains("still in use by another process after waiting 1 s"), result.err());
            assertTrue(!result.err().contains("internal error") && !result.err().contains("\tat "), result.err());
        }
        assertEquals(before, entries(cli), "nothing was signed");
    }

    @Test
    void readers_runWhileAnotherReaderHoldsTheLedger_withoutWaiting() throws Exception {
        Cli cli = seeded.copyTo(dir);
        try (Holder holder = new Holder("read-only")) {
            Cli.Result verify = cli.run("verify", "--ledger", "news", "--trust", "ledger.vkey", "--wait", "0");
            assertEquals(ExitCodes.OK, verify.code(), verify.toString());
            Cli.Result log = cli.run("log", "--ledger", "news", "--wait", "0");
            assertEquals(ExitCodes.OK, log.code(), log.toString());
        }
    }

    @Test
    void wait_negative_isAUsageError() {
        Cli cli = seeded.copyTo(dir);
        Cli.Result result = cli.run("log", "--ledger", "news", "--wait", "-1");
        assertEquals(ExitCodes.USAGE, result.code(), result.toString());
        assertTrue(result.err().contains("--wait must be 0 to 86400 seconds, got -1"), result.err());
    }

    private static long entries(Cli cli) {
        return Reports.parse(cli.ok("verify", "--ledger", "news", "--trust", "ledger.vkey", "--json").out())
                .path("entries").asLong();
    }
}
