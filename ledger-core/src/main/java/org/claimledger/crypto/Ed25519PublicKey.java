package org.claimledger.crypto;

import java.util.Arrays;
import java.util.Base64;

import org.bouncycastle.math.ec.rfc8032.Ed25519;

/** An Ed25519 public key: 32 bytes, checked on construction. Verification uses Bouncy Castle's lightweight API. */
public final class Ed25519PublicKey {
    public static final int LENGTH = 32;
    public static final int SIGNATURE_LENGTH = 64;

    private final byte[] bytes;

    private Ed25519PublicKey(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Ed25519PublicKey of(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("Ed25519 public key must be " + LENGTH + " bytes, got " + bytes.length);
        }
        if (!Ed25519.validatePublicKeyFull(bytes, 0)) {
            throw new IllegalArgumentException("Ed25519 public key is not a valid curve point");
        }
        return new Ed25519PublicKey(bytes.clone());
    }

    public static Ed25519PublicKey fromBase64(String text) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Ed25519 public key is not valid base64: " + e.getMessage());
        }
        return of(decoded);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Returns normally when the signature is valid; throws on anything else. */
    public void verify(byte[] message, byte[] signature) throws InvalidSignatureException {
        if (signature == null || signature.length != SIGNATURE_LENGTH) {
            throw new InvalidSignatureException("Ed25519 signature must be " + SIGNATURE_LENGTH + " bytes, got "
                    + (signature == null ? "none" : signature.length));
        }
        boolean valid;
        try {
            valid = Ed25519.verify(signature, 0, bytes, 0, message, 0, message.length);
        } catch (RuntimeException e) {
            valid = false;
        }
        if (!valid) {
            throw new InvalidSignatureException("Ed25519 signature does not verify");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ed25519PublicKey && Arrays.equals(bytes, ((Ed25519PublicKey) other).bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Ed25519PublicKey(" + base64() + ")";
    }
}
