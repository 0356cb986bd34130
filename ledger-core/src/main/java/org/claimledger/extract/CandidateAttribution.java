package org.claimledger.extract;

import org.claimledger.model.AttributionKind;

/**
 * Who a claim is attributed to: the resolved name ("Sergei Shoigu" even where the text says "ha detto Shoigu"), the
 * reporting cue ("ha detto"), and the passage of the source that attributes. {@code carried} is true when the passage
 * is in an earlier sentence and the claim inherits it.
 */
public record CandidateAttribution(String who, AttributionKind kind, String cue, Located text, boolean carried) {
}
