package org.claimledger.ledger;

import org.claimledger.model.Language;

/** What an editor says about a source when registering it. */
public record SourceMetadata(String title, String publisher, String url, String published, Language language) {
}
