package org.claimledger.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The candidates as text for reading: each quote with its figures marked [[like this]] and its attribution passage
 * marked {{like this}}, then one line per figure and one for the attribution.
 */
public final class ClaimsText {
    private ClaimsText() {
    }

    public static String format(List<CandidateClaim> claims) {
        StringBuilder out = new StringBuilder();
        int number = 0;
        for (CandidateClaim claim : claims) {
            number++;
            out.append(String.format(Locale.ROOT, "%d. (confidence %.2f) %s%n", number, claim.confidence(),
                    marked(claim)));
            for (CandidateFigure figure : claim.figures()) {
                out.append("   figure: ").append(figure.qualifier().code()).append(' ')
                        .append(figure.value().valueText());
                if (figure.value().isRange()) {
                    out.append("..").append(figure.value().upperText());
                }
                out.append(figure.unit() == null ? "" : " " + figure.unit())
                        .append(figure.period() == null ? "" : " (" + figure.period().text() + ")")
                        .append("  <- \"").append(figure.text().text()).append('"').append(System.lineSeparator());
            }
            CandidateAttribution attribution = claim.attribution();
            if (attribution != null) {
                out.append("   attribution: ").append(attribution.who()).append(" (").append(attribution.kind().code())
                        .append(") <- \"").append(attribution.text().text()).append('"')
                        .append(attribution.carried() ? ", carried from an earlier sentence" : "")
                        .append(System.lineSeparator());
            }
        }
        return out.toString();
    }

    private static String marked(CandidateClaim claim) {
        record Mark(int at, String text, int order) {
        }
        Located quote = claim.quote();
        List<Mark> marks = new ArrayList<>();
        for (CandidateFigure figure : claim.figures()) {
            marks.add(new Mark(figure.text().start(), "[[", 1));
            marks.add(new Mark(figure.text().end(), "]]", 0));
        }
        CandidateAttribution attribution = claim.attribution();
        if (attribution != null && attribution.text().start() >= quote.start()
                && attribution.text().end() <= quote.end()) {
            marks.add(new Mark(attribution.text().start(), "{{", 1));
            marks.add(new Mark(attribution.text().end(), "}}", 0));
        }
        marks.sort(Comparator.comparingInt(Mark::at).thenComparingInt(Mark::order));
        StringBuilder text = new StringBuilder();
        int at = quote.start();
        for (Mark mark : marks) {
            text.append(quote.text(), at - quote.start(), mark.at() - quote.start()).append(mark.text());
            at = mark.at();
        }
        return text.append(quote.text(), at - quote.start(), quote.text().length()).toString();
    }
}
