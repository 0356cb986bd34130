package org.claimledger.note;

import java.nio.ByteBuffer;
import java.util.Arrays;

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
