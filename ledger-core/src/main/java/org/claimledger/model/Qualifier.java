package org.claimledger.model;

import org.claimledger.input.Excerpt;

/** How a figure relates to its number: "più di 11.000" is MORE_THAN 11000. */
public enum Qualifier {
    EXACTLY("exactly"),
    AT_LEAST("at-least"),
    MORE_THAN("more-than"),
    ABOUT("about"),
    NEARLY("nearly"),
    UP_TO("up-to"),
    AT_MOST("at-most"),
    LESS_THAN("less-than");

    private final String code;

    Qualifier(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Qualifier fromCode(String code) {
        for (Qualifier qualifier : values()) {
            if (qualifier.code.equals(code)) {
                return qualifier;
            }
        }
        throw new IllegalArgumentException("qualifier must be one of exactly, at-least, more-than, about, nearly, "
                + "up-to, at-most, less-than; got '" + Excerpt.of(code) + "'");
    }
}
