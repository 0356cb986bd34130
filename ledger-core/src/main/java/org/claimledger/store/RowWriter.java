package org.claimledger.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.claimledger.crypto.Hex;
import org.claimledger.failure.HandedOff;
import org.claimledger.failure.LedgerException;
import org.claimledger.merkle.Node;

/**
 * The rows of appended entries on their way into the append transaction, in batches: one round trip per
 * {@value #BATCH} entries (or fewer when they are large) instead of one statement each. A few rows are written by
 * the appending thread when the transaction reads or commits; once a batch fills, a writer thread executes the full
 * batches on the same connection while the appending thread goes on signing the next one. At most
 * {@value #AHEAD} full batches wait for the writer, so memory stays bounded; a failed batch makes the next hand-off
 * (or flush) fail with its message, and the writer skips what was queued after it. Only one thread uses the
 * connection at a time: the appending thread touches it only through {@link #flush()} and {@link #close()}, which
 * first wait for the writer to be done.
 */
final class RowWriter {
    static final int BATCH = 256;
    /** Leaf bytes pending at most before a hand-off, so a batch of large entries stays small in memory. */
    static final int BATCH_BYTES = 2 * 1024 * 1024;
    /** Full batches handed to the writer and not yet written, at most. */
    static final int AHEAD = 2;

    /** One entry's row: its leaf hash and leaf bytes. */
    record EntryRow(long seq, byte[] hash, String type, Long claimId, byte[] leaf) {
    }

    /** Rows of consecutive entries, written together. */
    private static final class Batch {
        final List<EntryRow> entries = new ArrayList<>();
        final List<Node> nodes = new ArrayList<>();
        long bytes;

        boolean full() {
            return entries.size() >= BATCH || bytes >= BATCH_BYTES;
        }

        String range() {
            return entries.get(0).seq() + " to " + entries.get(entries.size() - 1).seq();
        }
    }

    private final Connection connection;
    private final LedgerLocation location;
    private PreparedStatement entryRows;
    private PreparedStatement nodeRows;
    private Batch pending = new Batch();
    /** Started at the first full batch: an append of a few entries needs no thread. */
    private ExecutorService writer;
    private final ArrayDeque<Future<Void>> handedOff = new ArrayDeque<>();
    /** Set by the writer when a batch fails, so that it skips the batches queued after it. */
    private volatile boolean failed;

    RowWriter(Connection connection, LedgerLocation location) {
        this.connection = connection;
        this.location = location;
    }

    /** Adds an entry's row and the rows of the tree nodes it completes; hands the batch to the writer once it is full. */
    void add(EntryRow entry, List<Node> nodes) throws LedgerException {
        pending.entries.add(entry);
        pending.bytes += entry.leaf().length;
        pending.nodes.addAll(nodes);
        if (pending.full()) {
            handOff();
        }
    }

    private void handOff() throws LedgerException {
        while (handedOff.size() >= AHEAD) {
            await(handedOff.removeFirst());
        }
        if (writer == null) {
            writer = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "claimledger-append-write");
                thread.setDaemon(true);
                return thread;
            });
        }
        Batch batch = pending;
        pending = new Batch();
        handedOff.addLast(writer.submit(() -> {
            if (!failed) {
                try {
                    write(batch);
                } catch (LedgerException | RuntimeException e) {
                    failed = true;
                    throw e;
                }
            }
            return null;
        }));
    }

    /** Writes every row added so far, waiting for the writer first; a failed batch fails here with its message. */
    void flush() throws LedgerException {
        while (!handedOff.isEmpty()) {
            await(handedOff.removeFirst());
        }
        if (!pending.entries.isEmpty()) {
            Batch batch = pending;
            pending = new Batch();
            write(batch);
        }
    }

    private void write(Batch batch) throws LedgerException {
        try {
            if (entryRows == null) {
                entryRows = connection.prepareStatement(
                        "INSERT INTO cl_entries (seq, entry_hash, entry_type, claim_id, leaf) VALUES (?, ?, ?, ?, ?)");
                nodeRows = connection.prepareStatement("INSERT INTO cl_tree (lvl, idx, hash) VALUES (?, ?, ?)");
            }
            for (EntryRow row : batch.entries) {
                entryRows.setLong(1, row.seq());
                entryRows.setString(2, Hex.encode(row.hash()));
                entryRows.setString(3, row.type());
                if (row.claimId() == null) {
                    entryRows.setNull(4, java.sql.Types.BIGINT);
                } else {
                    entryRows.setLong(4, row.claimId());
                }
                entryRows.setString(5, new String(row.leaf(), StandardCharsets.UTF_8));
                entryRows.addBatch();
            }
            for (Node node : batch.nodes) {
                nodeRows.setInt(1, node.level());
                nodeRows.setLong(2, node.index());
                nodeRows.setString(3, Hex.encode(node.hash()));
                nodeRows.addBatch();
            }
            entryRows.executeBatch();
            nodeRows.executeBatch();
        } catch (SQLException e) {
            throw SqlFailures.translate(e, location, "appending entries " + batch.range());
        }
    }

    /** Waits for one handed-off batch; its failure becomes this thread's. */
    private static void await(Future<Void> batch) throws LedgerException {
        HandedOff.await(batch::get, "appending was interrupted");
    }

    /**
     * Stops the writer once its current batch is written (never interrupted: an interrupted write would close the
     * database's file under it), drops what was not written, and closes the statements; the transaction then commits
     * or rolls back on the appending thread.
     */
    void close() {
        failed = true;
        if (writer != null) {
            writer.shutdown();
            boolean interrupted = false;
            while (true) {
                try {
                    if (writer.awaitTermination(1, TimeUnit.MINUTES)) {
                        break;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            writer = null;
        }
        handedOff.clear();
        pending = new Batch();
        for (PreparedStatement statement : new PreparedStatement[] {entryRows, nodeRows}) {
            try {
                if (statement != null) {
                    statement.close();
                }
            } catch (SQLException ignored) {
                // The transaction commits or rolls back either way; a failed close changes nothing in it.
            }
        }
        entryRows = null;
        nodeRows = null;
    }
}
