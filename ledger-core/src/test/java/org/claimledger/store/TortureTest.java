package org.claimledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.NamedKey;
import org.claimledger.ledger.Ledger;
import org.claimledger.ledger.SourceMetadata;
import org.claimledger.merkle.TreeHash;
import org.claimledger.model.Language;
import org.claimledger.model.SourceText;
import org.claimledger.verify.Audit;
import org.claimledger.verify.StoreFeed;
import org.claimledger.verify.VerifyReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many short processes on one H2 ledger file, as a busy newsroom runs it: writers that open, append 1 to 20 entries
 * and close, some killed -9 mid-append; readers verifying alongside; a thread hogging a CPU. After every round, every
 * entry whose append returned success must still be there byte for byte, and the ledger must verify clean.
 *
 * <p>The default run is bounded (about a minute on two busy cores); a long run:
 * {@code mvn -B -pl ledger-core test -Dtest=TortureTest -Dclaimledger.torture.processes=2000}
 * ({@code -Dclaimledger.torture.seed=N} replays a run; {@code -Dclaimledger.torture.verifyEvery=N} verifies in full
 * every N rounds instead of every round, for long runs; the byte-for-byte check runs every round regardless).
 */
class TortureTest {
    private static final int WRITERS_PER_ROUND = 3;

    @TempDir
    Path dir;

    private final Map<Process, Path> outputs = new HashMap<>();

    @Test
    void shortProcesses_killedOrNot_neverLoseAnEntryWhoseAppendReturned() throws Exception {
        int processes = Integer.getInteger("claimledger.torture.processes", 18);
        int verifyEvery = Integer.getInteger("claimledger.torture.verifyEvery", 1);
        long seed = Long.getLong("claimledger.torture.seed", new SecureRandom().nextLong());
        Random random = new Random(seed);
        LedgerLocation location = LedgerLocation.of(dir.resolve("torture").toString());
        NamedKey editor = createLedger(location);
        String editorSeed = HexFormat.of().formatHex(editor.key().seed());

        Map<Long, String> acknowledged = new TreeMap<>();
        int started = 0;
        int killed = 0;
        int readers = 0;
        int sessions = 0;
        int rounds = 0;
        AtomicBoolean running = new AtomicBoolean(true);
        Thread hog = new Thread(() -> {
            while (running.get()) {
                Thread.onSpinWait();
            }
        }, "cpu-hog");
        hog.setDaemon(true);
        hog.start();
        try {
            while (started < processes) {
                rounds++;
                List<Process> writers = new ArrayList<>();
                for (int i = 0; i < WRITERS_PER_ROUND && started < processes; i++, started++) {
                    int writerSessions = 1 + random.nextInt(3);
                    sessions += writerSessions;
                    writers.add(start("write", location.h2File().toString(), editorSeed,
                            String.valueOf(writerSessions), String.valueOf(random.nextLong())));
                }
                Process reader = start("read", location.h2File().toString());
                readers++;
                if (random.nextInt(2) == 0) {
                    Thread.sleep(300 + random.nextInt(2500));
                    writers.get(random.nextInt(writers.size())).destroyForcibly();
                    killed++;
                }
                for (Process writer : writers) {
                    for (String line : finish(writer, "writer")) {
                        String[] fields = line.split(" ");
                        if (fields[0].equals("entry")) {
                            String earlier = acknowledged.put(Long.parseLong(fields[1]), fields[2]);
                            assertTrue(earlier == null, "two acknowledged appends got entry " + fields[1] + " (seed " + seed + ")");
                        }
                    }
                }
                String read = String.join("\n", finish(reader, "reader"));
                assertTrue(read.startsWith("clean "), "a reader running alongside the writers saw: " + read + " (seed " + seed + ")");
                check(location, acknowledged, seed, rounds % verifyEvery == 0 || started >= processes);
                if (rounds % 50 == 0) {
                    System.out.println("torture: so far " + started + " writer processes (" + killed + " killed -9), "
                            + readers + " readers, " + acknowledged.size() + " acknowledged entries, none lost (seed "
                            + seed + ")");
                }
            }
        } finally {
            running.set(false);
            outputs.keySet().forEach(Process::destroyForcibly);
        }
        System.out.println("torture: " + started + " writer processes (" + killed + " killed -9), " + readers
                + " reader processes, " + sessions + " sessions, " + acknowledged.size() + " acknowledged entries, all present "
                + "byte for byte after each of " + rounds + " rounds, seed " + seed);
    }

    private static NamedKey createLedger(LedgerLocation location) throws Exception {
        NamedKey ledgerKey = new NamedKey("torture.example/claims", Ed25519PrivateKey.generate(new SecureRandom()));
        NamedKey editor = new NamedKey("editor", Ed25519PrivateKey.generate(new SecureRandom()));
        try (Ledger ledger = Ledger.create(location, "torture.example/claims", ledgerKey, Clock.systemUTC())) {
            ledger.enroll(ledgerKey, editor.name(), editor.publicKey());
            ledger.addSource(editor, SourceText.fromString(Files.readString(TortureProcess.ARTICLE)),
                    new SourceMetadata("seed", null, null, null, Language.IT));
        }
        return editor;
    }

    /** Every acknowledged entry is stored with the very bytes its writer appended; then the whole ledger verifies. */
    private static void check(LedgerLocation location, Map<Long, String> acknowledged, long seed, boolean verify)
            throws Exception {
        try (LedgerStore store = LedgerStore.openReadOnly(location, LockWait.NONE)) {
            Map<Long, String> stored = new TreeMap<>();
            store.forEachEntry(entry -> stored.put(entry.seq(), HexFormat.of().formatHex(TreeHash.leafHash(entry.leaf()))));
            List<String> lost = new ArrayList<>();
            for (Map.Entry<Long, String> expected : acknowledged.entrySet()) {
                String found = stored.get(expected.getKey());
                if (!expected.getValue().equals(found)) {
                    lost.add(expected.getKey() + (found == null ? " missing" : " changed"));
                }
            }
            assertEquals(List.of(), lost, "acknowledged entries lost (of " + acknowledged.size() + ", ledger holds "
                    + stored.size() + "; seed " + seed + ")");
            if (verify) {
                VerifyReport report = Audit.run(new StoreFeed(store), new Audit.Request(null, null, null, null));
                assertTrue(report.clean(), report.findings() + " (seed " + seed + ")");
            }
        }
    }

    /** Starts a process whose output goes to a file, so what a killed process printed before it died is kept. */
    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-cp", System.getProperty("java.class.path"),
                TortureProcess.class.getName()));
        command.addAll(List.of(args));
        Path output = Files.createTempFile(dir, "process", ".out");
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT)
                .redirectOutput(output.toFile()).start();
        outputs.put(process, output);
        return process;
    }

    /** What the process printed, once it has exited (killed or not). */
    private List<String> finish(Process process, String what) throws IOException, InterruptedException {
        if (!process.waitFor(600, TimeUnit.SECONDS)) {
            throw new AssertionError("a " + what + " process did not finish in 10 minutes");
        }
        return Files.readAllLines(outputs.get(process), StandardCharsets.UTF_8);
    }
}
