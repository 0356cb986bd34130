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
import org.claimledger.input.InputLimits;

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

    /**
     * The normalized form, which normalizing again leaves unchanged (the ledger re-reads stored texts through
     * here): every leading U+FEFF is removed, not only the first, or a text that began with two would lose one
     * more each time and no longer match its own id.
     */
    public static String normalize(String raw) {
        int start = 0;
        while (start < raw.length() && raw.charAt(start) == '\uFEFF') {
            start++;
        }
        String text = raw.substring(start);
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

    /**
     * The index of the char that starts at a UTF-8 byte offset (the text's length for the offset at its end), or -1
     * when the offset lies outside the text or inside a character.
     */
    public int charIndexOfByte(long byteOffset) {
        if (byteOffset < 0 || byteOffset > bytes.length) {
            return -1;
        }
        int index = java.util.Arrays.binarySearch(byteOffsetOfChar, (int) byteOffset);
        if (index < 0) {
            return -1;
        }
        if (index < text.length() && Character.isLowSurrogate(text.charAt(index))) {
            return -1;
        }
        return index;
    }

    /**
     * Every span where the needle occurs, in order, overlapping occurrences counted separately; at most the first
     * {@link InputLimits#OCCURRENCES}.
     */
    public List<Span> find(String needle) {
        return findWithin(needle, 0, text.length());
    }

    /** Every span inside the given span where the needle occurs (at most the first {@link InputLimits#OCCURRENCES}). */
    public List<Span> findWithin(String needle, Span within) {
        int start = charIndexOfByte(within.start());
        int end = charIndexOfByte(within.end());
        if (start < 0 || end < 0) {
            return List.of();
        }
        return findWithin(needle, start, end);
    }

    /**
     * Knuth-Morris-Pratt: time linear in the text and the needle whatever they hold. String.indexOf from each
     * position takes time proportional to both lengths multiplied on periodic text ("aaa...a" in "aaa...a"), which
     * a claims file and a source can supply; and the occurrences listed are bounded, so memory is too.
     */
    private List<Span> findWithin(String needle, int charStart, int charEnd) {
        List<Span> spans = new ArrayList<>();
        int length = needle.length();
        if (length == 0 || length > charEnd - charStart) {
            return spans;
        }
        int[] border = new int[length];
        for (int i = 1, k = 0; i < length; i++) {
            while (k > 0 && needle.charAt(i) != needle.charAt(k)) {
                k = border[k - 1];
            }
            if (needle.charAt(i) == needle.charAt(k)) {
                k++;
            }
            border[i] = k;
        }
        for (int i = charStart, k = 0; i < charEnd; i++) {
            char c = text.charAt(i);
            while (k > 0 && c != needle.charAt(k)) {
                k = border[k - 1];
            }
            if (c == needle.charAt(k)) {
                k++;
            }
            if (k == length) {
                int at = i - length + 1;
                spans.add(spanOfChars(at, at + length));
                if (spans.size() == InputLimits.OCCURRENCES) {
                    return spans;
                }
                k = border[k - 1];
            }
        }
        return spans;
    }

    @Override
    public String toString() {
        return "SourceText(" + id + ", " + bytes.length + " bytes)";
    }
}
