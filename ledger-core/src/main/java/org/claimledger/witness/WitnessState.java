package org.claimledger.witness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.state.StateDirectory;

/**
 * A witness's memory, in its state directory: {@code witness/<h(origin)>.json}, the latest checkpoint cosigned for
 * each log ({@link WitnessRecord}), and {@code witness/evidence/}, every checkpoint refused as inconsistent with it.
 * Files are replaced durably (written, forced to the disk, renamed, the folder forced), under the state directory's
 * lock, so a witness killed at any moment holds either the old record or the new one, never none.
 */
public final class WitnessState {
    static final String FOLDER = "witness";
    static final String EVIDENCE_FOLDER = "witness/evidence";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final StateDirectory directory;

    public WitnessState(StateDirectory directory) {
        this.directory = directory;
    }

    public StateDirectory directory() {
        return directory;
    }

    /** The file holding what this witness cosigned for the log. */
    public Path fileFor(String origin) {
        return directory.file(FOLDER, origin, ".json");
    }

    /** Held while a cosignature is decided and recorded, so two at once cannot both build on the same record. */
    StateDirectory.Held lock() throws LedgerException {
        return directory.lock();
    }

    /** The latest checkpoint this witness cosigned for the log, or null when it never cosigned one. */
    public WitnessRecord load(String origin) throws LedgerException {
        Path file = fileFor(origin);
        byte[] bytes = directory.read(file);
        if (bytes == null) {
            return null;
        }
        try {
            return WitnessRecord.parse(bytes, origin);
        } catch (IllegalArgumentException e) {
            throw new LedgerException(Failure.STORAGE, "this witness's state for " + origin + " (" + file + ") is damaged ("
                    + firstLine(e.getMessage()) + "); nothing was cosigned. Restore the file from a backup: a witness that "
                    + "forgets what it cosigned could be made to cosign a fork of the log");
        }
    }

    /** Records the latest cosigned checkpoint, durably, before the cosignature is handed out. */
    void save(WitnessRecord record) throws LedgerException {
        directory.write(fileFor(record.origin()), record.toJson());
    }

    /**
     * Keeps a refused checkpoint as evidence beside what the witness holds: both notes are signed by the log, so
     * together they show anyone that the log published two histories (or cut one short). Returns the file.
     */
    Path saveEvidence(Refusal refusal, WitnessRecord held, String refusedNote, String proof, Instant now)
            throws LedgerException {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("v", 1);
        node.put("type", "claimledger-witness-evidence");
        node.put("origin", held.origin());
        node.put("reason", refusal.code());
        node.put("message", refusal.message());
        node.put("time", now.toString());
        node.put("held", held.checkpoint());
        node.put("refused", refusedNote);
        if (proof == null) {
            node.putNull("proof");
        } else {
            node.put("proof", proof);
        }
        byte[] bytes;
        try {
            bytes = (MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot format an evidence file", e);
        }
        Path file = directory.file(EVIDENCE_FOLDER, held.origin(), "-" + FILE_TIME.format(now) + "-"
                + refusal.size() + "-" + refusal.code() + ".json");
        directory.write(file, bytes);
        return file;
    }

    /** Why a checkpoint was refused: a short code for the evidence file, the size refused, and the message. */
    record Refusal(String code, long size, String message) {
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
