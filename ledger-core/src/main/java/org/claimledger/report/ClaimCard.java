package org.claimledger.report;

import java.util.List;

import org.claimledger.claims.FieldChange;
import org.claimledger.ledger.ClaimHistory;
import org.claimledger.model.Attribution;
import org.claimledger.model.Claim;
import org.claimledger.model.Figure;
import org.claimledger.verify.Finding;

/**
 * One claim's card: its current version (quote, statement, figures, attribution), who signed it, when, in which
 * entry, its history (each version with its reason and field-by-field changes), and verify's findings on any of its
 * entries, with the fields they name flagged in place.
 */
final class ClaimCard {
    private final ClaimHistory claim;
    private final List<Finding> findings;
    private final String lang;

    ClaimCard(ClaimHistory claim, List<Finding> findings, String lang) {
        this.claim = claim;
        this.findings = findings;
        this.lang = lang;
    }

    /** Writes the card; inText says whether the article shows its quote (then the card links back to it). */
    void write(Markup out, boolean inText) {
        long id = claim.claimId();
        ClaimHistory.Step current = claim.current();
        Claim version = current.claim();
        boolean retracted = claim.retracted();
        boolean corrected = claim.versions() > 1;
        out.raw("<article class=\"card").raw(retracted ? " retracted" : corrected ? " corrected" : "")
                .raw(findings.isEmpty() ? "" : " has-findings").raw("\" id=\"claim-").text(id)
                .raw("\" data-claim=\"").text(id).raw("\" data-status=\"")
                .raw(retracted ? "retracted" : corrected ? "corrected" : "current").raw("\" aria-labelledby=\"claim-")
                .text(id).raw("-h\">");
        out.raw("<h3 id=\"claim-").text(id).raw("-h\">Claim ").text(id);
        if (retracted) {
            out.raw(" <span class=\"label ret\">retracted</span>");
        } else if (corrected) {
            out.raw(" <span class=\"label cor\">corrected</span>");
        }
        if (!findings.isEmpty()) {
            out.raw(" <span class=\"label bad\">").text(findings.size()).raw(findings.size() == 1 ? " finding" : " findings")
                    .raw("</span>");
        }
        out.raw("</h3>");
        if (inText) {
            out.raw("<p class=\"back\"><a href=\"#q-").text(id).raw("\">Show in the text</a></p>");
        }
        FindingList.write(out, findings);
        out.raw("<blockquote").raw(flag(current, "body.quote") ? " class=\"flagged\"" : "").raw(" lang=\"")
                .text(lang).raw("\"><p class=\"v\">").text(version.quote().text()).raw("</p></blockquote>");
        out.raw("<dl class=\"facts\">");
        if (version.statement() != null) {
            fact(out, "Statement", version.statement(), flag(current, "body.statement"));
        }
        out.raw("<dt>Signed by</dt><dd").raw(flag(current, "signer") ? " class=\"flagged\"" : "").raw("><span class=\"v\">")
                .text(current.signerName()).raw("</span>, key <code class=\"id\">").text(current.signer()).raw("</code></dd>");
        out.raw("<dt>Time</dt><dd").raw(flag(current, "time") ? " class=\"flagged\"" : "").raw("><time>")
                .text(current.entry().time()).raw("</time></dd>");
        out.raw("<dt>Entry</dt><dd>").text(current.entry().seq())
                .raw(current.entry().seq() == id ? "" : " (the correction now in force)").raw("</dd>");
        out.raw("<dt>Quote bytes</dt><dd><code>").text(version.quote().span().toString()).raw("</code></dd>");
        out.raw("</dl>");
        figures(out, current, version.figures());
        attribution(out, current, version.attribution());
        history(out);
        out.raw("</article>");
    }

    private void figures(Markup out, ClaimHistory.Step current, List<Figure> figures) {
        if (figures.isEmpty()) {
            return;
        }
        out.raw("<table class=\"figures\"><caption>Figures</caption><thead><tr><th scope=\"col\">#</th>"
                + "<th scope=\"col\">Text</th><th scope=\"col\">Value</th><th scope=\"col\">Unit</th>"
                + "<th scope=\"col\">Qualifier</th><th scope=\"col\">Period</th></tr></thead><tbody>");
        for (int i = 0; i < figures.size(); i++) {
            Figure figure = figures.get(i);
            boolean flagged = flag(current, "body.figures[" + i + "]");
            out.raw("<tr data-figure=\"").text(i).raw("\"").raw(flagged ? " class=\"flagged\"" : "").raw("><td>")
                    .text(i).raw(flagged ? " <span class=\"label bad\">finding</span>" : "").raw("</td><td class=\"v\" lang=\"")
                    .text(lang).raw("\">").text(figure.text()).raw("</td><td class=\"v value\">").text(figure.value());
            if (figure.upper() != null) {
                out.raw(" to ").text(figure.upper());
            }
            out.raw("</td><td class=\"v\">").text(orDash(figure.unit())).raw("</td><td>").text(figure.qualifier().code())
                    .raw("</td><td class=\"v\">").text(orDash(figure.period())).raw("</td></tr>");
        }
        out.raw("</tbody></table>");
    }

    private void attribution(Markup out, ClaimHistory.Step current, Attribution attribution) {
        if (attribution == null) {
            return;
        }
        boolean flagged = flag(current, "body.attribution");
        out.raw("<section class=\"attribution").raw(flagged ? " flagged" : "").raw("\"><h4>Attribution")
                .raw(flagged ? " <span class=\"label bad\">finding</span>" : "").raw("</h4><dl class=\"facts\">");
        fact(out, "Who", attribution.who(), false);
        out.raw("<dt>Kind</dt><dd>").text(attribution.kind().code()).raw("</dd>");
        if (attribution.cue() != null) {
            fact(out, "Cue", attribution.cue(), false);
        }
        fact(out, "Passage", attribution.text(), false);
        out.raw("</dl></section>");
    }

    private void history(Markup out) {
        out.raw("<section class=\"history\"><h4>History</h4><ol>");
        int version = 0;
        for (ClaimHistory.Step step : claim.steps()) {
            boolean retraction = step.isRetraction();
            if (!retraction) {
                version++;
            }
            boolean flagged = findings.stream().anyMatch(f -> f.seq() != null && f.seq() == step.entry().seq());
            out.raw("<li data-entry=\"").text(step.entry().seq()).raw("\"").raw(flagged ? " class=\"flagged\"" : "")
                    .raw("><p>");
            if (retraction) {
                out.raw("<strong>Retracted</strong> by entry ");
            } else if (version == 1) {
                out.raw("<strong>Version 1</strong>, signed in entry ");
            } else {
                out.raw("<strong>Version ").text(version).raw("</strong>, correction entry ");
            }
            out.text(step.entry().seq()).raw(" by <span class=\"v\">").text(step.signerName())
                    .raw("</span> at <time>").text(step.entry().time()).raw("</time>");
            if (flagged) {
                out.raw(" <span class=\"label bad\">finding</span>");
            }
            out.raw("</p>");
            if (step.reason() != null) {
                out.raw("<p>Reason: <span class=\"v\">").text(step.reason()).raw("</span></p>");
            }
            changes(out, step.changes());
            out.raw("</li>");
        }
        out.raw("</ol></section>");
    }

    private static void changes(Markup out, List<FieldChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        out.raw("<table class=\"diff\"><caption>Changed fields</caption><thead><tr><th scope=\"col\">Field</th>"
                + "<th scope=\"col\">Before</th><th scope=\"col\">After</th></tr></thead><tbody>");
        for (FieldChange change : changes) {
            out.raw("<tr><td><code>").text(change.field()).raw("</code></td><td class=\"v before\">")
                    .text(change.before() == null ? "(none)" : change.before()).raw("</td><td class=\"v after\">")
                    .text(change.after() == null ? "(none)" : change.after()).raw("</td></tr>");
        }
        out.raw("</tbody></table>");
    }

    /** True when a finding on the version's own entry names this field or a field inside it. */
    private boolean flag(ClaimHistory.Step step, String field) {
        long seq = step.entry().seq();
        for (Finding finding : findings) {
            String named = finding.field();
            if (finding.seq() != null && finding.seq() == seq && named != null
                    && (named.equals(field) || named.startsWith(field + ".") || named.startsWith(field + "["))) {
                return true;
            }
        }
        return false;
    }

    private static void fact(Markup out, String name, String value, boolean flagged) {
        out.raw("<dt>").raw(name).raw("</dt><dd class=\"v").raw(flagged ? " flagged" : "").raw("\">").text(value)
                .raw("</dd>");
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }
}
