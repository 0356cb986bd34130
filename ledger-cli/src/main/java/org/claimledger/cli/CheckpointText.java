package org.claimledger.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.ledger.Checkpoints;
import org.claimledger.note.CosignatureV1;
import org.claimledger.note.MalformedNoteException;
import org.claimledger.note.NoteSignature;
import org.claimledger.note.StrictBase64;

/**
 * A stored checkpoint for the read-only views: size, root, the ledger key that signed it, and the cosignature lines
 * stored with it (by name and time, as stored: 'verify --witnesses' is what checks them).
 */
final class CheckpointText {
    private CheckpointText() {
    }

    /** "21 entries  root ...  signed by origin+id  cosigned by w1+id (time), w2+id (time)". */
    static String line(Checkpoints.Opened opened) {
        List<String> cosigners = new ArrayList<>();
        List<String> signers = new ArrayList<>();
        for (NoteSignature signature : opened.note().signatures()) {
            Long time = cosignedAt(signature);
            if (time == null) {
                signers.add(signature.label());
            } else {
                cosigners.add(signature.label() + " (" + Instant.ofEpochSecond(time) + ")");
            }
        }
        return opened.checkpoint().size() + " entries  root " + StrictBase64.encode(opened.checkpoint().root())
                + "  signed by " + String.join(", ", signers) + "  "
                + (cosigners.isEmpty() ? "no cosignatures" : "cosigned by " + String.join(", ", cosigners));
    }

    static ObjectNode json(Checkpoints.Opened opened) {
        ObjectNode node = Json.object();
        node.put("origin", opened.checkpoint().origin());
        node.put("size", opened.checkpoint().size());
        node.put("root", StrictBase64.encode(opened.checkpoint().root()));
        ArrayNode signers = node.putArray("signers");
        ArrayNode cosigners = node.putArray("cosigners");
        for (NoteSignature signature : opened.note().signatures()) {
            Long time = cosignedAt(signature);
            if (time == null) {
                signers.add(signature.label());
            } else {
                cosigners.addObject().put("witness", signature.label()).put("timestamp", time);
            }
        }
        node.put("note", opened.note().format());
        return node;
    }

    /** The time a line carries when it has the form of a cosignature/v1 (a ledger key's signature never does). */
    private static Long cosignedAt(NoteSignature signature) {
        try {
            return CosignatureV1.timestamp(signature);
        } catch (MalformedNoteException e) {
            return null;
        }
    }
}
