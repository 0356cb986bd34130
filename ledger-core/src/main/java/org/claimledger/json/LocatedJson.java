package org.claimledger.json;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private final String fileName;
    private final JsonNode root;
    private final Map<String, int[]> positions;

    private LocatedJson(String fileName, JsonNode root, Map<String, int[]> positions) {
        this.fileName = fileName;
        this.root = root;
        this.positions = positions;
    }

    /** Parses the bytes; a syntax error becomes a JsonSyntaxException with the file, line and column. */
    public static LocatedJson parse(byte[] bytes, String fileName) throws JsonSyntaxException {
        Map<String, int[]> positions = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new JsonSyntaxException(fileName, 1, 1, "the file is empty; expected a JSON object");
            }
            JsonNode root = read(parser, "", positions);
            JsonToken trailing = parser.nextToken();
            if (trailing != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new JsonSyntaxException(fileName, at.getLineNr(), at.getColumnNr(),
                        "unexpected content after the end of the JSON document");
            }
            return new LocatedJson(fileName, root, positions);
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            throw new JsonSyntaxException(fileName, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    problem(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new JsonSyntaxException(fileName, 0, 0, e.getMessage());
        }
    }

    /**
     * Jackson's description of a syntax error, as one line: without the excerpt of the document it appends
     * ("(for Array starting at [Source: ...") and cut short, since the input may hold anything.
     */
    private static String problem(String message) {
        if (message == null) {
            return "unreadable JSON";
        }
        int source = message.indexOf("[Source:");
        String text = source < 0 ? message : message.substring(0, source);
        text = text.replaceAll("\\s*\\((?:for \\w+ starting at|start marker at)\\s*$", "");
        return Excerpt.of(text.strip());
    }

    private static JsonNode read(JsonParser parser, String pointer, Map<String, int[]> positions) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        positions.put(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, read(parser, FieldNames.child(pointer, name), positions));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(parser, FieldNames.child(pointer, index++), positions));
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
