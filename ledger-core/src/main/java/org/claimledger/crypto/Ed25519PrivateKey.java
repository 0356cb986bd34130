package org.claimledger.crypto;

import java.security.SecureRandom;

import org.bouncycastle.math.ec.rfc8032.Ed25519;

/** An Ed25519 private key (the 32-byte seed) and its public key. */
public final class Ed25519PrivateKey {
    public static final int SEED_LENGTH = 32;

    private final byte[] seed;
    private final Ed25519PublicKey publicKey;
    /** The public key's bytes, handed to every signature: without them Bouncy Castle derives them again each time. */
    private final byte[] publicBytes;

    private Ed25519PrivateKey(byte[] seed) {
        this.seed = seed;
        byte[] pub = new byte[Ed25519PublicKey.LENGTH];
        Ed25519.generatePublicKey(seed, 0, pub, 0);
        this.publicKey = Ed25519PublicKey.of(pub);
        this.publicBytes = pub;
    }

    public static Ed25519PrivateKey generate(SecureRandom random) {
        byte[] seed = new byte[SEED_LENGTH];
        random.nextBytes(seed);
        return new Ed25519PrivateKey(seed);
    }

    public static Ed25519PrivateKey fromSeed(byte[] seed) {
        if (seed.length != SEED_LENGTH) {
            throw new IllegalArgumentException("Ed25519 private key seed must be " + SEED_LENGTH + " bytes, got " + seed.length);
        }
        return new Ed25519PrivateKey(seed.clone());
    }

    /** Rebuilds a key from its seed and checks that it matches the public key stored beside it. */
    public static Ed25519PrivateKey fromSeed(byte[] seed, Ed25519PublicKey expected) {
        Ed25519PrivateKey key = fromSeed(seed);
        if (!key.publicKey.equals(expected)) {
            throw new IllegalArgumentException("Ed25519 private key does not match its public key");
        }
        return key;
    }

    public Ed25519PublicKey publicKey() {
        return publicKey;
    }

    public byte[] seed() {
        return seed.clone();
    }

    public byte[] sign(byte[] message) {
        byte[] signature = new byte[Ed25519PublicKey.SIGNATURE_LENGTH];
        Ed25519.sign(seed, 0, publicBytes, 0, message, 0, message.length, signature, 0);
        return signature;
    }

    @Override
    public String toString() {
        return "Ed25519PrivateKey(public " + publicKey.base64() + ")";
    }
}
