package org.claimledger.ledger;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

import org.claimledger.claims.ClaimResolver;
import org.claimledger.claims.ClaimsFile;
import org.claimledger.crypto.NamedKey;
import org.claimledger.entry.ClaimBody;
import org.claimledger.entry.EntryType;
import org.claimledger.entry.SignableBody;
import org.claimledger.failure.HandedOff;
import org.claimledger.failure.LedgerException;
import org.claimledger.store.Appender;

/**
 * The signing half of `sign`, inside the append transaction, for a claims file already checked in full: a reader
 * thread streams the file in blocks, the blocks are resolved and made ready to sign on all cores, and the calling
 * thread signs and appends them in file order, each signature chained to the one before. At most
 * {@value #BLOCKS_AHEAD} blocks wait to be signed, so memory does not grow with the file.
 */
final class ClaimSigning {
    static final int BLOCKS_AHEAD = 2;

    private ClaimSigning() {
    }

    /** Appends every claim of the file; progress is told how many are appended. */
    static EntryRange append(Appender appender, NamedKey editor, ClaimsFile file, ClaimResolver resolver, Clock clock,
            LongConsumer progress) throws LedgerException {
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService workers = Executors.newFixedThreadPool(cores, task -> {
            Thread thread = new Thread(task, "claimledger-sign-prepare");
            thread.setDaemon(true);
            return thread;
        });
        BlockingQueue<Future<List<SignableBody>>> ready = new ArrayBlockingQueue<>(BLOCKS_AHEAD);
        ClaimsFile.Reader reader = file.reader();
        Thread streamer = new Thread(() -> stream(reader, resolver, workers, ready), "claimledger-sign-read");
        streamer.setDaemon(true);
        streamer.start();
        long first = appender.size();
        try {
            while (true) {
                List<SignableBody> bodies = next(ready);
                if (bodies.isEmpty()) {
                    break;
                }
                for (SignableBody body : bodies) {
                    // A claim's stable id is the seq of its first entry.
                    appender.appendInBulk(EntryType.CLAIM, body, editor.key(), clock.instant(), appender.size());
                    progress.accept(appender.size() - first);
                }
            }
        } finally {
            streamer.interrupt();
            workers.shutdownNow();
            joinQuietly(streamer);
            reader.close();
        }
        return new EntryRange(first, appender.size() - 1);
    }

    /** The reader thread: blocks in file order, each handed to the workers; an empty block ends the file. */
    private static void stream(ClaimsFile.Reader reader, ClaimResolver resolver, ExecutorService workers,
            BlockingQueue<Future<List<SignableBody>>> ready) {
        try {
            try {
                for (List<ClaimsFile.Item> block = ClaimBlocks.next(reader); !block.isEmpty(); block = ClaimBlocks.next(reader)) {
                    List<ClaimsFile.Item> items = block;
                    ready.put(workers.submit(() -> prepare(items, resolver)));
                }
                reader.requireUnchanged();
                ready.put(CompletableFuture.completedFuture(List.of()));
            } catch (LedgerException | RuntimeException e) {
                ready.put(CompletableFuture.failedFuture(e));
            }
        } catch (InterruptedException e) {
            // Signing stopped; nothing waits for more blocks.
        }
    }

    /** A block's claims resolved again and made ready to sign; the file was checked, so a problem means it changed. */
    private static List<SignableBody> prepare(List<ClaimsFile.Item> block, ClaimResolver resolver) throws LedgerException {
        List<SignableBody> bodies = new ArrayList<>(block.size());
        for (ClaimsFile.Item item : block) {
            ClaimsCheck.Resolved resolved = ClaimsCheck.Resolved.of(item, resolver);
            if (resolved.problem() != null) {
                throw new LedgerException(resolved.problem().failure(), resolved.problem().line() + "; nothing was signed");
            }
            bodies.add(SignableBody.of(ClaimBody.toJson(resolved.claim())));
        }
        return bodies;
    }

    private static List<SignableBody> next(BlockingQueue<Future<List<SignableBody>>> ready) throws LedgerException {
        return HandedOff.await(() -> ready.take().get(), "signing was interrupted; nothing was signed");
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
