package org.claimledger.entry;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.crypto.Hex;
import org.claimledger.json.FieldException;
import org.claimledger.json.JsonFields;
import org.claimledger.model.Language;
import org.claimledger.model.SourceRecord;

/** The JSON layout of a source entry's body. */
public final class SourceBody {
    private SourceBody() {
    }

    public static ObjectNode toJson(SourceRecord source) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("id", source.id());
        body.put("length", source.length());
        body.put("lang", source.language().code());
        putIfPresent(body, "title", source.title());
        putIfPresent(body, "publisher", source.publisher());
        putIfPresent(body, "url", source.url());
        putIfPresent(body, "published", source.published());
        return body;
    }

    private static void putIfPresent(ObjectNode body, String name, String value) {
        if (value != null) {
            body.put(name, value);
        }
    }

    public static SourceRecord fromJson(JsonFields body) throws FieldException {
        String id = body.text("id");
        if (!Hex.isHash(id)) {
            throw new FieldException(body.at("id"), "body.id must be 64 lowercase hex digits");
        }
        Language language;
        try {
            language = Language.fromCode(body.text("lang"));
        } catch (IllegalArgumentException e) {
            throw new FieldException(body.at("lang"), "body.lang: " + e.getMessage());
        }
        return new SourceRecord(id, body.integer("length"), body.optionalText("title"), body.optionalText("publisher"),
                body.optionalText("url"), body.optionalText("published"), language);
    }
}
