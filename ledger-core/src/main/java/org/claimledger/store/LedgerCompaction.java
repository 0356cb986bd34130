package org.claimledger.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.claimledger.crypto.Hex;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.merkle.CompactRange;
import org.claimledger.merkle.TreeHash;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.MVStoreTool;

/**
 * Compacts an embedded ledger file, never in place (SPEC.md §15.5). Appends leave old page versions and part-empty
 * chunks behind (the writers do not compact on close, see {@link LedgerStore}), so a file grows to about twice
 * what it holds. Here:
 * <ol>
 * <li>{@link #begin} takes the file for itself: an exclusive lock on it, held until the end, refused (LEDGER_BUSY)
 * while any other process has the ledger open, and keeping every other process out meanwhile. Then it copies the
 * file through that one locked channel into a snapshot beside it ({@code NAME.compact-snapshot.mv.db}) and opens
 * the snapshot read-only through the file check every command uses ({@link #snapshot}). The ledger file itself is
 * only ever read through the locked channel: on Linux, closing any other descriptor of a file drops every lock this
 * process holds on it, and H2 opening it would be such a descriptor.</li>
 * <li>{@link #compact} copies the snapshot ({@code NAME.compact-result.mv.db}) and has H2's storage layer rewrite
 * that copy live pages only, compressed (no SQL engine runs), opens the result through the file check, proves it
 * holds exactly what the snapshot holds (every row of every ClaimLedger table, value for value, and the same head and
 * tree root computed from the leaves), forces it to disk, renames it over the ledger file in one atomic step and
 * forces the directory.</li>
 * </ol>
 * Until the rename the ledger file is never written; on any failure it is left as it was and the copies are
 * removed ({@link #close}); a process killed at any moment leaves the old file or the new one, and copies that
 * the next compaction removes.
 */
public final class LedgerCompaction implements AutoCloseable {
    static final String SNAPSHOT_SUFFIX = ".compact-snapshot";
    static final String RESULT_SUFFIX = ".compact-result";
    /** What H2's storage layer leaves beside a file it compacts, if stopped half-way. */
    private static final List<String> H2_LEFTOVERS = List.of("", ".tempFile", ".newFile");
    private static final long PAUSE_MILLIS = 200;

    /** The steps of {@link #compact}, reported as each begins. */
    public enum Step {
        COPYING("copying the snapshot"),
        COMPACTING("rewriting the copy's live pages"),
        COMPARING("comparing the compacted copy with the snapshot, row by row"),
        REPLACING("replacing the ledger file with the compacted copy");

        private final String description;

        Step(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** What a compaction did: the file's size before and after, rows compared, the ledger's head and root. */
    public record Result(long bytesBefore, long bytesAfter, long rows, long entries, byte[] root, Duration took) {
    }

    private final LedgerLocation location;
    private final FileChannel held;
    private final LedgerLocation snapshotLocation;
    private final LedgerLocation resultLocation;
    private LedgerStore snapshot;
    private boolean finished;

    private LedgerCompaction(LedgerLocation location, FileChannel held) {
        this.location = location;
        this.held = held;
        this.snapshotLocation = location.beside(SNAPSHOT_SUFFIX);
        this.resultLocation = location.beside(RESULT_SUFFIX);
    }

    /**
     * Takes the ledger file for this process alone (waiting up to the wait's limit while another process has it
     * open), snapshots it and opens the snapshot through the file check. Refuses a PostgreSQL ledger (its operator
     * reclaims space with VACUUM) and a jdbc:h2: URL that opens the file read-only.
     */
    public static LedgerCompaction begin(LedgerLocation location, LockWait wait) throws LedgerException {
        if (!location.isEmbedded()) {
            throw new LedgerException(Failure.INVALID_REQUEST, "compact rewrites H2 ledger files only; "
                    + location.display() + " is a PostgreSQL database, whose space its operator reclaims with "
                    + "PostgreSQL's own VACUUM (autovacuum does it by itself); nothing was changed");
        }
        if (location.readOnlyUrl()) {
            throw new LedgerException(Failure.INVALID_REQUEST, location.display() + " opens the ledger read-only "
                    + "(ACCESS_MODE_DATA=r), and compact replaces the file: give its path instead; nothing was changed");
        }
        location.requireExisting();
        FileChannel held = hold(location, wait);
        LedgerCompaction compaction = new LedgerCompaction(location, held);
        try {
            compaction.removeCopies();
            compaction.requireSpace(2 * size(location.h2File()));
            compaction.copyHeldTo(compaction.snapshotLocation.h2File());
            compaction.snapshot = LedgerStore.openReadOnly(compaction.snapshotLocation, LockWait.NONE);
            return compaction;
        } catch (LedgerException | RuntimeException e) {
            compaction.close();
            throw e;
        }
    }

    /** Opens the ledger file and locks it exclusively, or fails LEDGER_BUSY once the wait is over. */
    private static FileChannel hold(LedgerLocation location, LockWait wait) throws LedgerException {
        Path file = location.h2File();
        long deadline = System.nanoTime() + wait.limit().toNanos();
        boolean told = false;
        while (true) {
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (AccessDeniedException e) {
                throw new LedgerException(Failure.STORAGE, "cannot compact " + location.display() + ": it may not be "
                        + "written (permission denied); nothing was changed", e);
            } catch (NoSuchFileException e) {
                throw new LedgerException(Failure.NOT_A_LEDGER, "no ledger at " + location.display(), e);
            } catch (IOException e) {
                throw new LedgerException(Failure.STORAGE, "cannot open " + location.display() + ": " + e.getMessage()
                        + "; nothing was changed", e);
            }
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return channel;
                }
            } catch (OverlappingFileLockException e) {
                // This process has the ledger open elsewhere: as busy as another process holding it.
            } catch (IOException e) {
                closeQuietly(channel);
                throw new LedgerException(Failure.STORAGE, "cannot lock " + location.display() + ": " + e.getMessage()
                        + "; nothing was changed", e);
            }
            closeQuietly(channel);
            if (wait.limit().isZero() || System.nanoTime() >= deadline) {
                throw new LedgerException(Failure.LEDGER_BUSY, "ledger " + location.display() + " is open in another "
                        + "process" + (wait.limit().isZero() ? "" : " still after waiting " + wait.limit().toSeconds()
                        + " s") + "; compact needs it to itself: run it when no one is signing or verifying, or wait "
                        + "longer with --wait SECONDS; nothing was changed");
            }
            if (!told) {
                wait.notice().accept("ledger " + location.display() + " is open in another process; waiting up to "
                        + wait.limit().toSeconds() + " s for it to be free");
                told = true;
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LedgerException(Failure.LEDGER_BUSY, "interrupted while waiting for " + location.display(), e);
            }
        }
    }

    /** The ledger as it is now, byte for byte, opened read-only through the file check: verify it here. */
    public LedgerStore snapshot() {
        return snapshot;
    }

    /** Compacts a copy of the snapshot, proves it holds the same, and puts it in the ledger file's place. */
    public Result compact(Consumer<Step> steps) throws LedgerException {
        if (finished) {
            throw new IllegalStateException("compacted already");
        }
        long started = System.nanoTime();
        long before = size(location.h2File());
        Path result = resultLocation.h2File();
        steps.accept(Step.COPYING);
        try {
            Files.copy(snapshotLocation.h2File(), result);
        } catch (IOException e) {
            throw storage("copying " + snapshotLocation.h2File().getFileName(), e);
        }
        steps.accept(Step.COMPACTING);
        // The copy is the snapshot's bytes, which passed the file check; checked again, as it is a new file.
        LedgerFileCheck.requireOurs(resultLocation);
        try {
            MVStoreTool.compact(result.toString(), true);
        } catch (MVStoreException | IllegalStateException e) {
            throw new LedgerException(Failure.STORAGE, "H2 could not compact the copy of " + location.display() + " ("
                    + e.getMessage() + "); the ledger was left as it was", e);
        }
        steps.accept(Step.COMPARING);
        long rows;
        Head head;
        byte[] root;
        try (LedgerStore compacted = LedgerStore.openReadOnly(resultLocation, LockWait.NONE)) {
            RowComparison.Outcome outcome = RowComparison.compare(snapshot.connection(), compacted.connection());
            if (!outcome.same()) {
                throw different(outcome.difference());
            }
            rows = outcome.rows();
            head = snapshot.head();
            if (!head.equals(compacted.head())) {
                throw different("the head differs: " + describe(head) + " in the ledger, " + describe(compacted.head())
                        + " in the copy");
            }
            root = root(snapshot);
            byte[] compactedRoot = root(compacted);
            if (!MessageDigest.isEqual(root, compactedRoot)) {
                throw different("the tree root of the leaves differs: " + Hex.encode(root) + " in the ledger, "
                        + Hex.encode(compactedRoot) + " in the copy");
            }
        } catch (java.sql.SQLException e) {
            throw SqlFailures.translate(e, location, "comparing the compacted copy with the ledger");
        }
        steps.accept(Step.REPLACING);
        try {
            keepPermissions(location.h2File(), result);
            force(result, false);
            Files.move(result, location.h2File(), StandardCopyOption.ATOMIC_MOVE);
            finished = true;
            force(location.h2File().getParent(), true);
        } catch (IOException e) {
            if (finished) {
                throw new LedgerException(Failure.STORAGE, "the compacted ledger replaced " + location.display()
                        + ", but its folder could not be forced to disk (" + e.getMessage() + "); it holds the same "
                        + "entries either way: run 'claimledger verify' after a power cut", e);
            }
            throw storage("replacing the ledger file", e);
        }
        return new Result(before, size(location.h2File()), rows, head.size(), root,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private LedgerException different(String difference) {
        return new LedgerException(Failure.STORAGE, "the compacted copy of " + location.display() + " does not hold what "
                + "the ledger holds (" + difference + "); the ledger was left as it was and the copy removed: please "
                + "report this with the ledger's H2 version");
    }

    private static String describe(Head head) {
        return head.size() + " entries" + (head.last() == null ? "" : " ending in leaf " + Hex.encode(head.last()));
    }

    /** The RFC 9162 root of the stored leaves, read as the verifier reads them. */
    private static byte[] root(LedgerStore store) throws LedgerException {
        CompactRange range = CompactRange.empty();
        store.forEachEntry(entry -> range.append(TreeHash.leafHash(entry.leaf())));
        return range.root();
    }

    /** Copies the ledger file through the locked channel: no other descriptor of it is opened (see the class). */
    private void copyHeldTo(Path target) throws LedgerException {
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long size = held.size();
            long done = 0;
            while (done < size) {
                done += held.transferTo(done, size - done, out);
            }
        } catch (IOException e) {
            throw storage("copying " + location.display(), e);
        }
    }

    private void requireSpace(long needed) throws LedgerException {
        Path folder = location.h2File().getParent();
        try {
            long usable = Files.getFileStore(folder).getUsableSpace();
            if (usable < needed) {
                throw new LedgerException(Failure.STORAGE, "compacting " + location.display() + " needs "
                        + megabytes(needed) + " free beside it for its copies, and " + folder + " has "
                        + megabytes(usable) + "; nothing was changed");
            }
        } catch (IOException e) {
            throw storage("measuring the free space in " + folder, e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static void keepPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (view != null) {
            Files.setPosixFilePermissions(to, view.readAttributes().permissions());
        }
    }

    /** Forces a file's contents, or a folder's entries, onto the disk. */
    private static void force(Path path, boolean folder) throws IOException {
        try (FileChannel channel = FileChannel.open(path, folder ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static long size(Path file) throws LedgerException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new LedgerException(Failure.STORAGE, "cannot read the size of " + file + ": " + e.getMessage(), e);
        }
    }

    private LedgerException storage(String what, IOException e) {
        return new LedgerException(Failure.STORAGE, "compacting " + location.display() + " failed " + what + " ("
                + e + "); the ledger was left as it was", e);
    }

    /** Removes the copies a compaction makes, this one's or those an interrupted one left. */
    private void removeCopies() throws LedgerException {
        for (LedgerLocation copy : List.of(snapshotLocation, resultLocation)) {
            for (String leftover : H2_LEFTOVERS) {
                Path file = copy.h2File().resolveSibling(copy.h2File().getFileName() + leftover);
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw storage("removing " + file, e);
                }
            }
        }
    }

    /** Closes the snapshot, removes the copies, and lets go of the ledger file. */
    @Override
    public void close() throws LedgerException {
        try {
            if (snapshot != null) {
                snapshot.close();
                snapshot = null;
            }
            removeCopies();
        } finally {
            closeQuietly(held);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Closing releases the lock; the ledger file was only read through it.
        }
    }
}
