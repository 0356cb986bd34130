package org.claimledger.verify;

/** Each kind of problem verify can report, with the code printed in reports and JSON. */
public enum FindingKind {
    MALFORMED_ENTRY("malformed-entry", "an entry's bytes are not a well-formed entry"),
    UNKNOWN_VERSION("unknown-version", "an entry uses a format this verifier does not know"),
    FIELD_CHANGED("field-changed", "a field no longer matches the digest its signer signed"),
    SIGNATURE_INVALID("signature-invalid", "an entry's signature does not verify"),
    CHAIN_BROKEN("chain-broken", "an entry's prev is not the hash of the entry before it"),
    ENTRY_MISSING("entry-missing", "sequence numbers jump: entries were deleted"),
    ENTRY_MOVED("entry-moved", "an entry is stored at a position other than its seq: reordered or duplicated"),
    INDEX_MISMATCH("index-mismatch", "a stored index column disagrees with the entry it indexes"),
    UNKNOWN_SIGNER("unknown-signer", "an entry is signed by a key never enrolled in the ledger"),
    KEY_NOT_VALID("key-not-valid", "an entry is signed by a key outside its validity or role"),
    LEDGER_KEY("ledger-key", "a ledger-key entry does not prove its new key (missing or invalid proof, wrong name)"),
    TIME_BACKWARDS("time-backwards", "an entry's time is earlier than the entry before it"),
    NAME("name", "an origin or key name the ledger declares is not printable ASCII: it could pass for another"),
    GENESIS("genesis", "the genesis entry is missing, misplaced or inconsistent"),
    TRUST("trust", "the ledger key is not the one the auditor trusts"),
    SOURCE_MISSING("source-missing", "a registered source's text is missing, or a claim cites an unregistered source"),
    SOURCE_HASH("source-hash", "a stored source text no longer hashes to its id"),
    QUOTE_MISMATCH("quote-mismatch", "the source text under a quote's span is not the quote"),
    FIGURE_SPAN("figure-span", "the source text under a figure's span is not the figure's text"),
    FIGURE_VALUE("figure-value", "a figure's value contradicts its own text"),
    ATTRIBUTION_SPAN("attribution-span", "the source text under an attribution's span is not its text"),
    CLAIM_REFERENCE("claim-reference", "a correction or retraction points at no current claim, or lacks a reason"),
    REAFFIRMATION("reaffirmation", "a re-affirmation points at no entry a revocation invalidated, names other bytes "
            + "than that entry's, or lacks a reason"),
    SOURCE_FILE_CHANGED("source-file-changed", "the auditor's copy of a source no longer says what a claim quotes"),
    CHECKPOINT("checkpoint", "the ledger is not consistent with a checkpoint the auditor holds"),
    WITNESS("witness", "the latest checkpoint does not carry valid cosignatures from the quorum of witnesses the "
            + "auditor listed: no independent witness vouches that everyone is shown this history"),
    TREE("tree", "the stored Merkle tree nodes disagree with the entries: proofs served from them would not verify"),
    STORAGE("storage", "the ledger could not be read to the end"),
    FOREIGN_OBJECT("foreign-object", "the ledger file holds something ClaimLedger did not create (a trigger, alias, "
            + "table, setting or data type H2 would run or load on opening it): the file was refused unopened");

    private final String code;
    private final String meaning;

    FindingKind(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public String code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
