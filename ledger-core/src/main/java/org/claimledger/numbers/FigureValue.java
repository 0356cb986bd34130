package org.claimledger.numbers;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The value a figure's text reads to: a single number, or a range from {@code value} to {@code upper}.
 * Values are kept without trailing zeros so that "1,50" and "1,5" are the same figure.
 */
public record FigureValue(BigDecimal value, BigDecimal upper) {

    public FigureValue {
        Objects.requireNonNull(value, "value");
        value = value.stripTrailingZeros();
        if (upper != null) {
            upper = upper.stripTrailingZeros();
            if (upper.compareTo(value) <= 0) {
                throw new IllegalArgumentException("a range's upper bound must be greater than its lower bound, got "
                        + value.toPlainString() + " to " + upper.toPlainString());
            }
        }
    }

    public static FigureValue of(BigDecimal value) {
        return new FigureValue(value, null);
    }

    public boolean isRange() {
        return upper != null;
    }

    /** The canonical decimal text of the value, as stored in claims: "9000000", "1.5". */
    public String valueText() {
        return value.toPlainString();
    }

    /** The canonical decimal text of the upper bound, or null when this is not a range. */
    public String upperText() {
        return upper == null ? null : upper.toPlainString();
    }
}
