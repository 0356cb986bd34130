package org.claimledger.crypto;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HexTest {
    private static final byte[] BYTES = {0x00, 0x7f, (byte) 0x80, (byte) 0xff, 0x1a};

    @Test
    void isEncodingOf_acceptsExactlyTheLowercaseEncoding() {
        assertTrue(Hex.isEncodingOf(Hex.encode(BYTES), BYTES));
        assertTrue(Hex.isEncodingOf("", new byte[0]));
        assertFalse(Hex.isEncodingOf("007F80FF1A", BYTES), "uppercase is another text");
        assertFalse(Hex.isEncodingOf("007f80ff1b", BYTES), "last digit");
        assertFalse(Hex.isEncodingOf("107f80ff1a", BYTES), "first digit");
        assertFalse(Hex.isEncodingOf("007f80ff1", BYTES), "too short");
        assertFalse(Hex.isEncodingOf("007f80ff1a0", BYTES), "too long");
        assertFalse(Hex.isEncodingOf(null, BYTES));
    }

    @Test
    void isHash_acceptsSixtyFourLowercaseHexDigitsOnly() {
        String hash = Hex.encode(Sha256.hash(BYTES));
        assertTrue(Hex.isHash(hash));
        assertTrue(Hex.isHash("0123456789abcdef".repeat(4)));
        assertFalse(Hex.isHash(hash.toUpperCase(java.util.Locale.ROOT)), "uppercase");
        assertFalse(Hex.isHash(hash.substring(1)), "63 digits");
        assertFalse(Hex.isHash(hash + "0"), "65 digits");
        assertFalse(Hex.isHash(hash.substring(1) + "g"), "not a hex digit");
        assertFalse(Hex.isHash(hash.substring(1) + "/"), "the character before '0'");
        assertFalse(Hex.isHash(hash.substring(1) + ":"), "the character after '9'");
        assertFalse(Hex.isHash(hash.substring(1) + "`"), "the character before 'a'");
        assertFalse(Hex.isHash(hash.substring(1) + "\u0660"), "a digit that is not ASCII");
        assertFalse(Hex.isHash(null));
    }
}
