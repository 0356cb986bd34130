package org.claimledger.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Driver;
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
    /** Rows per page of a scan (see forEachEntry). */
    private static final int PAGE_ROWS = 512;
    private static final long FIRST_PAUSE_MILLIS = 50;
    private static final long LONGEST_PAUSE_MILLIS = 500;
    /** Readers never write the file: no compaction, no header update, no trace file beside the ledger. */
    private static final String READ_ONLY_SETTINGS = ";ACCESS_MODE_DATA=r;TRACE_LEVEL_FILE=0";
    /**
     * Appends: wait up to 10 s for a row lock held by another connection of this process, write through at once,
     * and do not compact on close. Compaction on close is the code that lost committed rows in H2 2.3.232
     * (h2database#4247), and it made every command slow to finish, for a file at most about twice as small
     * (CompactionBenchmark, 200 short sessions appending 2,036 entries: 7.1 MB without it against 3.3 MB with H2's
     * default 200 ms of it, closes taking 3.6 s against 74 s; 1,000 sessions, 10,424 entries: 40.6 MB against
     * 36.3 MB). Without it the file grows steadily, about 3.5 kB per entry of about 1.2 kB.
     * No automatic ANALYZE either: after every 2,000 rows H2 would write the column selectivities it measured into
     * the tables' stored definitions (CREATE CACHED TABLE ... "LVL" INTEGER SELECTIVITY 1 ...), which are then no
     * longer the definitions ClaimLedger creates, and the file check (SPEC.md §15.1) would refuse every ledger past
     * a couple of thousand entries. Look-ups here go by primary key or a named index and need no statistics.
     * No trace file: where H2 cannot write one (a ledger path under a file, a full disk) it prints a stack trace
     * to the process's stderr before failing; the failure itself reaches the user as one line.
     */
    private static final String WRITE_SETTINGS = ";LOCK_TIMEOUT=10000;WRITE_DELAY=0;MAX_COMPACT_TIME=0;ANALYZE_AUTO=0;TRACE_LEVEL_FILE=0";

    /**
     * H2's driver, called directly: DriverManager's first use looks up every JDBC driver on the class path (reading
     * the jar's service files) and starts PostgreSQL's, whose initialisation sets up java.util.logging: 72 ms
     * of a verify's start in a class-loading trace at load average 12, for a driver an embedded ledger never uses.
     */
    private static final Driver H2_DRIVER = org.h2.Driver.load();

    private final LedgerLocation location;
    private final Dialect dialect;
    private final boolean appendable;
    private final LockWait wait;
    private Connection connection;
    private boolean writable;
    private boolean closed;
    private AppendWatch watch;
    /** The append in progress, whose rows every read inside its transaction waits for; null outside one. */
    private Appender appending;

    private LedgerStore(LedgerLocation location, Connection connection, boolean appendable, boolean writable,
            LockWait wait) {
        this.location = location;
        this.connection = connection;
        this.dialect = Dialect.of(location.jdbcUrl());
        this.appendable = appendable;
        this.writable = writable;
        this.wait = wait;
    }

    /** Creates a new, empty ledger; fails if one exists there. */
    public static LedgerStore create(LedgerLocation location) throws LedgerException {
        location.requireAbsent();
        Connection connection = connect(location, Access.CREATE, LockWait.NONE);
        try {
            connection.setAutoCommit(false);
            if (hasLedgerTables(connection)) {
                throw alreadyExists(location);
            }
            Schema.create(connection, Dialect.of(location.jdbcUrl()));
            connection.commit();
            connection.setAutoCommit(true);
            return new LedgerStore(location, connection, true, true, LockWait.NONE);
        } catch (SQLException e) {
            closeQuietly(location, connection);
            throw SqlFailures.translate(e, location, "creating the ledger");
        } catch (LedgerException e) {
            closeQuietly(location, connection);
            throw e;
        }
    }

    /**
     * Fails with CONFLICT when a ledger exists at the location, without creating or changing anything: an H2 file
     * is only looked for (never opened), a server database is asked for ClaimLedger's tables. {@link #create}
     * checks again, as another process may create one in between.
     */
    public static void requireAbsent(LedgerLocation location) throws LedgerException {
        location.requireAbsent();
        if (location.isEmbedded()) {
            return;
        }
        Connection connection = connectOnce(location, Access.READ_ONLY);
        try {
            if (hasLedgerTables(connection)) {
                throw alreadyExists(location);
            }
        } catch (SQLException e) {
            throw SqlFailures.translate(e, location, "looking for a ledger");
        } finally {
            closeQuietly(location, connection);
        }
    }

    private static LedgerException alreadyExists(LedgerLocation location) {
        return new LedgerException(Failure.CONFLICT, "a ledger already exists at " + location.display()
                + "; choose another --ledger");
    }

    /** Opens an existing ledger for reading and appending, failing at once if another process holds it. */
    public static LedgerStore open(LedgerLocation location) throws LedgerException {
        return open(location, LockWait.NONE);
    }

    /**
     * Opens an existing ledger for reading and appending; fails with NOT_A_LEDGER when there is none. An embedded
     * file is checked at the storage level before H2's SQL engine opens it, and refused (HOSTILE_FILE) if it holds
     * anything ClaimLedger did not create. It is opened read-only until the first append, so a command refused before it appends (a key not allowed,
     * a claim not in its source) leaves the file byte for byte as it was: H2 rewrites a file it merely opened for
     * writing.
     */
    public static LedgerStore open(LedgerLocation location, LockWait wait) throws LedgerException {
        return opened(location, Access.READ_UNTIL_APPEND, wait);
    }

    /** Opens an existing ledger that this store will only read: the file is never written, whatever happens. */
    public static LedgerStore openReadOnly(LedgerLocation location, LockWait wait) throws LedgerException {
        return opened(location, Access.READ_ONLY, wait);
    }

    private static LedgerStore opened(LedgerLocation location, Access access, LockWait wait) throws LedgerException {
        location.requireExisting();
        Connection connection = connect(location, access, wait);
        try {
            if (!hasLedgerTables(connection)) {
                throw new LedgerException(Failure.NOT_A_LEDGER, location.display()
                        + " is a database without ClaimLedger tables: not a ledger, or one damaged beyond reading "
                        + "(restore it from a backup if it was one)");
            }
            Schema.requireReadable(connection, location.display());
            boolean writable = !location.isEmbedded() && access != Access.READ_ONLY;
            return new LedgerStore(location, connection, access != Access.READ_ONLY, writable, wait);
        } catch (SQLException e) {
            closeQuietly(location, connection);
            throw SqlFailures.translate(e, location, "opening the ledger");
        } catch (LedgerException e) {
            closeQuietly(location, connection);
            throw e;
        }
    }

    /** What a connection is opened for. */
    private enum Access {
        CREATE, READ_ONLY, READ_UNTIL_APPEND, APPEND
    }

    /**
     * Connects, waiting while another process holds an embedded ledger (H2 gives one writer or any number of readers
     * the file) up to the wait's limit, and telling the wait's listener once that it is waiting.
     */
    private static Connection connect(LedgerLocation location, Access access, LockWait wait) throws LedgerException {
        long deadline = System.nanoTime() + wait.limit().toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        boolean told = false;
        while (true) {
            try {
                return connectChecked(location, access);
            } catch (LedgerException e) {
                if (e.failure() != Failure.LEDGER_BUSY || wait.limit().isZero()) {
                    throw e;
                }
                if (System.nanoTime() >= deadline) {
                    throw new LedgerException(Failure.LEDGER_BUSY, "ledger " + location.display() + " is still in use "
                            + "by another process after waiting " + seconds(wait) + "; try again when it is done, or "
                            + "wait longer with --wait SECONDS", e);
                }
                if (!told) {
                    wait.notice().accept("ledger " + location.display() + " is in use by another process; waiting up "
                            + "to " + seconds(wait) + " for it");
                    told = true;
                }
                try {
                    Thread.sleep(Math.min(pause, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
            }
        }
    }

    private static String seconds(LockWait wait) {
        return wait.limit().toSeconds() + " s";
    }

    /**
     * An embedded file is checked at the storage level before the engine opens it, unless this process has it open
     * already; a file this process has just created needs no check.
     */
    private static Connection connectChecked(LedgerLocation location, Access access) throws LedgerException {
        if (!location.isEmbedded()) {
            return connectOnce(location, access);
        }
        if (access == Access.CREATE) {
            Connection connection = connectOnce(location, access);
            OpenFiles.created(location);
            return connection;
        }
        return OpenFiles.open(location, () -> connectOnce(location, access));
    }

    private static Connection connectOnce(LedgerLocation location, Access access) throws LedgerException {
        String url = location.jdbcUrl();
        if (location.isEmbedded()) {
            url += (access == Access.CREATE ? "" : ";IFEXISTS=TRUE") + (access == Access.READ_ONLY
                    || access == Access.READ_UNTIL_APPEND ? READ_ONLY_SETTINGS : WRITE_SETTINGS);
        }
        Connection connection;
        try {
            connection = location.isEmbedded() ? H2_DRIVER.connect(url, credentials(location))
                    : DriverManager.getConnection(url, credentials(location));
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
        try {
            if (location.isEmbedded() && access == Access.APPEND && connection.isReadOnly()) {
                // Another ledger in this JVM holds the file open read-only, and H2 hands us that same database.
                closeUncounted(connection);
                throw new LedgerException(Failure.LEDGER_BUSY, "ledger " + location.display()
                        + " is open read-only elsewhere in this process; wait for it to finish and try again");
            }
            if (!location.isEmbedded() && access == Access.READ_ONLY) {
                connection.setReadOnly(true);
            }
        } catch (SQLException e) {
            closeUncounted(connection);
            throw SqlFailures.translate(e, location, "opening the ledger");
        }
        return connection;
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
        return hasTable(connection, "cl_meta");
    }

    /** Whether the database holds a table of this name (any case); RowComparison asks it too. */
    static boolean hasTable(Connection connection, String name) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
            while (tables.next()) {
                if (tables.getString("TABLE_NAME").equalsIgnoreCase(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    public LedgerLocation location() {
        return location;
    }

    /** The open connection, for code of this package that reads every table (compaction's comparison). */
    Connection connection() {
        return connection;
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
            becomeWritable();
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
            Appender appender = new Appender(connection, this, size, headHash, headTime);
            T result;
            appending = appender;
            try {
                result = work.run(appender);
                appender.flush();
            } finally {
                appending = null;
                appender.stopWriting();
            }
            connection.commit();
            syncCommitted();
            if (watch != null) {
                watch.appended(this);
            }
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw nothingSigned(SqlFailures.translate(e, location, "appending"));
        } catch (LedgerException e) {
            rollbackQuietly();
            throw e.getCause() instanceof SQLException && !e.getMessage().contains(NOT_SYNCED) ? nothingSigned(e) : e;
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        } finally {
            restoreAutoCommit();
        }
    }

    private static final String NOT_SYNCED = "were committed but may not be on the disk";

    /** A storage failure before the commit: the transaction rolled back, so the user may safely run the command again. */
    private static LedgerException nothingSigned(LedgerException e) {
        return new LedgerException(e.failure(), e.getMessage() + "; nothing was signed", e.getCause());
    }

    /** After the commit, a failure to sync is not a rollback: the user must look before signing again. */
    private void syncCommitted() throws LedgerException {
        try {
            syncToDisk();
        } catch (SQLException e) {
            throw new LedgerException(Failure.STORAGE, SqlFailures.translate(e, location, "syncing to disk").getMessage()
                    + "; the entries " + NOT_SYNCED + ": run 'claimledger log' before signing them again", e);
        }
    }

    /**
     * Reopens a ledger read so far read-only for writing. Whatever was checked before may have changed in between
     * (another process may have appended): appends re-check what matters under the head lock.
     */
    private void becomeWritable() throws LedgerException {
        if (writable) {
            return;
        }
        if (!appendable) {
            throw new IllegalStateException(location.display() + " was opened read-only");
        }
        location.requireWritable();
        Connection readOnly = connection;
        connection = null;
        closeQuietly(location, readOnly);
        connection = connect(location, Access.APPEND, wait);
        writable = true;
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

    /**
     * The connection, for a read: inside an append, once the rows appended so far are written (a writer thread may
     * be executing them), so that the read sees them and never runs beside the writer.
     */
    private Connection reading() throws LedgerException {
        if (appending != null) {
            appending.flush();
        }
        return connection;
    }

    /** Entries stored, counted by position (the highest seq plus one). */
    public long size() throws LedgerException {
        try (Statement statement = reading().createStatement();
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

    /**
     * Streams the entries with from <= seq < to, in seq order, without holding them all in memory: page by page,
     * each page picking up after the last seq read (keyset paging on the primary key). One query over the whole range
     * would have H2 materialize its result first, alone on one core and spilling to a temporary file (1.95 GB and
     * 3.8 s before the first row at a million entries); a page of rows in key order is read straight off the index.
     */
    public void forEachEntry(long from, long to, EntryConsumer consumer) throws LedgerException {
        // One read transaction for the whole scan, so that every page sees the same ledger.
        boolean outermost = autoCommit();
        try (PreparedStatement select = reading().prepareStatement(
                "SELECT seq, leaf, entry_hash, entry_type, claim_id FROM cl_entries WHERE seq >= ? AND seq < ? "
                        + "ORDER BY seq FETCH FIRST " + PAGE_ROWS + " ROWS ONLY")) {
            long next = from;
            int read;
            do {
                select.setLong(1, next);
                select.setLong(2, to);
                read = 0;
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long seq = rows.getLong(1);
                        long claimId = rows.getLong(5);
                        Long claim = rows.wasNull() ? null : claimId;
                        consumer.accept(new StoredEntry(seq, rows.getString(2).getBytes(StandardCharsets.UTF_8),
                                rows.getString(3), rows.getString(4), claim));
                        next = seq + 1;
                        read++;
                    }
                }
            } while (read == PAGE_ROWS && next < to && next > 0);
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
        try (PreparedStatement select = reading().prepareStatement(sql)) {
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
        return readSource(reading(), id);
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
        try (Statement statement = reading().createStatement();
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
        // Reads through whichever connection the store has when asked: the read-only one may be replaced by an append.
        return (level, index) -> TreeNodes.reader(connection, location).node(level, index);
    }

    /** The stored tree nodes as rows, level by level, for checking every one of them. */
    public StoredTree storedTree() {
        return TreeNodes.rows(connection, location);
    }

    /** The stored checkpoint note with the largest tree size and its cosignatures ({@link #cosignedCheckpoint}), or null. */
    public String latestCheckpoint() throws LedgerException {
        try (Statement statement = reading().createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT tree_size FROM cl_checkpoints ORDER BY tree_size DESC FETCH FIRST 1 ROWS ONLY")) {
            return rows.next() ? cosignedCheckpoint(rows.getLong(1)) : null;
        } catch (SQLException e) {
            throw SqlFailures.translate(e, location, "reading checkpoints");
        }
    }

    /**
     * The stored checkpoint note for this tree size followed by the cosignature lines stored beside it, as one signed
     * note (cosignatures are signature lines after the log's), or null when there is no checkpoint of that size.
     */
    public String cosignedCheckpoint(long treeSize) throws LedgerException {
        String note = checkpoint(treeSize);
        if (note == null) {
            return null;
        }
        StringBuilder cosigned = new StringBuilder(note);
        cosignatures(treeSize).forEach(line -> cosigned.append(line).append('\n'));
        return cosigned.toString();
    }

    /** The stored checkpoint note for exactly this tree size, as the log signed it (no cosignatures), or null. */
    public String checkpoint(long treeSize) throws LedgerException {
        try (PreparedStatement select = reading().prepareStatement(
                "SELECT note FROM cl_checkpoints WHERE tree_size = ?")) {
            select.setLong(1, treeSize);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw SqlFailures.translate(e, location, "reading the checkpoint for size " + treeSize);
        }
    }

    /**
     * The witnesses' cosignature lines stored for the checkpoint of this tree size, in the order they were added
     * (untrusted: whoever holds the database can add any). None in a ledger created before they were stored.
     */
    public List<String> cosignatures(long treeSize) throws LedgerException {
        List<String> lines = new ArrayList<>();
        try {
            if (!hasTable(reading(), "cl_cosignatures")) {
                return lines;
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT line FROM cl_cosignatures WHERE tree_size = ? ORDER BY line")) {
                select.setLong(1, treeSize);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        lines.add(rows.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw SqlFailures.translate(e, location, "reading the cosignatures of the checkpoint for size " + treeSize);
        }
        return lines;
    }

    /**
     * Creates the cosignatures table in a ledger made before it existed (outside any append: a table is created in
     * its own transaction). Does nothing when it is there.
     */
    public void requireCosignatureTable() throws LedgerException {
        try {
            if (hasTable(connection, "cl_cosignatures")) {
                return;
            }
            becomeWritable();
            try (Statement statement = connection.createStatement()) {
                statement.execute(Schema.CREATE_COSIGNATURES);
                for (String sql : dialect.appendOnlyGuard("cl_cosignatures")) {
                    statement.execute(sql);
                }
            }
        } catch (SQLException e) {
            throw SqlFailures.translate(e, location, "adding the cosignatures table");
        }
    }

    /** The tree sizes of every stored checkpoint, smallest first. */
    public List<Long> checkpointSizes() throws LedgerException {
        List<Long> sizes = new ArrayList<>();
        try (Statement statement = reading().createStatement();
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
        if (connection == null) {
            return; // Reopening for writing failed (the ledger stayed in use): there is no transaction.
        }
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // setAutoCommit(true) commits; a read-only transaction has nothing to lose, and a failed append was rolled back.
        }
    }

    private void rollbackQuietly() {
        if (connection == null) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The transaction is abandoned either way; the original failure is what the user needs to see.
        }
    }

    /** Closes a connection that {@link OpenFiles} has not counted yet. */
    private static void closeUncounted(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing after a failure: the failure itself is reported.
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
        if (closed || connection == null) {
            // Closed already, or an append closed the read-only connection and could not open one for writing.
            closed = true;
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
