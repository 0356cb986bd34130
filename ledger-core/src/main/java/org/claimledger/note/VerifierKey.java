package org.claimledger.note;

import org.claimledger.crypto.Ed25519PublicKey;
import org.claimledger.crypto.InvalidSignatureException;
import org.claimledger.input.Excerpt;

/**
 * A trusted Ed25519 note key, written as C2SP signed-note "vkey" text:
 * {@code <name>+<8 hex digits of key ID>+<base64(0x01 || 32-byte public key)>}.
 */
public final class VerifierKey {
    static final byte ED25519 = 0x01;
    private static final VkeyText.Kind KIND = new VkeyText.Kind(ED25519, "verifier", "Ed25519");

    private final String name;
    private final int keyId;
    private final Ed25519PublicKey publicKey;

    private VerifierKey(String name, Ed25519PublicKey publicKey) {
        this.name = name;
        this.publicKey = publicKey;
        this.keyId = VkeyText.keyId(name, ED25519, publicKey);
    }

    public static VerifierKey of(String name, Ed25519PublicKey publicKey) {
        KeyName.require(name);
        return new VerifierKey(name, publicKey);
    }

    /** Parses vkey text and checks that the key ID in it is the one the name and key give. */
    public static VerifierKey parse(String text) throws MalformedNoteException {
        VkeyText.Parsed parsed = VkeyText.parse(text, KIND);
        return new VerifierKey(parsed.name(), parsed.key());
    }

    static String hex(int keyId) {
        return VkeyText.hex(keyId);
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
        return VkeyText.format(name, keyId, ED25519, publicKey);
    }

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
