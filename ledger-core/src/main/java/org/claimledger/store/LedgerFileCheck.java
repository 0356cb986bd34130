package org.claimledger.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/**
 * The check an embedded ledger file passes before H2's SQL engine may open it. Opening a file makes the engine
 * run the SQL stored for each schema object (a trigger's Java source is compiled and run; an alias calls any
 * static method it names) and load the data type classes the file names. So the file is first read at the
 * storage level, read-only ({@link StoredSchemaReader}), and refused unless everything in it is what
 * {@link Schema} creates ({@link StoredSchema}).
 *
 * <p>The reading runs on its own thread with a time limit, and any error it meets (out of memory included)
 * refuses the file: a crafted file can make it neither hang a command nor crash it.
 */
final class LedgerFileCheck {
    static final long TIME_LIMIT_MILLIS = 30_000;
    private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    private LedgerFileCheck() {
    }

    /** Returns normally only when the file holds a ledger and nothing ClaimLedger did not create. */
    static void requireOurs(LedgerLocation location) throws LedgerException {
        if (!hasH2Header(location)) {
            throw new LedgerException(Failure.NOT_A_LEDGER, location.display()
                    + " is not a ledger file (not an H2 database); check the --ledger path");
        }
        Object outcome = readWithinLimit(location);
        if (outcome instanceof MVStoreException e) {
            throw storageFailure(location, e);
        }
        if (outcome instanceof StoredSchemaReader.UnreadableException e) {
            throw new HostileFileException(location, List.of(new ForeignObject("schema", "unreadable",
                    e.getMessage() + ": not as H2 writes it, so damaged or crafted")));
        }
        if (outcome instanceof Throwable e) {
            throw new HostileFileException(location, List.of(new ForeignObject("schema", "unreadable",
                    "reading it failed with " + e.getClass().getSimpleName() + ": damaged or crafted")));
        }
        StoredSchemaReader.Contents contents = (StoredSchemaReader.Contents) outcome;
        StoredSchema.Comparison comparison = StoredSchema.compare(contents.records());
        if (!comparison.ledger()) {
            throw new LedgerException(Failure.NOT_A_LEDGER, location.display()
                    + " is a database without ClaimLedger tables: not a ledger, or one damaged beyond reading "
                    + "(restore it from a backup if it was one)");
        }
        List<ForeignObject> foreign = new ArrayList<>();
        comparison.foreign().forEach(record -> foreign.add(ForeignObject.of(record)));
        contents.foreignTypes().forEach(type -> foreign.add(ForeignObject.dataType(type)));
        if (!foreign.isEmpty()) {
            throw new HostileFileException(location, foreign);
        }
    }

    /** An H2 file starts with its store header, "H:2,..."; anything else (an empty file too) is no H2 database. */
    private static boolean hasH2Header(LedgerLocation location) throws LedgerException {
        byte[] start = new byte[H2_HEADER.length];
        try (InputStream in = Files.newInputStream(location.h2File())) {
            return in.readNBytes(start, 0, start.length) == start.length && Arrays.equals(start, H2_HEADER);
        } catch (IOException e) {
            throw new LedgerException(Failure.STORAGE, "cannot read " + location.display() + ": " + e.getMessage(), e);
        }
    }

    private static Object readWithinLimit(LedgerLocation location) throws LedgerException {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                outcome.set(StoredSchemaReader.read(location.h2File()));
            } catch (Throwable e) {
                outcome.set(e);
            }
        }, "claimledger-ledger-file-check");
        reader.setDaemon(true);
        reader.start();
        try {
            reader.join(TIME_LIMIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerException(Failure.STORAGE, "interrupted while checking " + location.display(), e);
        }
        if (reader.isAlive()) {
            throw new HostileFileException(location, List.of(new ForeignObject("schema", "unreadable",
                    "its storage could not be read within " + TIME_LIMIT_MILLIS / 1000 + " s: damaged or crafted")));
        }
        return outcome.get();
    }

    private static LedgerException storageFailure(LedgerLocation location, MVStoreException e) {
        int code = e.getErrorCode();
        if (code == DataUtils.ERROR_FILE_LOCKED) {
            return new LedgerException(Failure.LEDGER_BUSY, "ledger " + location.display()
                    + " is in use by another process; wait for it to finish and try again", e);
        }
        return new LedgerException(Failure.STORAGE, "ledger " + location.display() + " is damaged ("
                + firstLine(e.getMessage()) + "); restore it from a backup, then run 'claimledger verify'", e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
