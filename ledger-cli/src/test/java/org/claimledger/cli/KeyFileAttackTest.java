package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crafted key and passphrase files. Scrypt's cost parameters come from the file, so a file that names its own
 * (p = 65,536 ran for hours, n = 2^24 ran out of memory, n = 2^30 crashed) must be refused before scrypt runs.
 */
class KeyFileAttackTest {
    /** Scrypt with the parameters ClaimLedger writes takes well under a second; an attack took hours. */
    private static final Duration BOUNDED = Duration.ofSeconds(20);

    @TempDir
    static Path template;

    @TempDir
    Path dir;

    Cli cli;

    /** A ledger with its genesis entry only: enough for a command that unlocks the ledger key. */
    @BeforeAll
    static void createLedger() {
        new Cli(template).ok("init", "--ledger", "news", "--origin", "newsroom.example/claims", "--key-out", "ledger.key");
    }

    @BeforeEach
    void copyLedger() {
        SeededLedger.copyFiles(template, dir);
        cli = new Cli(dir);
    }

    /** The ledger key file with one member's value replaced, as written text (so any JSON can go in). */
    private void craft(String member, String value) throws IOException {
        String text = Files.readString(dir.resolve("ledger.key"));
        String edited = text.replaceFirst("\"" + member + "\" : [^,\\n]+", "\"" + member + "\" : " + value);
        assertTrue(!edited.equals(text), "the key file has a member " + member);
        Files.writeString(dir.resolve("crafted.key"), edited);
    }

    /** Signs a checkpoint, which unlocks the key: scrypt would run with whatever parameters the file names. */
    private Cli.Result unlock(String keyFile) {
        return assertTimeoutPreemptively(BOUNDED,
                () -> cli.run("checkpoint", "--ledger", "news", "--ledger-key", keyFile));
    }

    @Test
    void scryptParametersOtherThanTheOnesWritten_areADamagedKeyFile_beforeScryptRuns() throws IOException {
        String[][] attacks = {
            {"p", "65536"},          // ran for hours
            {"n", "16777216"},       // 2^24: OutOfMemoryError with a stack trace
            {"n", "1073741824"},     // 2^30: exit 70
            {"n", "4295000064"},     // 2^32 + 32768: read as 32768 by a truncating parser
            {"r", "1"},
            {"n", "32768.0"},
            {"n", "\"32768\""},
        };
        for (String[] attack : attacks) {
            craft(attack[0], attack[1]);
            String line = Refusal.assertRefused(unlock("crafted.key"), 8, "crafted.key is damaged", "kdf." + attack[0]);
            if (!attack[1].contains(".") && !attack[1].contains("\"")) {
                assertTrue(line.contains("kdf." + attack[0] + " is " + attack[1] + ", but key files use scrypt with "
                        + "exactly n=32768, r=8, p=1"), line);
            }
        }
        cli.ok("checkpoint", "--ledger", "news", "--ledger-key", "ledger.key");
    }

    @Test
    void saltNonceAndCiphertextOfTheWrongLength_areADamagedKeyFile() throws IOException {
        craft("salt", "\"AAAA\"");
        Refusal.assertRefused(unlock("crafted.key"), 8, "kdf.salt must be 16 bytes, got 3");
        craft("ciphertext", "\"" + "A".repeat(1_000) + "\"");
        Refusal.assertRefused(unlock("crafted.key"), 8, "ciphertext must be 48 bytes, got 750");
    }

    @Test
    void versionOfTwoToTheThirtyTwoPlusOne_isNotVersionOne() throws IOException {
        craft("v", "4294967297");
        Refusal.assertRefused(cli.run("key", "vkey", "crafted.key"), 8,
                "it is a key file of version 4294967297, and this version of ClaimLedger reads version 1 only");
    }

    @Test
    void keyFileThatNeverEnds_isRefusedAfterItsLimit() throws IOException {
        Files.createSymbolicLink(dir.resolve("zero.key"), Path.of("/dev/zero"));
        Refusal.assertRefused(assertTimeoutPreemptively(BOUNDED, () -> cli.run("key", "vkey", "zero.key")), 8,
                "zero.key is larger than 64 KiB, the most a key file may hold");
        Files.delete(dir.resolve("zero.key"));
    }

    @Test
    void worldWritableKeyFile_isUsedWithOneWarningLine() throws IOException {
        Files.setPosixFilePermissions(dir.resolve("ledger.key"), PosixFilePermissions.fromString("rw-rw-rw-"));
        Cli.Result result = cli.run("key", "vkey", "ledger.key");
        assertEquals(0, result.code(), result::toString);
        assertEquals("claimledger: warning: key file " + dir.resolve("ledger.key") + " is writable by every user "
                + "(rw-rw-rw-), so someone else could have replaced it; check it and run 'chmod 600 "
                + dir.resolve("ledger.key") + "'\n", result.err());
        assertTrue(result.out().startsWith("newsroom.example/claims+"), result.out());
    }

    @Test
    void groupWritablePassphraseFile_isUsedWithOneWarningLine() throws IOException {
        Path passphrase = dir.resolve("passphrase.txt");
        Files.writeString(passphrase, Cli.PASSPHRASE + "\n");
        Files.setPosixFilePermissions(passphrase, PosixFilePermissions.fromString("rw-rw----"));
        Files.setPosixFilePermissions(dir.resolve("ledger.key"), PosixFilePermissions.fromString("rw-------"));
        cli.env(Passphrases.ENV, null);
        Cli.Result result = cli.run("checkpoint", "--ledger", "news", "--ledger-key", "ledger.key",
                "--passphrase-file", "passphrase.txt");
        assertEquals(0, result.code(), result::toString);
        assertEquals("claimledger: warning: passphrase file " + passphrase + " is writable by its group (rw-rw----), so "
                + "someone else could have replaced it; check it and run 'chmod 600 " + passphrase + "'",
                result.err().lines().findFirst().orElse(""));
        assertEquals(1, result.err().lines().filter(line -> line.contains("warning")).count(), result::toString);
    }

    @Test
    void keyFileOnlyItsOwnerCanWrite_givesNoWarning() throws IOException {
        Files.setPosixFilePermissions(dir.resolve("ledger.key"), PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals("", cli.ok("key", "vkey", "ledger.key").err());
    }
}
