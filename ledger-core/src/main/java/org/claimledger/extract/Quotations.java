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

    /**
     * Whether a char index of one sentence is inside quoted words: after an opening mark that is not closed yet, or
     * before a closing mark that nothing in the sentence opened ("Even the old people say so," Haque told Reuters).
     */
    static boolean quotedAt(String text, int at) {
        return quotedMask(text)[at];
    }

    /** For every char index of one sentence (and its end), whether it is inside quoted words; see {@link #quotedAt}. */
    static boolean[] quotedMask(String text) {
        boolean[] quoted = new boolean[text.length() + 1];
        boolean open = false;
        for (int i = 0; i <= text.length(); i++) {
            quoted[i] = open;
            if (i < text.length()) {
                open = step(text, i, open);
            }
        }
        // before the first mark that closes what the sentence did not open, everything is quoted
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '«' || c == '“' || c == '"' && !isClosingStraight(text, i)) {
                break;
            }
            if (c == '»' || c == '”' || c == '"') {
                for (int j = 0; j <= i; j++) {
                    quoted[j] = true;
                }
                break;
            }
        }
        return quoted;
    }

    /** A straight mark that follows a word and comes before space, punctuation or the end closes a quotation. */
    private static boolean isClosingStraight(String text, int i) {
        boolean afterWord = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
        boolean beforeSpace = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
        return afterWord && beforeSpace;
    }

    /** Whether a quotation is open at a char index of the text, given whether one was open before the text. */
    static boolean insideAt(String text, int at, boolean openBefore) {
        boolean open = openBefore;
        for (int i = 0; i < Math.min(at, text.length()); i++) {
            open = step(text, i, open);
        }
        return open;
    }

    /** Whether a quotation is open after the char at i, given whether one was open before it. */
    private static boolean step(String text, int i, boolean open) {
        char c = text.charAt(i);
        if (c == '«' || c == '“') {
            return true;
        }
        if (c == '»' || c == '”') {
            return false;
        }
        if (c != '"') {
            return open;
        }
        // a straight mark opens before a word and closes after one; between two words or two spaces, it toggles;
        // a space, then the mark, then punctuation (' ", ha detto') closes, as scraped copy pads its quotes
        boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([".indexOf(text.charAt(i - 1)) >= 0;
        boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))
                && (Character.isLetterOrDigit(text.charAt(i + 1)) || "'‘«“([".indexOf(text.charAt(i + 1)) >= 0);
        return before && !after || !before && after ? !open : before;
    }
}
