package org.claimledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.claimledger.crypto.KeyFile;
import org.claimledger.crypto.NamedKey;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Key files, fuzzed: reading one must give a key file or refuse it as a damaged key file (exit 8), before scrypt
 * runs with anything but the parameters ClaimLedger writes; unlocking one must give the key the file names, or
 * refuse it (wrong passphrase, damaged file). Then `key vkey` through the real command line.
 */
class KeyFileFuzzTest {
    /** Unlocking runs scrypt (32 MiB, tens of milliseconds): only the first of the cases that read are unlocked. */
    private static final int UNLOCKED = 5;

    @TempDir
    Path dir;

    private static Mutations corpus() throws Exception {
        SeededLedger seeded = SeededLedger.shared();
        return new Mutations(List.of(Files.readAllBytes(seeded.path("giulia.key")),
                Files.readAllBytes(seeded.path("ledger.key"))));
    }

    @Test
    void readAndUnlock_giveTheNamedKeyOrRefuseTheFile() throws Exception {
        Mutations mutations = corpus();
        Path file = dir.resolve("fuzz.key");
        AtomicInteger unlocked = new AtomicInteger();
        Fuzz.run("key-file", Fuzz.cases(2_000), mutations::next, (input, random) -> {
            Files.write(file, input);
            KeyFile key;
            try {
                key = KeyFile.read(file);
            } catch (LedgerException e) {
                Fuzz.expect(e.failure() == Failure.KEY_FILE, e.failure() + ": " + e.getMessage());
                Fuzz.assertMessage(e.getMessage());
                return;
            }
            if (unlocked.incrementAndGet() > UNLOCKED) {
                return;
            }
            try {
                NamedKey named = key.unlock(Cli.PASSPHRASE.toCharArray());
                Fuzz.expect(named.publicKey().equals(key.publicKey()) && named.name().equals(key.name()),
                        "an unlocked key is the key its file names");
            } catch (LedgerException e) {
                Fuzz.expect(e.failure() == Failure.KEY_FILE || e.failure() == Failure.WRONG_PASSPHRASE,
                        e.failure() + ": " + e.getMessage());
                Fuzz.assertMessage(e.getMessage());
            }
        });
    }

    @Test
    void keyVkey_throughTheCommandLine_printsAKeyOrRefusesTheFile() throws Exception {
        Mutations mutations = corpus();
        Cli cli = new Cli(dir);
        Fuzz.run("key-file-cli", Fuzz.cases(100), mutations::next, (input, random) -> {
            Files.write(dir.resolve("fuzz.key"), input);
            Fuzz.assertOutcome(cli.run("key", "vkey", "fuzz.key"), Set.of(0, 8));
        });
    }
}
