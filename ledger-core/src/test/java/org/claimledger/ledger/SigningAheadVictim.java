package org.claimledger.ledger;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.claimledger.claims.ClaimsFile;

/**
 * Run in its own JVM by SigningAheadTest: signs the test's claims file into its seed ledger, and once the check has
 * handed on its first block and the signing ahead has signed it, says so and waits (inside the check) to be killed.
 */
public final class SigningAheadVictim {
    private SigningAheadVictim() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        StepClock clock = new StepClock(java.time.Instant.parse("2025-06-01T10:00:00Z"));
        try (Ledger ledger = Ledger.open(org.claimledger.store.LedgerLocation.of(dir.resolve("seed").toString()),
                clock)) {
            Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
            ledger.sign(SeedLedger.key("giulia.rossi", 2), ClaimsFile.open(dir.resolve("c.json"), "c.json"), null, true,
                    steps -> {
                        try {
                            // The leaves' file is the spill file that grows past the checked claims' whole size.
                            while (largestCopy(tmp) < 512 * 1024) {
                                Thread.sleep(5);
                            }
                            System.out.println("signed ahead");
                            System.out.flush();
                            TimeUnit.HOURS.sleep(1);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
        }
    }

    private static long largestCopy(Path tmp) throws java.io.IOException {
        try (var files = java.nio.file.Files.list(tmp)) {
            return files.mapToLong(p -> p.toFile().length()).max().orElse(0);
        }
    }
}
