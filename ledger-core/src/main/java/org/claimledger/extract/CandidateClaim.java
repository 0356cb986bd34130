package org.claimledger.extract;

import java.util.List;

/** One claim-bearing sentence or clause, with its figures, its attribution (null in the article's own voice). */
public record CandidateClaim(Located quote, List<CandidateFigure> figures, CandidateAttribution attribution,
        double confidence) {

    public CandidateClaim {
        figures = List.copyOf(figures);
    }
}
