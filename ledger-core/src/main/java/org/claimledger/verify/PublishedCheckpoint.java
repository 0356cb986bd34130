package org.claimledger.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.FileLimit;
import org.claimledger.note.Checkpoint;
import org.claimledger.note.NoteException;
import org.claimledger.note.SignedNote;

/**
 * A checkpoint the auditor brings (verify --checkpoint FILE), as the newsroom published it. Read before the
 * scan only to learn which size to keep the root of; its signature is checked after the scan.
 */
record PublishedCheckpoint(Path file, String note, long size) {
    static PublishedCheckpoint read(Path file) throws LedgerException {
        byte[] bytes;
        try {
            bytes = FileLimit.CHECKPOINT_FILE.read(file);
        } catch (NoSuchFileException e) {
            throw new LedgerException(Failure.UNREADABLE_INPUT, "checkpoint file " + file + " does not exist; check the path");
        } catch (IOException e) {
            throw new LedgerException(Failure.UNREADABLE_INPUT, "checkpoint file " + file + " cannot be read: " + e.getMessage());
        }
        try {
            long size = Checkpoint.parse(SignedNote.parse(bytes).text()).size();
            return new PublishedCheckpoint(file, new String(bytes, StandardCharsets.UTF_8), size);
        } catch (NoteException e) {
            throw new LedgerException(Failure.MALFORMED_INPUT, "checkpoint file " + file + " is not a signed checkpoint: "
                    + e.getMessage());
        }
    }

    String source() {
        return "checkpoint " + file;
    }
}
