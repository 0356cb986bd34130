package org.claimledger.failure;

/** A failure the user can act on: the message says what failed and what to do; {@link #failure()} classifies it. */
public class LedgerException extends Exception {
    private final Failure failure;

    public LedgerException(Failure failure, String message) {
        super(message);
        this.failure = failure;
    }

    public LedgerException(Failure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
    }

    public Failure failure() {
        return failure;
    }
}
