package org.claimledger.note;

import java.util.Arrays;

import org.claimledger.crypto.Ed25519PublicKey;
import org.claimledger.crypto.InvalidSignatureException;
import org.claimledger.input.Excerpt;

/**
 * A witness's public key for Ed25519 cosignatures (c2sp.org/tlog-cosignature, cosignature/v1), written as vkey text
 * with type 0x04: {@code <name>+<8 hex digits of key ID>+<base64(0x04 || 32-byte public key)>}, key ID =
 * SHA-256(name || 0x0A || 0x04 || public key)[:4]. The type byte keeps it apart from a log's key (0x01): the same
 * name and key give another key ID, so a cosignature never passes for a log's signature or the other way round.
 */
public final class CosignerKey {
    static final byte COSIGNATURE_V1 = 0x04;
    private static final VkeyText.Kind KIND = new VkeyText.Kind(COSIGNATURE_V1, "witness", "Ed25519 cosignature/v1");

    private final String name;
    private final int keyId;
    private final Ed25519PublicKey publicKey;

    private CosignerKey(String name, Ed25519PublicKey publicKey) {
        this.name = name;
        this.publicKey = publicKey;
        this.keyId = VkeyText.keyId(name, COSIGNATURE_V1, publicKey);
    }

    public static CosignerKey of(String name, Ed25519PublicKey publicKey) {
        KeyName.require(name);
        return new CosignerKey(name, publicKey);
    }

    /** Parses vkey text of type 0x04 and checks that the key ID in it is the one the name and key give. */
    public static CosignerKey parse(String text) throws MalformedNoteException {
        VkeyText.Parsed parsed = VkeyText.parse(text, KIND);
        return new CosignerKey(parsed.name(), parsed.key());
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

    /** Whether a signature line names this key (same name and key ID); other lines are not this witness's. */
    public boolean matches(NoteSignature signature) {
        return signature.keyId() == keyId && signature.name().equals(name);
    }

    /**
     * Checks this witness's cosignature on a note text (the checkpoint, final newline included) and returns the time
     * it carries. The signature line must name this key.
     */
    public long verify(String noteText, NoteSignature cosignature) throws NoteException {
        if (!matches(cosignature)) {
            throw new IllegalArgumentException("signature by " + cosignature.label() + " is not by " + label());
        }
        long timestamp = CosignatureV1.timestamp(cosignature);
        byte[] bytes = cosignature.signature();
        try {
            publicKey.verify(CosignatureV1.message(timestamp, noteText),
                    Arrays.copyOfRange(bytes, CosignatureV1.TIMESTAMP_LENGTH, bytes.length));
        } catch (InvalidSignatureException | RuntimeException e) {
            throw new NoteVerificationException("the cosignature by witness " + label() + " does not verify on this "
                    + "checkpoint: it was made for another checkpoint or time, or altered", e);
        }
        return timestamp;
    }

    /**
     * This witness's cosignature on a signed note (a checkpoint with the log's signature and any cosignatures): the
     * time it carries, once it verifies on the note's text. A note with no line by this key, or with more than one
     * (a note carries at most one signature per key, as Go's note.Open demands), is refused and says so.
     */
    public long cosignedAt(SignedNote note) throws NoteException {
        NoteSignature found = null;
        int count = 0;
        for (NoteSignature signature : note.signatures()) {
            if (matches(signature)) {
                found = signature;
                count++;
            }
        }
        if (found == null) {
            throw new NoteVerificationException("witness " + label() + " did not cosign it");
        }
        if (count > 1) {
            throw new MalformedNoteException("it carries " + count + " cosignatures by witness " + label() + "; a note "
                    + "carries at most one signature per key");
        }
        return verify(note.text(), found);
    }

    /** The vkey text. */
    public String format() {
        return VkeyText.format(name, keyId, COSIGNATURE_V1, publicKey);
    }

    /** The key as messages name it: its name (cut short if it is long) and key ID. */
    public String label() {
        return Excerpt.of(name) + "+" + VkeyText.hex(keyId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CosignerKey key && key.name.equals(name) && key.publicKey.equals(publicKey);
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
