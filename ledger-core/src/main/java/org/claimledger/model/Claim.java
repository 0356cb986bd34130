package org.claimledger.model;

import java.util.List;

/** One version of a claim as signed: the source it rests on, its quote, figures and attribution. */
public record Claim(String sourceId, Quote quote, String statement, List<Figure> figures, Attribution attribution) {
    public Claim {
        figures = List.copyOf(figures);
    }
}
