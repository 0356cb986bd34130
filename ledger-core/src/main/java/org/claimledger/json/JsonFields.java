package org.claimledger.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.claimledger.input.Excerpt;

/** Reads members of a JSON object by name, with messages that name the member by its pointer. */
public final class JsonFields {
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]*[1-9])?");

    private final JsonNode node;
    private final String pointer;

    private JsonFields(JsonNode node, String pointer) {
        this.node = node;
        this.pointer = pointer;
    }

    public static JsonFields of(JsonNode node, String pointer) throws FieldException {
        if (node == null || !node.isObject()) {
            throw new FieldException(pointer, FieldNames.display(pointer) + " must be a JSON object");
        }
        return new JsonFields(node, pointer);
    }

    public String pointer() {
        return pointer;
    }

    public String at(String name) {
        return FieldNames.child(pointer, name);
    }

    public boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    public String text(String name) throws FieldException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new FieldException(at(name), FieldNames.display(at(name)) + " is missing");
        }
        if (!value.isTextual()) {
            throw new FieldException(at(name), FieldNames.display(at(name)) + " must be a string");
        }
        return value.textValue();
    }

    public String nonEmptyText(String name) throws FieldException {
        String value = text(name);
        if (value.isBlank()) {
            throw new FieldException(at(name), FieldNames.display(at(name)) + " must not be empty");
        }
        return value;
    }

    public String optionalText(String name) throws FieldException {
        return has(name) ? text(name) : null;
    }

    public long integer(String name) throws FieldException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new FieldException(at(name), FieldNames.display(at(name)) + " is missing");
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new FieldException(at(name), FieldNames.display(at(name)) + " must be an integer"
                    + (value.isIntegralNumber() ? " that fits 64 bits (signed)" : ""));
        }
        return value.longValue();
    }

    /**
     * The node's value when it is a JSON integer that fits a long, exactly; otherwise the given default. Never
     * truncates or rounds: 1.5, 1e3 and 2^64 + 1 are not integers here (Jackson's asLong and asInt would make
     * them 1, 1000 and 1).
     */
    public static long exactLong(JsonNode node, long otherwise) {
        return node != null && node.isIntegralNumber() && node.canConvertToLong() ? node.longValue() : otherwise;
    }

    /** A decimal number written as a string, such as "9000000" or "1.5" (never a JSON number: no float reaches a hash). */
    public String decimal(String name) throws FieldException {
        JsonNode value = node.get(name);
        if (value != null && value.isNumber()) {
            throw new FieldException(at(name), FieldNames.display(at(name)) + " must be a decimal written as a string, "
                    + "such as \"" + value.asText() + "\" (numbers are kept as text so that no float reaches a hash)");
        }
        String text = text(name);
        return checkDecimal(at(name), text);
    }

    public String optionalDecimal(String name) throws FieldException {
        return has(name) ? decimal(name) : null;
    }

    /** True for the one spelling SPEC.md allows a decimal: "9000000", "1.5", "-2"; no exponent or trailing zeros. */
    public static boolean isDecimal(String text) {
        return DECIMAL.matcher(text).matches();
    }

    static String checkDecimal(String pointer, String text) throws FieldException {
        if (!isDecimal(text)) {
            throw new FieldException(pointer, FieldNames.display(pointer) + " must be a plain decimal string such as "
                    + "\"9000000\" or \"1.5\" (no exponent, no trailing zeros after the point), got \"" + Excerpt.of(text) + "\"");
        }
        return text;
    }

    public JsonFields object(String name) throws FieldException {
        return of(node.get(name), at(name));
    }

    public JsonNode array(String name) throws FieldException {
        JsonNode value = node.get(name);
        if (value == null || !value.isArray()) {
            throw new FieldException(at(name), FieldNames.display(at(name)) + " must be a JSON array");
        }
        return value;
    }

    public JsonNode raw(String name) {
        return node.get(name);
    }
}
