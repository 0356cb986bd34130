package org.claimledger.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.Ed25519PublicKey;
import org.claimledger.crypto.InvalidSignatureException;

/**
 * Raw Ed25519 rates measured right beside an end-to-end run (the machine is shared, and its load changes from one
 * minute to the next: a ratio is only meaningful between figures measured together). Each rate is taken after a
 * warm-up, over a fixed time, with the fastest correct calls ({@link MicroBenchmarks} measures the same calls under
 * JMH).
 */
final class RawRates {
    private final byte[] message;
    private final Ed25519PrivateKey key = Ed25519PrivateKey.generate(new SecureRandom());
    private final Ed25519PublicKey publicKey = key.publicKey();
    private final byte[] signature;
    private final long millis;

    RawRates(byte[] message, long millis) {
        this.message = message.clone();
        this.signature = key.sign(this.message);
        this.millis = millis;
    }

    /** Signatures per second on one thread. */
    double sign() throws Exception {
        return rate(1, () -> key.sign(message));
    }

    /** Verifications per second over this many threads. */
    double verify(int threads) throws Exception {
        return rate(threads, this::verifyOnce);
    }

    private void verifyOnce() {
        try {
            publicKey.verify(message, signature);
        } catch (InvalidSignatureException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * CPU seconds of one thread per 1,000 signatures: less disturbed by other work on the machine than a rate, which
     * counts the time the thread waited for a core as well.
     */
    double signCpuPer1000() throws Exception {
        return cpuPer1000(() -> key.sign(message));
    }

    /** CPU seconds of one thread per 1,000 verifications. */
    double verifyCpuPer1000() throws Exception {
        return cpuPer1000(this::verifyOnce);
    }

    private double cpuPer1000(Runnable operation) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        count(1, operation, Math.max(200, millis / 2));
        long done = 0;
        long start = threads.getCurrentThreadCpuTime();
        long end = System.nanoTime() + millis * 1_000_000;
        do {
            operation.run();
            done++;
        } while (System.nanoTime() < end);
        return (threads.getCurrentThreadCpuTime() - start) / 1e9 / done * 1000;
    }

    private double rate(int threads, Runnable operation) throws Exception {
        count(threads, operation, Math.max(200, millis / 2));
        return count(threads, operation, millis);
    }

    private static double count(int threads, Runnable operation, long millis) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicBoolean stop = new AtomicBoolean();
        try {
            List<Future<Long>> counts = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                counts.add(pool.submit(() -> {
                    long done = 0;
                    while (!stop.get()) {
                        operation.run();
                        done++;
                    }
                    return done;
                }));
            }
            Thread.sleep(millis);
            stop.set(true);
            long total = 0;
            for (Future<Long> count : counts) {
                total += count.get();
            }
            return total / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }
}
