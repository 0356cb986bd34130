package org.claimledger.report;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.claimledger.entry.EntryTime;
import org.claimledger.keys.KeyRecord;
import org.claimledger.keys.KeyRole;
import org.claimledger.ledger.ClaimHistory;
import org.claimledger.note.NoteException;
import org.claimledger.note.NoteSignature;
import org.claimledger.note.SignedNote;
import org.claimledger.verify.Finding;
import org.claimledger.verify.FindingKind;
import org.claimledger.verify.VerifyReport;

/**
 * The report's front page: the ledger's origin and size, its latest checkpoint and who signed it, verify's verdict,
 * the keys and what became of them, one row per source, and the findings that belong to no claim or source.
 */
final class IndexPage {
    /** The most findings listed in full on the index; verify lists them all. */
    static final int LISTED_FINDINGS = 1000;

    private final LedgerContents contents;
    private final VerifyReport verified;
    private final FindingPlaces places;
    private final String trustedBy;
    private final boolean witnessesChecked;
    private final Instant now;

    IndexPage(LedgerContents contents, VerifyReport verified, FindingPlaces places, String trustedBy,
            boolean witnessesChecked, Instant now) {
        this.contents = contents;
        this.verified = verified;
        this.places = places;
        this.trustedBy = trustedBy;
        this.witnessesChecked = witnessesChecked;
        this.now = now;
    }

    String write(String generated) {
        String origin = contents.origin() == null ? "(no readable genesis entry)" : contents.origin();
        Markup out = new Markup(64 * 1024 + contents.sources().size() * 600);
        PageFrame.open(out, "Claims ledger " + origin + " — ClaimLedger report", "content");
        out.raw("<header class=\"site\"><p>ClaimLedger report</p><h1>Claims ledger <span class=\"v\">").text(origin)
                .raw("</span></h1></header><main id=\"content\" tabindex=\"-1\">");
        verdict(out);
        ledger(out);
        sources(out);
        keys(out);
        ledgerFindings(out);
        orphans(out);
        allFindings(out);
        out.raw("</main>");
        PageFrame.close(out, generated);
        return out.toString();
    }

    private void verdict(Markup out) {
        List<Finding> findings = verified.findings();
        boolean clean = findings.isEmpty();
        out.raw("<section class=\"verdict ").raw(clean ? "ok" : "bad").raw("\" id=\"verdict\" aria-labelledby=\"verdict-h\">")
                .raw("<h2 id=\"verdict-h\">");
        if (clean) {
            out.raw("<span class=\"label ok\">Verified</span> verify found nothing wrong");
        } else {
            out.raw("<span class=\"label bad\">").text(findings.size()).raw(findings.size() == 1 ? " finding" : " findings")
                    .raw("</span> verify found problems in this ledger");
        }
        out.raw("</h2><p>").text(verified.summary()).raw(".</p>");
        if (!clean) {
            int onLedger = places.onLedger().size();
            out.raw("<p>Each finding is shown where it belongs: on its claim's card, on its source's page, or ")
                    .raw(onLedger == 0 ? "here" : "<a href=\"#ledger-findings\">below</a>")
                    .raw(" for the chain, the keys and the ledger as a whole (").text(onLedger).raw(" here). ")
                    .raw("<a href=\"#all-findings\">All findings</a> are listed at the end.</p>");
        }
        for (String note : verified.notes()) {
            out.raw("<p class=\"v\">").text(note).raw("</p>");
        }
        out.raw("</section>");
        if (trustedBy == null) {
            out.raw("<p class=\"notice\"><span class=\"label warn\">Trust not checked</span> No trusted key was given, so "
                    + "this report does not say whose ledger this is: write it with <code>--trust FILE</code> (the "
                    + "newsroom's published vkey lines) to check that the ledger key is the newsroom's.</p>");
        }
    }

    private void ledger(Markup out) {
        int current = 0;
        int corrected = 0;
        int retracted = 0;
        for (ClaimHistory claim : contents.claims()) {
            if (claim.retracted()) {
                retracted++;
            } else {
                current++;
                corrected += claim.versions() > 1 ? 1 : 0;
            }
        }
        out.raw("<section aria-labelledby=\"ledger-h\"><h2 id=\"ledger-h\">The ledger</h2><dl class=\"facts\">");
        out.raw("<dt>Origin</dt><dd class=\"v\">").text(contents.origin() == null ? "(unreadable)" : contents.origin())
                .raw("</dd><dt>Entries</dt><dd>").text(contents.entries()).raw("</dd>");
        out.raw("<dt>Claims</dt><dd><span id=\"count-current\">").text(current).raw("</span> current (")
                .text(corrected).raw(" of them corrected), <span id=\"count-retracted\">").text(retracted)
                .raw("</span> retracted</dd>");
        out.raw("<dt>Sources</dt><dd>").text(contents.sources().size()).raw("</dd>");
        byte[] root = verified.root();
        if (root != null) {
            out.raw("<dt>Root of the entries</dt><dd><code class=\"id\">").text(Base64.getEncoder().encodeToString(root))
                    .raw("</code> (RFC 9162, computed by verify)</dd>");
        }
        out.raw("</dl>");
        checkpoint(out);
        out.raw("</section>");
    }

    private void checkpoint(Markup out) {
        out.raw("<h3>Latest signed checkpoint</h3>");
        LedgerContents.StoredCheckpoint checkpoint = contents.checkpoint();
        if (checkpoint == null) {
            out.raw("<p class=\"notice\"><span class=\"label warn\">None</span> The ledger holds no signed checkpoint, so "
                    + "nothing binds it to what the newsroom published: run <code>claimledger checkpoint</code>.</p>");
            return;
        }
        boolean findings = verified.findings().stream().anyMatch(f -> f.kind() == FindingKind.CHECKPOINT);
        out.raw("<p>Tree size ").text(checkpoint.size()).raw(findings
                ? ". <span class=\"label bad\">Finding</span> verify reports checkpoint findings (below)."
                : ". verify opened the ledger's checkpoints with the chain's ledger keys, and the entries give their roots.")
                .raw("</p><pre class=\"note v\">").text(checkpoint.note()).raw("</pre>");
        try {
            List<NoteSignature> signatures = SignedNote.parse(checkpoint.note().getBytes(StandardCharsets.UTF_8))
                    .signatures();
            out.raw("<table><caption>Signatures on it</caption><thead><tr><th scope=\"col\">Key name</th>"
                    + "<th scope=\"col\">Key ID</th><th scope=\"col\">Who</th></tr></thead><tbody>");
            for (NoteSignature signature : signatures) {
                boolean ledgerKey = signature.name().equals(contents.origin());
                out.raw("<tr><td class=\"v\">").text(signature.name()).raw("</td><td><code>")
                        .text(String.format("%08x", signature.keyId())).raw("</code></td><td>")
                        .raw(ledgerKey ? "the ledger key (named after the origin)"
                                : witnessesChecked
                                        ? "a cosignature (a witness; verify held the checkpoint to the listed "
                                                + "witnesses: see its verdict)"
                                        : "a cosignature (a witness; not checked: give the report --witnesses FILE)")
                        .raw("</td></tr>");
            }
            out.raw("</tbody></table>");
        } catch (NoteException | IllegalArgumentException e) {
            out.raw("<p><span class=\"label bad\">Unreadable</span> The stored note cannot be read as a signed note.</p>");
        }
    }

    private void sources(Markup out) {
        out.raw("<section aria-labelledby=\"sources-h\"><h2 id=\"sources-h\">Sources</h2>");
        if (contents.sources().isEmpty()) {
            out.raw("<p>The ledger registers no source.</p></section>");
            return;
        }
        out.raw("<table id=\"sources\"><thead><tr><th scope=\"col\">Title</th><th scope=\"col\">Publisher</th>"
                + "<th scope=\"col\">Published</th><th scope=\"col\">Language</th><th scope=\"col\">Current claims</th>"
                + "<th scope=\"col\">of which corrected</th><th scope=\"col\">Retracted</th>"
                + "<th scope=\"col\">Findings</th></tr></thead><tbody>");
        for (LedgerContents.Source source : contents.sources()) {
            String id = source.record().id();
            List<ClaimHistory> claims = contents.claimsOn(id);
            int retracted = 0;
            int corrected = 0;
            for (ClaimHistory claim : claims) {
                retracted += claim.retracted() ? 1 : 0;
                corrected += !claim.retracted() && claim.versions() > 1 ? 1 : 0;
            }
            int findings = places.onSource(id).size() + places.onClaimsOf(claims);
            String title = source.record().title();
            out.raw("<tr data-source=\"").text(id).raw("\"><th scope=\"row\"><a class=\"v\" href=\"")
                    .text(SourcePage.fileName(id)).raw("\">").text(title == null ? "Source " + id.substring(0, 12) : title)
                    .raw("</a></th><td class=\"v\">").text(dash(source.record().publisher())).raw("</td><td class=\"v\">")
                    .text(dash(source.record().published())).raw("</td><td>").text(source.record().language().code())
                    .raw("</td><td class=\"num\">").text(claims.size() - retracted).raw("</td><td class=\"num\">")
                    .text(corrected).raw("</td><td class=\"num\">").text(retracted).raw("</td><td class=\"num\">");
            if (findings > 0) {
                out.raw("<span class=\"label bad\">").text(findings).raw("</span>");
            } else {
                out.raw("0");
            }
            out.raw("</td></tr>");
        }
        out.raw("</tbody></table></section>");
    }

    private void keys(Markup out) {
        out.raw("<section aria-labelledby=\"keys-h\"><h2 id=\"keys-h\">Signers and their keys</h2>");
        out.raw("<table id=\"keys\"><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Key id</th>"
                + "<th scope=\"col\">Role</th><th scope=\"col\">Valid from</th><th scope=\"col\">Until</th>"
                + "<th scope=\"col\">Now</th></tr></thead><tbody>");
        for (KeyRecord key : contents.keys()) {
            out.raw("<tr><th scope=\"row\" class=\"v\">").text(key.name()).raw("</th><td><code class=\"id\">")
                    .text(key.id()).raw("</code></td><td>").text(key.role().code()).raw("</td><td>entry ")
                    .text(Math.max(0, key.enrolledSeq())).raw(", <time>").text(EntryTime.format(key.enrolledAt())).raw("</time></td><td>");
            if (key.revokedFrom() == null) {
                out.raw("—");
            } else {
                boolean replaced = key.role() == KeyRole.LEDGER;
                out.raw(replaced ? "replaced" : "revoked").raw(" from <time>")
                        .text(EntryTime.format(key.revokedFrom())).raw("</time> by entry ")
                        .text(key.revokedSeq() == null ? -1 : key.revokedSeq());
                if (key.successor() != null) {
                    out.raw(", successor <code class=\"id\">").text(key.successor()).raw("</code>");
                }
                out.raw("; reason: <span class=\"v\">").text(dash(key.revokeReason())).raw("</span>");
            }
            out.raw("</td><td>");
            if (key.revokedAt(now)) {
                out.raw(key.role() == KeyRole.LEDGER ? "<span class=\"label ret\">replaced</span>"
                        : "<span class=\"label ret\">revoked</span>");
            } else if (key.revokedFrom() != null) {
                out.raw("<span class=\"label warn\">valid until then</span>");
            } else {
                out.raw("<span class=\"label ok\">valid</span>");
            }
            out.raw("</td></tr>");
        }
        out.raw("</tbody></table><p>As the chain declares them; verify checks that each was enrolled, revoked and "
                + "replaced by the key allowed to.</p></section>");
    }

    private void ledgerFindings(Markup out) {
        List<Finding> findings = places.onLedger();
        if (findings.isEmpty()) {
            return;
        }
        out.raw("<section class=\"verdict bad\" id=\"ledger-findings\" aria-labelledby=\"ledger-findings-h\">"
                + "<h2 id=\"ledger-findings-h\"><span class=\"label bad\">Problem</span> Findings on the chain, the keys "
                + "and the ledger as a whole</h2>");
        FindingList.write(out, findings.size() > LISTED_FINDINGS ? findings.subList(0, LISTED_FINDINGS) : findings);
        more(out, findings.size());
        out.raw("</section>");
    }

    private void orphans(Markup out) {
        List<ClaimHistory> orphans = contents.claimsOnNoRegisteredSource();
        if (orphans.isEmpty()) {
            return;
        }
        out.raw("<section aria-labelledby=\"orphans-h\"><h2 id=\"orphans-h\">Claims on no registered source</h2>");
        for (ClaimHistory claim : orphans) {
            new ClaimCard(claim, places.onClaim(claim.claimId()), "").write(out, false);
        }
        out.raw("</section>");
    }

    private void allFindings(Markup out) {
        List<Finding> findings = verified.findings();
        if (findings.isEmpty()) {
            return;
        }
        out.raw("<section id=\"all-findings\" aria-labelledby=\"all-findings-h\"><h2 id=\"all-findings-h\">All findings"
                + "</h2><table><thead><tr><th scope=\"col\">Entry</th><th scope=\"col\">Kind</th>"
                + "<th scope=\"col\">Field</th><th scope=\"col\">Shown</th></tr></thead><tbody>");
        for (Finding finding : findings.subList(0, Math.min(findings.size(), LISTED_FINDINGS))) {
            out.raw("<tr><td>").text(finding.seq() == null ? "—" : finding.seq().toString()).raw("</td><td><code>")
                    .text(finding.kind().code()).raw("</code></td><td><code class=\"v\">").text(dash(finding.field()))
                    .raw("</code></td><td>");
            place(out, finding);
            out.raw("</td></tr>");
        }
        out.raw("</tbody></table>");
        more(out, findings.size());
        out.raw("</section>");
    }

    /** A link to where the finding is shown. */
    private void place(Markup out, Finding finding) {
        Long claim = places.claimOf(finding);
        String source = places.sourceOf(finding);
        if (claim != null) {
            String on = contents.claim(claim).current().claim().sourceId();
            String page = contents.source(on) == null ? "" : SourcePage.fileName(on);
            out.raw("<a href=\"").text(page).raw("#claim-").text(claim).raw("\">claim ").text(claim).raw("</a>");
        } else if (source != null) {
            out.raw("<a href=\"").text(SourcePage.fileName(source)).raw("\">its source's page</a>");
        } else {
            out.raw("<a href=\"#ledger-findings\">above</a>");
        }
    }

    private static void more(Markup out, int total) {
        if (total > LISTED_FINDINGS) {
            out.raw("<p>The first ").text(LISTED_FINDINGS).raw(" of ").text(total)
                    .raw(" are listed; <code>claimledger verify</code> lists them all.</p>");
        }
    }

    private static String dash(String value) {
        return value == null || value.isEmpty() ? "—" : value;
    }
}
