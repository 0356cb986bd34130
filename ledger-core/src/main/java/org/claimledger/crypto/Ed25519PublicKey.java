package org.claimledger.crypto;

import java.util.Arrays;
import java.util.Base64;

import org.bouncycastle.math.ec.rfc8032.Ed25519;

/** An Ed25519 public key: 32 bytes, checked on construction. Verification uses Bouncy Castle's lightweight API. */
public final class Ed25519PublicKey {
    public static final int LENGTH = 32;
    public static final int SIGNATURE_LENGTH = 64;

    private final byte[] bytes;
    /** The decoded curve point, kept so that each verification skips decompressing the key again. */
    private final Ed25519.PublicPoint point;

    private Ed25519PublicKey(byte[] bytes, Ed25519.PublicPoint point) {
        this.bytes = bytes;
        this.point = point;
    }

    public static Ed25519PublicKey of(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("Ed25519 public key must be " + LENGTH + " bytes, got " + bytes.length);
        }
        byte[] copy = bytes.clone();
        Ed25519.PublicPoint point = Ed25519.validatePublicKeyFullExport(copy, 0);
        if (point == null) {
            throw new IllegalArgumentException("Ed25519 public key is not a valid curve point");
        }
        return new Ed25519PublicKey(copy, point);
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
            valid = Ed25519.verify(signature, 0, point, message, 0, message.length);
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
