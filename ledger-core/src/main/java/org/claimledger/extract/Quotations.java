package org.claimledger.extract;

/**
 * Where quotations open and close, across sentences and paragraphs: « and “ open, » and ” close, and a straight "
 * opens before a word and closes after one. A paragraph that starts with an opening mark while a quotation is still open
 * goes on with it, as British style reopens each paragraph of a long quotation without closing the one before.
 */
final class Quotations {
    private Quotations() {
    }

    /** True when the text has any double quotation mark. */
    static boolean has(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("«»“”\"".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True when the text starts with an opening quotation mark. */
    static boolean opens(String text) {
        String stripped = text.strip();
        return !stripped.isEmpty() && "«“\"".indexOf(stripped.charAt(0)) >= 0;
    }

    /** Whether a quotation is open after the text, given whether one was open before it. */
    static boolean openAfter(String text, boolean openBefore) {
        return insideAt(text, text.length(), openBefore);
    }

    /** Whether a quotation is open at a char index of the text, given whether one was open before the text. */
    static boolean insideAt(String text, int at, boolean openBefore) {
        boolean open = openBefore;
        for (int i = 0; i < Math.min(at, text.length()); i++) {
            char c = text.charAt(i);
            if (c == '«' || c == '“') {
                open = true;
            } else if (c == '»' || c == '”') {
                open = false;
            } else if (c == '"') {
                // a straight mark opens where a word follows it and nothing precedes it but space or a bracket
                boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([".indexOf(text.charAt(i - 1)) >= 0;
                boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
                open = before && after || !before && !after ? !open || before : false;
            }
        }
        return open;
    }
}
