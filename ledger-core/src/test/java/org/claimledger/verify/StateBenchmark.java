package org.claimledger.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.NamedKey;
import org.claimledger.entry.EntryType;
import org.claimledger.entry.KeyBody;
import org.claimledger.ledger.Ledger;
import org.claimledger.state.LedgerMemory;
import org.claimledger.state.StateDirectory;
import org.claimledger.store.LedgerLocation;
import org.claimledger.store.LedgerStore;

/**
 * What this machine's memory costs: the check every command makes before it works on a ledger, and what keeping the
 * auditor's leaf hashes adds to verify and to an older snapshot's check. Not a unit test: run it by hand with a
 * ledger size.
 *
 * <pre>
 * mvn -B -q -pl ledger-core test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp ledger-core/target/classes:ledger-core/target/test-classes:$(cat ledger-core/target/cp.txt) \
 *     org.claimledger.verify.StateBenchmark 100000
 * </pre>
 */
public final class StateBenchmark {
    private StateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path dir = Files.createTempDirectory("claimledger-state-bench");
        SecureRandom random = new SecureRandom();
        NamedKey ledgerKey = new NamedKey("bench.example/claims", Ed25519PrivateKey.generate(random));
        LedgerLocation location = LedgerLocation.of(dir.resolve("bench").toString());
        try (Ledger ledger = Ledger.create(location, "bench.example/claims", ledgerKey, Clock.systemUTC())) {
            for (int done = 1; done < entries; done += 1000) {
                int count = Math.min(1000, entries - done);
                ledger.store().append(appender -> {
                    for (int i = 0; i < count; i++) {
                        ObjectNode body = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
                        body.set("key", new KeyBody("editor" + appender.size(),
                                Ed25519PrivateKey.generate(random).publicKey()).toJson());
                        body.put("role", "editor");
                        appender.append(EntryType.KEY_ENROLL, body, ledgerKey.key(), Clock.systemUTC().instant(), null);
                    }
                    return null;
                });
            }
        }
        System.out.printf("ledger: %d entries%n", entries);

        LedgerMemory memory = new LedgerMemory(new StateDirectory(dir.resolve("state")));
        try (LedgerStore store = LedgerStore.open(location)) {
            memory.keepWatch(store);
            int rounds = 500;
            long[] micros = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                memory.keepWatch(store);
                micros[i] = (System.nanoTime() - start) / 1000;
            }
            Arrays.sort(micros);
            System.out.printf("the check every command makes (ledger unchanged): median %d us, 95th percentile %d us, "
                    + "over %d rounds%n", micros[rounds / 2], micros[rounds * 95 / 100], rounds);
        }

        double without = verify(location, null, null);
        PinStore pins = new PinStore(dir.resolve("state"));
        double firstUse = verify(location, pins, memory);
        double again = verify(location, pins, memory);
        System.out.printf("verify without state: %.2f s; with state, first use: %.2f s; again: %.2f s; leaf file %d bytes%n",
                without, firstUse, again, Files.size(pins.leavesFor("bench.example/claims")));
        PinStore.Pin pin = pins.load("bench.example/claims");
        long start = System.nanoTime();
        pins.verifiedRootAt(pin, entries / 2);
        System.out.printf("older snapshot check (rebuild the roots of %d and %d pinned leaves, one read): %.3f s%n",
                entries / 2, entries, (System.nanoTime() - start) / 1e9);
    }

    private static double verify(LedgerLocation location, PinStore pins, LedgerMemory memory) throws Exception {
        long start = System.nanoTime();
        try (LedgerStore store = LedgerStore.open(location)) {
            VerifyReport report = Audit.run(new StoreFeed(store), new Audit.Request(null, pins, null, null, null,
                    memory == null ? null : Audit.Place.database(memory, location)));
            if (!report.clean()) {
                throw new IllegalStateException("the bench ledger must verify clean: " + report.findings());
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
