package org.claimledger.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuotationsTest {

    @Test
    void aQuotationStaysOpenUntilItCloses_acrossSentences() {
        assertTrue(Quotations.openAfter("Bellamy said: \"This was a fraud.", false));
        assertTrue(Quotations.openAfter("There was no wine.", true));
        assertFalse(Quotations.openAfter("Almost all of it was spent.\"", true));
        assertFalse(Quotations.openAfter("«Abbiamo vinto», ha detto.", false));
        assertTrue(Quotations.openAfter("«Abbiamo vinto.", false));
    }

    @Test
    void aStraightMarkOpensBeforeAWord_andClosesAfterOne() {
        assertTrue(Quotations.openAfter("\"None of that was true.", true), "British style reopens the quotation");
        assertFalse(Quotations.openAfter("He said \"yes\" twice.", false));
        assertTrue(Quotations.insideAt("\"We lost 3 games,\" he said.", 5, false));
        assertFalse(Quotations.insideAt("\"We lost 3 games,\" he said.", 22, false));
        assertTrue(Quotations.opens("\"Over four years, 46 people paid."));
        assertTrue(Quotations.quotedAt("Even the old people say so,\" Haque told Reuters.", 20),
                "before a closing mark that the sentence did not open");
        assertFalse(Quotations.quotedAt("Even the old people say so,\" Haque told Reuters.", 35));
    }

    @Test
    void aPaddedStraightMarkBeforePunctuationCloses() {
        String padded = "\" Negli ultimi anni abbiamo fatto grandi passi avanti \", ha detto Shoigu.";
        assertFalse(Quotations.openAfter(padded, false));
        assertFalse(Quotations.quotedAt(padded, padded.indexOf("ha detto")));
        assertTrue(Quotations.quotedAt(padded, padded.indexOf("ultimi")));
    }
}
