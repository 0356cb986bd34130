package org.claimledger.note;

import java.nio.ByteBuffer;
import java.util.Arrays;

import org.claimledger.input.Excerpt;

/** One signature line of a note: the key's name and ID, and the signature bytes after the ID. */
public record NoteSignature(String name, int keyId, byte[] signature) {
    static final String LINE_PREFIX = "\u2014 ";

    public NoteSignature {
        KeyName.require(name);
        if (signature.length == 0) {
            throw new IllegalArgumentException("a note signature needs at least one byte after the key ID");
        }
        signature = signature.clone();
    }

    /**
     * Parses one signature line, "— name base64(keyID || signature)" without its newline; {@code where} names the
     * line in messages ("signature line 2", "w1.cosig:1").
     */
    public static NoteSignature parse(String line, String where) throws MalformedNoteException {
        if (!line.startsWith(LINE_PREFIX)) {
            throw new MalformedNoteException(where + " does not start with an em dash (U+2014) and a space");
        }
        String rest = line.substring(LINE_PREFIX.length());
        int space = rest.indexOf(' ');
        if (space < 0) {
            throw new MalformedNoteException(where + " has no space between the key name and the signature");
        }
        String name = rest.substring(0, space);
        if (!KeyName.isValid(name)) {
            throw new MalformedNoteException(where + ": " + KeyName.describe(name));
        }
        byte[] payload;
        try {
            payload = StrictBase64.decode(rest.substring(space + 1));
        } catch (IllegalArgumentException e) {
            throw new MalformedNoteException(where + ": signature is not valid base64", e);
        }
        if (payload.length < 5) {
            throw new MalformedNoteException(where + ": signature must be a 4-byte key ID and at least one byte, got "
                    + payload.length + " bytes");
        }
        int keyId = ByteBuffer.wrap(payload).getInt();
        return new NoteSignature(name, keyId, Arrays.copyOfRange(payload, 4, payload.length));
    }

    /** The signing key as messages name it: its name (cut short if long) and key ID. */
    public String label() {
        return Excerpt.of(name) + "+" + VkeyText.hex(keyId);
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** "— name base64(keyID || signature)", without the newline. */
    public String line() {
        byte[] payload = ByteBuffer.allocate(4 + signature.length).putInt(keyId).put(signature).array();
        return LINE_PREFIX + name + " " + StrictBase64.encode(payload);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteSignature s && s.name.equals(name) && s.keyId == keyId
                && Arrays.equals(s.signature, signature);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + keyId) + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return line();
    }
}
