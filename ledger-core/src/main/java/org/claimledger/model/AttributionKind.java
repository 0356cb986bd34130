package org.claimledger.model;

import org.claimledger.input.Excerpt;

/** Who or what a claim is attributed to. */
public enum AttributionKind {
    PERSON("person"),
    ORGANIZATION("organization"),
    DOCUMENT("document"),
    PUBLICATION("publication");

    private final String code;

    AttributionKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static AttributionKind fromCode(String code) {
        for (AttributionKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("attribution kind must be one of person, organization, document, publication; got '"
                + Excerpt.of(code) + "'");
    }
}
