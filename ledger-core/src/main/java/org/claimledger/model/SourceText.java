package org.claimledger.model;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.claimledger.crypto.Hex;
import org.claimledger.crypto.Sha256;

/**
 * A source text in its normalized form (UTF-8, Unicode NFC, LF line endings, no byte-order mark),
 * identified by the SHA-256 of those bytes. Spans are UTF-8 byte offsets into the same bytes.
 */
public final class SourceText {
    private final String text;
    private final byte[] bytes;
    private final String id;
    /** byteOffsetOfChar[i] is the UTF-8 offset where char i starts; the last element is the byte length. */
    private final int[] byteOffsetOfChar;

    private SourceText(String text) {
        this.text = text;
        this.bytes = text.getBytes(StandardCharsets.UTF_8);
        this.id = Hex.encode(Sha256.hash(bytes));
        this.byteOffsetOfChar = byteOffsets(text);
    }

    /** Decodes raw file bytes strictly as UTF-8, then normalizes. */
    public static SourceText fromFileBytes(byte[] raw) throws SourceEncodingException {
        return fromString(decodeStrict(raw));
    }

    /** Normalizes text already in memory. */
    public static SourceText fromString(String raw) {
        return new SourceText(normalize(raw));
    }

    public static String normalize(String raw) {
        String text = raw;
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The bytes as UTF-8 text, refusing (with the offset of the first bad byte) anything that is not UTF-8. */
    public static String decodeStrict(byte[] raw) throws SourceEncodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(raw);
        CharBuffer out = CharBuffer.allocate(raw.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new SourceEncodingException(in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new SourceEncodingException(in.position());
        }
        out.flip();
        return out.toString();
    }

    private static int[] byteOffsets(String text) {
        int[] offsets = new int[text.length() + 1];
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            offsets[i] = bytes;
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                offsets[++i] = bytes - 2; // a low surrogate has no byte boundary of its own
            } else {
                bytes += 3;
            }
        }
        offsets[text.length()] = bytes;
        return offsets;
    }

    /** The SHA-256 of the normalized bytes, 64 lowercase hex digits. */
    public String id() {
        return id;
    }

    public String text() {
        return text;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public int byteLength() {
        return bytes.length;
    }

    /** The UTF-8 span of the chars [charStart, charEnd) of the normalized text. */
    public Span spanOfChars(int charStart, int charEnd) {
        return new Span(byteOffsetOfChar[charStart], byteOffsetOfChar[charEnd]);
    }

    /** The text under a span, or null when the span lies outside the text or cuts a character. */
    public String textAt(Span span) {
        if (span.end() > bytes.length) {
            return null;
        }
        int start = charIndexOfByte(span.start());
        int end = charIndexOfByte(span.end());
        if (start < 0 || end < 0) {
            return null;
        }
        return text.substring(start, end);
    }

    private int charIndexOfByte(long byteOffset) {
        int index = java.util.Arrays.binarySearch(byteOffsetOfChar, (int) byteOffset);
        if (index < 0) {
            return -1;
        }
        if (index < text.length() && Character.isLowSurrogate(text.charAt(index))) {
            return -1;
        }
        return index;
    }

    /** Every span where the needle occurs, in order; overlapping occurrences count separately. */
    public List<Span> find(String needle) {
        return findWithin(needle, 0, text.length());
    }

    /** Every span inside the given span where the needle occurs. */
    public List<Span> findWithin(String needle, Span within) {
        int start = charIndexOfByte(within.start());
        int end = charIndexOfByte(within.end());
        if (start < 0 || end < 0) {
            return List.of();
        }
        return findWithin(needle, start, end);
    }

    private List<Span> findWithin(String needle, int charStart, int charEnd) {
        List<Span> spans = new ArrayList<>();
        if (needle.isEmpty()) {
            return spans;
        }
        int from = charStart;
        while (true) {
            int at = text.indexOf(needle, from);
            if (at < 0 || at + needle.length() > charEnd) {
                return spans;
            }
            spans.add(spanOfChars(at, at + needle.length()));
            from = at + 1;
        }
    }

    @Override
    public String toString() {
        return "SourceText(" + id + ", " + bytes.length + " bytes)";
    }
}
