package org.claimledger.extract;

import java.util.List;

import org.claimledger.model.Language;
import org.claimledger.model.SourceText;
import org.claimledger.model.Span;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes candidate claims as a claims file, the format `claimledger sign` reads: every quote, figure and attribution
 * with its UTF-8 byte span in the normalized source, so an editor can delete or edit candidates and sign the rest.
 */
public final class ClaimsFileWriter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ClaimsFileWriter() {
    }

    /** The claims file for claims found in source; sourceId is written as "source" (normally source.id()). */
    public static ObjectNode write(SourceText source, String sourceId, Language language, List<CandidateClaim> claims) {
        ObjectNode file = JSON.objectNode();
        file.put("v", 1);
        file.put("source", sourceId);
        file.put("lang", language.code());
        var array = file.putArray("claims");
        Occurrences occurrences = Occurrences.of(source.text(),
                claims.stream().map(claim -> claim.quote().text()).toList());
        for (CandidateClaim claim : claims) {
            array.add(claim(source, claim, occurrences));
        }
        return file;
    }

    private static ObjectNode claim(SourceText source, CandidateClaim claim, Occurrences occurrences) {
        ObjectNode node = JSON.objectNode();
        node.put("quote", claim.quote().text());
        node.set("span", span(span(source, claim.quote())));
        if (occurrences.count(claim.quote().text()) > 1) {
            node.put("occurrence", occurrences.ordinalAt(claim.quote().text(), claim.quote().start()));
        }
        var figures = node.putArray("figures");
        for (CandidateFigure figure : claim.figures()) {
            ObjectNode figureNode = figures.addObject();
            figureNode.put("text", figure.text().text());
            figureNode.put("value", figure.value().valueText());
            if (figure.value().isRange()) {
                figureNode.put("upper", figure.value().upperText());
            }
            if (figure.unit() != null) {
                figureNode.put("unit", figure.unit());
            }
            figureNode.put("qualifier", figure.qualifier().code());
            if (figure.period() != null) {
                figureNode.put("period", figure.period().text());
            }
            figureNode.set("span", span(span(source, figure.text())));
        }
        CandidateAttribution attribution = claim.attribution();
        if (attribution == null) {
            node.putNull("attribution");
        } else {
            ObjectNode attributionNode = node.putObject("attribution");
            attributionNode.put("who", attribution.who());
            attributionNode.put("kind", attribution.kind().code());
            attributionNode.put("cue", attribution.cue());
            attributionNode.put("text", attribution.text().text());
            attributionNode.set("span", span(span(source, attribution.text())));
        }
        node.put("confidence", claim.confidence());
        return node;
    }

    private static Span span(SourceText source, Located located) {
        return source.spanOfChars(located.start(), located.end());
    }

    private static ObjectNode span(Span span) {
        ObjectNode node = JSON.objectNode();
        node.put("start", span.start());
        node.put("end", span.end());
        return node;
    }
}
