package org.claimledger.note;

import java.util.Base64;

/**
 * Standard base64 (RFC 4648 section 4) that accepts only the one canonical spelling of each
 * value: padding required, no whitespace, no stray bits. So a parsed text formats back to
 * the same bytes, and two spellings of one signature cannot both pass.
 */
public final class StrictBase64 {
    private StrictBase64() {
    }

    public static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** Decodes canonical base64; throws IllegalArgumentException for anything else. */
    public static byte[] decode(String text) {
        byte[] decoded = Base64.getDecoder().decode(text);
        if (!encode(decoded).equals(text)) {
            throw new IllegalArgumentException("not canonical base64 (missing padding or stray bits)");
        }
        return decoded;
    }
}
