package org.claimledger.canonical;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a JSON object that must already be in RFC 8785 form, in one pass over its bytes: it builds the same tree
 * Jackson would, and refuses the first byte that canonical form would have written otherwise (white space, a member
 * out of order, an escape that is not the minimal one, a number not in ECMAScript form). Because the bytes are
 * canonical, the canonical form of any value inside is exactly its slice of them: the reader records the slices of
 * the top-level members and of every scalar (and empty object or array) below them, so callers hash and verify
 * the stored bytes instead of serializing the tree again.
 *
 * <p>It only ever accepts: whatever it refuses, a caller reads again with a general parser to say what is wrong.
 */
public final class CanonicalReader {
    /** Nesting deeper than this is refused (as Jackson refuses it), before the stack could run out. */
    static final int MAX_DEPTH = 500;
    /** Longer numbers are refused (as Jackson refuses them): reading one costs more than linear time. */
    static final int MAX_NUMBER_LENGTH = 1000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final BigInteger TWO_TO_53 = BigInteger.ONE.shiftLeft(53);

    /** Why the bytes are not canonical JSON (or not JSON at all), and where. */
    public static final class NotCanonicalException extends Exception {
        private static final long serialVersionUID = 1L;

        NotCanonicalException(String message, int offset) {
            super(message + " at byte " + offset, null, false, false);
        }
    }

    /** A canonical object as read, with the slices it recorded. */
    public static final class Read {
        private final ObjectNode root;
        private final Map<String, int[]> members;
        private final String[] pointers;
        private final int[] starts;
        private final int[] ends;
        private final int fields;
        private final Flat flat;

        private Read(ObjectNode root, Map<String, int[]> members, String[] pointers, int[] starts, int[] ends,
                int fields, Flat flat) {
            this.root = root;
            this.members = members;
            this.pointers = pointers;
            this.starts = starts;
            this.ends = ends;
            this.fields = fields;
            this.flat = flat;
        }

        /**
         * The member read without a tree (see {@link #readObject(byte[], Set, String)}) as a flat object of strings:
         * null when there was none, or when its value is not an object whose every member's value is a string.
         */
        public Flat flat() {
            return flat;
        }

        public ObjectNode root() {
            return root;
        }

        /** The [start, end) byte range of a top-level member's value, or null when there is no such member. */
        public int[] member(String name) {
            int[] range = members.get(name);
            return range == null ? null : range.clone();
        }

        /** Scalars (and empty objects and arrays) recorded, below every top-level member not skipped. */
        public int fields() {
            return fields;
        }

        /** The RFC 6901 pointer of recorded field i, in document order. */
        public String pointer(int i) {
            return pointers[i];
        }

        public int start(int i) {
            return starts[i];
        }

        public int end(int i) {
            return ends[i];
        }
    }

    /**
     * A top-level member's object read without a tree: its member names in canonical order (strictly increasing by
     * {@link String#compareTo}), and where each one's string value lies, quotes included.
     */
    public static final class Flat {
        private final String[] names;
        private final int[] valueStarts;
        private final int size;

        private Flat(String[] names, int[] valueStarts, int size) {
            this.names = names;
            this.valueStarts = valueStarts;
            this.size = size;
        }

        public int size() {
            return size;
        }

        /** The index of the member of that name, or a negative number when there is none. */
        public int indexOf(String name) {
            return Arrays.binarySearch(names, 0, size, name);
        }

        /** Where member i's value starts (its opening quote); the value is a string in canonical form. */
        public int valueStart(int i) {
            return valueStarts[i];
        }
    }

    private final byte[] bytes;
    private final Set<String> skipped;
    /** The top-level member whose value is only checked and located, not built (null: none). */
    private final String untreed;
    /** False while reading the untreed member's value: nothing is built, only checked. */
    private boolean building = true;
    /** True when the next object read is the untreed member's own. */
    private boolean flatNext;
    private String[] flatNames;
    private int[] flatStarts;
    private int flatSize;
    private boolean notFlat;
    private final Map<String, int[]> members = new HashMap<>(16);
    private final StringBuilder path = new StringBuilder(64);
    private String[] pointers = new String[32];
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private int fields;
    private boolean recording;
    private int pos;

    private CanonicalReader(byte[] bytes, Set<String> skipped, String untreed) {
        this.bytes = bytes;
        this.skipped = skipped;
        this.untreed = untreed;
    }

    /**
     * Reads a canonical JSON object, recording the scalar fields below each top-level member except those named in
     * skipped (a signature need not be located field by field, for instance).
     */
    public static Read readObject(byte[] bytes, Set<String> skipped) throws NotCanonicalException {
        return readObject(bytes, skipped, null);
    }

    /**
     * The same, except that the value of the top-level member named untreed is checked exactly as strictly but left out
     * of the tree (the root has no such member; read its slice again for it) and, when it is an object of strings,
     * located member by member ({@link Read#flat}). An entry's field digests are such an object, some two thirds of
     * its bytes, and verify only needs to compare them with the digests of the fields' slices.
     */
    public static Read readObject(byte[] bytes, Set<String> skipped, String untreed) throws NotCanonicalException {
        CanonicalReader reader = new CanonicalReader(bytes, skipped, untreed);
        if (bytes.length == 0 || bytes[0] != '{') {
            throw new NotCanonicalException("not a JSON object", 0);
        }
        ObjectNode root = reader.object(0, true);
        if (reader.pos != bytes.length) {
            throw new NotCanonicalException("bytes after the object", reader.pos);
        }
        Flat flat = reader.flatNames == null || reader.notFlat ? null
                : new Flat(reader.flatNames, reader.flatStarts, reader.flatSize);
        return new Read(root, reader.members, reader.pointers, reader.starts, reader.ends, reader.fields, flat);
    }

    private JsonNode value(int depth) throws NotCanonicalException {
        if (pos >= bytes.length) {
            throw new NotCanonicalException("the JSON ends early", pos);
        }
        int start = pos;
        JsonNode node;
        switch (bytes[pos]) {
            case '{' -> {
                ObjectNode object = object(depth + 1, false);
                if (pos - start == 2) { // "{}": canonical form has no white space
                    field(start);
                }
                return object;
            }
            case '[' -> {
                ArrayNode array = array(depth + 1);
                if (pos - start == 2) { // "[]"
                    field(start);
                }
                return array;
            }
            case '"' -> {
                String text = string(building);
                node = building ? NODES.textNode(text) : null;
            }
            case 't' -> node = literal("true", NODES.booleanNode(true));
            case 'f' -> node = literal("false", NODES.booleanNode(false));
            case 'n' -> node = literal("null", NODES.nullNode());
            default -> node = number();
        }
        field(start);
        return node;
    }

    private void field(int start) {
        if (!recording) {
            return;
        }
        if (fields == pointers.length) {
            pointers = Arrays.copyOf(pointers, fields * 2);
            starts = Arrays.copyOf(starts, fields * 2);
            ends = Arrays.copyOf(ends, fields * 2);
        }
        pointers[fields] = path.toString();
        starts[fields] = start;
        ends[fields] = pos;
        fields++;
    }

    private ObjectNode object(int depth, boolean top) throws NotCanonicalException {
        if (depth > MAX_DEPTH) {
            throw new NotCanonicalException("nesting deeper than " + MAX_DEPTH, pos);
        }
        pos++;
        boolean flat = flatNext;
        flatNext = false;
        if (flat) {
            flatNames = new String[16];
            flatStarts = new int[16];
        }
        ObjectNode object = NODES.objectNode();
        if (peek() == '}') {
            pos++;
            return object;
        }
        String previous = null;
        while (true) {
            if (peek() != '"') {
                throw new NotCanonicalException("a member name must follow", pos);
            }
            String name = string(true);
            // RFC 8785 orders members by the UTF-16 code units of their names, as String.compareTo does; strictly
            // increasing also means no name appears twice.
            if (previous != null && previous.compareTo(name) >= 0) {
                throw new NotCanonicalException("member '" + name + "' out of order or repeated", pos);
            }
            previous = name;
            expect(':');
            int mark = path.length();
            boolean untreedHere = top && name.equals(untreed);
            if (top) {
                recording = !skipped.contains(name);
                building = !untreedHere;
                // Only an object value is read as flat (not an object inside an array, say).
                flatNext = untreedHere && pos < bytes.length && bytes[pos] == '{';
            }
            if (recording) {
                // The pointer is only needed for the fields recorded (a digest's name, escaped, is not).
                path.append('/');
                appendEscaped(name);
            }
            int start = pos;
            if (flat) {
                flatMember(name, start);
            }
            JsonNode value = value(depth);
            if (building) {
                object.set(name, value);
            }
            path.setLength(mark);
            if (top) {
                members.put(name, new int[] {start, pos});
                if (untreedHere && flatNames == null) {
                    notFlat = true; // Its value was not an object.
                }
                building = true;
                flatNext = false;
            }
            byte next = peek();
            pos++;
            if (next == '}') {
                return object;
            }
            if (next != ',') {
                throw new NotCanonicalException("',' or '}' must follow a member", pos - 1);
            }
        }
    }

    private ArrayNode array(int depth) throws NotCanonicalException {
        if (depth > MAX_DEPTH) {
            throw new NotCanonicalException("nesting deeper than " + MAX_DEPTH, pos);
        }
        pos++;
        ArrayNode array = NODES.arrayNode();
        if (peek() == ']') {
            pos++;
            return array;
        }
        for (int index = 0; ; index++) {
            int mark = path.length();
            if (recording) {
                path.append('/').append(index);
            }
            JsonNode value = value(depth);
            if (building) {
                array.add(value);
            }
            path.setLength(mark);
            byte next = peek();
            pos++;
            if (next == ']') {
                return array;
            }
            if (next != ',') {
                throw new NotCanonicalException("',' or ']' must follow an element", pos - 1);
            }
        }
    }

    private void flatMember(String name, int valueStart) {
        if (valueStart >= bytes.length || bytes[valueStart] != '"') {
            notFlat = true;
        }
        if (flatSize == flatNames.length) {
            flatNames = Arrays.copyOf(flatNames, flatSize * 2);
            flatStarts = Arrays.copyOf(flatStarts, flatSize * 2);
        }
        flatNames[flatSize] = name;
        flatStarts[flatSize] = valueStart;
        flatSize++;
    }

    private void appendEscaped(String name) {
        if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
            // Every name ClaimLedger writes: appended whole rather than a char at a time, for each member of each entry.
            path.append(name);
            return;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '~') {
                path.append("~0");
            } else if (c == '/') {
                path.append("~1");
            } else {
                path.append(c);
            }
        }
    }

    private byte peek() throws NotCanonicalException {
        if (pos >= bytes.length) {
            throw new NotCanonicalException("the JSON ends early", pos);
        }
        return bytes[pos];
    }

    private void expect(char c) throws NotCanonicalException {
        if (peek() != c) {
            throw new NotCanonicalException("'" + c + "' expected", pos);
        }
        pos++;
    }

    private JsonNode literal(String text, JsonNode node) throws NotCanonicalException {
        int length = text.length();
        if (pos + length > bytes.length) {
            throw new NotCanonicalException("the JSON ends early", pos);
        }
        for (int i = 0; i < length; i++) {
            if (bytes[pos + i] != text.charAt(i)) {
                throw new NotCanonicalException("not a JSON value", pos);
            }
        }
        pos += length;
        return node;
    }

    /**
     * A string in canonical form: literal UTF-8 except the escapes RFC 8785 writes. Unless build, the common string
     * (ASCII, nothing escaped) is only checked, and null returned.
     */
    private String string(boolean build) throws NotCanonicalException {
        int start = ++pos;
        // The common case: ASCII with nothing escaped, decoded at once.
        while (pos < bytes.length) {
            byte b = bytes[pos];
            if (b == '"') {
                // A value inside a member read without a tree is only checked, not made.
                String text = build ? new String(bytes, start, pos - start, StandardCharsets.ISO_8859_1) : null;
                pos++;
                return text;
            }
            if (b < 0x20 || b == '\\') {
                break;
            }
            pos++;
        }
        StringBuilder text = new StringBuilder(pos - start + 16);
        for (int i = start; i < pos; i++) {
            text.append((char) bytes[i]);
        }
        while (true) {
            if (pos >= bytes.length) {
                throw new NotCanonicalException("a string is not closed", pos);
            }
            int b = bytes[pos] & 0xff;
            if (b == '"') {
                pos++;
                return text.toString();
            }
            if (b < 0x20) {
                throw new NotCanonicalException("a control character in a string", pos);
            }
            if (b == '\\') {
                text.append(escape());
            } else if (b < 0x80) {
                text.append((char) b);
                pos++;
            } else {
                text.appendCodePoint(utf8());
            }
        }
    }

    private char escape() throws NotCanonicalException {
        if (pos + 1 >= bytes.length) {
            throw new NotCanonicalException("a string is not closed", pos);
        }
        byte kind = bytes[pos + 1];
        pos += 2;
        switch (kind) {
            case '"':
                return '"';
            case '\\':
                return '\\';
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                break;
            default:
                throw new NotCanonicalException("an escape RFC 8785 does not write", pos - 2);
        }
        if (pos + 4 > bytes.length) {
            throw new NotCanonicalException("a string is not closed", pos);
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(bytes[pos + i], 16);
            if (digit < 0 || Character.isUpperCase(bytes[pos + i])) {
                throw new NotCanonicalException("a \\u escape needs four lowercase hex digits", pos);
            }
            value = value * 16 + digit;
        }
        // Only control characters without a short escape are written as \\u00xx.
        if (value >= 0x20 || value == '\b' || value == '\f' || value == '\n' || value == '\r' || value == '\t') {
            throw new NotCanonicalException("an escape RFC 8785 does not write", pos - 2);
        }
        pos += 4;
        return (char) value;
    }

    /** One UTF-8 sequence of 2 to 4 bytes, strictly: no overlong forms, no surrogates, nothing above U+10FFFF. */
    private int utf8() throws NotCanonicalException {
        int b0 = bytes[pos] & 0xff;
        int length;
        int min;
        int value;
        if (b0 >= 0xc2 && b0 <= 0xdf) {
            length = 2;
            min = 0x80;
            value = b0 & 0x1f;
        } else if (b0 >= 0xe0 && b0 <= 0xef) {
            length = 3;
            min = 0x800;
            value = b0 & 0x0f;
        } else if (b0 >= 0xf0 && b0 <= 0xf4) {
            length = 4;
            min = 0x10000;
            value = b0 & 0x07;
        } else {
            throw new NotCanonicalException("not UTF-8", pos);
        }
        if (pos + length > bytes.length) {
            throw new NotCanonicalException("not UTF-8", pos);
        }
        for (int i = 1; i < length; i++) {
            int b = bytes[pos + i] & 0xff;
            if ((b & 0xc0) != 0x80) {
                throw new NotCanonicalException("not UTF-8", pos);
            }
            value = (value << 6) | (b & 0x3f);
        }
        if (value < min || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
            throw new NotCanonicalException("not UTF-8", pos);
        }
        pos += length;
        return value;
    }

    /** A number, built as Jackson builds it, and refused unless written exactly as RFC 8785 writes it. */
    private JsonNode number() throws NotCanonicalException {
        int start = pos;
        if (pos < bytes.length && bytes[pos] == '-') {
            pos++;
        }
        int digits = pos;
        if (pos < bytes.length && bytes[pos] == '0') {
            pos++;
        } else {
            while (pos < bytes.length && bytes[pos] >= '0' && bytes[pos] <= '9') {
                pos++;
            }
        }
        if (pos == digits) {
            throw new NotCanonicalException("not a JSON value", start);
        }
        boolean integral = true;
        if (pos < bytes.length && bytes[pos] == '.') {
            integral = false;
            pos++;
            int fraction = pos;
            while (pos < bytes.length && bytes[pos] >= '0' && bytes[pos] <= '9') {
                pos++;
            }
            if (pos == fraction) {
                throw new NotCanonicalException("a number's fraction has no digits", start);
            }
        }
        if (pos < bytes.length && (bytes[pos] == 'e' || bytes[pos] == 'E')) {
            integral = false;
            pos++;
            if (pos < bytes.length && (bytes[pos] == '+' || bytes[pos] == '-')) {
                pos++;
            }
            int exponent = pos;
            while (pos < bytes.length && bytes[pos] >= '0' && bytes[pos] <= '9') {
                pos++;
            }
            if (pos == exponent) {
                throw new NotCanonicalException("a number's exponent has no digits", start);
            }
        }
        if (pos - start > MAX_NUMBER_LENGTH) {
            throw new NotCanonicalException("a number longer than " + MAX_NUMBER_LENGTH + " characters", start);
        }
        String text = new String(bytes, start, pos - start, StandardCharsets.ISO_8859_1);
        try {
            if (integral && pos - digits <= 15) {
                long value = Long.parseLong(text);
                if (value == 0 && text.length() > 1) {
                    throw new NotCanonicalException("a number not in its shortest form", start);
                }
                return value == (int) value ? NODES.numberNode((int) value) : NODES.numberNode(value);
            }
            if (integral) {
                BigInteger value = new BigInteger(text);
                if (value.abs().compareTo(TWO_TO_53) <= 0) {
                    if (!text.equals(value.toString())) {
                        throw new NotCanonicalException("a number not in its shortest form", start);
                    }
                } else if (!text.equals(Jcs.number(value.doubleValue()))) {
                    throw new NotCanonicalException("a number not in ECMAScript form", start);
                }
                return value.bitLength() < 32 ? NODES.numberNode(value.intValue())
                        : value.bitLength() < 64 ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
            }
            double value = Double.parseDouble(text);
            if (!text.equals(Jcs.number(value))) {
                throw new NotCanonicalException("a number not in ECMAScript form", start);
            }
            return NODES.numberNode(value);
        } catch (IllegalArgumentException e) {
            throw new NotCanonicalException("a number RFC 8785 cannot write", start);
        }
    }
}
