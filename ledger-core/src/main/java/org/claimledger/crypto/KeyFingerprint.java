package org.claimledger.crypto;

/** The name an entry gives its signer: the first 16 bytes of SHA-256 of the raw public key, in hex. */
public final class KeyFingerprint {
    public static final int HEX_LENGTH = 32;

    private KeyFingerprint() {
    }

    public static String of(Ed25519PublicKey key) {
        return Hex.encode(Sha256.hash(key.bytes())).substring(0, HEX_LENGTH);
    }
}
