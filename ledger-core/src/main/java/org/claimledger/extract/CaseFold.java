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
        char[] folded = new char[to - from];
        for (int i = from; i < to; i++) {
            folded[i - from] = fold(text.charAt(i));
        }
        return new String(folded);
    }

    /** An ASCII char folds to its lower case (what the round trip gives, without it); any other takes the trip. */
    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
