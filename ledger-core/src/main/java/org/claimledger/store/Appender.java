package org.claimledger.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

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
    private final RowWriter rows;
    /** Whether {@link #appendInBulk} has parsed its first leaf. */
    private boolean bulkLeafParsed;

    Appender(Connection connection, LedgerStore store, long size, byte[] headHash, Instant headTime)
            throws LedgerException {
        this.connection = connection;
        this.store = store;
        this.size = size;
        this.headHash = headHash;
        this.headTime = headTime;
        this.tree = TreeNodes.load(connection, size, store.location());
        this.rows = new RowWriter(connection, store.location());
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
        Instant entryTime = entryTime(time);
        Entry entry = Envelope.sign(size, headHash, entryTime, type, body, key);
        chain(type, claimId, entry.leaf(), entry.hash(), entry.instant());
        return entry;
    }

    /**
     * The same for many entries in a row (a claims file): nothing is handed back. Only the first leaf of the run is
     * parsed again, by signing it as {@link #append} does: a slip in the envelope's construction shows on every leaf, so the
     * first catches it before anything is stored; a leaf that would not parse only for its own seq, time or body is
     * caught by EnvelopeTest, not here. Every leaf is the same construction (EnvelopeTest holds it byte for byte to
     * the canonical form made the long way), around a body {@link SignableBody#ofCanonical} already read as
     * canonical, and parsing each one again cost the row writer's thread a sixth of its time. Returns the entry's seq.
     */
    public long appendInBulk(EntryType type, SignableBody body, Ed25519PrivateKey key, Instant time, Long claimId)
            throws LedgerException {
        if (!bulkLeafParsed) {
            bulkLeafParsed = true;
            return append(type, body, key, time, claimId).seq();
        }
        Instant entryTime = entryTime(time);
        Envelope.SignedLeaf signed = Envelope.signLeaf(size, headHash, entryTime, type, body, key);
        long seq = size;
        chain(type, claimId, signed.leaf(), signed.hash(), entryTime.truncatedTo(ChronoUnit.MILLIS));
        return seq;
    }

    private Instant entryTime(Instant time) {
        return time.isBefore(headTime) ? headTime : time;
    }

    /** Hands the new entry's rows to the writer and makes it the head. */
    private void chain(EntryType type, Long claimId, byte[] leaf, byte[] hash, Instant time)
            throws LedgerException {
        if (leaf.length > InputLimits.LEAF_BYTES) {
            // Every field has its own limit; this is the last word, before the database would refuse the row.
            throw new LedgerException(Failure.MALFORMED_INPUT, "the " + type.code() + " entry would be "
                    + leaf.length + " bytes, more than the " + InputLimits.bytes(InputLimits.LEAF_BYTES)
                    + " a ledger entry may hold (" + InputLimits.SPEC + "); shorten it; nothing was written");
        }
        rows.add(new RowWriter.EntryRow(size, hash, type.code(), claimId, leaf), tree.append(hash));
        size++;
        headHash = hash;
        headTime = time;
    }

    /** Writes the rows appended so far (see {@link RowWriter}); everything that reads inside the transaction, and its commit, flushes first. */
    void flush() throws LedgerException {
        rows.flush();
    }

    /** Stops writing rows (flushed, or abandoned with the transaction) and closes the statements. */
    void stopWriting() {
        rows.close();
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
