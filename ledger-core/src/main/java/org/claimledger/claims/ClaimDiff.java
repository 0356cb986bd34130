package org.claimledger.claims;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The field-level difference between two versions of a claim, in the claim layout (ClaimBody): every scalar is
 * named as people read it ("figures[0].value", "attribution.who"); a span is one field, printed [start, end).
 */
public final class ClaimDiff {
    private ClaimDiff() {
    }

    /** The changed fields, in the order they appear in the newer version, then the fields it dropped. */
    public static List<FieldChange> between(JsonNode before, JsonNode after) {
        Map<String, String> old = flatten(before);
        Map<String, String> now = flatten(after);
        Set<String> fields = new LinkedHashSet<>(now.keySet());
        fields.addAll(old.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String a = old.get(field);
            String b = now.get(field);
            if (!Objects.equals(a, b)) {
                changes.add(new FieldChange(field, a, b));
            }
        }
        return changes;
    }

    static Map<String, String> flatten(JsonNode node) {
        Map<String, String> fields = new LinkedHashMap<>();
        flatten("", node, fields);
        return fields;
    }

    private static void flatten(String name, JsonNode node, Map<String, String> fields) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (isSpan(node)) {
            fields.put(name, "[" + node.get("start").asLong() + ", " + node.get("end").asLong() + ")");
        } else if (node.isObject() && node.size() > 0) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                flatten(name.isEmpty() ? field.getKey() : name + "." + field.getKey(), field.getValue(), fields);
            }
        } else if (node.isArray() && node.size() > 0) {
            for (int i = 0; i < node.size(); i++) {
                flatten(name + "[" + i + "]", node.get(i), fields);
            }
        } else if (node.isContainerNode()) {
            fields.put(name, node.isArray() ? "[]" : "{}");
        } else {
            fields.put(name, node.isTextual() ? node.textValue() : node.toString());
        }
    }

    private static boolean isSpan(JsonNode node) {
        return node.isObject() && node.size() == 2 && node.path("start").isIntegralNumber()
                && node.path("end").isIntegralNumber();
    }
}
