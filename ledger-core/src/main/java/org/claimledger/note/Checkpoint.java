package org.claimledger.note;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.claimledger.crypto.Sha256;

/**
 * A C2SP tlog-checkpoint: the note text "origin\nsize\nbase64(root)\n" plus optional
 * extension lines, which a log signs to commit to its tree at that size.
 */
public final class Checkpoint {
    private final String origin;
    private final long size;
    private final byte[] root;
    private final List<String> extensions;

    private Checkpoint(String origin, long size, byte[] root, List<String> extensions) {
        this.origin = origin;
        this.size = size;
        this.root = root;
        this.extensions = extensions;
    }

    public static Checkpoint of(String origin, long size, byte[] root) {
        return of(origin, size, root, List.of());
    }

    public static Checkpoint of(String origin, long size, byte[] root, List<String> extensions) {
        requireLine("checkpoint origin", origin);
        if (size < 0) {
            throw new IllegalArgumentException("checkpoint tree size must not be negative, got " + size);
        }
        if (root.length != Sha256.LENGTH) {
            throw new IllegalArgumentException("checkpoint root hash must be " + Sha256.LENGTH + " bytes, got " + root.length);
        }
        extensions.forEach(line -> requireLine("checkpoint extension line", line));
        return new Checkpoint(origin, size, root.clone(), List.copyOf(extensions));
    }

    private static void requireLine(String what, String line) {
        if (line.isEmpty() || line.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException(what + " must be non-empty, on one line, without control characters");
        }
    }

    /**
     * Reads a signed checkpoint: the note must parse, a trusted key must have signed it (and no
     * trusted key's signature may fail), only then is its text read, and it must be from {@code origin}.
     */
    public static Checkpoint open(byte[] note, String origin, Collection<VerifierKey> trusted) throws NoteException {
        SignedNote signed = SignedNote.parse(note);
        signed.verify(trusted);
        Checkpoint checkpoint = parse(signed.text());
        if (!checkpoint.origin.equals(origin)) {
            throw new NoteVerificationException("checkpoint origin is \"" + checkpoint.origin + "\", expected \""
                    + origin + "\"");
        }
        return checkpoint;
    }

    /** Parses checkpoint note text. Call on verified text only: see {@link #open}. */
    public static Checkpoint parse(String text) throws MalformedNoteException {
        if (!text.endsWith("\n")) {
            throw new MalformedNoteException("checkpoint text must end with a newline");
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        if (lines.length < 3) {
            throw new MalformedNoteException("checkpoint has " + lines.length
                    + " lines, needs at least 3 (origin, tree size, root hash)");
        }
        if (lines[0].isEmpty()) {
            throw new MalformedNoteException("checkpoint origin (line 1) is empty");
        }
        long size = parseSize(lines[1]);
        byte[] root = parseRoot(lines[2]);
        List<String> extensions = new ArrayList<>();
        for (int i = 3; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                throw new MalformedNoteException("checkpoint extension line " + (i + 1) + " is empty");
            }
            extensions.add(lines[i]);
        }
        return new Checkpoint(lines[0], size, root, List.copyOf(extensions));
    }

    private static long parseSize(String line) throws MalformedNoteException {
        try {
            return StrictDecimal.parse(line);
        } catch (NumberFormatException e) {
            throw new MalformedNoteException("checkpoint tree size (line 2) " + e.getMessage() + ": \"" + line + "\"", e);
        }
    }

    private static byte[] parseRoot(String line) throws MalformedNoteException {
        byte[] root;
        try {
            root = StrictBase64.decode(line);
        } catch (IllegalArgumentException e) {
            throw new MalformedNoteException("checkpoint root hash (line 3) is not valid base64: \"" + line + "\"", e);
        }
        if (root.length != Sha256.LENGTH) {
            throw new MalformedNoteException("checkpoint root hash (line 3) must be " + Sha256.LENGTH + " bytes, got "
                    + root.length);
        }
        return root;
    }

    public String origin() {
        return origin;
    }

    public long size() {
        return size;
    }

    public byte[] root() {
        return root.clone();
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The note text, final newline included. */
    public String text() {
        StringBuilder out = new StringBuilder()
                .append(origin).append('\n')
                .append(size).append('\n')
                .append(StrictBase64.encode(root)).append('\n');
        extensions.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    public SignedNote sign(NoteSigner signer) {
        return SignedNote.sign(text(), List.of(signer));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Checkpoint c && c.origin.equals(origin) && c.size == size
                && Arrays.equals(c.root, root) && c.extensions.equals(extensions);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * origin.hashCode() + Long.hashCode(size)) + Arrays.hashCode(root);
    }

    @Override
    public String toString() {
        return "Checkpoint(" + origin + ", " + size + ", " + StrictBase64.encode(root) + ")";
    }
}
