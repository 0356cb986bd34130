package org.claimledger.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.claimledger.ledger.ClaimHistory;
import org.claimledger.model.Attribution;
import org.claimledger.model.Claim;
import org.claimledger.model.Figure;
import org.claimledger.model.SourceRecord;
import org.claimledger.model.SourceText;
import org.claimledger.model.Span;
import org.claimledger.verify.Finding;

/**
 * One source's page: what the ledger says about the source, verify's findings on its registration, the article text
 * as stored with every claim resting on it marked, and the claims' cards beside it.
 */
final class SourcePage {
    private final LedgerContents.Source source;
    private final List<ClaimHistory> claims;
    private final FindingPlaces findings;
    private final String origin;

    SourcePage(LedgerContents.Source source, List<ClaimHistory> claims, FindingPlaces findings, String origin) {
        this.source = source;
        this.claims = claims;
        this.findings = findings;
        this.origin = origin;
    }

    /** The file name of a source's page, below the report's folder; ids are 64 hex digits (the reader checked). */
    static String fileName(String sourceId) {
        return "sources/" + sourceId + ".html";
    }

    /** The page for the stored text (null when the ledger holds none). */
    String write(String storedText, String generated) {
        SourceRecord record = source.record();
        String title = record.title() != null ? record.title() : "Source " + record.id().substring(0, 12);
        Markup out = new Markup(64 * 1024 + claims.size() * 3000 + (storedText == null ? 0 : storedText.length() * 2));
        PageFrame.open(out, title + " — ClaimLedger report", "content");
        out.raw("<header class=\"site\"><p><a href=\"../index.html\">Report of <span class=\"v\">")
                .text(origin == null ? "(no origin)" : origin).raw("</span></a> › source</p><h1 class=\"v\">").text(title)
                .raw("</h1></header><main id=\"content\" tabindex=\"-1\">");
        facts(out, record);
        List<Finding> own = findings.onSource(record.id());
        if (!own.isEmpty()) {
            out.raw("<section class=\"verdict bad\" aria-labelledby=\"source-findings\"><h2 id=\"source-findings\">"
                    + "<span class=\"label bad\">Problem</span> This source's registration has findings</h2>");
            FindingList.write(out, own);
            out.raw("</section>");
        }
        int onClaims = findings.onClaimsOf(claims);
        if (onClaims > 0) {
            out.raw("<p class=\"notice\"><span class=\"label bad\">Findings</span> ").text(onClaims)
                    .raw(onClaims == 1 ? " finding is" : " findings are")
                    .raw(" shown on the claims' cards below.</p>");
        }
        legend(out);
        claimList(out);
        out.raw("<div class=\"layout\"><section class=\"pane\" id=\"text\" aria-labelledby=\"text-h\">"
                + "<h2 id=\"text-h\">Article text</h2>");
        Set<Long> inText = Set.of();
        if (storedText == null) {
            out.raw("<p class=\"notice\"><span class=\"label bad\">Missing</span> The ledger holds no text for this "
                    + "source.</p>");
        } else {
            SourceText text = SourceText.fromString(storedText);
            if (!text.id().equals(record.id())) {
                out.raw("<p class=\"notice\"><span class=\"label bad\">Changed</span> The text below is the text stored "
                        + "now; it is not the text that was signed (it hashes to <code>").text(text.id())
                        .raw("</code>), so the marks may fall on the wrong words.</p>");
            }
            out.raw("<div class=\"article v\" lang=\"").text(record.language().code()).raw("\">");
            inText = ArticleMarkup.write(out, text.text(), marks(text), corrected());
            out.raw("</div>");
        }
        out.raw("</section><section class=\"pane\" id=\"cards\" aria-labelledby=\"cards-h\"><h2 id=\"cards-h\">Claims ("
                + "cards)</h2>");
        if (claims.isEmpty()) {
            out.raw("<p>No claim rests on this source.</p>");
        }
        for (ClaimHistory claim : claims) {
            new ClaimCard(claim, findings.onClaim(claim.claimId()), record.language().code())
                    .write(out, inText.contains(claim.claimId()));
        }
        out.raw("</section></div></main>");
        PageFrame.close(out, generated);
        return out.toString();
    }

    private void facts(Markup out, SourceRecord record) {
        out.raw("<dl class=\"facts\">");
        optional(out, "Publisher", record.publisher());
        optional(out, "Published", record.published());
        out.raw("<dt>Language</dt><dd>").text(record.language().code()).raw("</dd>");
        if (record.url() != null) {
            out.raw("<dt>Address</dt><dd class=\"v\">").text(record.url()).raw("</dd>");
        }
        out.raw("<dt>Source id</dt><dd><code class=\"id\">").text(record.id()).raw("</code> (SHA-256 of the text, ")
                .text(record.length()).raw(" bytes)</dd>");
        out.raw("<dt>Registered</dt><dd>entry ").text(source.seq()).raw(" by <span class=\"v\">")
                .text(source.signerName() == null ? source.signer() : source.signerName()).raw("</span> at <time>")
                .text(source.time()).raw("</time></dd>");
        out.raw("</dl>");
    }

    private static void optional(Markup out, String name, String value) {
        if (value != null) {
            out.raw("<dt>").raw(name).raw("</dt><dd class=\"v\">").text(value).raw("</dd>");
        }
    }

    private static void legend(Markup out) {
        out.raw("<p class=\"legend\" aria-label=\"How claims are marked\"><span><span class=\"hl q swatch\">quote</span>"
                + " a current claim's quote</span><span><span class=\"hl q f swatch\">figure</span> a figure</span>"
                + "<span><span class=\"hl a swatch\">attribution</span> who said it</span>"
                + "<span><span class=\"hl r swatch\">retracted</span> a retracted claim</span>"
                + "<span><span class=\"hl q end-cor swatch\">quote</span> a corrected claim</span></p>");
    }

    private void claimList(Markup out) {
        out.raw("<nav class=\"claims\" aria-labelledby=\"claims-h\"><h2 id=\"claims-h\">").text(claims.size())
                .raw(claims.size() == 1 ? " claim" : " claims").raw(" on this source</h2><ul>");
        for (ClaimHistory claim : claims) {
            String quote = claim.current().claim().quote().text();
            out.raw("<li><a href=\"#claim-").text(claim.claimId()).raw("\">Claim ").text(claim.claimId()).raw("</a> ");
            if (claim.retracted()) {
                out.raw("<span class=\"label ret\">retracted</span> ");
            } else if (claim.versions() > 1) {
                out.raw("<span class=\"label cor\">corrected</span> ");
            }
            if (!findings.onClaim(claim.claimId()).isEmpty()) {
                out.raw("<span class=\"label bad\">finding</span> ");
            }
            out.raw("<span class=\"v\">").text(beginning(quote)).raw("</span></li>");
        }
        out.raw("</ul></nav>");
    }

    /** The first words of a quote, for the list of claims: at most 48 code points, on one line. */
    static String beginning(String quote) {
        String line = quote.replaceAll("\\s+", " ").strip();
        if (line.codePointCount(0, line.length()) <= 48) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, 47)) + "…";
    }

    private Set<Long> corrected() {
        Set<Long> corrected = new HashSet<>();
        for (ClaimHistory claim : claims) {
            if (claim.versions() > 1 && !claim.retracted()) {
                corrected.add(claim.claimId());
            }
        }
        return corrected;
    }

    /** The marks of every claim, in chars of the text; spans that do not fall on character boundaries are left out. */
    private List<ArticleMarkup.Mark> marks(SourceText text) {
        List<ArticleMarkup.Mark> marks = new ArrayList<>();
        for (ClaimHistory claim : claims) {
            long id = claim.claimId();
            Claim version = claim.current().claim();
            if (claim.retracted()) {
                add(marks, text, ArticleMarkup.Kind.RETRACTED_QUOTE, id, -1, version.quote().span());
                continue;
            }
            add(marks, text, ArticleMarkup.Kind.QUOTE, id, -1, version.quote().span());
            List<Figure> figures = version.figures();
            for (int i = 0; i < figures.size(); i++) {
                add(marks, text, ArticleMarkup.Kind.FIGURE, id, i, figures.get(i).span());
            }
            Attribution attribution = version.attribution();
            if (attribution != null) {
                add(marks, text, ArticleMarkup.Kind.ATTRIBUTION, id, -1, attribution.span());
            }
        }
        return marks;
    }

    private static void add(List<ArticleMarkup.Mark> marks, SourceText text, ArticleMarkup.Kind kind, long claim,
            int figure, Span span) {
        int start = text.charIndexOfByte(span.start());
        int end = text.charIndexOfByte(span.end());
        if (start >= 0 && end >= 0) {
            marks.add(new ArticleMarkup.Mark(kind, claim, figure, start, end));
        }
    }
}
