package org.claimledger.note;

/** The text does not follow the signed-note, vkey or tlog-checkpoint format; the message says where. */
public final class MalformedNoteException extends NoteException {
    public MalformedNoteException(String message) {
        super(message, null);
    }

    public MalformedNoteException(String message, Throwable cause) {
        super(message, cause);
    }
}
