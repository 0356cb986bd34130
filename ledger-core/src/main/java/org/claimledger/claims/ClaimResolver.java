package org.claimledger.claims;

import java.util.ArrayList;
import java.util.List;

import org.claimledger.failure.Failure;
import org.claimledger.input.InputLimits;
import org.claimledger.json.FieldNames;
import org.claimledger.model.Attribution;
import org.claimledger.model.Claim;
import org.claimledger.model.Figure;
import org.claimledger.model.Language;
import org.claimledger.model.Quote;
import org.claimledger.model.SourceText;
import org.claimledger.model.Span;

/**
 * Finds a draft's quote, figures and attribution in the source and checks every figure against its own text.
 * A quote must occur exactly once unless the draft names the occurrence; a figure must lie inside its quote;
 * an attribution passage that occurs more than once is taken at the occurrence nearest the quote.
 */
public final class ClaimResolver {
    private final SourceText source;
    private final Language language;

    public ClaimResolver(SourceText source, Language language) {
        this.source = source;
        this.language = language;
    }

    public Claim resolve(ClaimDraft draft) throws ClaimProblem {
        DraftLimits.check(draft);
        Span quoteSpan = locate(draft.quote(), draft.span(), draft.occurrence(), FieldNames.child(draft.pointer(), "quote"),
                "quote", null);
        List<Figure> figures = new ArrayList<>();
        for (ClaimDraft.FigureDraft figureDraft : draft.figures()) {
            String pointer = FieldNames.child(figureDraft.pointer(), "text");
            Span span = locate(figureDraft.text(), figureDraft.span(), figureDraft.occurrence(), pointer,
                    "figure text", quoteSpan);
            Figure figure = new Figure(figureDraft.text(), figureDraft.value(), figureDraft.upper(), figureDraft.unit(),
                    figureDraft.qualifier(), figureDraft.period(), span);
            FigureCheck.Contradiction contradiction = FigureCheck.contradiction(figure, language);
            if (contradiction != null) {
                String field = FieldNames.child(figureDraft.pointer(), contradiction.field());
                throw new ClaimProblem(Failure.FIGURE_MISMATCH, field, FieldNames.display(field) + ": "
                        + contradiction.message() + " (read as " + language.code() + "); correct the value or the text");
            }
            figures.add(figure);
        }
        Attribution attribution = null;
        ClaimDraft.AttributionDraft attributionDraft = draft.attribution();
        if (attributionDraft != null) {
            String pointer = FieldNames.child(attributionDraft.pointer(), "text");
            Span span = attributionDraft.span() != null
                    ? locate(attributionDraft.text(), attributionDraft.span(), null, pointer, "attribution text", null)
                    : nearest(attributionDraft.text(), quoteSpan, pointer);
            attribution = new Attribution(attributionDraft.who(), attributionDraft.kind(), attributionDraft.cue(),
                    attributionDraft.text(), span);
        }
        return new Claim(source.id(), new Quote(draft.quote(), quoteSpan), draft.statement(), figures, attribution);
    }

    private Span locate(String text, Span given, Integer occurrence, String pointer, String what, Span within)
            throws ClaimProblem {
        if (given != null) {
            String found = source.textAt(given);
            if (!text.equals(found)) {
                throw new ClaimProblem(Failure.NOT_IN_SOURCE, pointer, FieldNames.display(pointer) + ": the source has "
                        + (found == null ? "no whole characters" : "'" + abbreviate(found) + "'") + " at bytes " + given
                        + ", not '" + abbreviate(text) + "'; fix the span or remove it to let the tool find the " + what);
            }
            if (within != null && !within.contains(given)) {
                throw new ClaimProblem(Failure.NOT_IN_SOURCE, pointer, FieldNames.display(pointer) + ": span " + given
                        + " lies outside the quote " + within + "; a figure must be part of its quote");
            }
            return given;
        }
        List<Span> found = within == null ? source.find(text) : source.findWithin(text, within);
        String where = within == null ? "source " + source.id().substring(0, 12) : "its quote";
        if (found.isEmpty()) {
            throw new ClaimProblem(Failure.NOT_IN_SOURCE, pointer, FieldNames.display(pointer) + ": '" + abbreviate(text) + "' is not in "
                    + where + "; copy the " + what + " exactly as the source writes it");
        }
        if (occurrence != null) {
            if (occurrence > found.size()) {
                throw new ClaimProblem(Failure.NOT_IN_SOURCE, pointer, FieldNames.display(pointer) + ": occurrence " + occurrence
                        + " asked, but '" + abbreviate(text) + "' occurs " + times(found, "time(s)") + " in " + where
                        + (found.size() == InputLimits.OCCURRENCES ? "; give a \"span\" instead" : ""));
            }
            return found.get(occurrence - 1);
        }
        if (found.size() > 1) {
            throw new ClaimProblem(Failure.NOT_IN_SOURCE, pointer, FieldNames.display(pointer) + ": '" + abbreviate(text) + "' occurs "
                    + times(found, "times") + " in " + where + " (at bytes " + starts(found)
                    + "); add \"occurrence\": N (1-based) or a \"span\" to say which");
        }
        return found.get(0);
    }

    private Span nearest(String text, Span quote, String pointer) throws ClaimProblem {
        List<Span> found = source.find(text);
        if (found.isEmpty()) {
            throw new ClaimProblem(Failure.NOT_IN_SOURCE, pointer, FieldNames.display(pointer) + ": '" + abbreviate(text)
                    + "' is not in source " + source.id().substring(0, 12)
                    + "; copy the attribution passage exactly as the source writes it");
        }
        Span best = found.get(0);
        for (Span span : found) {
            if (distance(span, quote) < distance(best, quote)) {
                best = span;
            }
        }
        return best;
    }

    private static long distance(Span a, Span b) {
        if (a.end() <= b.start()) {
            return b.start() - a.end();
        }
        if (b.end() <= a.start()) {
            return a.start() - b.end();
        }
        return 0;
    }

    /** "3 times", or "10000 or more times" when the search stopped at its limit. */
    private static String times(List<Span> found, String unit) {
        return found.size() + (found.size() == InputLimits.OCCURRENCES ? " or more " : " ") + unit;
    }

    private static String starts(List<Span> spans) {
        List<String> starts = new ArrayList<>();
        for (Span span : spans) {
            starts.add(Long.toString(span.start()));
            if (starts.size() == 5) {
                starts.add("...");
                break;
            }
        }
        return String.join(", ", starts);
    }

    static String abbreviate(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
    }
}
