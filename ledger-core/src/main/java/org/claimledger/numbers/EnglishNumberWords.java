package org.claimledger.numbers;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads English number words: "eleven", "twenty-five", "three hundred and six", "a thousand", "nine million". */
final class EnglishNumberWords {
    private static final List<String> BELOW_TWENTY = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    static final Map<String, Long> SCALES = Map.of("thousand", 1_000L, "million", 1_000_000L,
            "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L);
    /** "two and a half million": English counts half a scale with "and a half" before the scale word. */
    private static final String HALF = "half";
    /** Every word above, looked up at once: asked of every word of every clause, where scanning the lists cost. */
    private static final Set<String> NUMBER_WORDS = numberWords();

    private final List<String> tokens;
    private final String text;
    private int at;

    private EnglishNumberWords(List<String> tokens, String text) {
        this.tokens = tokens;
        this.text = text;
    }

    static boolean isNumberWord(String word) {
        return NUMBER_WORDS.contains(word);
    }

    /** Every word isNumberWord accepts. */
    static Set<String> words() {
        return NUMBER_WORDS;
    }

    private static Set<String> numberWords() {
        Set<String> words = new HashSet<>(BELOW_TWENTY);
        words.addAll(TENS.subList(2, TENS.size()));
        words.add("hundred");
        words.addAll(SCALES.keySet());
        // a hash set, not Set.copyOf: it compares hash codes before words, and this is asked of every word of a clause
        return java.util.Collections.unmodifiableSet(words);
    }

    /** Reads tokens (words already split on spaces and hyphens, lower case); text is for messages. */
    static long read(List<String> tokens, String text) throws FigureTextException {
        return new EnglishNumberWords(tokens, text).readAll();
    }

    private long readAll() throws FigureTextException {
        if (tokens.size() == 1 && tokens.get(0).equals("zero")) {
            return 0;
        }
        long total = 0;
        long previousScale = Long.MAX_VALUE;
        while (true) {
            long group = readGroup();
            if (peek(0).equals("and") && peek(1).equals("a") && peek(2).equals(HALF) && SCALES.containsKey(peek(3))
                    && at + 4 == tokens.size() && SCALES.get(peek(3)) < previousScale) {
                // "two and a half million": half of the scale more, only before a scale word and at the end
                long scale = SCALES.get(peek(3));
                return total + group * scale + scale / 2;
            }
            Long scale = SCALES.get(peek(0));
            if (scale == null) {
                total += group;
                if (at != tokens.size()) {
                    throw new FigureTextException("'" + text + "' has '" + peek(0) + "' where the number should end");
                }
                return total;
            }
            if (scale >= previousScale) {
                throw new FigureTextException("'" + text + "' has '" + peek(0) + "' after a larger or equal scale");
            }
            total += group * scale;
            previousScale = scale;
            at++;
            if (at == tokens.size()) {
                return total;
            }
        }
    }

    private long readGroup() throws FigureTextException {
        long value = 0;
        boolean read = false;
        boolean needsRest = false;
        if (isOneToNine(peek(0)) || peek(0).equals("a")) {
            if (peek(1).equals("hundred")) {
                value = peek(0).equals("a") ? 100 : 100L * BELOW_TWENTY.indexOf(peek(0));
                at += 2;
                read = true;
                if (peek(0).equals("and")) {
                    at++;
                    needsRest = true;
                }
            } else if (peek(0).equals("a") && SCALES.containsKey(peek(1))) {
                at++;
                return 1;
            }
        }
        int small = BELOW_TWENTY.indexOf(peek(0));
        int tens = TENS.indexOf(peek(0));
        if (small >= 1) {
            value += small;
            at++;
            read = true;
        } else if (tens >= 2) {
            value += 10L * tens;
            at++;
            read = true;
            if (isOneToNine(peek(0))) {
                value += BELOW_TWENTY.indexOf(peek(0));
                at++;
            }
        } else if (needsRest || !read) {
            String found = peek(0).isEmpty() ? "the end" : "'" + peek(0) + "'";
            throw new FigureTextException("'" + text + "' has " + found + " where a number word was expected");
        }
        return value;
    }

    private static boolean isOneToNine(String word) {
        int index = BELOW_TWENTY.indexOf(word);
        return index >= 1 && index <= 9;
    }

    private String peek(int ahead) {
        int index = at + ahead;
        return index < tokens.size() ? tokens.get(index) : "";
    }
}
