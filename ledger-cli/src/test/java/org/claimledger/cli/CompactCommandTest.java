package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** 'claimledger compact' on real ledger files: what it shrinks, what it refuses, and what a kill -9 leaves. */
class CompactCommandTest {
    /** The seed ledger, then many small appends, each its own session, as editors make them: the file grows past what it holds. */
    @RegisterExtension
    static final SeededLedgerPerClass seeded = new SeededLedgerPerClass(cli -> {
        for (int i = 0; i < 12; i++) {
            cli.ok("checkpoint", "--ledger", "news", "--ledger-key", "ledger.key");
            cli.ok("sign", "claims.json", "--ledger", "news", "--key", "giulia.key", "--allow-duplicates");
        }
    });

    @TempDir
    Path dir;

    private byte[] ledgerBytes() throws IOException {
        return Files.readAllBytes(dir.resolve("news.mv.db"));
    }

    /** Files in the ledger's folder other than the ones the seed put there: compaction's copies, if any remain. */
    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.contains("compact")).toList();
        }
    }

    @Test
    void compact_shrinksTheFile_andTheLedgerVerifiesCleanWithTheSameAuditorState() throws Exception {
        Cli cli = seeded.copyTo(dir);
        Cli.Result first = cli.ok("verify", "--ledger", "news", "--json");
        String head = cli.ok("head", "--ledger", "news", "--json").out();
        long before = Files.size(dir.resolve("news.mv.db"));

        JsonNode result = Reports.parse(cli.ok("compact", "--ledger", "news", "--json").out());

        long after = Files.size(dir.resolve("news.mv.db"));
        assertEquals(before, result.path("bytesBefore").asLong());
        assertEquals(after, result.path("bytesAfter").asLong());
        assertTrue(after < before / 2, "the file shrinks to less than half: " + before + " -> " + after);
        assertEquals(Reports.parse(first.out()).path("entries").asLong(), result.path("entries").asLong());
        assertTrue(result.path("rows").asLong() > 2 * result.path("entries").asLong(), result.toString());
        assertTrue(result.path("clean").asBoolean());
        assertEquals(List.of(), leftovers());

        assertEquals(head, cli.ok("head", "--ledger", "news", "--json").out(), "the same size, root and checkpoint");
        // The state directory pinned the key and remembered the ledger before: the compacted file satisfies both.
        Cli.Result again = cli.ok("verify", "--ledger", "news", "--json");
        assertFalse(again.err().contains("pinned"), again.toString());
        assertEquals(Reports.parse(first.out()).path("root").asText(), Reports.parse(again.out()).path("root").asText());
        cli.ok("verify", "--ledger", "news", "--trust", "ledger.vkey");
        // And it takes appends as before.
        cli.ok("sign", "claims.json", "--ledger", "news", "--key", "giulia.key", "--allow-duplicates");
        cli.ok("verify", "--ledger", "news", "--trust", "ledger.vkey");
    }

    @Test
    void compact_ledgerAnotherProcessHasOpen_isRefusedBusy_andNothingChanges() throws Exception {
        Cli cli = seeded.copyTo(dir);
        byte[] before = ledgerBytes();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
                dir.resolve("news").toAbsolutePath().toString(), "read-only").redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertTrue(output.readLine().startsWith("holding"), "a reader holds the ledger");
            Refusal.assertRefused(cli.run("compact", "--ledger", "news", "--wait", "0"), 11, "open in another process",
                    "nothing was changed");
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS), "the holder exits when its stdin closes");
        }
        assertArrayEquals(before, ledgerBytes());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void compact_hostileFile_isRefusedUnopened() throws Exception {
        Cli cli = seeded.copyTo(dir);
        Path marker = dir.resolve("marker");
        try (Attacker attacker = new Attacker(dir.resolve("news"))) {
            attacker.execute(HostileFileTest.sourceTrigger("evil_marker", marker));
        }
        byte[] before = ledgerBytes();
        Cli.Result refused = cli.run("compact", "--ledger", "news");
        Refusal.assertRefused(refused, 15, "ledger news holds what ClaimLedger did not create", "trigger PUBLIC.EVIL_MARKER",
                "refused unopened");
        assertFalse(refused.err().contains("compact-snapshot"), "named as the ledger the user gave: " + refused);
        assertFalse(Files.exists(marker), "the planted trigger never ran");
        assertArrayEquals(before, ledgerBytes());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void compact_postgresqlLedger_pointsToVacuum_withoutConnecting() {
        Cli cli = new Cli(dir);
        Refusal.assertRefused(cli.run("compact", "--ledger", "jdbc:postgresql://localhost:1/nowhere"), ExitCodes.USAGE,
                "PostgreSQL", "VACUUM", "nothing was changed");
    }

    @Test
    void compact_ledgerNamedReadOnly_isRefused_andNothingChanges() throws Exception {
        Cli cli = seeded.copyTo(dir);
        byte[] before = ledgerBytes();
        Refusal.assertRefused(cli.run("compact", "--ledger", "jdbc:h2:file:" + dir.resolve("news") + ";ACCESS_MODE_DATA=r"),
                ExitCodes.USAGE, "opens the ledger read-only", "give its path instead");
        assertArrayEquals(before, ledgerBytes());
    }

    @Test
    void compact_editedLedger_isRefusedAsEvidence_andWithForceKeepsTheFinding() throws Exception {
        Cli cli = seeded.copyTo(dir);
        try (Attacker attacker = new Attacker(dir.resolve("news"))) {
            attacker.replaceInLeaf(3, "\"time\":\"2025", "\"time\":\"2024");
        }
        Cli.Result verify = cli.run("verify", "--ledger", "news", "--trust", "ledger.vkey", "--json");
        assertEquals(ExitCodes.VERIFY_FAILED, verify.code(), verify.toString());
        byte[] before = ledgerBytes();

        Refusal.assertRefused(cli.run("compact", "--ledger", "news"), ExitCodes.VERIFY_FAILED, "does not verify cleanly",
                "entry 3", "keep a copy of the file as evidence", "--force", "nothing was changed");
        assertArrayEquals(before, ledgerBytes());
        assertEquals(List.of(), leftovers());

        Cli.Result forced = cli.run("compact", "--ledger", "news", "--force");
        assertEquals(ExitCodes.OK, forced.code(), forced.toString());
        assertTrue(forced.err().contains("compacting anyway"), forced.toString());
        assertTrue(Files.size(dir.resolve("news.mv.db")) < before.length);
        Cli.Result after = cli.run("verify", "--ledger", "news", "--trust", "ledger.vkey", "--json");
        assertEquals(ExitCodes.VERIFY_FAILED, after.code(), after.toString());
        assertEquals(Reports.findings(verify.out()), Reports.findings(after.out()), "the same findings, entry and field");
    }

    @Test
    void compact_ledgerThatLostWhatThisMachineSaw_isRefused() throws Exception {
        Cli cli = seeded.copyTo(dir);
        cli.ok("verify", "--ledger", "news");
        byte[] older = ledgerBytes();
        cli.ok("sign", "claims.json", "--ledger", "news", "--key", "giulia.key", "--allow-duplicates");
        Files.write(dir.resolve("news.mv.db"), older);
        Refusal.assertRefused(cli.run("compact", "--ledger", "news"), 16, "no longer holds what this machine saw");
        assertArrayEquals(older, ledgerBytes());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void compact_killedAtEachStep_leavesTheOldFileOrTheNew_eachVerifyingClean() throws Exception {
        Cli cli = seeded.copyTo(dir);
        String head = cli.ok("head", "--ledger", "news", "--json").out();
        byte[] original = ledgerBytes();
        // Paused at the start of each step, then killed; "!" goes on at once, so the kill lands inside the step's work.
        for (String step : List.of("SNAPSHOT", "COMPACTING", "COMPACTING!", "COMPARING", "REPLACING",
                "REPLACING!", "REPLACED")) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CompactionVictim.class.getName(),
                    dir.resolve("news").toString(), step).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("at " + step, output.readLine(), "the child reached " + step);
            if (step.equals("COMPARING")) {
                // Nothing can append while a compaction holds the ledger: the append would be lost in the rename.
                Refusal.assertRefused(cli.run("sign", "claims.json", "--ledger", "news", "--key", "giulia.key",
                        "--allow-duplicates", "--wait", "0"), 11, "in use by another process");
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));

            byte[] now = ledgerBytes();
            if (step.equals("REPLACED")) {
                assertTrue(now.length < original.length / 2, step + ": " + original.length + " -> " + now.length);
            } else if (!step.endsWith("!")) {
                assertArrayEquals(original, now, step + ": the ledger file is untouched");
            }
            assertTrue(java.util.Arrays.equals(original, now) || now.length < original.length / 2,
                    step + ": the old file or the new one, nothing between: " + now.length);
            cli.ok("verify", "--ledger", "news", "--trust", "ledger.vkey");
            assertEquals(head, cli.ok("head", "--ledger", "news", "--json").out(), step);
            if (now.length < original.length / 2) {
                Files.write(dir.resolve("news.mv.db"), original);
            }
        }
        // What the killed runs left beside the ledger, the next run removes.
        cli.ok("compact", "--ledger", "news");
        assertEquals(List.of(), leftovers());
        cli.ok("verify", "--ledger", "news", "--trust", "ledger.vkey");
    }
}
