package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that would exhaust memory: every file named on the command line is read up to its limit (SPEC.md §16)
 * and no further, and running out of memory anyway is an internal error (70), never "verify found a problem" (1).
 */
class ExhaustionTest {
    private static final Duration BOUNDED = Duration.ofSeconds(30);
    private static final String VKEY = "newsroom.example/claims+254b546d+Acf91wNWo2IXKyth7ZNyhRo7nkyrjfnxEZQR9745wOFE";

    @TempDir
    Path dir;

    Cli cli;

    @BeforeEach
    void endlessFile() throws IOException {
        cli = new Cli(dir);
        Files.createSymbolicLink(dir.resolve("endless"), Path.of("/dev/zero"));
        Files.writeString(dir.resolve("trusted.vkey"), VKEY + "\n");
    }

    @AfterEach
    void removeLink() throws IOException {
        Files.delete(dir.resolve("endless"));
    }

    private Cli.Result run(String... args) {
        return assertTimeoutPreemptively(BOUNDED, () -> cli.run(args));
    }

    @Test
    void filesThatNeverEnd_areRefusedAtTheirLimit_eachWithItsExitCode() throws IOException {
        // A claims file is streamed, not read whole: /dev/zero is refused at its first byte, as not JSON.
        Refusal.assertRefused(run("sign", "endless", "--ledger", "news", "--key", "k.key"), 3,
                "endless:1:", "not valid JSON");
        Refusal.assertRefused(run("source", "add", "endless", "--lang", "it", "--ledger", "news", "--key", "k.key"), 3,
                "is larger than 16 MiB, the most a source file may hold");
        Refusal.assertRefused(run("extract", "endless"), 3, "the most a source file may hold");
        Refusal.assertRefused(run("verify", "--ledger", "news", "--trust", "endless"), 3,
                "is larger than 1 MiB, the most a trust file may hold");
        Refusal.assertRefused(run("verify-proof", "endless", "--trust", "trusted.vkey"), 3,
                "is larger than 1 MiB, the most a proof file may hold");
        Files.writeString(dir.resolve("inclusion.txt"), "c2sp.org/tlog-proof@v1\n", StandardCharsets.UTF_8);
        Refusal.assertRefused(run("verify-proof", "inclusion.txt", "--leaf", "endless", "--trust", "trusted.vkey"), 3,
                "is larger than 1,000,000 bytes, the most a leaf file may hold");
        Files.writeString(dir.resolve("consistency.txt"), "claimledger consistency proof v1\n", StandardCharsets.UTF_8);
        Refusal.assertRefused(run("verify-proof", "consistency.txt", "--old", "endless", "--new", "endless",
                "--trust", "trusted.vkey"), 3, "is larger than 100,000 bytes, the most a checkpoint file may hold");
        Refusal.assertRefused(run("key", "new", "--name", "x", "--out", "x.key", "--passphrase-file", "endless"), 8,
                "is larger than 64 KiB, the most a passphrase file may hold");
        assertFalse(Files.exists(dir.resolve("x.key")));
    }

    @Test
    void outOfMemory_isAnInternalError_withOneLine_notVerifyFailed() throws Exception {
        // Scrypt with ClaimLedger's parameters needs 32 MiB; a 24 MiB heap runs out inside it, in a real process.
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx24m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "key", "new", "--name", "x", "--out", "x.key")
                .directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put(Passphrases.ENV, Cli.PASSPHRASE);
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the process ends");
        assertEquals(ExitCodes.INTERNAL, process.exitValue(), err);
        assertEquals(1, err.strip().lines().count(), err);
        assertTrue(err.startsWith("claimledger: internal error: out of memory (Java heap space); give Java more "
                + "(-Xmx, -Xss) or, if the input is within the limits of SPEC.md §16, please report it"), err);
        assertFalse(Files.exists(dir.resolve("x.key")), "nothing was written");
    }
}
