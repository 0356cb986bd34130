package org.claimledger.note;

/** A signed note, verifier key or checkpoint was refused: either malformed or not verified. */
public abstract sealed class NoteException extends Exception permits MalformedNoteException, NoteVerificationException {
    NoteException(String message, Throwable cause) {
        super(message, cause);
    }
}
