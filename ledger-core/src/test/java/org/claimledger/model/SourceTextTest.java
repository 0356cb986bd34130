package org.claimledger.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.claimledger.input.InputLimits;
import org.junit.jupiter.api.Test;

class SourceTextTest {
    @Test
    void spans_areUtf8ByteOffsets_acrossNonAsciiText() {
        SourceText text = SourceText.fromString("È più «vero» di “così”: 11.000 soldati");
        List<Span> found = text.find("11.000");
        assertEquals(1, found.size());
        // È(2) space(1) più(4) space(1) «(2) vero(4) »(2) space di space(4) “(3) così(5) ”(3) :(1) space(1) = 33
        assertEquals(new Span(33, 39), found.get(0));
        assertEquals("11.000", text.textAt(found.get(0)));
        assertEquals("«vero»", text.textAt(text.find("«vero»").get(0)));
        assertEquals(new Span(8, 16), text.find("«vero»").get(0));
    }

    @Test
    void textAt_refusesSpansThatCutACharacterOrLeaveTheText() {
        SourceText text = SourceText.fromString("più");
        assertNull(text.textAt(new Span(0, 3)), "byte 3 is inside ù");
        assertNull(text.textAt(new Span(0, 99)));
        assertEquals("più", text.textAt(new Span(0, 4)));
    }

    @Test
    void textAt_handlesCharactersOutsideTheBasicPlane() {
        SourceText text = SourceText.fromString("a😂b");
        assertEquals("😂", text.textAt(new Span(1, 5)));
        assertNull(text.textAt(new Span(1, 3)));
        assertEquals(new Span(5, 6), text.find("b").get(0));
    }

    @Test
    void normalization_removesBom_unifiesLineEndings_andComposesNfc() throws SourceEncodingException {
        byte[] raw = "\uFEFFriga uno\r\nriga due\rpiu\u0300".getBytes(StandardCharsets.UTF_8);
        SourceText text = SourceText.fromFileBytes(raw);
        assertEquals("riga uno\nriga due\npiù", text.text());
        assertArrayEquals("riga uno\nriga due\npiù".getBytes(StandardCharsets.UTF_8), text.bytes());
        assertEquals(SourceText.fromString("riga uno\nriga due\npiù").id(), text.id(), "same text, same id");
    }

    @Test
    void normalization_isIdempotent_evenForATextThatBeginsWithTwoByteOrderMarks() {
        SourceText text = SourceText.fromString("\uFEFF\uFEFFNel 2024 erano 11.000 soldati.");
        assertEquals("Nel 2024 erano 11.000 soldati.", text.text());
        assertEquals(text.id(), SourceText.fromString(text.text()).id(), "read back, a stored text keeps its id");
    }

    @Test
    void find_onPeriodicText_isLinearAndListsAtMostTheLimit() {
        SourceText text = SourceText.fromString("a".repeat(4_000_000));
        List<Span> found = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> text.find("a".repeat(9_999) + "b"));
        assertEquals(List.of(), found);
        List<Span> many = text.find("a".repeat(10_000));
        assertEquals(InputLimits.OCCURRENCES, many.size());
        assertEquals(new Span(9_999, 19_999), many.get(9_999), "overlapping occurrences count separately");
    }

    @Test
    void fromFileBytes_refusesInvalidUtf8_namingTheByte() {
        byte[] latin1 = "così".getBytes(StandardCharsets.ISO_8859_1);
        SourceEncodingException e = assertThrows(SourceEncodingException.class, () -> SourceText.fromFileBytes(latin1));
        assertEquals(3, e.byteOffset());
    }

    @Test
    void id_isSha256OfNormalizedBytes() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", SourceText.fromString("").id());
    }
}
