package org.claimledger.claims;

import java.math.BigDecimal;

import org.claimledger.input.InputLimits;
import org.claimledger.model.Figure;
import org.claimledger.model.Language;
import org.claimledger.numbers.FigureReader;
import org.claimledger.numbers.FigureTextException;
import org.claimledger.numbers.FigureValue;

/** Whether a figure's value (and upper bound) is what its own text says, read in the source's language. */
public final class FigureCheck {
    /** What the text reads as, what the figure states, and a sentence naming both. */
    public record Contradiction(String field, String read, String stated, String message) {
    }

    private FigureCheck() {
    }

    /**
     * Returns null when the figure is consistent. A figure over the limits of SPEC.md §16 is a contradiction
     * found without reading it (reading a number costs time that grows faster than its length), and the message
     * quotes only its beginning.
     */
    public static Contradiction contradiction(Figure figure, Language language) {
        String tooLong = InputLimits.overLength("figure text", figure.text(), InputLimits.FIGURE_TEXT);
        if (tooLong != null) {
            return new Contradiction("text", null, beginning(figure.text()), tooLong + ", so it is not read");
        }
        for (String[] bound : new String[][] {{"value", figure.value()}, {"upper", figure.upper()}}) {
            String tooManyDigits = InputLimits.overDigits(bound[0], bound[1]);
            if (tooManyDigits != null) {
                return new Contradiction(bound[0], null, beginning(bound[1]), tooManyDigits + ", so it is not read");
            }
        }
        FigureValue read;
        try {
            read = FigureReader.read(figure.text(), language);
        } catch (FigureTextException e) {
            return new Contradiction("text", null, figure.text(), "figure text '" + figure.text()
                    + "' cannot be read as a number (" + e.getMessage() + ")");
        }
        if (!sameNumber(read.valueText(), figure.value())) {
            return new Contradiction("value", read.valueText(), figure.value(), "figure text '" + figure.text()
                    + "' reads as " + read.valueText() + " but value is " + figure.value());
        }
        if (read.isRange() != (figure.upper() != null)) {
            return new Contradiction("upper", read.upperText(), figure.upper(), read.isRange()
                    ? "figure text '" + figure.text() + "' is a range up to " + read.upperText() + " but upper is missing"
                    : "figure text '" + figure.text() + "' is a single number but upper is " + figure.upper());
        }
        if (read.isRange() && !sameNumber(read.upperText(), figure.upper())) {
            return new Contradiction("upper", read.upperText(), figure.upper(), "figure text '" + figure.text()
                    + "' reads as a range up to " + read.upperText() + " but upper is " + figure.upper());
        }
        return null;
    }

    private static String beginning(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "... (" + text.length() + " characters)";
    }

    private static boolean sameNumber(String a, String b) {
        return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
    }
}
