package org.claimledger.note;

import org.claimledger.crypto.Ed25519PrivateKey;

/** A witness's signing side: cosigns checkpoint note texts with cosignature/v1 under its name. */
public final class Cosigner {
    private final CosignerKey key;
    private final Ed25519PrivateKey privateKey;

    public Cosigner(String name, Ed25519PrivateKey privateKey) {
        this.key = CosignerKey.of(name, privateKey.publicKey());
        this.privateKey = privateKey;
    }

    /** The public half, to publish as vkey text. */
    public CosignerKey key() {
        return key;
    }

    /** The cosignature line's signature over the note text at the given POSIX time. */
    public NoteSignature cosign(String noteText, long timestamp) {
        byte[] signature = privateKey.sign(CosignatureV1.message(timestamp, noteText));
        return new NoteSignature(key.name(), key.keyId(), CosignatureV1.signatureBytes(timestamp, signature));
    }

    @Override
    public String toString() {
        return "Cosigner(" + key.label() + ")";
    }
}
