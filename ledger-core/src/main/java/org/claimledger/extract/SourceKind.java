package org.claimledger.extract;

/** What kind of source a claim is attributed to. */
public enum SourceKind {
    PERSON("person"),
    ORGANIZATION("organization"),
    DOCUMENT("document"),
    PUBLICATION("publication");

    private final String code;

    SourceKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
