package org.claimledger.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 through the JDK's MessageDigest, which uses the CPU's SHA instructions where present. */
public final class Sha256 {
    public static final int LENGTH = 32;

    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(Sha256::newDigest);

    /** A SHA-256 digest of one's own, for hashing many slices in a row. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    private Sha256() {
    }

    /** Hashes the concatenation of the parts. */
    public static byte[] hash(byte[]... parts) {
        MessageDigest digest = DIGEST.get();
        digest.reset();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }

    /** Hashes one prefix byte followed by the parts (the RFC 9162 leaf and node form). */
    public static byte[] hashWithPrefix(byte prefix, byte[]... parts) {
        MessageDigest digest = DIGEST.get();
        digest.reset();
        digest.update(prefix);
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }
}
