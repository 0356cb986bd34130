package org.claimledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CaseFoldTest {
    /** The ASCII shortcut must fold every char exactly as the round trip a case-insensitive pattern makes. */
    @Test
    void everyCharFoldsAsUpperThenLowerCase() {
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            char expected = Character.toLowerCase(Character.toUpperCase(c));
            assertEquals(expected, CaseFold.fold(c), () -> "char U+" + Integer.toHexString(c));
        }
    }

    @Test
    void foldsAStretchOfText() {
        assertEquals("perché l'istat", CaseFold.of("Sì. PERCHÉ l'ISTAT dice", 4, 18));
    }
}
