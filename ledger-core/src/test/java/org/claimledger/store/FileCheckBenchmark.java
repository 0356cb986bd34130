package org.claimledger.store;

import java.nio.file.Files;
import java.nio.file.Path;

import org.claimledger.testing.TestLedger;

/**
 * What the storage-level file check costs every command that opens an embedded ledger: the seed ledger grown by N
 * entries, then the check run 500 times (after 50 to warm up), and the same for the bare read on the calling
 * thread. Not a unit test (timings are not assertions): run it by hand.
 *
 * <pre>
 * mvn -B -q -pl ledger-core test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * cd ledger-core    # the seed ledger reads ../fixtures
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.claimledger.store.FileCheckBenchmark 10000
 * </pre>
 */
public final class FileCheckBenchmark {
    private static final int ROUNDS = 500;

    private FileCheckBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int grow = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("file-check-bench");
        TestLedger ledger = TestLedger.build(dir);
        ledger.grow(grow);
        LedgerLocation location = ledger.location();
        System.out.printf("ledger: %d entries, %d bytes%n", TestLedger.SEED_ENTRIES + grow, Files.size(ledger.h2File()));
        for (int i = 0; i < 50; i++) {
            LedgerFileCheck.requireOurs(location);
        }
        long start = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            LedgerFileCheck.requireOurs(location);
        }
        System.out.printf("file check (own thread, header, schema, registry, comparison): %.2f ms%n",
                (System.nanoTime() - start) / 1e6 / ROUNDS);
        start = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            StoredSchemaReader.read(ledger.h2File());
        }
        System.out.printf("storage-level read alone: %.2f ms%n", (System.nanoTime() - start) / 1e6 / ROUNDS);
    }
}
