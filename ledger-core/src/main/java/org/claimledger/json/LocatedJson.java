package org.claimledger.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.input.Excerpt;

/**
 * A JSON document read together with the line and column of every value, so that a message about
 * "/claims/3/figures/0/value" can point at claims.json:41:18.
 */
public final class LocatedJson {
    private final String fileName;
    private final JsonNode root;
    private final Map<String, int[]> positions;

    private LocatedJson(String fileName, JsonNode root, Map<String, int[]> positions) {
        this.fileName = fileName;
        this.root = root;
        this.positions = positions;
    }

    /**
     * A parser over a stream, for documents read value by value (a claims file): duplicate members are refused, and
     * no string may be longer than maxStringLength characters, so one hostile value cannot take the heap. The
     * stream stays open at the end of the document (the caller reads on to its end, and closes it).
     */
    public static JsonParser parser(InputStream in, int maxStringLength) throws IOException {
        return JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxStringLength).build())
                .build()
                .createParser(in);
    }

    /** A document (or the part of one) read elsewhere, with the positions of its values by pointer. */
    public static LocatedJson of(String fileName, JsonNode root, Map<String, int[]> positions) {
        return new LocatedJson(fileName, root, positions);
    }

    /**
     * Reads the value at the parser's current token (its first), whose pointer in the document is pointer, with
     * the line and column of every value in it. A value that runs on past maxBytes bytes of the document is
     * refused as soon as it does, before the rest of it is read.
     */
    public static LocatedJson readValue(JsonParser parser, String fileName, String pointer, long maxBytes)
            throws IOException {
        Map<String, int[]> positions = new HashMap<>();
        JsonNode root = read(parser, pointer, positions, new Limit(parser.currentTokenLocation(), maxBytes));
        return new LocatedJson(fileName, root, positions);
    }

    /** A value of the document is longer than its limit; its first token is at line:column. */
    public static final class ValueTooLargeException extends IOException {
        private final int line;
        private final int column;

        public ValueTooLargeException(int line, int column) {
            super("value too large");
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /** A syntax error (or a value over Jackson's limits) as file:line:column and one line of what is wrong. */
    public static JsonSyntaxException syntaxError(JsonProcessingException e, String fileName) {
        JsonLocation at = e.getLocation();
        return new JsonSyntaxException(fileName, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                problem(e.getOriginalMessage()));
    }

    /**
     * Jackson's description of a syntax error, as one line: without the excerpt of the document it appends
     * ("(for Array starting at [Source: ...") and cut short, since the input may hold anything.
     */
    static String problem(String message) {
        if (message == null) {
            return "unreadable JSON";
        }
        int source = message.indexOf("[Source:");
        String text = source < 0 ? message : message.substring(0, source);
        text = text.replaceAll("\\s*\\((?:for \\w+ starting at|start marker at)\\s*$", "");
        return Excerpt.of(text.strip());
    }

    /** Where the value being read began, and how many bytes it may take. */
    private record Limit(JsonLocation start, long maxBytes) {
        void check(JsonLocation at) throws ValueTooLargeException {
            if (at.getByteOffset() - start.getByteOffset() > maxBytes) {
                throw new ValueTooLargeException(start.getLineNr(), start.getColumnNr());
            }
        }
    }

    private static JsonNode read(JsonParser parser, String pointer, Map<String, int[]> positions, Limit limit)
            throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        limit.check(at);
        positions.put(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, read(parser, FieldNames.child(pointer, name), positions, limit));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser, FieldNames.child(pointer, index++), positions, limit));
                }
                return array;
            }
            case VALUE_STRING -> {
                return JsonNodeFactory.instance.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return JsonNodeFactory.instance.numberNode(parser.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return JsonNodeFactory.instance.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return JsonNodeFactory.instance.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return JsonNodeFactory.instance.nullNode();
            }
            default -> throw new JsonParseException(parser, "unexpected " + token);
        }
    }

    /** This document with the positions of parts of it read on their own ({@link #readValue}), to locate them all. */
    public LocatedJson with(java.util.List<LocatedJson> parts) {
        Map<String, int[]> all = new HashMap<>(positions);
        for (LocatedJson part : parts) {
            all.putAll(part.positions);
        }
        return new LocatedJson(fileName, root, all);
    }

    public JsonNode root() {
        return root;
    }

    public String fileName() {
        return fileName;
    }

    /** "file:line:column" of the value at the pointer, or of its nearest ancestor that exists. */
    public String locate(String pointer) {
        String at = pointer;
        while (true) {
            int[] position = positions.get(at);
            if (position != null) {
                return fileName + ":" + position[0] + ":" + position[1];
            }
            if (at.isEmpty()) {
                return fileName;
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
    }
}
