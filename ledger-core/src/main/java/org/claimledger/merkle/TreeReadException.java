package org.claimledger.merkle;

/** A stored tree node could not be read: missing, malformed, or the store failed (kept as the cause). */
public final class TreeReadException extends Exception {
    public TreeReadException(String message) {
        super(message);
    }

    public TreeReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
