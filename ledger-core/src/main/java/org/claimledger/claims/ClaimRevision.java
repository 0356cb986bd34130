package org.claimledger.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.Excerpt;
import org.claimledger.json.JsonFields;
import org.claimledger.model.Attribution;
import org.claimledger.model.AttributionKind;
import org.claimledger.model.Claim;
import org.claimledger.model.Figure;
import org.claimledger.model.Qualifier;
import org.claimledger.model.Span;

/**
 * The next version of a claim, drafted from the current one: every part the editor does not change stays as
 * signed. Spans are kept only while the text they locate is unchanged and the source is the same; any other
 * part is found again in the source when the draft is resolved.
 */
public final class ClaimRevision {
    private static final Pattern FIGURE_FIELD = Pattern.compile("figures\\[(\\d+)\\]\\.(text|value|upper|unit|qualifier|period)");
    private static final Pattern ATTRIBUTION_FIELD = Pattern.compile("attribution\\.(who|kind|cue|text)");

    private static final class FigureParts {
        String text;
        String value;
        String upper;
        String unit;
        Qualifier qualifier;
        String period;
        Integer occurrence;
        Span span;
    }

    private static final class AttributionParts {
        String who;
        AttributionKind kind;
        String cue;
        String text;
        Span span;
    }

    private String quote;
    private Integer occurrence;
    private Span quoteSpan;
    private String statement;
    private final List<FigureParts> figures = new ArrayList<>();
    private AttributionParts attribution;

    private ClaimRevision() {
    }

    /** Starts from the current version; keepSpans is false when the new version rests on another source text. */
    public static ClaimRevision of(Claim current, boolean keepSpans) {
        ClaimRevision revision = new ClaimRevision();
        revision.quote = current.quote().text();
        revision.quoteSpan = keepSpans ? current.quote().span() : null;
        revision.statement = current.statement();
        for (Figure figure : current.figures()) {
            FigureParts parts = new FigureParts();
            parts.text = figure.text();
            parts.value = figure.value();
            parts.upper = figure.upper();
            parts.unit = figure.unit();
            parts.qualifier = figure.qualifier();
            parts.period = figure.period();
            parts.span = keepSpans ? figure.span() : null;
            revision.figures.add(parts);
        }
        Attribution attribution = current.attribution();
        if (attribution != null) {
            AttributionParts parts = new AttributionParts();
            parts.who = attribution.who();
            parts.kind = attribution.kind();
            parts.cue = attribution.cue();
            parts.text = attribution.text();
            parts.span = keepSpans ? attribution.span() : null;
            revision.attribution = parts;
        }
        return revision;
    }

    /** A new quote; the figures are then found again inside it. */
    public void quote(String text, Integer occurrence) {
        this.quote = text;
        this.occurrence = occurrence;
        this.quoteSpan = null;
        figures.forEach(figure -> figure.span = null);
    }

    public void statement(String statement) {
        this.statement = statement;
    }

    /** Replaces every figure. */
    public void figures(List<ClaimDraft.FigureDraft> drafts) {
        figures.clear();
        for (ClaimDraft.FigureDraft draft : drafts) {
            FigureParts parts = new FigureParts();
            parts.text = draft.text();
            parts.value = draft.value();
            parts.upper = draft.upper();
            parts.unit = draft.unit();
            parts.qualifier = draft.qualifier();
            parts.period = draft.period();
            parts.occurrence = draft.occurrence();
            parts.span = draft.span();
            figures.add(parts);
        }
    }

    /** Replaces the attribution; null removes it. */
    public void attribution(ClaimDraft.AttributionDraft draft) {
        if (draft == null) {
            attribution = null;
            return;
        }
        AttributionParts parts = new AttributionParts();
        parts.who = draft.who();
        parts.kind = draft.kind();
        parts.cue = draft.cue();
        parts.text = draft.text();
        parts.span = draft.span();
        attribution = parts;
    }

    /**
     * Changes one field, named as history prints it: statement, quote, figures[N].text|value|upper|unit|qualifier|
     * period, attribution.who|kind|cue|text. An empty value removes an optional field.
     */
    public void set(String field, String value) throws LedgerException {
        String option = "--set " + field;
        if (field.equals("quote") || field.equals("quote.text")) {
            quote(required(option, value), null);
            return;
        }
        if (field.equals("statement")) {
            statement = optional(value);
            return;
        }
        Matcher figure = FIGURE_FIELD.matcher(field);
        if (figure.matches()) {
            // An index of ten digits or more is out of range like any other, not an int overflow (exit 70).
            String digits = figure.group(1);
            int index = digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
            if (index >= figures.size()) {
                throw new LedgerException(Failure.INVALID_REQUEST, option + ": the claim has " + figures.size()
                        + " figure(s)" + (figures.isEmpty() ? "" : ", figures[0] to figures[" + (figures.size() - 1) + "]")
                        + "; use --figure to give the whole list");
            }
            FigureParts parts = figures.get(index);
            switch (figure.group(2)) {
                case "text" -> {
                    parts.text = required(option, value);
                    parts.span = null;
                    parts.occurrence = null;
                }
                case "value" -> parts.value = decimal(option, required(option, value));
                case "upper" -> parts.upper = value.isEmpty() ? null : decimal(option, value);
                case "unit" -> parts.unit = optional(value);
                case "qualifier" -> parts.qualifier = qualifier(option, value);
                case "period" -> parts.period = optional(value);
                default -> throw new IllegalStateException(figure.group(2));
            }
            return;
        }
        Matcher attributionField = ATTRIBUTION_FIELD.matcher(field);
        if (attributionField.matches()) {
            if (attribution == null) {
                throw new LedgerException(Failure.INVALID_REQUEST, option + ": the claim has no attribution; give one "
                        + "with --who, --kind and --attribution-text");
            }
            switch (attributionField.group(1)) {
                case "who" -> attribution.who = required(option, value);
                case "kind" -> attribution.kind = kind(option, value);
                case "cue" -> attribution.cue = optional(value);
                case "text" -> {
                    attribution.text = required(option, value);
                    attribution.span = null;
                }
                default -> throw new IllegalStateException(attributionField.group(1));
            }
            return;
        }
        throw new LedgerException(Failure.INVALID_REQUEST, option + ": unknown field; use statement, quote, "
                + "figures[N].text|value|upper|unit|qualifier|period or attribution.who|kind|cue|text");
    }

    /** The draft to resolve against the source. */
    public ClaimDraft draft() {
        List<ClaimDraft.FigureDraft> figureDrafts = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            FigureParts parts = figures.get(i);
            figureDrafts.add(new ClaimDraft.FigureDraft("/figures/" + i, parts.text, parts.value, parts.upper, parts.unit,
                    parts.qualifier, parts.period, parts.occurrence, parts.span));
        }
        ClaimDraft.AttributionDraft attributionDraft = attribution == null ? null
                : new ClaimDraft.AttributionDraft("/attribution", attribution.who, attribution.kind, attribution.cue,
                        attribution.text, attribution.span);
        return new ClaimDraft("", quote, occurrence, quoteSpan, statement, figureDrafts, attributionDraft);
    }

    private static String required(String option, String value) throws LedgerException {
        if (value.isBlank()) {
            throw new LedgerException(Failure.INVALID_REQUEST, option + " must not be empty");
        }
        return value;
    }

    private static String optional(String value) {
        return value.isEmpty() ? null : value;
    }

    private static String decimal(String option, String value) throws LedgerException {
        if (!JsonFields.isDecimal(value)) {
            throw new LedgerException(Failure.INVALID_REQUEST, option + " must be a plain decimal such as 9000000 or 1.5, "
                    + "got '" + Excerpt.of(value) + "'");
        }
        return value;
    }

    private static Qualifier qualifier(String option, String value) throws LedgerException {
        try {
            return Qualifier.fromCode(value);
        } catch (IllegalArgumentException e) {
            throw new LedgerException(Failure.INVALID_REQUEST, option + ": " + e.getMessage());
        }
    }

    private static AttributionKind kind(String option, String value) throws LedgerException {
        try {
            return AttributionKind.fromCode(value);
        } catch (IllegalArgumentException e) {
            throw new LedgerException(Failure.INVALID_REQUEST, option + ": " + e.getMessage());
        }
    }
}
