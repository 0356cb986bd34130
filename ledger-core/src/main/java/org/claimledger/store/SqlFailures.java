package org.claimledger.store;

import java.sql.SQLException;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;

/** Turns database errors into failures a user can act on. */
final class SqlFailures {
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final int H2_FILE_CORRUPTED = 90030;
    private static final int H2_TABLE_NOT_FOUND = 42102;
    private static final int H2_LOCK_TIMEOUT = 50200;
    private static final int H2_DATABASE_IS_READ_ONLY = 90097;

    private SqlFailures() {
    }

    static LedgerException translate(SQLException e, LedgerLocation location, String doing) {
        SQLException root = e;
        int code = root.getErrorCode();
        String message = firstLine(root.getMessage());
        if (code == H2_DATABASE_ALREADY_OPEN || message.contains("already in use") || code == H2_LOCK_TIMEOUT) {
            return new LedgerException(Failure.LEDGER_BUSY, "ledger " + location.display()
                    + " is in use by another process; wait for it to finish and try again", e);
        }
        String system = systemError(e);
        if (system.contains("No space left on device")) {
            return new LedgerException(Failure.STORAGE, "no space left on the device holding " + location.display()
                    + " (while " + doing + "); free some space there and try again", e);
        }
        if (code == H2_DATABASE_IS_READ_ONLY || system.contains("Read-only file system")
                || system.contains("Permission denied") || system.contains("AccessDenied")) {
            return new LedgerException(Failure.STORAGE, "cannot write to " + where(location) + " (while " + doing + "): "
                    + (system.contains("Permission denied") || system.contains("AccessDenied") ? "permission denied"
                            : "the file or its file system is read-only")
                    + "; ask for write access, or work on a copy you may write to", e);
        }
        if (code == H2_FILE_CORRUPTED) {
            return new LedgerException(Failure.STORAGE, "ledger " + location.display()
                    + " is damaged (" + message + "); restore it from a backup, then run 'claimledger verify'", e);
        }
        if (code == H2_TABLE_NOT_FOUND || "42P01".equals(root.getSQLState())) {
            // Opening checked for the ledger's tables, so one missing now is damage (a file cut short, a table dropped).
            return new LedgerException(Failure.STORAGE, "ledger " + location.display() + " is damaged: " + message
                    + "; restore it from a backup, then run 'claimledger verify'", e);
        }
        return new LedgerException(Failure.STORAGE, "storage failure while " + doing + " in " + location.display()
                + ": " + message, e);
    }

    /** The operating system's complaint (no space, read-only, permission denied) anywhere in the chain of causes. */
    private static String systemError(Throwable e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = e; cause != null && messages.length() < 10_000; cause = cause.getCause()) {
            messages.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }

    private static String where(LedgerLocation location) {
        return location.isEmbedded() ? "ledger file " + location.h2File() : "ledger " + location.display();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
