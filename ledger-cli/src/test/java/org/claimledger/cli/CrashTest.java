package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What survives a crash: a writer killed mid-append, and a ledger file cut short or damaged on disk. */
class CrashTest {
    @RegisterExtension
    static final SeededLedgerPerClass seeded = new SeededLedgerPerClass();

    @TempDir
    Path dir;

    @Test
    void writerKilledWhileAppending_leavesWholeBatchesOnly_andVerifiesClean() throws Exception {
        Cli cli = seeded.copyTo(dir);
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader sizes = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
        long committed = 0;
        for (int batches = 0; batches < 3; batches++) {
            committed = Long.parseLong(sizes.readLine().trim());
        }
        writer.destroyForcibly();
        assertTrue(writer.waitFor(30, TimeUnit.SECONDS));

        Cli.Result result = cli.run("verify", "--ledger", "news", "--trust", "ledger.vkey", "--json");
        assertEquals(ExitCodes.OK, result.code(), result.toString());
        long entries = Reports.parse(result.out()).path("entries").asLong();
        assertTrue(entries >= committed, "every committed batch survives: " + entries + " < " + committed);
        assertEquals(0, (entries - 20) % CrashWriter.BATCH, "no batch is half-written: " + entries + " entries");
    }

    @Test
    void ledgerFileCutShort_isReportedAsDamagedOrRolledBack_notAsClean() throws Exception {
        Cli cli = seeded.copyTo(dir);
        cli.ok("verify", "--ledger", "news", "--trust", "ledger.vkey");
        Path file = dir.resolve("news.mv.db");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() / 3);
        }
        Cli.Result result = cli.run("verify", "--ledger", "news", "--trust", "ledger.vkey");
        assertTrue(result.code() != ExitCodes.OK, result.toString());
        assertTrue(result.code() == ExitCodes.VERIFY_FAILED || result.code() == 12, result.toString());
        assertTrue(!result.err().contains("\tat "), "no stack trace: " + result.err());
    }

    @Test
    void ledgerFileWithDamagedBytes_isNeverReportedClean() throws Exception {
        Cli cli = seeded.copyTo(dir);
        cli.ok("verify", "--ledger", "news", "--trust", "ledger.vkey");
        Path file = dir.resolve("news.mv.db");
        byte[] bytes = Files.readAllBytes(file);
        // Everything after H2's file header: every chunk, old and current, is damaged.
        for (int i = 8192; i < bytes.length; i++) {
            bytes[i] ^= (byte) 0x5a;
        }
        Files.write(file, bytes);
        Cli.Result result = cli.run("verify", "--ledger", "news", "--trust", "ledger.vkey");
        assertTrue(result.code() == ExitCodes.VERIFY_FAILED || result.code() == 10 || result.code() == 12,
                result.toString());
        assertTrue(!result.err().contains("\tat "), "no stack trace: " + result.err());
        assertTrue(result.code() == ExitCodes.VERIFY_FAILED || result.err().strip().lines().count() == 1, result.toString());
    }
}
