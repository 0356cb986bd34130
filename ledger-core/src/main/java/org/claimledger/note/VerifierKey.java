package org.claimledger.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import org.claimledger.crypto.Ed25519PublicKey;
import org.claimledger.crypto.InvalidSignatureException;
import org.claimledger.crypto.Sha256;
import org.claimledger.input.Excerpt;

/**
 * A trusted Ed25519 note key, written as C2SP signed-note "vkey" text:
 * {@code <name>+<8 hex digits of key ID>+<base64(0x01 || 32-byte public key)>}.
 */
public final class VerifierKey {
    static final byte ED25519 = 0x01;
    private static final int ENCODED_LENGTH = 1 + Ed25519PublicKey.LENGTH;

    private final String name;
    private final int keyId;
    private final Ed25519PublicKey publicKey;

    private VerifierKey(String name, Ed25519PublicKey publicKey) {
        this.name = name;
        this.publicKey = publicKey;
        this.keyId = keyId(name, publicKey);
    }

    public static VerifierKey of(String name, Ed25519PublicKey publicKey) {
        KeyName.require(name);
        return new VerifierKey(name, publicKey);
    }

    /** Parses vkey text and checks that the key ID in it is the one the name and key give. */
    public static VerifierKey parse(String text) throws MalformedNoteException {
        int first = text.indexOf('+');
        int second = first < 0 ? -1 : text.indexOf('+', first + 1);
        if (second < 0) {
            throw new MalformedNoteException("verifier key must have the form <name>+<key ID>+<key>");
        }
        String name = text.substring(0, first);
        String id = text.substring(first + 1, second);
        if (!KeyName.isValid(name)) {
            throw new MalformedNoteException("verifier " + KeyName.describe(name));
        }
        if (!id.matches("[0-9a-fA-F]{8}")) {
            throw new MalformedNoteException("verifier key ID must be 8 hex digits, got \"" + Excerpt.of(id) + "\"");
        }
        VerifierKey key = new VerifierKey(name, decodeKey(text.substring(second + 1)));
        int stated = Integer.parseUnsignedInt(id, 16);
        if (stated != key.keyId) {
            throw new MalformedNoteException("verifier key ID " + hex(stated) + " does not match its key (computed "
                    + hex(key.keyId) + ")");
        }
        return key;
    }

    private static Ed25519PublicKey decodeKey(String base64) throws MalformedNoteException {
        byte[] encoded;
        try {
            encoded = StrictBase64.decode(base64);
        } catch (IllegalArgumentException e) {
            throw new MalformedNoteException("verifier key is not valid base64", e);
        }
        if (encoded.length == 0 || encoded[0] != ED25519) {
            throw new MalformedNoteException("verifier key type must be 0x01 (Ed25519), got "
                    + (encoded.length == 0 ? "nothing" : String.format("0x%02x", encoded[0])));
        }
        if (encoded.length != ENCODED_LENGTH) {
            throw new MalformedNoteException("Ed25519 verifier key must be " + ENCODED_LENGTH
                    + " bytes (0x01 and the 32-byte key), got " + encoded.length);
        }
        try {
            return Ed25519PublicKey.of(Arrays.copyOfRange(encoded, 1, ENCODED_LENGTH));
        } catch (IllegalArgumentException e) {
            throw new MalformedNoteException("verifier key: " + e.getMessage(), e);
        }
    }

    /** key ID = SHA-256(name || 0x0A || 0x01 || public key)[:4], big-endian. */
    static int keyId(String name, Ed25519PublicKey publicKey) {
        byte[] digest = Sha256.hash(name.getBytes(StandardCharsets.UTF_8), new byte[] {'\n', ED25519},
                publicKey.bytes());
        return ByteBuffer.wrap(digest, 0, 4).getInt();
    }

    static String hex(int keyId) {
        return HexFormat.of().toHexDigits(keyId);
    }

    public String name() {
        return name;
    }

    public int keyId() {
        return keyId;
    }

    public Ed25519PublicKey publicKey() {
        return publicKey;
    }

    boolean matches(NoteSignature signature) {
        return signature.keyId() == keyId && signature.name().equals(name);
    }

    void verify(byte[] message, byte[] signature) throws InvalidSignatureException {
        publicKey.verify(message, signature);
    }

    /** The vkey text. */
    public String format() {
        byte[] encoded = new byte[ENCODED_LENGTH];
        encoded[0] = ED25519;
        System.arraycopy(publicKey.bytes(), 0, encoded, 1, Ed25519PublicKey.LENGTH);
        return name + "+" + hex(keyId) + "+" + StrictBase64.encode(encoded);
    }

    /** The name and key ID, as a note's signature line identifies the key. */
    /** The key as messages name it: its name (cut short if it is long) and key ID. */
    String label() {
        return Excerpt.of(name) + "+" + hex(keyId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VerifierKey key && key.name.equals(name) && key.publicKey.equals(publicKey);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + publicKey.hashCode();
    }

    @Override
    public String toString() {
        return format();
    }
}
