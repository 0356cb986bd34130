package org.claimledger.keys;

import java.time.Instant;

import org.claimledger.crypto.Ed25519PublicKey;
import org.claimledger.crypto.KeyFingerprint;

/**
 * A key as the chain declares it: enrolled by entry {@code enrolledSeq}, valid until {@code revokedFrom}
 * (set by a revocation entry or, for a ledger key, by its successor's entry), and the key that succeeded it
 * when it was rotated (null otherwise).
 */
public record KeyRecord(String name, Ed25519PublicKey publicKey, KeyRole role, long enrolledSeq, Instant enrolledAt,
        Instant revokedFrom, Long revokedSeq, String revokeReason, String successor) {

    public String id() {
        return KeyFingerprint.of(publicKey);
    }

    public boolean isRevoked() {
        return revokedFrom != null;
    }

    /** True when the key was enrolled before entry seq and not revoked at the given time. */
    public boolean validFor(long seq, Instant time) {
        return enrolledSeq < seq && (revokedFrom == null || time.isBefore(revokedFrom));
    }

    /** True when the key is revoked at the given time (a revocation may name a time still to come). */
    public boolean revokedAt(Instant time) {
        return revokedFrom != null && !time.isBefore(revokedFrom);
    }

    static KeyRecord enrolled(String name, Ed25519PublicKey publicKey, KeyRole role, long seq, Instant at) {
        return new KeyRecord(name, publicKey, role, seq, at, null, null, null, null);
    }

    KeyRecord revoke(Instant from, long seq, String reason, String successor) {
        return new KeyRecord(name, publicKey, role, enrolledSeq, enrolledAt, from, seq, reason, successor);
    }
}
