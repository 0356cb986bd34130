package org.claimledger.witness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.json.FieldException;
import org.claimledger.json.JsonFields;
import org.claimledger.note.Checkpoint;
import org.claimledger.note.NoteException;
import org.claimledger.note.SignedNote;
import org.claimledger.note.StrictBase64;

/**
 * What a witness remembers of one log: the latest checkpoint it cosigned (its size and root, and the signed note
 * as the log handed it over) and the time it last cosigned, in POSIX seconds. The witness never cosigns a
 * checkpoint that is not an append-only extension of it. File format (SPEC.md §18.4), version 1:
 * {@code {"v":1,"type":"claimledger-witness-state","origin","size","root","checkpoint","cosigned"}}.
 */
public record WitnessRecord(String origin, long size, byte[] root, String checkpoint, long cosigned) {
    static final int VERSION = 1;
    static final String TYPE = "claimledger-witness-state";
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    public WitnessRecord {
        if (size < 1 || root.length != 32 || cosigned < 0) {
            throw new IllegalArgumentException("a witness record needs a size of at least 1, a 32-byte root and a "
                    + "timestamp of at least 0");
        }
        root = root.clone();
    }

    @Override
    public byte[] root() {
        return root.clone();
    }

    /** The root as checkpoints write it: standard base64. */
    public String rootText() {
        return StrictBase64.encode(root);
    }

    byte[] toJson() {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("v", VERSION);
        node.put("type", TYPE);
        node.put("origin", origin);
        node.put("size", size);
        node.put("root", rootText());
        node.put("checkpoint", checkpoint);
        node.put("cosigned", cosigned);
        try {
            return (MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot format a witness state file", e);
        }
    }

    /**
     * Reads a state file for an origin. Everything is checked: the version and type, the origin, exact integers, and
     * that the stored note is a checkpoint of exactly this origin, size and root (its log signature was checked when
     * it was cosigned). Throws IllegalArgumentException saying what is wrong.
     */
    static WitnessRecord parse(byte[] bytes, String origin) {
        try {
            JsonNode document = MAPPER.readTree(bytes);
            JsonFields fields = JsonFields.of(document, "");
            if (fields.integer("v") != VERSION || !TYPE.equals(fields.text("type"))) {
                throw new IllegalArgumentException("it is not a version " + VERSION + " witness state file, which is all "
                        + "this version reads");
            }
            String stated = fields.text("origin");
            if (!stated.equals(origin)) {
                throw new IllegalArgumentException("it is about another log (origin \"" + stated + "\")");
            }
            long size = fields.integer("size");
            long cosigned = fields.integer("cosigned");
            String note = fields.text("checkpoint");
            byte[] root = StrictBase64.decode(fields.text("root"));
            Checkpoint held = Checkpoint.parse(SignedNote.parse(note.getBytes(StandardCharsets.UTF_8)).text());
            if (!held.origin().equals(origin) || held.size() != size || !Arrays.equals(held.root(), root)) {
                throw new IllegalArgumentException("its checkpoint (" + held.size() + " entries, root "
                        + StrictBase64.encode(held.root()) + ") is not the size and root it records");
            }
            return new WitnessRecord(origin, size, root, note, cosigned);
        } catch (IOException | FieldException | NoteException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
