package org.claimledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.claimledger.claims.ClaimDraft;
import org.claimledger.claims.ClaimResolver;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.NamedKey;
import org.claimledger.entry.ClaimBody;
import org.claimledger.entry.EntryType;
import org.claimledger.ledger.Ledger;
import org.claimledger.ledger.SourceMetadata;
import org.claimledger.model.Claim;
import org.claimledger.model.Language;
import org.claimledger.model.Qualifier;
import org.claimledger.model.SourceText;
import org.claimledger.store.LedgerLocation;
import org.claimledger.store.LedgerStore;
import org.claimledger.verify.Audit;
import org.claimledger.verify.StoreFeed;
import org.claimledger.verify.VerifyReport;

/**
 * Verify and append throughput against the raw Ed25519 rates of the same machine, measured in one run so the
 * ratios hold on a noisy machine. Not a unit test: run it by hand (see the class's main) with a ledger size.
 *
 * <pre>
 * mvn -B -q -pl ledger-core test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp ledger-core/target/classes:ledger-core/target/test-classes:$(cat ledger-core/target/cp.txt) \
 *     org.claimledger.bench.VerifyBenchmark 100000
 * </pre>
 */
public final class VerifyBenchmark {
    private VerifyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int claims = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int cores = Runtime.getRuntime().availableProcessors();
        Path dir = Files.createTempDirectory("claimledger-bench");
        SourceText source = SourceText.fromString(Files.readString(Path.of("fixtures", "000_24432489f640e24b.txt")));
        NamedKey ledgerKey = new NamedKey("bench.example/claims", Ed25519PrivateKey.generate(new SecureRandom()));
        NamedKey editor = new NamedKey("bench.editor", Ed25519PrivateKey.generate(new SecureRandom()));
        LedgerLocation location = LedgerLocation.of(dir.resolve("bench").toString());
        Claim claim;
        try (Ledger ledger = Ledger.create(location, "bench.example/claims", ledgerKey, Clock.systemUTC())) {
            ledger.enroll(ledgerKey, editor.name(), editor.publicKey());
            ledger.addSource(editor, source, new SourceMetadata("bench", null, null, null, Language.IT));
            claim = new ClaimResolver(source, Language.IT).resolve(new ClaimDraft("", "più di 11.000 soldati", null, null,
                    null, List.of(new ClaimDraft.FigureDraft("/f", "11.000", "11000", null, "soldati", Qualifier.MORE_THAN,
                            null, null, null)), null));
            long start = System.nanoTime();
            int batch = 1000;
            for (int done = 0; done < claims; done += batch) {
                int count = Math.min(batch, claims - done);
                ledger.store().append(appender -> {
                    for (int i = 0; i < count; i++) {
                        appender.append(EntryType.CLAIM, ClaimBody.toJson(claim), editor.key(), Clock.systemUTC().instant(),
                                appender.size());
                    }
                    return null;
                });
            }
            double appendRate = claims / seconds(start);
            System.out.printf("append: %d claims in batches of %d: %.0f entries/s%n", claims, batch, appendRate);
            double signRate = rawSignRate(editor, claims);
            System.out.printf("raw Ed25519 sign, 1 thread: %.0f/s; append / raw sign = %.2f%n", signRate, appendRate / signRate);
        }

        byte[] message = ClaimBody.toJson(claim).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] signature = editor.key().sign(message);
        double rawOne = rawVerifyRate(editor, message, signature, 1, claims);
        double rawAll = rawVerifyRate(editor, message, signature, cores, claims);
        long start = System.nanoTime();
        VerifyReport report;
        try (LedgerStore store = LedgerStore.open(location)) {
            report = Audit.run(new StoreFeed(store), new Audit.Request(null, null, null, null));
        }
        double verifyRate = report.entries() / seconds(start);
        System.out.printf("raw Ed25519 verify: %.0f/s on 1 thread, %.0f/s on %d threads%n", rawOne, rawAll, cores);
        System.out.printf("claimledger verify: %d entries, %d findings, %.0f entries/s = %.2f x raw verify on %d threads "
                + "(%.2f x one thread)%n", report.entries(), report.findings().size(), verifyRate, verifyRate / rawAll,
                cores, verifyRate / rawOne);
        System.out.printf("max heap used after verify: %d MB%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }

    private static double rawSignRate(NamedKey key, int count) {
        byte[] message = new byte[600];
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            message[0] = (byte) i;
            key.key().sign(message);
        }
        return count / seconds(start);
    }

    private static double rawVerifyRate(NamedKey key, byte[] message, byte[] signature, int threads, int count)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < count / threads; i++) {
                    try {
                        key.publicKey().verify(message, signature);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        double rate = (count / threads * threads) / seconds(start);
        pool.shutdown();
        return rate;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

}
