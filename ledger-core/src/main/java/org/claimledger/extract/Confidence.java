package org.claimledger.extract;

import java.util.List;

/**
 * How sure the extractor is that a candidate is a claim worth signing, from 0 to 1. Counted figures and an explicit
 * attribution raise it; an attribution carried from an earlier sentence raises it less; a line that is not prose lowers
 * it, since it may be page furniture.
 */
final class Confidence {
    private Confidence() {
    }

    static double of(List<CandidateFigure> figures, CandidateAttribution attribution, boolean prose) {
        double confidence = 0.6;
        if (!figures.isEmpty() && figures.stream().allMatch(f -> f.unit() != null)) {
            confidence += 0.15;
        }
        if (attribution != null) {
            confidence += attribution.carried() ? 0.05 : 0.15;
        }
        if (!prose) {
            confidence -= 0.3;
        }
        return Math.round(Math.max(0.05, Math.min(0.99, confidence)) * 100) / 100.0;
    }
}
