package org.claimledger.extract;

/**
 * Text folded as a case-insensitive Unicode pattern ({@code CASE_INSENSITIVE | UNICODE_CASE}) compares it: each char
 * upper-cased then lower-cased. The quick checks that spare a pattern its search compare words folded this way, so
 * that they never skip a text the pattern would match.
 */
final class CaseFold {
    private CaseFold() {
    }

    static String of(CharSequence text, int from, int to) {
        StringBuilder folded = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            folded.append(Character.toLowerCase(Character.toUpperCase(text.charAt(i))));
        }
        return folded.toString();
    }
}
