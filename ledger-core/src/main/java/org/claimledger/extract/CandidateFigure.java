package org.claimledger.extract;

import org.claimledger.model.Qualifier;
import org.claimledger.numbers.FigureValue;

/**
 * A figure found in a claim: its text exactly as written (which reads to {@code value}), what it counts, how it is
 * qualified, and the time expression that scopes it (null when none).
 */
public record CandidateFigure(Located text, FigureValue value, String unit, Qualifier qualifier, Located period) {
}
