package org.claimledger.note;

/**
 * A non-negative ASCII decimal with no leading zeros (except "0" itself), as tree sizes and
 * indexes are written in checkpoints and proofs, so each number has exactly one spelling.
 */
public final class StrictDecimal {
    private StrictDecimal() {
    }

    /** Parses the number; the exception's message completes "<what> ..." e.g. "has a leading zero". */
    public static long parse(String text) {
        if (!text.matches("[0-9]+")) {
            throw new NumberFormatException("is not a decimal number");
        }
        if (text.length() > 1 && text.charAt(0) == '0') {
            throw new NumberFormatException("has a leading zero");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("is too large");
        }
    }
}
