package org.claimledger.ledger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.zip.CRC32C;

import org.claimledger.crypto.NamedKey;
import org.claimledger.entry.EntryType;
import org.claimledger.entry.Envelope;
import org.claimledger.entry.SignableBody;
import org.claimledger.failure.HandedOff;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.InputLimits;
import org.claimledger.merkle.TreeHash;
import org.claimledger.store.Appender;
import org.claimledger.store.ChainHead;

/**
 * The signing of a claims file while it is still being checked, on the ledger's head as read before the check,
 * without opening the ledger for writing: a thread reads back the claims the check has passed so far
 * ({@link ClaimSpill#publish()}), and another signs them in file order, each chained to the one before, from the
 * head read at the start. Until the append transaction takes the leaves ({@link #appendTo}), they wait in temporary
 * files of this process, each of about {@value #SEGMENT_BYTES} bytes and deleted once read (at most
 * {@value #ON_DISK_AT_MOST} bytes not yet read; the signing waits beyond that); once the transaction has taken those,
 * the leaves are handed over in memory, at most {@value #IN_MEMORY_AHEAD} blocks ahead. Only when the
 * head under the lock is the one they were signed on are they appended; otherwise the caller signs again from the
 * checked claims ({@link ClaimSigning}), so no chain is ever written on a stale head. A refused file or a failure
 * ends the signing and deletes the leaves ({@link #close()}): the ledger was never opened for writing.
 */
final class SigningAhead implements AutoCloseable {
    /** Signed leaves waiting on disk for the transaction, at most (bytes); the signing waits for it beyond. */
    static final long ON_DISK_AT_MOST = 1L << 30;
    /** Bytes of leaves written to one file before the next file is begun, so that files read are deleted early. */
    static final long SEGMENT_BYTES = 64L << 20;
    /** Blocks of signed leaves handed over in memory and not yet appended, at most. */
    static final int IN_MEMORY_AHEAD = 2;

    /** One leaf signed ahead: its seq, bytes, leaf hash and time (to the millisecond, as the head keeps it). */
    private record Signed(long seq, byte[] leaf, byte[] hash, Instant time) {
    }

    /** What the signing hands on, in order: a block in memory, a block on disk, or the end. */
    private sealed interface Handed permits InMemory, OnDisk, End {
    }

    private record InMemory(List<Signed> leaves) implements Handed {
    }

    /** A block written to a file of leaves: the file, how many leaves, how many bytes, the CRC-32C of those bytes. */
    private record OnDisk(Path file, int count, int bytes, long crc) implements Handed {
    }

    private record End() implements Handed {
    }

    private final ChainHead from;
    private final NamedKey editor;
    private final Clock clock;
    private final ClaimSpill.Reader reader;
    private final BlockingQueue<Future<List<SignableBody>>> ready = new ArrayBlockingQueue<>(ClaimSigning.BLOCKS_AHEAD);
    private final BlockingQueue<Future<Handed>> handed = new LinkedBlockingQueue<>();
    private final Semaphore inMemory = new Semaphore(IN_MEMORY_AHEAD);
    private final AtomicLong onDiskUnread = new AtomicLong();
    private volatile boolean takenOver;
    /** Leaves signed and handed on (written to a file of leaves, say) so far. */
    private final AtomicLong signedCount = new AtomicLong();
    /** Every file of leaves begun, in order, to delete at the end (those read are deleted as soon as they are). */
    private final Queue<Path> files = new ConcurrentLinkedQueue<>();
    /** The file of leaves being written (by the signing thread), and how many bytes it holds. */
    private OutputStream writing;
    private Path writingPath;
    private long writtenToFile;
    /** The file of leaves being read (by the transaction's thread), and its path. */
    private InputStream reading;
    private Path readingPath;
    /** Bytes written to a file of leaves before the next is begun ({@link #SEGMENT_BYTES} but in tests). */
    private final long segmentBytes;
    private final Thread streamer;
    private final Thread signer;

    SigningAhead(ClaimSpill spill, ChainHead from, NamedKey editor, Clock clock, long segmentBytes)
            throws LedgerException {
        this.segmentBytes = segmentBytes;
        this.from = from;
        this.editor = editor;
        this.clock = clock;
        this.reader = spill.reader();
        this.streamer = ClaimSigning.readBack(reader, ready);
        this.signer = new Thread(this::sign, "claimledger-sign-ahead");
        signer.setDaemon(true);
        signer.start();
    }

    /** Starts signing the claims of the spill as the check publishes them, on the given head. */
    static SigningAhead start(ClaimSpill spill, ChainHead from, NamedKey editor, Clock clock) throws LedgerException {
        return new SigningAhead(spill, from, editor, clock, SEGMENT_BYTES);
    }

    /** The signing thread: every body in order, then the end; a failure is handed on in place of what comes next. */
    private void sign() {
        try {
            try {
                ChainHead head = from;
                while (true) {
                    List<SignableBody> bodies = ClaimSigning.next(ready);
                    if (bodies.isEmpty()) {
                        handed.put(CompletableFuture.completedFuture(new End()));
                        return;
                    }
                    List<Signed> block = new ArrayList<>(bodies.size());
                    for (SignableBody body : bodies) {
                        Instant time = head.entryTime(clock.instant());
                        Envelope.SignedLeaf signed = Envelope.signLeaf(head.size(), head.hash(), time, EntryType.CLAIM,
                                body, editor.key());
                        head = head.after(signed.hash(), time);
                        block.add(new Signed(head.size() - 1, signed.leaf(), signed.hash(), head.time()));
                    }
                    hand(block);
                    signedCount.addAndGet(block.size());
                }
            } catch (LedgerException | RuntimeException e) {
                handed.put(CompletableFuture.failedFuture(e));
            }
        } catch (InterruptedException e) {
            // Stopped: nothing waits for more leaves.
        }
    }

    /**
     * Hands a block on: in memory once the transaction takes the leaves and has read those on disk, else to the
     * files of leaves, waiting while they hold {@link #ON_DISK_AT_MOST} bytes not yet read.
     */
    private void hand(List<Signed> block) throws InterruptedException, LedgerException {
        if (takenOver && onDiskUnread.get() == 0) {
            inMemory.acquire();
            handed.put(CompletableFuture.completedFuture(new InMemory(block)));
            return;
        }
        while (onDiskUnread.get() > ON_DISK_AT_MOST) {
            Thread.sleep(10);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(block.stream()
                .mapToInt(signed -> Long.BYTES * 2 + TreeHash.LENGTH + Integer.BYTES + signed.leaf().length).sum());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (Signed signed : block) {
                out.writeLong(signed.seq());
                out.writeLong(signed.time().toEpochMilli());
                out.write(signed.hash());
                out.writeInt(signed.leaf().length);
                out.write(signed.leaf());
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        byte[] written = bytes.toByteArray();
        CRC32C crc = new CRC32C();
        crc.update(written);
        if (writing == null || writtenToFile >= segmentBytes) {
            beginFile();
        }
        Path file = writingPath;
        try {
            writing.write(written);
            writing.flush();
        } catch (IOException e) {
            throw ClaimSpill.failure(file, "written", e);
        }
        writtenToFile += written.length;
        onDiskUnread.addAndGet(written.length);
        handed.put(CompletableFuture.completedFuture(new OnDisk(file, block.size(), written.length, crc.getValue())));
    }

    /** Ends the file of leaves being written, if any, and begins the next. */
    private void beginFile() throws LedgerException {
        closeQuietly(writing);
        writing = null;
        Path file = ClaimSpill.newFile();
        files.add(file);
        try {
            writing = Files.newOutputStream(file);
        } catch (IOException e) {
            throw ClaimSpill.failure(file, "written", e);
        }
        writingPath = file;
        writtenToFile = 0;
    }

    /**
     * Appends every leaf signed ahead, in order, when the head under the lock is the one they were signed on, telling
     * progress how many are appended; else stops the signing and returns null, appending nothing.
     */
    EntryRange appendTo(Appender appender, LongConsumer progress) throws LedgerException {
        if (!appender.head().sameAs(from)) {
            close();
            return null;
        }
        takenOver = true;
        long first = appender.size();
        while (true) {
            Handed next = HandedOff.await(() -> handed.take().get(), "signing was interrupted; nothing was signed");
            List<Signed> block;
            if (next instanceof End) {
                break;
            } else if (next instanceof InMemory memory) {
                inMemory.release();
                block = memory.leaves();
            } else {
                block = readBack((OnDisk) next);
            }
            for (Signed signed : block) {
                // A claim's stable id is the seq of its first entry.
                appender.appendSigned(EntryType.CLAIM, signed.seq(), signed.seq(), signed.leaf(), signed.hash(),
                        signed.time());
                progress.accept(appender.size() - first);
            }
        }
        return new EntryRange(first, appender.size() - 1);
    }

    /**
     * A block of a file of leaves, read back as written: a changed or cut file signs nothing. Once the blocks move on
     * to the next file, the one read is deleted.
     */
    private List<Signed> readBack(OnDisk block) throws LedgerException {
        byte[] bytes = new byte[block.bytes()];
        Path file = block.file();
        try {
            if (!file.equals(readingPath)) {
                // Blocks come in the order they were written: the file read so far is read to its end.
                closeQuietly(reading);
                if (readingPath != null) {
                    ClaimSpill.deleteQuietly(readingPath);
                }
                reading = Files.newInputStream(file);
                readingPath = file;
            }
            if (reading.readNBytes(bytes, 0, bytes.length) != bytes.length) {
                throw new EOFException();
            }
            onDiskUnread.addAndGet(-bytes.length);
            CRC32C crc = new CRC32C();
            crc.update(bytes);
            if (crc.getValue() != block.crc()) {
                throw new IOException("its bytes are not the ones written (CRC-32C)");
            }
            List<Signed> read = new ArrayList<>(block.count());
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            for (int i = 0; i < block.count(); i++) {
                long seq = in.readLong();
                Instant time = Instant.ofEpochMilli(in.readLong());
                byte[] hash = new byte[TreeHash.LENGTH];
                in.readFully(hash);
                int length = in.readInt();
                if (length < 0 || length > InputLimits.LEAF_BYTES) {
                    throw new IOException("a signed leaf of " + length + " bytes, more than " + InputLimits.LEAF_BYTES);
                }
                byte[] leaf = new byte[length];
                in.readFully(leaf);
                read.add(new Signed(seq, leaf, hash, time));
            }
            return read;
        } catch (EOFException e) {
            throw ClaimSpill.unreadable(file, new IOException("it ends early"));
        } catch (IOException e) {
            throw ClaimSpill.unreadable(file, e);
        }
    }

    /** How many leaves are signed and handed on so far (for tests). */
    long signed() {
        return signedCount.get();
    }

    /** Every file of leaves begun, in order, including those read and deleted (for tests). */
    List<Path> files() {
        return List.copyOf(files);
    }

    /** Stops the signing and deletes the leaves signed ahead. */
    @Override
    public void close() {
        signer.interrupt();
        streamer.interrupt();
        ClaimSigning.joinQuietly(signer);
        ClaimSigning.joinQuietly(streamer);
        reader.close();
        closeQuietly(writing);
        closeQuietly(reading);
        for (Path file : files) {
            ClaimSpill.deleteQuietly(file);
        }
    }

    private static void closeQuietly(AutoCloseable stream) {
        try {
            if (stream != null) {
                stream.close();
            }
        } catch (Exception ignored) {
            // Deleted next.
        }
    }
}
