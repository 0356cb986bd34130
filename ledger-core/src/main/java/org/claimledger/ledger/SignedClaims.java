package org.claimledger.ledger;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimledger.entry.ClaimBody;
import org.claimledger.failure.LedgerException;
import org.claimledger.json.FieldException;
import org.claimledger.json.JsonFields;
import org.claimledger.model.Claim;
import org.claimledger.model.Figure;
import org.claimledger.model.Span;

/**
 * The claims of one source that stand signed now (latest version, not retracted), by what makes two claims the
 * same: the quote's span and the figures (each figure's span and value). Signing one of them again would say
 * nothing new; changing one is a correction.
 */
final class SignedClaims {
    /** What two claims of one source share when they say the same thing. */
    record Sameness(Span quote, List<FigureSameness> figures) {
        static Sameness of(Claim claim) {
            return new Sameness(claim.quote().span(), claim.figures().stream().map(FigureSameness::of)
                    .sorted(Comparator.comparingLong((FigureSameness f) -> f.span().start())
                            .thenComparingLong(f -> f.span().end()).thenComparing(FigureSameness::value))
                    .toList());
        }
    }

    record FigureSameness(Span span, String value, String upper) {
        static FigureSameness of(Figure figure) {
            return new FigureSameness(figure.span(), figure.value(), figure.upper());
        }
    }

    private final String sourceId;
    private final CurrentClaims.Fold fold = new CurrentClaims.Fold();
    private final Map<Sameness, Long> claimIds = new HashMap<>();

    private SignedClaims(String sourceId) {
        this.sourceId = sourceId;
    }

    /** The claims of the source as the ledger holds them now. */
    static SignedClaims of(Ledger ledger, String sourceId) throws LedgerException {
        SignedClaims signed = unread(sourceId);
        signed.catchUp(ledger);
        return signed;
    }

    /** None yet: the first {@link #catchUp} reads the whole ledger. */
    static SignedClaims unread(String sourceId) {
        return new SignedClaims(sourceId);
    }

    /** Reads the entries appended since the last read (under the head lock, only those). */
    void catchUp(Ledger ledger) throws LedgerException {
        fold.readOn(ledger);
        claimIds.clear();
        for (CurrentClaims.Standing standing : fold.standing(new CurrentClaims.Filter(sourceId, true, null, null, null, null))) {
            try {
                Claim claim = ClaimBody.fromJson(JsonFields.of(standing.version(), "/body"));
                claimIds.putIfAbsent(Sameness.of(claim), standing.claimId());
            } catch (FieldException e) {
                // A damaged version is verify's to report; it cannot make a new claim a duplicate.
            }
        }
    }

    /** The id of the current claim that says the same, or null. */
    Long claimSaying(Sameness sameness) {
        return claimIds.get(sameness);
    }
}
