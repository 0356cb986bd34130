package org.claimledger.report;

/**
 * HTML being written. Markup written with {@link #raw} is a literal of this package's code; every text that comes
 * from a ledger, a bundle or a source goes through {@link #text}, which escapes it, so a claim that reads
 * {@code <script>} shows those characters and runs nothing.
 */
final class Markup {
    private final StringBuilder html;

    Markup() {
        this(1 << 14);
    }

    Markup(int capacity) {
        html = new StringBuilder(capacity);
    }

    /** Markup from this package's own literals (never text read from outside). */
    Markup raw(String markup) {
        html.append(markup);
        return this;
    }

    /** Text, escaped for an element's content or a quoted attribute value. */
    Markup text(String text) {
        escapeInto(html, text, 0, text.length());
        return this;
    }

    /** A part of a text, escaped. */
    Markup text(String text, int start, int end) {
        escapeInto(html, text, start, end);
        return this;
    }

    Markup text(long number) {
        html.append(number);
        return this;
    }

    int length() {
        return html.length();
    }

    @Override
    public String toString() {
        return html.toString();
    }

    /** The text escaped for HTML content or a quoted attribute (the same rules serve both). */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escapeInto(out, text, 0, text.length());
        return out.toString();
    }

    /**
     * Escapes the five characters that mean something in HTML, and replaces by U+FFFD what an HTML document may not
     * hold at all (NUL and the other control characters but tab, line feed and carriage return; unpaired surrogates,
     * which JSON can spell but UTF-8 cannot encode).
     */
    private static void escapeInto(StringBuilder out, String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n', '\r' -> out.append(c);
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                        out.append('\uFFFD');
                    } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
