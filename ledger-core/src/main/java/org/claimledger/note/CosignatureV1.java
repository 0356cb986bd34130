package org.claimledger.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.claimledger.crypto.Ed25519PublicKey;

/**
 * The Ed25519 cosignature of c2sp.org/tlog-cosignature, version 1: a note signature by a witness key (type 0x04)
 * whose bytes after the key ID are a {@code timestamped_signature}, the 8-byte big-endian POSIX time at which the
 * witness cosigned and the 64-byte Ed25519 signature of {@link #message}. The timestamp is at most 2^63 - 1.
 */
public final class CosignatureV1 {
    /** The header line that separates cosignatures from every other signature. */
    public static final String HEADER = "cosignature/v1";
    static final int TIMESTAMP_LENGTH = 8;
    static final int LENGTH = TIMESTAMP_LENGTH + Ed25519PublicKey.SIGNATURE_LENGTH;

    private CosignatureV1() {
    }

    /**
     * The signed message: "cosignature/v1\n", "time " and the timestamp in ASCII decimal with no leading zero,
     * "\n", then the checkpoint's whole note text (final newline included, no signature lines).
     */
    public static byte[] message(long timestamp, String noteText) {
        if (timestamp < 0) {
            throw new IllegalArgumentException("a cosignature timestamp must be 0 to 2^63 - 1, got " + timestamp);
        }
        return (HEADER + "\ntime " + timestamp + "\n" + noteText).getBytes(StandardCharsets.UTF_8);
    }

    /** The signature bytes after the key ID: timestamp, then the Ed25519 signature. */
    static byte[] signatureBytes(long timestamp, byte[] ed25519) {
        return ByteBuffer.allocate(LENGTH).putLong(timestamp).put(ed25519).array();
    }

    /**
     * The timestamp a cosignature carries, in POSIX seconds. Its signature bytes must be exactly 72 (8 + 64) and the
     * timestamp at most 2^63 - 1; this says nothing about whether the signature verifies.
     */
    public static long timestamp(NoteSignature signature) throws MalformedNoteException {
        byte[] bytes = signature.signature();
        if (bytes.length != LENGTH) {
            throw new MalformedNoteException("the cosignature by " + signature.label() + " must be a 4-byte key ID, an "
                    + "8-byte timestamp and a 64-byte Ed25519 signature (76 bytes), got " + (4 + bytes.length) + " bytes");
        }
        long timestamp = ByteBuffer.wrap(bytes).getLong();
        if (timestamp < 0) {
            throw new MalformedNoteException("the cosignature by " + signature.label() + " has a timestamp above 2^63 - 1 ("
                    + Long.toUnsignedString(timestamp) + ")");
        }
        return timestamp;
    }
}
