package org.claimledger.extract;

/** How a figure is bounded in the text: "almeno 100" is at-least 100, "circa 100" about 100. */
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

    /** The name used in claims files. */
    public String code() {
        return code;
    }

    public static Qualifier fromCode(String code) {
        for (Qualifier qualifier : values()) {
            if (qualifier.code.equals(code)) {
                return qualifier;
            }
        }
        throw new IllegalArgumentException("qualifier must be one of exactly, at-least, more-than, about, nearly, up-to,"
                + " at-most, less-than; got '" + code + "'");
    }
}
