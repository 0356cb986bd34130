package org.claimledger.crypto;

import java.util.HexFormat;

/** Lowercase hexadecimal, the form every hash takes in JSON and on screen. */
public final class Hex {
    private static final HexFormat FORMAT = HexFormat.of();
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {
    }

    public static String encode(byte[] bytes) {
        return FORMAT.formatHex(bytes);
    }

    /** Decodes lowercase or uppercase hex; throws IllegalArgumentException naming what was wrong. */
    public static byte[] decode(String hex) {
        if (hex.length() % 2 != 0) {
            throw new IllegalArgumentException("hex text must have an even length, got " + hex.length());
        }
        return FORMAT.parseHex(hex);
    }

    /**
     * True when text is a SHA-256 hash as every format of the project writes it: exactly 64 lowercase hex digits
     * (a source id, a chain link, a leaf hash). False for null.
     */
    public static boolean isHash(String text) {
        if (text == null || text.length() != 2 * Sha256.LENGTH) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    /** Decodes a 32-byte hash given as 64 hex digits. */
    public static byte[] decodeHash(String hex) {
        if (hex == null || hex.length() != 64) {
            throw new IllegalArgumentException("a SHA-256 hash must be 64 hex digits, got "
                    + (hex == null ? "nothing" : hex.length() + " characters"));
        }
        return decode(hex);
    }

    /** True when text is exactly {@link #encode}(bytes), compared without building that string. */
    public static boolean isEncodingOf(String text, byte[] bytes) {
        if (text == null || text.length() != 2 * bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (text.charAt(2 * i) != DIGITS[(bytes[i] >> 4) & 0xf] || text.charAt(2 * i + 1) != DIGITS[bytes[i] & 0xf]) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the ASCII bytes of text from offset are the lowercase hex encoding of bytes (what follows them is not
     * looked at). False, never an exception, when text ends first.
     */
    public static boolean isEncodingAt(byte[] text, int offset, byte[] bytes) {
        if (offset < 0 || text.length - offset < 2 * bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (text[offset + 2 * i] != DIGITS[(bytes[i] >> 4) & 0xf]
                    || text[offset + 2 * i + 1] != DIGITS[bytes[i] & 0xf]) {
                return false;
            }
        }
        return true;
    }
}
