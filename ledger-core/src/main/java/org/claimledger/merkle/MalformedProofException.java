package org.claimledger.merkle;

/** A proof file does not follow its format; the message says which line and what is wrong. */
public final class MalformedProofException extends Exception {
    public MalformedProofException(String message) {
        super(message);
    }

    public MalformedProofException(String message, Throwable cause) {
        super(message, cause);
    }
}
