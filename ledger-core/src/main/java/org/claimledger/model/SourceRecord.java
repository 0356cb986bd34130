package org.claimledger.model;

/** The signed description of a registered source text; the text itself is stored by its id. */
public record SourceRecord(String id, long length, String title, String publisher, String url, String published, Language language) {
}
