package org.claimledger.input;

/**
 * The part of an outside value a message quotes: the value itself when it is short, else its beginning and its
 * length, with line breaks and other control characters escaped, so that a message stays one readable line
 * whatever the input held (a qualifier of 700,000 characters, a hash line with a newline in it).
 */
public final class Excerpt {
    /** The most characters of a value a message quotes. */
    public static final int LENGTH = 100;

    private Excerpt() {
    }

    public static String of(String value) {
        if (value == null) {
            return "null";
        }
        boolean cut = value.length() > LENGTH;
        String shown = cut ? value.substring(0, LENGTH) : value;
        StringBuilder out = new StringBuilder(shown.length() + 24);
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (cut) {
            out.append("... (").append(value.length()).append(" characters)");
        }
        return out.toString();
    }
}
