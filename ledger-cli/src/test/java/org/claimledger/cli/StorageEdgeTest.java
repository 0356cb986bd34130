package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures at the storage edge, caused for real: a full disk and a read-only file system (a small tmpfs, which needs
 * root, as CI has; elsewhere these are skipped and say so), an export that fails half-way.
 */
class StorageEdgeTest {
    @RegisterExtension
    static final SeededLedgerPerClass seeded = new SeededLedgerPerClass();

    @TempDir
    Path dir;

    @Test
    void export_failingHalfWay_leavesNoBundle_notOneWithoutAManifest() throws Exception {
        Cli cli = seeded.copyTo(dir);
        cli.ok("checkpoint", "--ledger", "news", "--ledger-key", "ledger.key", "--out", "checkpoint.txt");
        try (Attacker attacker = new Attacker(dir.resolve("news"))) {
            attacker.replaceInLeaf(10, "\"type\"", "\n\"type\"");
        }
        Cli.Result result = cli.run("export", "--ledger", "news", "--out", "bundle");
        assertEquals(12, result.code(), result.toString());
        assertTrue(result.err().contains("entry 10 holds a raw newline"), result.err());
        assertEquals(List.of(), namesIn(dir, name -> name.contains("bundle")), "no bundle and no half-written staging folder");
    }

    @Test
    void export_intoAnExistingEmptyFolder_fillsIt() throws Exception {
        Cli cli = seeded.copyTo(dir);
        Files.createDirectory(dir.resolve("bundle"));
        cli.ok("export", "--ledger", "news", "--out", "bundle");
        assertTrue(Files.isRegularFile(dir.resolve("bundle").resolve("manifest.json")));
        assertEquals(List.of("bundle"), namesIn(dir, name -> name.contains("bundle")));
        cli.ok("verify", "--bundle", "bundle", "--trust", "ledger.vkey");
    }

    @Test
    void sign_onAFullDisk_saysNoSpaceLeft_andSignsNothing() throws Exception {
        Path disk = mountTmpfs("size=1m");
        try {
            Cli cli = seeded.copyTo(disk).env("CLAIMLEDGER_STATE", dir.resolve("state").toString());
            long before = entries(cli);
            try (OutputStream filler = Files.newOutputStream(disk.resolve("filler"))) {
                byte[] block = new byte[4096];
                while (true) {
                    filler.write(block);
                }
            } catch (IOException full) {
                assertTrue(String.valueOf(full.getMessage()).contains("No space left on device"), full.toString());
            }
            // The seed claims again, which the seed ledger holds: allowed, since this test is about the disk.
            Cli.Result result = cli.run("sign", "claims.json", "--ledger", "news", "--key", "giulia.key",
                    "--allow-duplicates");
            assertEquals(12, result.code(), result.toString());
            assertEquals("claimledger: no space left on the device holding news (while appending); free some space "
                    + "there and try again; nothing was signed", result.err().strip(), result.toString());
            Files.delete(disk.resolve("filler"));
            assertEquals(before, entries(cli), "nothing was signed");
        } finally {
            unmount(disk);
        }
    }

    @Test
    void sign_onAReadOnlyFileSystem_namesTheFile_andSignsNothing_whileReadersStillRead() throws Exception {
        Path disk = mountTmpfs("size=4m");
        try {
            // This machine's state lives elsewhere: only the ledger's file system is read-only.
            Cli cli = seeded.copyTo(disk).env("CLAIMLEDGER_STATE", dir.resolve("state").toString());
            String before = ReadOnlyCommandsTest.sha256(disk.resolve("news.mv.db"));
            run("mount", "-o", "remount,ro", disk.toString());
            // The seed claims again, which the seed ledger holds: allowed, since this test is about the disk.
            Cli.Result result = cli.run("sign", "claims.json", "--ledger", "news", "--key", "giulia.key",
                    "--allow-duplicates");
            assertEquals(12, result.code(), result.toString());
            assertEquals("claimledger: cannot write to ledger file " + disk.resolve("news.mv.db") + ": its file system is "
                    + "mounted read-only; nothing was signed (ask for write access, or work on a copy you may write to)",
                    result.err().strip(), result.toString());
            assertEquals(before, ReadOnlyCommandsTest.sha256(disk.resolve("news.mv.db")));
            Cli.Result log = cli.run("log", "--ledger", "news");
            assertEquals(ExitCodes.OK, log.code(), log.toString());
            // A dry run only reads: it checks the claims (all signed already) instead of failing on the disk.
            Cli.Result dryRun = cli.run("sign", "claims.json", "--ledger", "news", "--dry-run");
            assertEquals(14, dryRun.code(), dryRun.toString());
            assertTrue(dryRun.out().contains("claims of claims.json cannot be signed"), dryRun.toString());
        } finally {
            unmount(disk);
        }
    }

    private long entries(Cli cli) {
        return Reports.parse(cli.ok("verify", "--ledger", "news", "--trust", "ledger.vkey", "--json").out())
                .path("entries").asLong();
    }

    private Path mountTmpfs(String options) throws Exception {
        Path disk = Files.createDirectory(dir.resolve("disk"));
        boolean mounted = run("mount", "-t", "tmpfs", "-o", options, "tmpfs", disk.toString());
        Assumptions.assumeTrue(mounted, "mounting a small tmpfs needs root (CI runs as root); skipped here");
        return disk;
    }

    private static void unmount(Path disk) throws Exception {
        assertTrue(run("umount", disk.toString()), "unmounted " + disk);
    }

    private static boolean run(String... command) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            return false;
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
        return process.exitValue() == 0;
    }

    private static List<String> namesIn(Path directory, java.util.function.Predicate<String> wanted) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).filter(wanted).sorted().toList();
        }
    }
}
