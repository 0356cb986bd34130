package org.claimledger.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.note.GoldenCosignatures;
import org.claimledger.note.GoldenNotes;
import org.claimledger.state.StateDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A witness killed at any moment (here: just after it handed out a cosignature, while it works on the next) holds a
 * record at least as large as every cosignature it gave, so afterwards it never cosigns a checkpoint inconsistent
 * with one it already cosigned. The witness records before it answers; were it the other way round, a kill between
 * the answer and the record would leave it able to cosign a fork of what it had vouched for.
 */
class WitnessCrashTest {
    @TempDir
    Path dir;

    @Test
    void killedWhileCosigning_neverCosignsAForkOfWhatItGaveOut() throws Exception {
        long seed = Long.getLong("witness.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        int rounds = Integer.getInteger("witness.crash.rounds", 2);
        for (int round = 0; round < rounds; round++) {
            Path state = dir.resolve("round-" + round);
            int given = runAndKill(state, 1 + random.nextInt(40));
            String where = "seed " + seed + ", round " + round + ", killed after cosignature " + given;

            WitnessRecord held = new WitnessState(new StateDirectory(state)).load(GoldenNotes.ORIGIN);
            assertTrue(held != null && held.size() >= given, where + ": the record (" + (held == null ? "none"
                    : held.size()) + ") is behind a cosignature it gave");
            Witness restarted = new Witness(new StateDirectory(state), Clock.systemUTC());
            TestLog fork = TestLog.forkedAfter(given - 1, (int) held.size() + 1);
            for (long size : new long[] {given, held.size(), held.size() + 1}) {
                byte[] proof = size > held.size() ? fork.proof(held.size(), size) : null;
                LedgerException refused = assertThrows(LedgerException.class, () -> restarted.cosign(
                        new Witness.Submission("fork", fork.note(size), "proof", proof), TestLog.keys(),
                        GoldenCosignatures.witness()), where + ": a fork of size " + size + " was cosigned");
                assertEquals(Failure.INCONSISTENT_CHECKPOINT, refused.failure(), where + ": " + refused.getMessage());
            }
        }
    }

    /** Starts the witness process, reads cosignatures until the one wanted, kills it at once; returns the last read. */
    private static int runAndKill(Path state, int wanted) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WitnessCrashProcess.class.getName(), state.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        int given = 0;
        String line;
        while (given < wanted && (line = out.readLine()) != null) {
            given = Integer.parseInt(line.trim());
        }
        process.destroyForcibly();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertTrue(given > 0, "the witness process gave no cosignature");
        return given;
    }
}
