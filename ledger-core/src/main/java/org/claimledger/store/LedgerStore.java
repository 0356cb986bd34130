package org.claimledger.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;

import org.claimledger.crypto.Hex;
import org.claimledger.entry.Entry;
import org.claimledger.entry.Envelope;
import org.claimledger.entry.MalformedEntryException;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.merkle.TreeHash;

/**
 * The ledger's tables through plain JDBC. Appends run in one transaction with the head row locked;
 * reads stream in sequence order. Nothing read here is trusted: the verifier checks it.
 */
public final class LedgerStore implements AutoCloseable {
    private static final int FETCH_SIZE = 1000;

    private final LedgerLocation location;
    private final Connection connection;
    private final Dialect dialect;
    private boolean closed;
    private AppendWatch watch;

    private LedgerStore(LedgerLocation location, Connection connection) {
        this.location = location;
        this.connection = connection;
        this.dialect = Dialect.of(location.jdbcUrl());
    }

    /** Creates a new, empty ledger; fails if one exists there. */
    public static LedgerStore create(LedgerLocation location) throws LedgerException {
        location.requireAbsent();
        Connection connection = connect(location, false);
        if (location.isEmbedded()) {
            OpenFiles.created(location);
        }
        try {
            connection.setAutoCommit(false);
            if (hasLedgerTables(connection)) {
                throw new LedgerException(Failure.STORAGE, "a ledger already exists at " + location.display()
                        + "; choose another --ledger");
            }
            Schema.create(connection, Dialect.of(location.jdbcUrl()));
            connection.commit();
            connection.setAutoCommit(true);
            return new LedgerStore(location, connection);
        } catch (SQLException e) {
            closeQuietly(location, connection);
            throw SqlFailures.translate(e, location, "creating the ledger");
        } catch (LedgerException e) {
            closeQuietly(location, connection);
            throw e;
        }
    }

    /**
     * Opens an existing ledger; fails with NOT_A_LEDGER when there is none. An embedded file is checked at the
     * storage level before H2's SQL engine opens it, and refused (HOSTILE_FILE) if it holds anything ClaimLedger
     * did not create.
     */
    public static LedgerStore open(LedgerLocation location) throws LedgerException {
        location.requireExisting();
        Connection connection = location.isEmbedded()
                ? OpenFiles.open(location, () -> connect(location, true))
                : connect(location, true);
        try {
            if (!hasLedgerTables(connection)) {
                throw new LedgerException(Failure.NOT_A_LEDGER, location.display()
                        + " is a database without ClaimLedger tables: not a ledger, or one damaged beyond reading "
                        + "(restore it from a backup if it was one)");
            }
            return new LedgerStore(location, connection);
        } catch (SQLException e) {
            closeQuietly(location, connection);
            throw SqlFailures.translate(e, location, "opening the ledger");
        } catch (LedgerException e) {
            closeQuietly(location, connection);
            throw e;
        }
    }

    private static Connection connect(LedgerLocation location, boolean mustExist) throws LedgerException {
        String url = location.jdbcUrl();
        if (location.isEmbedded()) {
            url += (mustExist ? ";IFEXISTS=TRUE" : "") + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0";
        }
        try {
            return DriverManager.getConnection(url, credentials(location));
        } catch (SQLException e) {
            if (e.getErrorCode() == 90146 || e.getErrorCode() == 90013) {
                throw new LedgerException(Failure.NOT_A_LEDGER, "no ledger at " + location.display()
                        + "; create one with 'claimledger init'", e);
            }
            if (location.isEmbedded() && (e.getErrorCode() == 90048 || e.getErrorCode() == 90049
                    || String.valueOf(e.getMessage()).contains("not a database"))) {
                throw new LedgerException(Failure.NOT_A_LEDGER, location.display()
                        + " is not a ledger file (H2 cannot read it); check the --ledger path", e);
            }
            throw SqlFailures.translate(e, location, "opening the ledger");
        }
    }

    /** A database server's user and password come from the environment; an embedded file has neither. */
    private static Properties credentials(LedgerLocation location) {
        Properties properties = new Properties();
        if (location.isEmbedded()) {
            properties.setProperty("user", "");
            properties.setProperty("password", "");
            return properties;
        }
        String user = System.getenv("CLAIMLEDGER_DB_USER");
        String password = System.getenv("CLAIMLEDGER_DB_PASSWORD");
        properties.setProperty("user", user == null ? "" : user);
        properties.setProperty("password", password == null ? "" : password);
        return properties;
    }

    private static boolean hasLedgerTables(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
            while (tables.next()) {
                if (tables.getString("TABLE_NAME").equalsIgnoreCase("cl_meta")) {
                    return true;
                }
            }
        }
        return false;
    }

    public LedgerLocation location() {
        return location;
    }

    /** Has every later append checked first and reported after (one watch per store). */
    public void watch(AppendWatch watch) {
        this.watch = watch;
    }

    /**
     * Runs the work in one transaction with the head row locked, so concurrent appenders queue instead of
     * forking the chain; commits only if the work returns normally, otherwise nothing is written.
     */
    public <T> T append(AppendWork<T> work) throws LedgerException {
        try {
            connection.setAutoCommit(false);
            try (Statement lock = connection.createStatement();
                    ResultSet head = lock.executeQuery("SELECT id FROM cl_head WHERE id = 1 FOR UPDATE")) {
                if (!head.next()) {
                    throw new LedgerException(Failure.STORAGE, "the head row of " + location.display()
                            + " is missing; the ledger was altered outside ClaimLedger");
                }
            }
            if (watch != null) {
                watch.beforeAppend(this);
            }
            long size = 0;
            byte[] headHash = Hex.decodeHash(Envelope.GENESIS_PREV);
            Instant headTime = Instant.EPOCH;
            // The next prev is hashed from the stored leaf itself, never read from the unsigned entry_hash column:
            // an edited column would otherwise make this append a broken link that blames the wrong entry.
            try (Statement last = connection.createStatement();
                    ResultSet row = last.executeQuery(
                            "SELECT seq, leaf FROM cl_entries ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")) {
                if (row.next()) {
                    size = row.getLong(1) + 1;
                    byte[] leaf = row.getString(2).getBytes(StandardCharsets.UTF_8);
                    headHash = TreeHash.leafHash(leaf);
                    headTime = headTime(leaf);
                }
            }
            T result = work.run(new Appender(connection, this, size, headHash, headTime));
            connection.commit();
            syncToDisk();
            if (watch != null) {
                watch.appended(this);
            }
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw SqlFailures.translate(e, location, "appending");
        } catch (LedgerException | RuntimeException e) {
            rollbackQuietly();
            throw e;
        } finally {
            restoreAutoCommit();
        }
    }

    private Instant headTime(byte[] leaf) throws LedgerException {
        try {
            return Entry.parse(leaf).instant();
        } catch (MalformedEntryException e) {
            throw new LedgerException(Failure.STORAGE, "the last entry of " + location.display() + " is damaged ("
                    + e.getMessage() + "); run 'claimledger verify' before appending", e);
        }
    }

    /**
     * Forces a committed append onto the disk itself, not just the operating system's cache, so a power cut
     * cannot take back an entry a user was told is signed. PostgreSQL does this on commit already.
     */
    private void syncToDisk() throws SQLException {
        if (dialect == Dialect.H2) {
            try (Statement sync = connection.createStatement()) {
                sync.execute("CHECKPOINT SYNC");
            }
        }
    }

    /** Entries stored, counted by position (the highest seq plus one). */
    public long size() throws LedgerException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT MAX(seq) FROM cl_entries")) {
            row.next();
            long max = row.getLong(1);
            return row.wasNull() ? 0 : max + 1;
        } catch (SQLException e) {
            throw SqlFailures.translate(e, location, "counting entries");
        }
    }

    /**
     * The ledger's end: its size and the leaf hash of its last entry, computed from the stored leaf bytes (the
     * entry_hash column is not signed and is never trusted for this).
     */
    public Head head() throws LedgerException {
        long size = size();
        return new Head(size, size == 0 ? null : leafHashAt(size - 1));
    }

    /** The RFC 9162 leaf hash of the entry stored at seq, from its leaf bytes, or null when there is none. */
    public byte[] leafHashAt(long seq) throws LedgerException {
        StoredEntry stored = entry(seq);
        return stored == null ? null : TreeHash.leafHash(stored.leaf());
    }

    /** Streams the entries with from <= seq < to, in seq order, without holding them all in memory. */
    public void forEachEntry(long from, long to, EntryConsumer consumer) throws LedgerException {
        // One read transaction for the whole scan: PostgreSQL streams with a cursor only inside a transaction.
        boolean outermost = autoCommit();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT seq, leaf, entry_hash, entry_type, claim_id FROM cl_entries WHERE seq >= ? AND seq < ? ORDER BY seq")) {
            select.setFetchSize(FETCH_SIZE);
            select.setLong(1, from);
            select.setLong(2, to);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long claimId = rows.getLong(5);
                    Long claim = rows.wasNull() ? null : claimId;
                    consumer.accept(new StoredEntry(rows.getLong(1), rows.getString(2).getBytes(StandardCharsets.UTF_8),
                            rows.getString(3), rows.getString(4), claim));
                }
            }
        } catch (SQLException e) {
            throw SqlFailures.translate(e, location, "reading entries");
        } finally {
            if (outermost) {
                restoreAutoCommit();
            }
        }
    }

    private boolean autoCommit() throws LedgerException {
        try {
            if (connection.getAutoCommit()) {
                connection.setAutoCommit(false);
                return true;
            }
            return false;
        } catch (SQLException e) {
            throw SqlFailures.translate(e, location, "starting a read");
        }
    }

    /** Streams every entry in seq order. */
    public void forEachEntry(EntryConsumer consumer) throws LedgerException {
        forEachEntry(0, Long.MAX_VALUE, consumer);
    }

    /** The entry stored at seq, or null. */
    public StoredEntry entry(long seq) throws LedgerException {
        List<StoredEntry> found = new ArrayList<>(1);
        forEachEntry(seq, seq + 1, found::add);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Entries of the given types, in seq order (key entries are few, so the index makes this cheap). */
    public List<StoredEntry> entriesOfTypes(Collection<String> typeCodes) throws LedgerException {
        return select("SELECT seq, leaf FROM cl_entries WHERE entry_type IN ("
                + String.join(", ", typeCodes.stream().map(code -> "?").toList()) + ") ORDER BY seq",
                new ArrayList<>(typeCodes));
    }

    /** Every entry that carries a version of, or retracts, the claim with this id, in seq order. */
    public List<StoredEntry> entriesOfClaim(long claimId) throws LedgerException {
        return select("SELECT seq, leaf FROM cl_entries WHERE claim_id = ? ORDER BY seq", List.of(claimId));
    }

    private List<StoredEntry> select(String sql, List<Object> parameters) throws LedgerException {
        List<StoredEntry> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new StoredEntry(rows.getLong(1), rows.getString(2).getBytes(StandardCharsets.UTF_8)));
                }
            }
        } catch (SQLException e) {
            throw SqlFailures.translate(e, location, "reading entries");
        }
        return found;
    }

    /** The stored normalized text of a source, or null when the ledger lacks it. */
    public String sourceText(String id) throws LedgerException {
        return readSource(connection, id);
    }

    String readSource(Connection in, String id) throws LedgerException {
        try (PreparedStatement select = in.prepareStatement("SELECT content FROM cl_sources WHERE source_id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw SqlFailures.translate(e, location, "reading source " + id);
        }
    }

    /** Every stored source id, in order. */
    public List<String> sourceIds() throws LedgerException {
        List<String> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT source_id FROM cl_sources ORDER BY source_id")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw SqlFailures.translate(e, location, "listing sources");
        }
        return ids;
    }

    /** The stored tree nodes, for roots and proofs in O(log n) reads. */
    public org.claimledger.merkle.NodeReader treeNodes() {
        return TreeNodes.reader(connection, location);
    }

    /** The stored tree nodes as rows, level by level, for checking every one of them. */
    public StoredTree storedTree() {
        return TreeNodes.rows(connection, location);
    }

    /** The stored checkpoint note with the largest tree size, or null. */
    public String latestCheckpoint() throws LedgerException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT note FROM cl_checkpoints ORDER BY tree_size DESC FETCH FIRST 1 ROWS ONLY")) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw SqlFailures.translate(e, location, "reading checkpoints");
        }
    }

    /** The stored checkpoint note for exactly this tree size, or null. */
    public String checkpoint(long treeSize) throws LedgerException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT note FROM cl_checkpoints WHERE tree_size = ?")) {
            select.setLong(1, treeSize);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw SqlFailures.translate(e, location, "reading the checkpoint for size " + treeSize);
        }
    }

    /** The tree sizes of every stored checkpoint, smallest first. */
    public List<Long> checkpointSizes() throws LedgerException {
        List<Long> sizes = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT tree_size FROM cl_checkpoints ORDER BY tree_size")) {
            while (rows.next()) {
                sizes.add(rows.getLong(1));
            }
        } catch (SQLException e) {
            throw SqlFailures.translate(e, location, "listing checkpoints");
        }
        return sizes;
    }

    private void restoreAutoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // setAutoCommit(true) commits; a read-only transaction has nothing to lose, and a failed append was rolled back.
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The transaction is abandoned either way; the original failure is what the user needs to see.
        }
    }

    private static void closeQuietly(LedgerLocation location, Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing after a failure: the failure itself is reported.
        } finally {
            if (location.isEmbedded()) {
                OpenFiles.closed(location);
            }
        }
    }

    @Override
    public void close() throws LedgerException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw SqlFailures.translate(e, location, "closing the ledger");
        } finally {
            if (location.isEmbedded()) {
                OpenFiles.closed(location);
            }
        }
    }
}
