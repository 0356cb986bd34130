package org.claimledger.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.InputLimits;
import org.claimledger.note.Checkpoint;
import org.claimledger.note.CosignerKey;
import org.claimledger.note.MalformedNoteException;
import org.claimledger.note.NoteException;
import org.claimledger.note.NoteSignature;
import org.claimledger.store.LedgerStore;

/**
 * Witnesses' cosignatures kept with the newsroom's checkpoints: each line, as 'claimledger witness cosign' prints it,
 * is stored beside the stored checkpoint it verifies on (found among them, newest first), so that proofs and bundles
 * carry it after the log's own signature. Only cosignatures by the listed witnesses that verify are stored, all of a
 * file or none; a witness that already has a cosignature on that checkpoint keeps it (a note carries one per key).
 */
public final class Cosignatures {
    /** One line of the file: the witness, the checkpoint it cosigns, its time, and whether it was stored now. */
    public record Added(CosignerKey witness, Checkpoint checkpoint, long timestamp, boolean stored) {
    }

    private Cosignatures() {
    }

    /** Adds every cosignature line of the file (blank lines skipped) or none. */
    public static List<Added> add(Ledger ledger, String fileName, byte[] file, List<CosignerKey> witnesses)
            throws LedgerException {
        List<Numbered> lines = lines(fileName, file);
        LedgerStore store = ledger.store();
        store.requireCosignatureTable();
        return ledger.append(() -> { }, appender -> {
            List<Long> sizes = new ArrayList<>(store.checkpointSizes());
            if (sizes.isEmpty()) {
                throw new LedgerException(Failure.NOT_FOUND, "the ledger has no checkpoint for the cosignatures in "
                        + fileName + " to go with; sign one with 'claimledger checkpoint' and have the witnesses cosign it");
            }
            List<Added> added = new ArrayList<>();
            List<String> storedNow = new ArrayList<>();
            for (Numbered line : lines) {
                CosignerKey witness = witnesses.stream().filter(key -> key.matches(line.signature())).findFirst()
                        .orElseThrow(() -> new LedgerException(Failure.KEY_NOT_AUTHORIZED, line.where() + ": the "
                                + "cosignature is by " + line.signature().label() + ", which is not in the witness list; "
                                + "add that witness's vkey to the list if it is one you work with; nothing was stored"));
                Added found = cosigned(ledger, sizes, line, witness);
                long size = found.checkpoint().size();
                String key = size + " " + line.signature().line();
                boolean held = storedNow.contains(key) || hasCosignatureBy(store, size, witness);
                if (!held) {
                    appender.putCosignature(size, line.signature().line());
                    storedNow.add(key);
                }
                added.add(new Added(witness, found.checkpoint(), found.timestamp(), !held));
            }
            return added;
        });
    }

    private record Numbered(String where, NoteSignature signature) {
    }

    private static List<Numbered> lines(String fileName, byte[] file) throws LedgerException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw new LedgerException(Failure.UNREADABLE_INPUT, fileName + " is not UTF-8 text; give the cosignature "
                    + "lines as 'claimledger witness cosign' prints them");
        }
        List<Numbered> lines = new ArrayList<>();
        List<String> all = text.lines().toList();
        for (int i = 0; i < all.size(); i++) {
            String line = all.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = fileName + ":" + (i + 1);
            if (line.length() > InputLimits.COSIGNATURE_LINE_BYTES) {
                throw new LedgerException(Failure.MALFORMED_INPUT, where + ": a cosignature line is at most "
                        + InputLimits.COSIGNATURE_LINE_BYTES + " characters (" + InputLimits.SPEC + "), got "
                        + line.length() + "; nothing was stored");
            }
            try {
                lines.add(new Numbered(where, NoteSignature.parse(line, where)));
            } catch (MalformedNoteException e) {
                throw new LedgerException(Failure.MALFORMED_INPUT, e.getMessage() + "; each line must be a cosignature "
                        + "line as 'claimledger witness cosign' prints it (— name base64); nothing was stored");
            }
        }
        if (lines.isEmpty()) {
            throw new LedgerException(Failure.MALFORMED_INPUT, fileName + " holds no cosignature lines; nothing was stored");
        }
        return lines;
    }

    /** The stored checkpoint the line verifies on, newest first; none is a refusal that says what the line is. */
    private static Added cosigned(Ledger ledger, List<Long> sizes, Numbered line, CosignerKey witness)
            throws LedgerException {
        String problem = null;
        for (int i = sizes.size() - 1; i >= 0; i--) {
            Checkpoints.Opened opened = Checkpoints.atSize(ledger, sizes.get(i));
            try {
                long timestamp = witness.verify(opened.note().text(), line.signature());
                return new Added(witness, opened.checkpoint(), timestamp, false);
            } catch (MalformedNoteException e) {
                throw new LedgerException(Failure.MALFORMED_INPUT, line.where() + ": " + e.getMessage()
                        + "; nothing was stored");
            } catch (NoteException e) {
                problem = e.getMessage();
            }
        }
        throw new LedgerException(Failure.MALFORMED_INPUT, line.where() + ": the cosignature by " + witness.label()
                + " verifies on none of the ledger's " + sizes.size() + " stored checkpoint" + (sizes.size() == 1 ? "" : "s")
                + " (" + problem + "); it cosigns a checkpoint this ledger never signed; nothing was stored");
    }

    private static boolean hasCosignatureBy(LedgerStore store, long size, CosignerKey witness) throws LedgerException {
        for (String stored : store.cosignatures(size)) {
            try {
                if (witness.matches(NoteSignature.parse(stored, "stored cosignature"))) {
                    return true;
                }
            } catch (MalformedNoteException e) {
                // A damaged row is verify's to report; it holds no cosignature by anyone.
            }
        }
        return false;
    }
}
