package org.claimledger.verify;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.FileLimit;
import org.claimledger.note.CosignerKey;
import org.claimledger.note.MalformedNoteException;

/**
 * The witnesses an auditor (or the newsroom) relies on, and how many of them must have cosigned a checkpoint: a
 * file of witness vkey lines (type 0x04, as 'claimledger witness new' prints them) and a quorum between 1 and the
 * number listed. A witness listed twice would count twice, so a file listing one key twice is refused.
 */
public final class WitnessKeys {
    private final Path file;
    private final List<CosignerKey> keys;
    private final int quorum;

    private WitnessKeys(Path file, List<CosignerKey> keys, int quorum) {
        this.file = file;
        this.keys = List.copyOf(keys);
        this.quorum = quorum;
    }

    /**
     * Reads one witness vkey per line (blank lines and lines starting with # skipped). The quorum is how many must
     * have cosigned; null means every witness listed.
     */
    public static WitnessKeys read(Path file, Integer quorum) throws LedgerException {
        List<String> lines;
        try {
            lines = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(FileLimit.TRUST_FILE.read(file)))
                    .toString().lines().toList();
        } catch (NoSuchFileException e) {
            throw new LedgerException(Failure.UNREADABLE_INPUT, "witness list " + file + " does not exist; give a file "
                    + "with one witness vkey per line, as each witness publishes it");
        } catch (IOException e) {
            throw new LedgerException(Failure.UNREADABLE_INPUT, "witness list " + file + " cannot be read as UTF-8 text: "
                    + e.getMessage());
        }
        List<CosignerKey> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            CosignerKey key;
            try {
                key = CosignerKey.parse(line);
            } catch (MalformedNoteException e) {
                throw new LedgerException(Failure.MALFORMED_INPUT, file + ":" + (i + 1) + ": " + e.getMessage()
                        + "; each line must be a witness vkey as 'claimledger witness new' prints it");
            }
            if (keys.contains(key)) {
                throw new LedgerException(Failure.MALFORMED_INPUT, file + ":" + (i + 1) + ": witness " + key.label()
                        + " is listed twice; list each witness once, so that it counts once towards the quorum");
            }
            keys.add(key);
        }
        if (keys.isEmpty()) {
            throw new LedgerException(Failure.MALFORMED_INPUT, file + ": no witness vkey lines; put the vkey each "
                    + "witness publishes in it, one per line");
        }
        int needed = quorum == null ? keys.size() : quorum;
        if (needed < 1 || needed > keys.size()) {
            throw new LedgerException(Failure.INVALID_REQUEST, "--quorum " + needed + " is not between 1 and the "
                    + keys.size() + " witness" + (keys.size() == 1 ? "" : "es") + " listed in " + file
                    + "; give a quorum the list can meet");
        }
        return new WitnessKeys(file, keys, needed);
    }

    public Path file() {
        return file;
    }

    public List<CosignerKey> keys() {
        return keys;
    }

    /** How many of the listed witnesses must have cosigned a checkpoint. */
    public int quorum() {
        return quorum;
    }
}
