package org.claimledger.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.ledger.ClaimHistory;
import org.claimledger.model.Attribution;
import org.claimledger.model.Claim;
import org.claimledger.model.SourceRecord;
import org.claimledger.report.LedgerContents;

/**
 * The ledger's claims as schema.org Claim items in JSON-LD, the vocabulary fact-checkers' ClaimReview markup builds
 * on: each claim not retracted, its current version's quote as text, the article it appears in (appearance and
 * firstAppearance, a NewsArticle with its headline, publisher, date and address), the attributed party as author and
 * the article's date as datePublished. The context is inline ({"@vocab": "https://schema.org/"}), so reading it
 * fetches nothing.
 */
final class SchemaOrgClaims {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SchemaOrgClaims() {
    }

    static ObjectNode of(LedgerContents contents) {
        LedgerIri iri = new LedgerIri(contents.origin());
        ObjectNode document = JSON.objectNode();
        document.putObject("@context").put("@vocab", "https://schema.org/");
        ArrayNode graph = document.putArray("@graph");
        for (LedgerContents.Source source : contents.sources()) {
            SourceRecord record = source.record();
            ObjectNode article = graph.addObject();
            article.put("@id", iri.source(record.id()));
            article.put("@type", "NewsArticle");
            putText(article, "headline", record.title());
            putText(article, "url", record.url());
            putText(article, "datePublished", record.published());
            article.put("inLanguage", record.language().code());
            article.put("identifier", record.id());
            if (record.publisher() != null) {
                article.putObject("publisher").put("@type", "Organization").put("name", record.publisher());
            }
        }
        for (ClaimHistory claim : contents.claims()) {
            if (claim.retracted()) {
                continue;
            }
            Claim version = claim.current().claim();
            ObjectNode item = graph.addObject();
            item.put("@id", iri.claim(claim.claimId()));
            item.put("@type", "Claim");
            item.put("text", version.quote().text());
            putText(item, "description", version.statement());
            item.putObject("appearance").put("@id", iri.source(version.sourceId()));
            item.putObject("firstAppearance").put("@id", iri.source(version.sourceId()));
            LedgerContents.Source source = contents.source(version.sourceId());
            if (source != null) {
                putText(item, "datePublished", source.record().published());
            }
            Attribution attribution = version.attribution();
            if (attribution != null) {
                item.putObject("author").put("@type", authorType(attribution)).put("name", attribution.who());
            }
            item.put("identifier", "claim " + claim.claimId() + " of " + contents.origin());
        }
        return document;
    }

    /** A person or an organization as themselves; a document or publication as the work it is. */
    private static String authorType(Attribution attribution) {
        return switch (attribution.kind()) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organization";
            case PUBLICATION -> "Periodical";
            case DOCUMENT -> "CreativeWork";
        };
    }

    private static void putText(ObjectNode node, String property, String value) {
        if (value != null) {
            node.put(property, value);
        }
    }
}
