package org.claimledger.model;

/** Who a claim is attributed to: the resolved name, the kind, the reporting cue, and the passage that says so. */
public record Attribution(String who, AttributionKind kind, String cue, String text, Span span) {
    public Attribution {
        if (who == null || who.isBlank()) {
            throw new IllegalArgumentException("attribution who must not be empty");
        }
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("attribution text must not be empty");
        }
    }
}
