package org.claimledger.ledger;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

import org.claimledger.crypto.NamedKey;
import org.claimledger.entry.EntryType;
import org.claimledger.entry.SignableBody;
import org.claimledger.failure.HandedOff;
import org.claimledger.failure.LedgerException;
import org.claimledger.store.Appender;

/**
 * The signing half of `sign`, inside the append transaction, for a claims file already checked in full: a reader
 * thread reads back the claims as the check canonicalized them ({@link ClaimSpill}), a block at a time, makes
 * them ready to sign (their field digests) and hashes the part of each leaf that depends on the body alone; the
 * calling thread signs and appends them in file order, each signature chained to the one before. At most
 * {@value #BLOCKS_AHEAD} blocks wait to be signed, so memory does not grow with the file.
 */
final class ClaimSigning {
    static final int BLOCKS_AHEAD = 2;

    private ClaimSigning() {
    }

    /** Appends every claim of the spill; progress is told how many are appended. */
    static EntryRange append(Appender appender, NamedKey editor, ClaimSpill spill, Clock clock, LongConsumer progress)
            throws LedgerException {
        BlockingQueue<Future<List<SignableBody>>> ready = new ArrayBlockingQueue<>(BLOCKS_AHEAD);
        ClaimSpill.Reader reader = spill.reader();
        Thread streamer = new Thread(() -> stream(reader, ready), "claimledger-sign-read");
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
            joinQuietly(streamer);
            reader.close();
        }
        return new EntryRange(first, appender.size() - 1);
    }

    /** The reader thread: blocks in file order; an empty block ends them. */
    private static void stream(ClaimSpill.Reader reader, BlockingQueue<Future<List<SignableBody>>> ready) {
        try {
            try {
                List<SignableBody> block;
                do {
                    // What the leaf hash needs of the body alone is hashed here, on this thread.
                    block = reader.next().stream().map(SignableBody::withLeafStartHashed).toList();
                    ready.put(CompletableFuture.completedFuture(block));
                } while (!block.isEmpty());
            } catch (LedgerException | RuntimeException e) {
                ready.put(CompletableFuture.failedFuture(e));
            }
        } catch (InterruptedException e) {
            // Signing stopped; nothing waits for more blocks.
        }
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
