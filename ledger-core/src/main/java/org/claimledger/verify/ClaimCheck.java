package org.claimledger.verify;

import org.claimledger.claims.FigureCheck;
import org.claimledger.failure.LedgerException;
import org.claimledger.model.Attribution;
import org.claimledger.model.Claim;
import org.claimledger.model.Figure;
import org.claimledger.model.SourceText;

/** Re-checks a signed claim against its stored source: every span, and every figure against its own text. */
final class ClaimCheck {
    private final SourceTexts sources;
    private final VerifyReport report;

    ClaimCheck(SourceTexts sources, VerifyReport report) {
        this.sources = sources;
        this.report = report;
    }

    void check(long seq, Claim claim) throws LedgerException {
        SourceTexts.Registered registered = sources.registered(claim.sourceId());
        if (registered == null) {
            report.add(Finding.mismatch(seq, FindingKind.SOURCE_MISSING, "body.source", "a source registered earlier",
                    claim.sourceId(), "the claim cites source " + claim.sourceId() + ", which no earlier entry registers"));
            return;
        }
        SourceText text = sources.text(claim.sourceId());
        if (text == null) {
            return; // The source entry's own check has reported the missing text.
        }
        String quoted = text.textAt(claim.quote().span());
        report.countSpans(1);
        if (!claim.quote().text().equals(quoted)) {
            report.add(Finding.mismatch(seq, FindingKind.QUOTE_MISMATCH, "body.quote.text", quoted,
                    claim.quote().text(), "the quote is not what source " + shortId(claim.sourceId()) + " says at bytes "
                            + claim.quote().span()));
        }
        for (int i = 0; i < claim.figures().size(); i++) {
            Figure figure = claim.figures().get(i);
            String field = "body.figures[" + i + "]";
            String under = text.textAt(figure.span());
            report.countSpans(1);
            if (!figure.text().equals(under)) {
                report.add(Finding.mismatch(seq, FindingKind.FIGURE_SPAN, field + ".text", under, figure.text(),
                        "the figure's text is not what the source says at bytes " + figure.span()));
            } else if (!claim.quote().span().contains(figure.span())) {
                report.add(Finding.mismatch(seq, FindingKind.FIGURE_SPAN, field + ".span",
                        "inside " + claim.quote().span(), figure.span().toString(), "the figure lies outside its quote"));
            }
            FigureCheck.Contradiction contradiction = FigureCheck.contradiction(figure, registered.language());
            if (contradiction != null) {
                report.add(Finding.mismatch(seq, FindingKind.FIGURE_VALUE, field + "." + contradiction.field(),
                        contradiction.read(), contradiction.stated(), contradiction.message()));
            }
        }
        Attribution attribution = claim.attribution();
        if (attribution != null) {
            String under = text.textAt(attribution.span());
            report.countSpans(1);
            if (!attribution.text().equals(under)) {
                report.add(Finding.mismatch(seq, FindingKind.ATTRIBUTION_SPAN, "body.attribution.text", under,
                        attribution.text(), "the attribution passage is not what the source says at bytes "
                                + attribution.span()));
            }
        }
    }

    static String shortId(String id) {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }
}
