package org.claimledger.note;

import java.nio.charset.StandardCharsets;

import org.claimledger.crypto.Ed25519PrivateKey;

/** Signs note text with an Ed25519 key under a key name. */
public final class NoteSigner {
    private final VerifierKey verifierKey;
    private final Ed25519PrivateKey privateKey;

    public NoteSigner(String name, Ed25519PrivateKey privateKey) {
        this.verifierKey = VerifierKey.of(name, privateKey.publicKey());
        this.privateKey = privateKey;
    }

    public String name() {
        return verifierKey.name();
    }

    /** The public half, to publish as vkey text. */
    public VerifierKey verifierKey() {
        return verifierKey;
    }

    /** Signs the UTF-8 bytes of the text (the note text, final newline included). */
    public NoteSignature sign(String text) {
        byte[] signature = privateKey.sign(text.getBytes(StandardCharsets.UTF_8));
        return new NoteSignature(verifierKey.name(), verifierKey.keyId(), signature);
    }

    @Override
    public String toString() {
        return "NoteSigner(" + verifierKey.label() + ")";
    }
}
