package org.claimledger.extract;

import java.util.ArrayList;
import java.util.List;

import org.claimledger.model.Language;
import org.claimledger.model.Qualifier;

import com.fasterxml.jackson.databind.JsonNode;
import org.claimledger.json.JsonFields;

/**
 * A hand annotation of one article (format in fixtures/gold/README.md): every figure with its value, unit and
 * qualifier, every attribution with who and a passage of the claim it covers, and the aliases that name the same
 * source. Texts are located in the article by search, so the gold file needs no offsets.
 */
public record GoldFile(String sourceId, Language language, String article, List<List<String>> aliases,
        List<GoldFigure> figures, List<GoldAttribution> attributions) {

    /** A figure: its text, where it is (a longer context "in", and which occurrence), what it reads as. */
    public record GoldFigure(String text, String in, int occurrence, String value, String upper, String unit,
            Qualifier qualifier, String period) {
    }

    /** An attribution: who, and a passage of the attributed claim ("quote"), at an occurrence. */
    public record GoldAttribution(String who, String quote, int occurrence) {
    }

    public GoldFile {
        aliases = List.copyOf(aliases);
        figures = List.copyOf(figures);
        attributions = List.copyOf(attributions);
    }

    public static GoldFile read(JsonNode root) throws GoldFileException {
        if (root == null || !root.isObject()) {
            throw new GoldFileException("gold file must be a JSON object");
        }
        if (JsonFields.exactLong(root.get("v"), -1) != 1) {
            throw new GoldFileException("gold file version must be 1, got " + root.get("v"));
        }
        Language language;
        try {
            language = Language.fromCode(text(root, "lang", ""));
        } catch (IllegalArgumentException e) {
            throw new GoldFileException("lang: " + e.getMessage());
        }
        List<List<String>> aliases = new ArrayList<>();
        for (JsonNode group : root.path("aliases")) {
            List<String> names = new ArrayList<>();
            group.forEach(name -> names.add(name.asText()));
            aliases.add(names);
        }
        List<GoldFigure> figures = new ArrayList<>();
        int index = 0;
        for (JsonNode figure : root.path("figures")) {
            String where = "figures[" + index++ + "]";
            Qualifier qualifier;
            try {
                qualifier = Qualifier.fromCode(figure.path("qualifier").asText("exactly"));
            } catch (IllegalArgumentException e) {
                throw new GoldFileException(where + ".qualifier: " + e.getMessage());
            }
            figures.add(new GoldFigure(text(figure, "text", where), optional(figure, "in"),
                    figure.path("occurrence").asInt(1), text(figure, "value", where), optional(figure, "upper"),
                    optional(figure, "unit"), qualifier, optional(figure, "period")));
        }
        List<GoldAttribution> attributions = new ArrayList<>();
        index = 0;
        for (JsonNode attribution : root.path("attributions")) {
            String where = "attributions[" + index++ + "]";
            attributions.add(new GoldAttribution(text(attribution, "who", where), text(attribution, "quote", where),
                    attribution.path("occurrence").asInt(1)));
        }
        return new GoldFile(optional(root, "source"), language, optional(root, "article"), aliases, figures,
                attributions);
    }

    /** Where a figure's text is in the article, as char indexes. */
    Located locate(GoldFigure figure, String article) throws GoldFileException {
        if (figure.in() == null) {
            return find(article, figure.text(), figure.occurrence(), 0, article.length());
        }
        Located context = find(article, figure.in(), figure.occurrence(), 0, article.length());
        return find(article, figure.text(), 1, context.start(), context.end());
    }

    Located locate(GoldAttribution attribution, String article) throws GoldFileException {
        return find(article, attribution.quote(), attribution.occurrence(), 0, article.length());
    }

    /** The nth occurrence of text between from and to; text that occurs more than once needs its occurrence. */
    private static Located find(String article, String text, int occurrence, int from, int to)
            throws GoldFileException {
        List<Integer> found = new ArrayList<>();
        for (int at = article.indexOf(text, from); at >= 0 && at + text.length() <= to;
                at = article.indexOf(text, at + 1)) {
            found.add(at);
        }
        if (found.size() < occurrence || occurrence < 1) {
            throw new GoldFileException("'" + text + "' occurs " + found.size() + " time(s) in the article, occurrence "
                    + occurrence + " asked");
        }
        int at = found.get(occurrence - 1);
        return new Located(text, at, at + text.length());
    }

    private static String text(JsonNode node, String name, String where) throws GoldFileException {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new GoldFileException((where.isEmpty() ? "" : where + ".") + name + " must be a non-empty string");
        }
        return value.asText();
    }

    private static String optional(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }
}
