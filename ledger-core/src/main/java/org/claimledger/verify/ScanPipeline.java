package org.claimledger.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.claimledger.failure.LedgerException;
import org.claimledger.store.StoredEntry;

/**
 * The scan's read-ahead, so that the verifier's own thread does only the checks that must run in ledger order:
 * one thread reads the feed (the database or a bundle) into batches, each batch is prepared (parsed, hashed,
 * its fields' digests and its signature checked) on every core, and {@link #next} hands the batches back in ledger
 * order. Memory is bounded: at most {@link #AHEAD} batches are read ahead of the one being checked, and the
 * reading thread waits while they are.
 *
 * <p>The workers also run whatever else the verifier hands them ({@link #execute}), under the same bound.
 */
final class ScanPipeline<T> implements AutoCloseable {
    /**
     * Entries per batch: enough to make handing a batch over cheap (a few microseconds against some 150 of checking
     * a signature), few enough that the entries in flight stay small beside a small heap's young generation, which
     * each collection copies.
     */
    static final int BATCH = 64;
    /**
     * Batches read and prepared ahead of the one being checked: two per core keep every core busy while the
     * verifier's thread catches up; the cap bounds memory on a many-core machine (a parsed entry of a typical claim
     * holds some 20 KB, so 64 batches are about 80 MB).
     */
    static final int AHEAD = Math.min(2 * Runtime.getRuntime().availableProcessors() + 2, 64);

    /** What the reading thread hands over: a prepared batch, the end of the ledger, or why reading stopped. */
    private sealed interface Item permits Ready, End, Failed {
    }

    private record Ready<T>(List<StoredEntry> stored, Future<List<T>> prepared) implements Item {
    }

    private record End() implements Item {
    }

    private record Failed(Throwable cause) implements Item {
    }

    /** A batch in ledger order: the rows as read and what the workers made of each. */
    record Batch<T>(List<StoredEntry> stored, List<T> prepared) {
    }

    /** The reading thread's source of entries (a feed's forEachEntry). */
    @FunctionalInterface
    interface Source {
        void read(org.claimledger.store.EntryConsumer consumer) throws LedgerException;
    }

    private final ExecutorService workers;
    private final BlockingQueue<Item> ready = new ArrayBlockingQueue<>(AHEAD);
    /** Bounds the other work handed to the workers (signature checks of administrative entries, for instance). */
    private final Semaphore otherWork = new Semaphore(AHEAD);
    private final Thread reader;
    private volatile boolean closed;
    /** The batch being read (the reading thread's own). */
    private List<StoredEntry> filling = new ArrayList<>(BATCH);
    private boolean ended;

    private ScanPipeline(Source source, Function<StoredEntry, T> prepare) {
        int cores = Runtime.getRuntime().availableProcessors();
        this.workers = new ThreadPoolExecutor(cores, cores, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> daemon(runnable, "claimledger-verify"));
        this.reader = daemon(() -> read(source, prepare), "claimledger-verify-read");
    }

    /** Starts reading the source at once; close the pipeline to stop it. */
    static <T> ScanPipeline<T> start(Source source, Function<StoredEntry, T> prepare) {
        ScanPipeline<T> pipeline = new ScanPipeline<>(source, prepare);
        pipeline.reader.start();
        return pipeline;
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    private void read(Source source, Function<StoredEntry, T> prepare) {
        Item last;
        try {
            source.read(stored -> {
                if (closed) {
                    throw new Stopped();
                }
                filling.add(stored);
                if (filling.size() == BATCH) {
                    handOver(filling, prepare);
                    filling = new ArrayList<>(BATCH);
                }
            });
            if (!filling.isEmpty()) {
                handOver(filling, prepare);
            }
            last = new End();
        } catch (Stopped stopped) {
            return;
        } catch (LedgerException | RuntimeException | Error e) {
            last = new Failed(e);
        }
        try {
            put(last);
        } catch (Stopped stopped) {
            // Closed: nobody is waiting for the end any more.
        }
    }

    /** Thrown through the feed's loop when the pipeline is closed, to end the reading. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    private void handOver(List<StoredEntry> batch, Function<StoredEntry, T> prepare) {
        Future<List<T>> prepared = workers.submit(() -> {
            List<T> out = new ArrayList<>(batch.size());
            for (StoredEntry stored : batch) {
                out.add(prepare.apply(stored));
            }
            return out;
        });
        put(new Ready<>(batch, prepared));
    }

    private void put(Item item) {
        try {
            while (!ready.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw new Stopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    /** The next batch in ledger order, or null after the last; rethrows what stopped the reading. */
    @SuppressWarnings("unchecked")
    Batch<T> next() throws LedgerException {
        if (ended) {
            return null;
        }
        Item item = take();
        if (item instanceof End) {
            ended = true;
            return null;
        }
        if (item instanceof Failed failed) {
            ended = true;
            throw rethrown(failed.cause());
        }
        Ready<T> batch = (Ready<T>) item;
        try {
            return new Batch<>(batch.stored(), batch.prepared().get());
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException | CancellationException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("verify was interrupted", e);
        }
    }

    private Item take() {
        try {
            return ready.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("verify was interrupted", e);
        }
    }

    private static LedgerException rethrown(Throwable cause) {
        if (cause instanceof LedgerException e) {
            return e;
        }
        if (cause instanceof RuntimeException e) {
            throw e;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(cause);
    }

    /** Runs work on the workers, waiting first while too much of it is already waiting there. */
    void execute(Runnable work) {
        try {
            otherWork.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("verify was interrupted", e);
        }
        workers.execute(() -> {
            try {
                work.run();
            } finally {
                otherWork.release();
            }
        });
    }

    /** Waits for all the work handed to the workers to finish. */
    void finish() {
        workers.shutdown();
        try {
            while (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
                // Keep waiting: a million signatures take minutes on two cores, and the report needs them all.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("verify was interrupted", e);
        }
    }

    /**
     * Stops the reading and the workers, and waits for the reading thread to end (within one page of the feed), so
     * that the caller may close the feed's database or files as soon as this returns.
     */
    @Override
    public void close() {
        closed = true;
        workers.shutdownNow();
        ready.clear();
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
