package org.claimledger.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import org.claimledger.crypto.Ed25519PublicKey;
import org.claimledger.crypto.Sha256;
import org.claimledger.input.Excerpt;

/**
 * The C2SP signed-note vkey text {@code <name>+<8 hex digits of key ID>+<base64(type || public key)>} and the key ID
 * rule, SHA-256(name || 0x0A || type || public key)[:4], shared by every kind of Ed25519 note key: a log's
 * signature key (type 0x01, {@link VerifierKey}) and a witness's cosignature/v1 key (type 0x04, {@link CosignerKey}).
 */
final class VkeyText {
    private static final int ENCODED_LENGTH = 1 + Ed25519PublicKey.LENGTH;

    /** The kind of key a vkey must hold: its type byte, and how messages name it ("verifier" key, "witness" key). */
    record Kind(byte type, String owner, String typeName) {
        String what() {
            return owner + " key";
        }
    }

    /** A parsed vkey: the key's name and public key. */
    record Parsed(String name, Ed25519PublicKey key) {
    }

    private VkeyText() {
    }

    /** Parses vkey text of this kind, checking the type byte, the key and that the stated key ID is the computed one. */
    static Parsed parse(String text, Kind kind) throws MalformedNoteException {
        int first = text.indexOf('+');
        int second = first < 0 ? -1 : text.indexOf('+', first + 1);
        if (second < 0) {
            throw new MalformedNoteException(kind.what() + " must have the form <name>+<key ID>+<key>");
        }
        String keyName = text.substring(0, first);
        String id = text.substring(first + 1, second);
        if (!KeyName.isValid(keyName)) {
            throw new MalformedNoteException(kind.owner() + " " + KeyName.describe(keyName));
        }
        if (!id.matches("[0-9a-fA-F]{8}")) {
            throw new MalformedNoteException(kind.what() + " ID must be 8 hex digits, got \"" + Excerpt.of(id) + "\"");
        }
        Ed25519PublicKey key = decodeKey(text.substring(second + 1), kind);
        int stated = Integer.parseUnsignedInt(id, 16);
        int computed = keyId(keyName, kind.type(), key);
        if (stated != computed) {
            throw new MalformedNoteException(kind.what() + " ID " + hex(stated) + " does not match its key (computed "
                    + hex(computed) + ")");
        }
        return new Parsed(keyName, key);
    }

    private static Ed25519PublicKey decodeKey(String base64, Kind kind) throws MalformedNoteException {
        byte[] encoded;
        try {
            encoded = StrictBase64.decode(base64);
        } catch (IllegalArgumentException e) {
            throw new MalformedNoteException(kind.what() + " is not valid base64", e);
        }
        if (encoded.length == 0 || encoded[0] != kind.type()) {
            throw new MalformedNoteException(kind.what() + " type must be " + String.format("0x%02x", kind.type()) + " ("
                    + kind.typeName() + "), got " + (encoded.length == 0 ? "nothing" : typeOf(encoded[0])));
        }
        if (encoded.length != ENCODED_LENGTH) {
            throw new MalformedNoteException("Ed25519 " + kind.what() + " must be " + ENCODED_LENGTH + " bytes ("
                    + String.format("0x%02x", kind.type()) + " and the 32-byte key), got " + encoded.length);
        }
        try {
            return Ed25519PublicKey.of(Arrays.copyOfRange(encoded, 1, ENCODED_LENGTH));
        } catch (IllegalArgumentException e) {
            throw new MalformedNoteException(kind.what() + ": " + e.getMessage(), e);
        }
    }

    /** The type byte, and what it is when it is one of the two kinds ClaimLedger knows. */
    private static String typeOf(byte type) {
        String hex = String.format("0x%02x", type);
        if (type == VerifierKey.ED25519) {
            return hex + ", the key of a log (a signed-note key), not a witness's";
        }
        if (type == CosignerKey.COSIGNATURE_V1) {
            return hex + ", a witness's cosignature key, not a log's";
        }
        return hex;
    }

    /** key ID = SHA-256(name || 0x0A || type || public key)[:4], big-endian. */
    static int keyId(String name, byte type, Ed25519PublicKey publicKey) {
        byte[] digest = Sha256.hash(name.getBytes(StandardCharsets.UTF_8), new byte[] {'\n', type}, publicKey.bytes());
        return ByteBuffer.wrap(digest, 0, 4).getInt();
    }

    /** The vkey text. */
    static String format(String name, int keyId, byte type, Ed25519PublicKey publicKey) {
        byte[] encoded = new byte[ENCODED_LENGTH];
        encoded[0] = type;
        System.arraycopy(publicKey.bytes(), 0, encoded, 1, Ed25519PublicKey.LENGTH);
        return name + "+" + hex(keyId) + "+" + StrictBase64.encode(encoded);
    }

    static String hex(int keyId) {
        return HexFormat.of().toHexDigits(keyId);
    }
}
