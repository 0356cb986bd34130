package org.claimledger.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An article's text with its claims marked in it. Quotes, figures and attributions may overlap in any way (two
 * claims quoting overlapping sentences, an attribution outside its quote), so the text is cut at every mark's start
 * and end, and each piece is one link carrying every mark that covers it: {@code data-q} the current claims whose
 * quote covers it, {@code data-r} the retracted ones (struck through), {@code data-f} the figures ("claim:index"),
 * {@code data-a} the attributions. A piece links to the card of the narrowest claim covering it; only the first
 * piece of each run of one claim is a tab stop, so the keyboard moves claim by claim. The text itself is unchanged:
 * labels ("corrected", "retracted") are drawn by the stylesheet, not inserted.
 */
final class ArticleMarkup {
    enum Kind { QUOTE, RETRACTED_QUOTE, FIGURE, ATTRIBUTION }

    /** One marked span, in chars of the text: [start, end). figure is the figure's index, -1 for other kinds. */
    record Mark(Kind kind, long claim, int figure, int start, int end) {
        int length() {
            return end - start;
        }
    }

    private static final Comparator<Mark> NARROWEST = Comparator.comparingInt(Mark::length)
            .thenComparingLong(Mark::claim).thenComparing(Mark::kind).thenComparingInt(Mark::figure)
            .thenComparingInt(Mark::start);

    private ArticleMarkup() {
    }

    /**
     * Writes the text with its marks; corrected lists the claims to flag as corrected. Returns the claims whose quote
     * start got an anchor ({@code id="q-N"}), which their cards link back to.
     */
    static Set<Long> write(Markup out, String text, List<Mark> marks, Set<Long> corrected) {
        TreeMap<Integer, List<Mark>> starting = new TreeMap<>();
        TreeMap<Integer, List<Mark>> ending = new TreeMap<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        Map<Long, Integer> lastQuoteEnd = new HashMap<>();
        for (Mark mark : marks) {
            if (mark.start() < 0 || mark.end() > text.length() || mark.start() >= mark.end()) {
                continue;
            }
            starting.computeIfAbsent(mark.start(), at -> new ArrayList<>()).add(mark);
            ending.computeIfAbsent(mark.end(), at -> new ArrayList<>()).add(mark);
            cuts.add(mark.start());
            cuts.add(mark.end());
            if (mark.kind() == Kind.QUOTE || mark.kind() == Kind.RETRACTED_QUOTE) {
                lastQuoteEnd.put(mark.claim(), mark.end());
            }
        }
        Set<Long> anchored = new HashSet<>();
        TreeSet<Mark> active = new TreeSet<>(NARROWEST);
        Long previousTarget = null;
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && from < cut) {
                previousTarget = piece(out, text, from, cut, active, corrected, lastQuoteEnd, previousTarget);
            }
            for (Mark mark : ending.getOrDefault(cut, List.of())) {
                active.remove(mark);
            }
            for (Mark mark : starting.getOrDefault(cut, List.of())) {
                active.add(mark);
                if ((mark.kind() == Kind.QUOTE || mark.kind() == Kind.RETRACTED_QUOTE) && anchored.add(mark.claim())) {
                    out.raw("<span class=\"anchor\" id=\"q-").text(mark.claim()).raw("\"></span>");
                }
            }
            from = cut;
        }
        return anchored;
    }

    /** Writes one piece of text; returns the claim it links to (null for unmarked text). */
    private static Long piece(Markup out, String text, int start, int end, TreeSet<Mark> active, Set<Long> corrected,
            Map<Long, Integer> lastQuoteEnd, Long previousTarget) {
        if (active.isEmpty()) {
            out.text(text, start, end);
            return null;
        }
        Set<Long> quotes = new TreeSet<>();
        Set<Long> retracted = new TreeSet<>();
        Set<String> figures = new TreeSet<>();
        Set<Long> attributions = new TreeSet<>();
        StringBuilder classes = new StringBuilder("hl");
        boolean endsCorrected = false;
        boolean endsRetracted = false;
        boolean quoteStarts = false;
        boolean quoteEnds = false;
        for (Mark mark : active) {
            switch (mark.kind()) {
                case QUOTE -> quotes.add(mark.claim());
                case RETRACTED_QUOTE -> retracted.add(mark.claim());
                case FIGURE -> figures.add(mark.claim() + ":" + mark.figure());
                case ATTRIBUTION -> attributions.add(mark.claim());
            }
            boolean quoteEndsHere = (mark.kind() == Kind.QUOTE || mark.kind() == Kind.RETRACTED_QUOTE)
                    && lastQuoteEnd.get(mark.claim()) == end;
            endsCorrected |= quoteEndsHere && mark.kind() == Kind.QUOTE && corrected.contains(mark.claim());
            endsRetracted |= quoteEndsHere && mark.kind() == Kind.RETRACTED_QUOTE;
            quoteStarts |= mark.kind() == Kind.QUOTE && mark.start() == start;
            quoteEnds |= mark.kind() == Kind.QUOTE && mark.end() == end;
        }
        append(classes, !quotes.isEmpty(), " q");
        append(classes, !retracted.isEmpty(), " r");
        append(classes, !figures.isEmpty(), " f");
        append(classes, !attributions.isEmpty(), " a");
        append(classes, quoteStarts, " qs");
        append(classes, quoteEnds, " qe");
        append(classes, endsCorrected, " end-cor");
        append(classes, endsRetracted, " end-ret");
        long target = active.first().claim();
        out.raw("<a class=\"").raw(classes.toString()).raw("\" href=\"#claim-").text(target).raw("\"");
        attribute(out, "data-q", quotes);
        attribute(out, "data-r", retracted);
        attribute(out, "data-f", figures);
        attribute(out, "data-a", attributions);
        if (previousTarget != null && previousTarget == target) {
            out.raw(" tabindex=\"-1\"");
        }
        out.raw(">").text(text, start, end).raw("</a>");
        return target;
    }

    private static void append(StringBuilder classes, boolean when, String name) {
        if (when) {
            classes.append(name);
        }
    }

    private static void attribute(Markup out, String name, Set<?> values) {
        if (values.isEmpty()) {
            return;
        }
        StringBuilder joined = new StringBuilder();
        for (Object value : values) {
            joined.append(joined.length() == 0 ? "" : " ").append(value);
        }
        out.raw(" ").raw(name).raw("=\"").text(joined.toString()).raw("\"");
    }
}
