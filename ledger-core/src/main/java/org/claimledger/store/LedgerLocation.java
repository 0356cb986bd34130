package org.claimledger.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;

/**
 * Where a ledger lives: an embedded H2 file (the default: a path such as "claims" or "claims.mv.db")
 * or any JDBC URL ("jdbc:postgresql://localhost/claims").
 */
public final class LedgerLocation {
    private static final String H2_SUFFIX = ".mv.db";

    private final String display;
    private final String jdbcUrl;
    private final Path h2File;

    private LedgerLocation(String display, String jdbcUrl, Path h2File) {
        this.display = display;
        this.jdbcUrl = jdbcUrl;
        this.h2File = h2File;
    }

    public static LedgerLocation of(String value) {
        return value.startsWith("jdbc:") ? new LedgerLocation(value, value, null) : of(value, Path.of(value));
    }

    /** An embedded ledger at a resolved path, shown to the user as they typed it. */
    public static LedgerLocation of(String display, Path typed) {
        Path path = typed.toAbsolutePath().normalize();
        String name = path.getFileName().toString();
        Path base = name.endsWith(H2_SUFFIX)
                ? path.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length()))
                : path;
        Path file = base.resolveSibling(base.getFileName() + H2_SUFFIX);
        return new LedgerLocation(display, "jdbc:h2:file:" + base, file);
    }

    /** What the user typed, for messages. */
    public String display() {
        return display;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public boolean isEmbedded() {
        return h2File != null;
    }

    /** The H2 database file, or null for a JDBC URL. */
    public Path h2File() {
        return h2File;
    }

    /** Checks, before opening, that an embedded ledger file exists (H2 would otherwise create an empty one). */
    void requireExisting() throws LedgerException {
        if (h2File == null) {
            return;
        }
        Path typed = h2File.resolveSibling(h2File.getFileName().toString().replace(H2_SUFFIX, ""));
        if (!Files.exists(h2File)) {
            if (Files.isRegularFile(typed)) {
                throw new LedgerException(Failure.NOT_A_LEDGER, display + " is not a ledger: ledger files end in "
                        + H2_SUFFIX + "; create one with 'claimledger init --ledger PATH'");
            }
            throw new LedgerException(Failure.NOT_A_LEDGER, "no ledger at " + display + " (looked for "
                    + h2File.getFileName() + "); create one with 'claimledger init --ledger " + display + "'");
        }
    }

    /**
     * Checks, before an append reopens an embedded ledger for writing, that the file may be written: H2 would
     * otherwise open it read-only without a word and fail at the first insert.
     */
    void requireWritable() throws LedgerException {
        if (h2File == null || Files.isWritable(h2File)) {
            return;
        }
        String why;
        try {
            why = Files.getFileStore(h2File).isReadOnly() ? "its file system is mounted read-only" : "permission denied";
        } catch (IOException e) {
            why = "permission denied";
        }
        throw new LedgerException(Failure.STORAGE, "cannot write to ledger file " + h2File + ": " + why
                + "; nothing was signed (ask for write access, or work on a copy you may write to)");
    }

    void requireAbsent() throws LedgerException {
        if (h2File != null && Files.exists(h2File)) {
            throw new LedgerException(Failure.STORAGE, "a ledger already exists at " + h2File
                    + "; choose another --ledger path");
        }
    }

    @Override
    public String toString() {
        return display;
    }
}
