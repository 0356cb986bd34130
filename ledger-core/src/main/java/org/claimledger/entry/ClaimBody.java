package org.claimledger.entry;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.json.FieldException;
import org.claimledger.json.FieldNames;
import org.claimledger.json.JsonFields;
import org.claimledger.model.Attribution;
import org.claimledger.model.AttributionKind;
import org.claimledger.model.Claim;
import org.claimledger.model.Figure;
import org.claimledger.model.Qualifier;
import org.claimledger.model.Quote;
import org.claimledger.model.Span;

/** The JSON layout of a claim (the body of a claim entry, and the new version inside a correction). */
public final class ClaimBody {
    private ClaimBody() {
    }

    public static ObjectNode toJson(Claim claim) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        writeInto(body, claim);
        return body;
    }

    /** Writes the claim's members into an existing object (a correction adds its own members beside them). */
    public static void writeInto(ObjectNode body, Claim claim) {
        body.put("source", claim.sourceId());
        ObjectNode quote = body.putObject("quote");
        quote.put("text", claim.quote().text());
        quote.set("span", span(claim.quote().span()));
        if (claim.statement() != null) {
            body.put("statement", claim.statement());
        }
        ArrayNode figures = body.putArray("figures");
        for (Figure figure : claim.figures()) {
            ObjectNode node = figures.addObject();
            node.put("text", figure.text());
            node.put("value", figure.value());
            if (figure.upper() != null) {
                node.put("upper", figure.upper());
            }
            if (figure.unit() != null) {
                node.put("unit", figure.unit());
            }
            node.put("qualifier", figure.qualifier().code());
            if (figure.period() != null) {
                node.put("period", figure.period());
            }
            node.set("span", span(figure.span()));
        }
        Attribution attribution = claim.attribution();
        if (attribution != null) {
            ObjectNode node = body.putObject("attribution");
            node.put("who", attribution.who());
            node.put("kind", attribution.kind().code());
            if (attribution.cue() != null) {
                node.put("cue", attribution.cue());
            }
            node.put("text", attribution.text());
            node.set("span", span(attribution.span()));
        }
    }

    public static ObjectNode span(Span span) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("start", span.start());
        node.put("end", span.end());
        return node;
    }

    public static Claim fromJson(JsonFields body) throws FieldException {
        String source = body.text("source");
        JsonFields quoteFields = body.object("quote");
        Quote quote = new Quote(quoteFields.nonEmptyText("text"), readSpan(quoteFields.object("span")));
        String statement = body.optionalText("statement");
        JsonNode figureNodes = body.array("figures");
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < figureNodes.size(); i++) {
            JsonFields figure = JsonFields.of(figureNodes.get(i), FieldNames.child(body.at("figures"), i));
            figures.add(new Figure(figure.nonEmptyText("text"), figure.decimal("value"), figure.optionalDecimal("upper"),
                    figure.optionalText("unit"), qualifier(figure), figure.optionalText("period"),
                    readSpan(figure.object("span"))));
        }
        Attribution attribution = null;
        if (body.has("attribution")) {
            JsonFields node = body.object("attribution");
            attribution = new Attribution(node.nonEmptyText("who"), kind(node), node.optionalText("cue"),
                    node.nonEmptyText("text"), readSpan(node.object("span")));
        }
        return new Claim(source, quote, statement, figures, attribution);
    }

    static Qualifier qualifier(JsonFields figure) throws FieldException {
        try {
            return figure.has("qualifier") ? Qualifier.fromCode(figure.text("qualifier")) : Qualifier.EXACTLY;
        } catch (IllegalArgumentException e) {
            throw new FieldException(figure.at("qualifier"), FieldNames.display(figure.at("qualifier")) + ": " + e.getMessage());
        }
    }

    static AttributionKind kind(JsonFields attribution) throws FieldException {
        try {
            return AttributionKind.fromCode(attribution.text("kind"));
        } catch (IllegalArgumentException e) {
            throw new FieldException(attribution.at("kind"), FieldNames.display(attribution.at("kind")) + ": " + e.getMessage());
        }
    }

    public static Span readSpan(JsonFields span) throws FieldException {
        long start = span.integer("start");
        long end = span.integer("end");
        if (start < 0 || end < start) {
            throw new FieldException(span.pointer(), FieldNames.display(span.pointer())
                    + " must satisfy 0 <= start <= end, got [" + start + ", " + end + ")");
        }
        return new Span(start, end);
    }
}
