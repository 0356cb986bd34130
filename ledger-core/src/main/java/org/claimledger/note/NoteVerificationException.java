package org.claimledger.note;

/** A well-formed note is not trusted: a known key's signature fails, no trusted key signed it, or it names another log. */
public final class NoteVerificationException extends NoteException {
    public NoteVerificationException(String message) {
        super(message, null);
    }

    public NoteVerificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
