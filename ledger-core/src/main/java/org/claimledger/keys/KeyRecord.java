package org.claimledger.keys;

import java.time.Instant;

import org.claimledger.crypto.Ed25519PublicKey;
import org.claimledger.crypto.KeyFingerprint;

/**
 * A key as the chain declares it: enrolled by entry {@code enrolledSeq}, valid until {@code revokedFrom}
 * (set by a revocation entry or, for a ledger key, by its successor's entry).
 */
public record KeyRecord(String name, Ed25519PublicKey publicKey, KeyRole role, long enrolledSeq, Instant enrolledAt,
        Instant revokedFrom, Long revokedSeq, String revokeReason) {

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

    KeyRecord revoke(Instant from, long seq, String reason) {
        return new KeyRecord(name, publicKey, role, enrolledSeq, enrolledAt, from, seq, reason);
    }
}
