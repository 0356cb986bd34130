package org.claimledger.numbers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads Italian number words. Italian writes numbers below a million as one word ("tre", "ventitré",
 * "duecentocinquanta", "tremila", "millecento"); millions and billions are separate words ("nove milioni",
 * "un miliardo e duecento milioni"). The words below a thousand are generated, so any malformed word is rejected.
 */
final class ItalianNumberWords {
    private static final String[] UNITS = {"", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"};
    private static final String[] TEENS = {"dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici",
            "diciassette", "diciotto", "diciannove"};
    private static final String[] TENS = {"", "", "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta",
            "ottanta", "novanta"};
    private static final Map<String, Integer> BELOW_THOUSAND = belowThousand();
    private static final Map<String, Long> SCALES = Map.of("milione", 1_000_000L, "milioni", 1_000_000L,
            "miliardo", 1_000_000_000L, "miliardi", 1_000_000_000L);
    private static final List<String> ONE_BEFORE_SCALE = List.of("un", "uno", "una");
    /** "mezzo milione", "due milioni e mezzo": Italian counts half a scale with "mezzo", only of a scale word. */
    private static final String HALF = "mezzo";

    private ItalianNumberWords() {
    }

    /** True when the word alone is an Italian number word below a million ("tre", "tremila"). */
    static boolean isNumberWord(String word) {
        return belowMillion(word) >= 0;
    }

    /** Every word isNumberWord or isScaleWord accepts starts with one of these words ("tremila" with "tre"). */
    static Stream<String> heads() {
        return Stream.of(BELOW_THOUSAND.keySet().stream(), SCALES.keySet().stream(), Stream.of("mille"))
                .flatMap(words -> words);
    }

    static boolean isScaleWord(String word) {
        return SCALES.containsKey(word);
    }

    /** Reads tokens (lower case, split on spaces); text is for messages. */
    static long read(List<String> tokens, String text) throws FigureTextException {
        long total = 0;
        long previousScale = Long.MAX_VALUE;
        int at = 0;
        while (true) {
            String word = tokens.get(at);
            String next = at + 1 < tokens.size() ? tokens.get(at + 1) : "";
            if (word.equals(HALF) && (next.equals("milione") || next.equals("miliardo")) && at + 2 == tokens.size()
                    && previousScale > SCALES.get(next)) {
                // "mezzo milione": half of the scale
                return total + SCALES.get(next) / 2;
            }
            long group = ONE_BEFORE_SCALE.contains(word) && isScaleWord(next) ? 1 : belowMillion(word);
            if (group < 0) {
                throw new FigureTextException("'" + text + "' has '" + word + "' where an Italian number word was expected");
            }
            at++;
            Long scale = SCALES.get(next);
            if (scale == null) {
                if (at != tokens.size()) {
                    throw new FigureTextException("'" + text + "' has '" + next + "' where the number should end");
                }
                return total + group;
            }
            boolean singular = next.endsWith("e") || next.endsWith("o");
            if (singular != (group == 1)) {
                throw new FigureTextException("'" + text + "' has '" + word + " " + next + "': "
                        + (singular ? "singular scale after a number other than one" : "plural scale after one"));
            }
            if (scale >= previousScale || group >= 1000) {
                throw new FigureTextException("'" + text + "' has '" + next + "' in an impossible place");
            }
            total += group * scale;
            previousScale = scale;
            at++;
            if (at == tokens.size()) {
                return total;
            }
            if (tokens.get(at).equals("e") && at + 2 == tokens.size() && tokens.get(at + 1).equals(HALF)) {
                // "un milione e mezzo", "due milioni e mezzo": half of the last scale more
                return total + scale / 2;
            }
            if (tokens.get(at).equals("e") && at + 1 < tokens.size()) {
                at++;
            }
        }
    }

    /** The value of a one-word number below a million, or -1. */
    private static long belowMillion(String word) {
        Integer small = BELOW_THOUSAND.get(word);
        if (small != null) {
            return small;
        }
        if (word.startsWith("mille")) {
            long rest = optionalRest(word.substring("mille".length()));
            return rest < 0 ? -1 : 1000 + rest;
        }
        int mila = word.indexOf("mila");
        if (mila > 0) {
            Integer thousands = BELOW_THOUSAND.get(word.substring(0, mila));
            long rest = optionalRest(word.substring(mila + "mila".length()));
            if (thousands != null && thousands >= 2 && rest >= 0) {
                return thousands * 1000L + rest;
            }
        }
        return -1;
    }

    /** The part after "mille"/"mila": empty reads as 0, otherwise a word from 1 to 999, else -1. */
    private static long optionalRest(String rest) {
        if (rest.isEmpty()) {
            return 0;
        }
        Integer value = BELOW_THOUSAND.get(rest);
        return value == null || value == 0 ? -1 : value;
    }

    private static Map<String, Integer> belowThousand() {
        Map<String, Integer> words = new HashMap<>();
        words.put("zero", 0);
        for (int n = 1; n < 100; n++) {
            for (String form : belowHundred(n)) {
                words.put(form, n);
            }
        }
        for (int h = 1; h <= 9; h++) {
            String cento = h == 1 ? "cento" : UNITS[h] + "cento";
            words.put(cento, h * 100);
            for (int n = 1; n < 100; n++) {
                for (String form : belowHundred(n)) {
                    words.put(cento + form, h * 100 + n);
                    if (form.startsWith("o") || form.startsWith("u")) {
                        // "centotto" and "centootto" are both written
                        words.put(cento.substring(0, cento.length() - 1) + form, h * 100 + n);
                    }
                }
            }
        }
        // a hash map, not Map.copyOf: asked of every number word read, it compares hash codes before words
        return java.util.Collections.unmodifiableMap(words);
    }

    private static List<String> belowHundred(int n) {
        if (n < 10) {
            return List.of(UNITS[n]);
        }
        if (n < 20) {
            return List.of(TEENS[n - 10]);
        }
        String tens = TENS[n / 10];
        int unit = n % 10;
        if (unit == 0) {
            return List.of(tens);
        }
        if (unit == 1 || unit == 8) {
            return List.of(tens.substring(0, tens.length() - 1) + UNITS[unit]);
        }
        if (unit == 3) {
            return List.of(tens + "tré", tens + "tre", tens + "trè");
        }
        return List.of(tens + UNITS[unit]);
    }
}
