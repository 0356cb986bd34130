package org.claimledger.crypto;

/** A private key with the name it was created under ("ledger", "giulia.rossi"). */
public record NamedKey(String name, Ed25519PrivateKey key) {
    public Ed25519PublicKey publicKey() {
        return key.publicKey();
    }

    public String fingerprint() {
        return KeyFingerprint.of(key.publicKey());
    }
}
