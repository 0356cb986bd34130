package org.claimledger.claims;

import java.util.List;

import org.claimledger.model.AttributionKind;
import org.claimledger.model.Qualifier;
import org.claimledger.model.Span;

/**
 * A claim as an editor wrote it in a claims file, before its spans are resolved against the source.
 * Pointers locate each part in the file for error messages.
 */
public record ClaimDraft(String pointer, String quote, Integer occurrence, Span span, String statement,
        List<FigureDraft> figures, AttributionDraft attribution) {

    public record FigureDraft(String pointer, String text, String value, String upper, String unit, Qualifier qualifier,
            String period, Integer occurrence, Span span) {
    }

    public record AttributionDraft(String pointer, String who, AttributionKind kind, String cue, String text, Span span) {
    }
}
