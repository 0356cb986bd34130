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
import org.claimledger.note.MalformedNoteException;
import org.claimledger.note.VerifierKey;

/** The ledger keys an auditor trusts out of band: a file of C2SP vkey lines, as a newsroom publishes them. */
public final class TrustedKeys {
    private final Path file;
    private final List<VerifierKey> keys;

    private TrustedKeys(Path file, List<VerifierKey> keys) {
        this.file = file;
        this.keys = List.copyOf(keys);
    }

    /** Reads one vkey per line; blank lines and lines starting with # are skipped. */
    public static TrustedKeys read(Path file) throws LedgerException {
        List<String> lines;
        try {
            lines = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(FileLimit.TRUST_FILE.read(file)))
                    .toString().lines().toList();
        } catch (NoSuchFileException e) {
            throw new LedgerException(Failure.UNREADABLE_INPUT, "trust file " + file + " does not exist; give the file "
                    + "with the newsroom's published vkey line");
        } catch (IOException e) {
            throw new LedgerException(Failure.UNREADABLE_INPUT, "trust file " + file + " cannot be read as UTF-8 text: "
                    + e.getMessage());
        }
        List<VerifierKey> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                keys.add(VerifierKey.parse(line));
            } catch (MalformedNoteException e) {
                throw new LedgerException(Failure.MALFORMED_INPUT, file + ":" + (i + 1) + ": " + e.getMessage()
                        + "; each line must be a vkey such as name+1a2b3c4d+AbC...");
            }
        }
        if (keys.isEmpty()) {
            throw new LedgerException(Failure.MALFORMED_INPUT, file + ": no vkey lines; put the newsroom's published "
                    + "verifier key in it");
        }
        return new TrustedKeys(file, keys);
    }

    public Path file() {
        return file;
    }

    public List<VerifierKey> keys() {
        return keys;
    }
}
