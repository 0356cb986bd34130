package org.claimledger.model;

/** The exact passage of the source a claim rests on. */
public record Quote(String text, Span span) {
    public Quote {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("quote must not be empty");
        }
    }
}
