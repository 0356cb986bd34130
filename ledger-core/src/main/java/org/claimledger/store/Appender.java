package org.claimledger.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.Hex;
import org.claimledger.entry.ChainLink;
import org.claimledger.entry.Entry;
import org.claimledger.entry.EntryType;
import org.claimledger.entry.Envelope;
import org.claimledger.entry.SignableBody;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.InputLimits;
import org.claimledger.merkle.Node;

/**
 * Appends entries inside one transaction while the head is locked: assigns seq, chains prev, signs,
 * and writes the entry and the Merkle tree nodes it completes.
 */
public final class Appender {
    private final Connection connection;
    private final LedgerStore store;
    private final TreeNodes tree;
    private long size;
    private byte[] headHash;
    private Instant headTime;
    private static final int BATCH = 256;
    /** Leaf characters pending at most before a flush, so a batch of large entries stays small in memory. */
    private static final int BATCH_CHARS = 2 * 1024 * 1024;
    /** The batch statements while rows are pending (null when none are), and the first pending entry. */
    private PreparedStatement entryRows;
    private PreparedStatement nodeRows;
    private long firstPending;
    private long pendingChars;

    Appender(Connection connection, LedgerStore store, long size, byte[] headHash, Instant headTime)
            throws LedgerException {
        this.connection = connection;
        this.store = store;
        this.size = size;
        this.headHash = headHash;
        this.headTime = headTime;
        this.tree = TreeNodes.load(connection, size, store.location());
    }

    /** Entries in the ledger, including those appended in this transaction. */
    public long size() {
        return size;
    }

    public LedgerStore store() {
        return store;
    }

    /** The seq and prev the next appended entry will have. */
    public ChainLink nextLink() {
        return new ChainLink(size, Hex.encode(headHash));
    }

    /**
     * Signs and writes the next entry. Its time is the given time, or the previous entry's time if that is later,
     * so entry times never go backwards even when editors' clocks disagree.
     */
    public Entry append(EntryType type, ObjectNode body, Ed25519PrivateKey key, Instant time, Long claimId)
            throws LedgerException {
        return append(type, SignableBody.of(body), key, time, claimId);
    }

    /** The same, for a body prepared ahead (on another thread, say): what is left is the chain and the signature. */
    public Entry append(EntryType type, SignableBody body, Ed25519PrivateKey key, Instant time, Long claimId)
            throws LedgerException {
        Instant entryTime = time.isBefore(headTime) ? headTime : time;
        Entry entry = Envelope.sign(size, headHash, entryTime, type, body, key);
        if (entry.leafLength() > InputLimits.LEAF_BYTES) {
            // Every field has its own limit; this is the last word, before the database would refuse the row.
            throw new LedgerException(Failure.MALFORMED_INPUT, "the " + type.code() + " entry would be "
                    + entry.leafLength() + " bytes, more than the " + InputLimits.bytes(InputLimits.LEAF_BYTES)
                    + " a ledger entry may hold (" + InputLimits.SPEC + "); shorten it; nothing was written");
        }
        byte[] hash = entry.hash();
        try {
            if (entryRows == null) {
                entryRows = connection.prepareStatement(
                        "INSERT INTO cl_entries (seq, entry_hash, entry_type, claim_id, leaf) VALUES (?, ?, ?, ?, ?)");
                nodeRows = connection.prepareStatement("INSERT INTO cl_tree (lvl, idx, hash) VALUES (?, ?, ?)");
                firstPending = entry.seq();
            }
            entryRows.setLong(1, entry.seq());
            entryRows.setString(2, Hex.encode(hash));
            entryRows.setString(3, type.code());
            if (claimId == null) {
                entryRows.setNull(4, java.sql.Types.BIGINT);
            } else {
                entryRows.setLong(4, claimId);
            }
            String leaf = entry.leafText();
            entryRows.setString(5, leaf);
            pendingChars += leaf.length();
            entryRows.addBatch();
            for (Node node : tree.append(hash)) {
                nodeRows.setInt(1, node.level());
                nodeRows.setLong(2, node.index());
                nodeRows.setString(3, Hex.encode(node.hash()));
                nodeRows.addBatch();
            }
        } catch (SQLException e) {
            throw SqlFailures.translate(e, store.location(), "appending entry " + entry.seq());
        }
        size++;
        headHash = hash;
        headTime = entry.instant();
        if (size - firstPending >= BATCH || pendingChars >= BATCH_CHARS) {
            flush();
        }
        return entry;
    }

    /**
     * Writes the rows appended so far. Rows go to the database in batches (one round trip per {@value #BATCH}
     * entries, or fewer when they are large, instead of one statement each); everything that reads inside the transaction, and its commit, flushes
     * first.
     */
    void flush() throws LedgerException {
        if (entryRows == null) {
            return;
        }
        try {
            entryRows.executeBatch();
            nodeRows.executeBatch();
        } catch (SQLException e) {
            throw SqlFailures.translate(e, store.location(), "appending entries " + firstPending + " to " + (size - 1));
        } finally {
            closeStatements();
            pendingChars = 0;
        }
    }

    /** Closes the batch statements (flushed or abandoned with the transaction). */
    void closeStatements() {
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

    /** Stores a normalized source text under its id, unless the ledger has it already. */
    public void putSource(String id, String normalizedText) throws LedgerException {
        flush();
        if (store.readSource(connection, id) != null) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO cl_sources (source_id, content) VALUES (?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, normalizedText);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw SqlFailures.translate(e, store.location(), "storing source " + id);
        }
    }

    /** Stores a signed checkpoint note for a tree size. */
    public void putCheckpoint(long treeSize, String note) throws LedgerException {
        flush();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO cl_checkpoints (tree_size, note) VALUES (?, ?)")) {
            insert.setLong(1, treeSize);
            insert.setString(2, note);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw SqlFailures.translate(e, store.location(), "storing the checkpoint for size " + treeSize);
        }
    }

    /** Stores a witness's cosignature line beside the checkpoint of this tree size. */
    public void putCosignature(long treeSize, String line) throws LedgerException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO cl_cosignatures (tree_size, line) VALUES (?, ?)")) {
            insert.setLong(1, treeSize);
            insert.setString(2, line);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw SqlFailures.translate(e, store.location(), "storing a cosignature of the checkpoint for size " + treeSize);
        }
    }

    /** Reads a stored source text inside this transaction. */
    public String sourceText(String id) throws LedgerException {
        flush();
        return store.readSource(connection, id);
    }

    Connection connection() {
        return connection;
    }
}
