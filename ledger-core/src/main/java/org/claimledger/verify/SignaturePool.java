package org.claimledger.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.claimledger.crypto.Ed25519PublicKey;
import org.claimledger.entry.Entry;

/**
 * Runs signature checks on every core while the scan goes on. Work is handed over in batches through a
 * bounded queue, so memory stays constant: when the workers fall behind, the scanning thread helps.
 */
final class SignaturePool implements AutoCloseable {
    private static final int BATCH = 128;

    private record Job(Entry entry, Ed25519PublicKey key, String signerName) {
    }

    private final VerifyReport report;
    private final ExecutorService executor;
    private List<Job> batch = new ArrayList<>(BATCH);

    SignaturePool(VerifyReport report) {
        this.report = report;
        int threads = Runtime.getRuntime().availableProcessors();
        this.executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * 4), runnable -> {
                    Thread thread = new Thread(runnable, "claimledger-verify");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    void submit(Entry entry, Ed25519PublicKey key, String signerName) {
        batch.add(new Job(entry, key, signerName));
        if (batch.size() == BATCH) {
            flush();
        }
    }

    private void flush() {
        List<Job> jobs = batch;
        batch = new ArrayList<>(BATCH);
        executor.execute(() -> {
            long signatures = 0;
            for (Job job : jobs) {
                for (Finding finding : SignatureCheck.check(job.entry, job.key, job.signerName)) {
                    report.add(finding);
                }
                if (job.key != null) {
                    signatures++;
                }
            }
            report.countSignatures(signatures);
        });
    }

    /** Waits for every submitted check to finish. */
    void finish() {
        if (!batch.isEmpty()) {
            flush();
        }
        executor.shutdown();
        try {
            while (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
                // Keep waiting: a million signatures take minutes on two cores, and the report needs them all.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("verify was interrupted", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
