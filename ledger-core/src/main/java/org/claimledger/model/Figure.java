package org.claimledger.model;

/**
 * A number a claim states: the text as written ("9 milioni"), its exact value as a decimal string ("9000000"),
 * the upper bound for ranges, what it counts, its qualifier, the time it is scoped to, and its own span.
 */
public record Figure(String text, String value, String upper, String unit, Qualifier qualifier, String period, Span span) {
    public Figure {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("figure text must not be empty");
        }
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("figure value must not be empty");
        }
        if (qualifier == null) {
            qualifier = Qualifier.EXACTLY;
        }
    }
}
