package org.claimledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word, number or punctuation mark of the source, with char indexes. Words keep an elided article's apostrophe
 * ("l'", "dell'") and inner hyphens ("twenty-five", "S-300"), numbers their decimal and grouping marks ("1,4",
 * "11.000"); every other mark is a token of its own.
 */
record Token(String text, int start, int end, String key) {
    /**
     * The sentence being read on this thread (set by {@link #remember}) and the stretch last split besides: the rules
     * of one sentence ask for its tokens many times, between asks for the few tokens around a number.
     */
    private static final ThreadLocal<Split[]> SPLITS = ThreadLocal.withInitial(() -> new Split[2]);

    private record Split(String source, int from, int to, List<Token> tokens) {
        boolean holds(String source, int from, int to) {
            return this.source == source && this.from == from && this.to == to;
        }
    }

    Token(String text, int start, int end) {
        this(text, start, end, text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }

    /**
     * Tells {@link #of} that tokens (an unmodifiable list it gave earlier) are those between from and to, so that
     * the next ask for that stretch on this thread does not split it again.
     */
    static void remember(String source, int from, int to, List<Token> tokens) {
        SPLITS.get()[0] = new Split(source, from, to, tokens);
    }

    /** The tokens between from and to (an unmodifiable list). */
    static List<Token> of(String source, int from, int to) {
        Split[] splits = SPLITS.get();
        for (Split split : splits) {
            if (split != null && split.holds(source, from, to)) {
                return split.tokens();
            }
        }
        List<Token> tokens = List.copyOf(split(source, from, to));
        splits[1] = new Split(source, from, to, tokens);
        return tokens;
    }

    /**
     * How many of the tokens between from and to are words ({@link #isWord}), counted up to enough: what
     * {@code of(source, from, to)} would give, without making the tokens.
     */
    static int countWords(String source, int from, int to, int enough) {
        int words = 0;
        for (int at = from; at < to && words < enough; ) {
            if (isSpace(source.charAt(at))) {
                at++;
                continue;
            }
            int end = tokenEnd(source, at, to);
            if (Character.isLetter(source.charAt(at)) || end - at == 2 && isApostrophe(source.charAt(at))) {
                words++;
            }
            at = end;
        }
        return words;
    }

    /**
     * The last whitespace at or before at and not before from, else from: no token holds a space, so the tokens from
     * there to any end are those a split from from gives after it.
     */
    static int spaceAtOrBefore(String source, int from, int at) {
        for (int i = at; i > from; i--) {
            if (isSpace(source.charAt(i))) {
                return i;
            }
        }
        return from;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static List<Token> split(String source, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int at = from;
        while (at < to) {
            char c = source.charAt(at);
            if (isSpace(c)) {
                at++;
                continue;
            }
            int end = tokenEnd(source, at, to);
            tokens.add(new Token(source.substring(at, end), at, end));
            at = end;
        }
        return tokens;
    }

    /** The end of the token that starts at at, which holds no space, in a split that stops at to. */
    private static int tokenEnd(String source, int at, int to) {
        char c = source.charAt(at);
        int end = at + 1;
        if (isApostrophe(c) && isPossessive(source, at, to)) {
            end = at + 2;
        } else if (Character.isLetterOrDigit(c)) {
            while (end < to && (Character.isLetterOrDigit(source.charAt(end))
                    || (isJoiner(source.charAt(end)) && end + 1 < to
                            && Character.isLetterOrDigit(source.charAt(end + 1)))
                    || isMarkInNumber(source, end, to))) {
                end++;
            }
            if (end < to && isApostrophe(source.charAt(end)) && Character.isLetter(source.charAt(end - 1))
                    && !isPossessive(source, end, to)) {
                end++;
            }
        }
        return end;
    }

    /** "1,4", "11.000": a decimal or grouping mark between digits is part of the number, not punctuation. */
    private static boolean isMarkInNumber(String source, int at, int to) {
        char c = source.charAt(at);
        return (c == ',' || c == '.') && at > 0 && Character.isDigit(source.charAt(at - 1)) && at + 1 < to
                && Character.isDigit(source.charAt(at + 1));
    }

    /** "observatory's": the apostrophe starts a token "'s" of its own; Italian "l'" keeps it. */
    private static boolean isPossessive(String source, int apostrophe, int to) {
        return apostrophe + 1 < to && source.charAt(apostrophe + 1) == 's'
                && (apostrophe + 2 >= to || !Character.isLetter(source.charAt(apostrophe + 2)));
    }

    private static boolean isJoiner(char c) {
        return c == '-';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** Letters first; the possessive "'s" counts as a word too. */
    boolean isWord() {
        return Character.isLetter(text.charAt(0)) || text.length() == 2 && isApostrophe(text.charAt(0));
    }

    /** Digits only: "5" in "Movimento 5 Stelle". */
    boolean isNumber() {
        return text.chars().allMatch(Character::isDigit);
    }

    /** A number between two capitalized words is part of a name: "Movimento 5 Stelle", "Radio 24". */
    static boolean isNumberInName(List<Token> tokens, int at) {
        return at >= 1 && at + 1 < tokens.size() && tokens.get(at).isNumber() && tokens.get(at - 1).isWord()
                && tokens.get(at - 1).isCapitalized() && tokens.get(at + 1).isWord()
                && tokens.get(at + 1).isCapitalized();
    }

    /**
     * A number or a single capital letter that closes a name before punctuation: "Ares 118,", "Asl Roma 2,", "Lega
     * Serie A". A number followed by a word ("l'Istat 3 milioni") is not part of the name.
     */
    static boolean isNameEnd(List<Token> tokens, int at) {
        if (at < 1 || !tokens.get(at - 1).isWord() || !tokens.get(at - 1).isCapitalized()) {
            return false;
        }
        Token token = tokens.get(at);
        boolean letter = token.text().length() == 1 && Character.isUpperCase(token.text().charAt(0));
        boolean closes = at + 1 >= tokens.size() || !tokens.get(at + 1).isWord() && !tokens.get(at + 1).isNumber();
        return letter && (closes || !tokens.get(at + 1).isCapitalized()) || token.isNumber() && closes;
    }

    boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** True for all-capital words of two or more letters, such as "MSMT" or "NATO". */
    boolean isAcronym() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    boolean isElided() {
        return isApostrophe(text.charAt(text.length() - 1));
    }

    /** Lower case, with a typographic apostrophe made plain, for looking words up. */
    @Override
    public String key() {
        return key;
    }
}
