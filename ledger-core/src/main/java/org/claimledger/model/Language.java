package org.claimledger.model;

import java.util.Locale;

import org.claimledger.input.Excerpt;

/** The language a source is written in; it decides how figures such as "11.000" or "11,000" are read. */
public enum Language {
    IT("it"),
    EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code used in JSON and on the command line. */
    public String code() {
        return code;
    }

    public static Language fromCode(String code) {
        if (code != null) {
            String wanted = code.trim().toLowerCase(Locale.ROOT);
            for (Language language : values()) {
                if (language.code.equals(wanted)) {
                    return language;
                }
            }
        }
        throw new IllegalArgumentException("language must be one of it, en; got " + (code == null ? "nothing" : "'" + Excerpt.of(code) + "'"));
    }
}
