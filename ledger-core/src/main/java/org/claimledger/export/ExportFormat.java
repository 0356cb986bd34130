package org.claimledger.export;

/** The formats 'claimledger export' writes besides the audit bundle (SPEC.md §19). */
public enum ExportFormat {
    /** One row per claim, its current version, RFC 4180. */
    CSV("csv"),
    /** W3C PROV-O as JSON-LD: every claim version, who signed it when, what it revises and what retracted it. */
    PROV("prov"),
    /** schema.org Claim items as JSON-LD, for fact-checkers' ClaimReview markup to build on. */
    SCHEMA_ORG("schema-org");

    private final String code;

    ExportFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
