package org.claimledger.extract;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The regular forms of an English verb, generated from its lemma so that a word list names lemmas, not forms: the
 * base, the -s form, the past in -ed and the -ing form ("retire": "retires", "retired", "retiring"; "marry":
 * "marries", "married", "marrying"; "die": "dies", "died", "dying"; a short lemma that ends consonant-vowel-consonant
 * doubles it, "qu" counting as a consonant: "drop": "dropped", "dropping"; "quit": "quitting"). The past of the few
 * irregular verbs the extractor's lists name is its own ("cut", "held"); other irregular forms are listed by whoever
 * needs them.
 */
final class EnglishInflections {
    /** Irregular pasts of lemmas that word lists give here ("cut", not "cutted"). */
    private static final Map<String, String> IRREGULAR_PASTS = Map.of("cut", "cut", "put", "put", "hold", "held",
            "keep", "kept");

    private EnglishInflections() {
    }

    static List<String> of(String lemma) {
        boolean doubles = lemma.length() <= 4 && lemma.matches("(?:.*[^aeiou]|qu)[aeiou][bdgklmnprt]");
        String stem = doubles ? lemma + lemma.charAt(lemma.length() - 1) : lemma;
        boolean consonantY = lemma.matches(".*[^aeiou]y");
        String withoutLast = lemma.substring(0, lemma.length() - 1);
        String third = lemma.matches(".*(?:s|sh|ch|x|z|o)") ? lemma + "es"
                : consonantY ? withoutLast + "ies" : lemma + "s";
        String past = IRREGULAR_PASTS.getOrDefault(lemma, lemma.endsWith("e") ? lemma + "d"
                : consonantY ? withoutLast + "ied" : stem + "ed");
        String gerund = lemma.endsWith("ie") ? lemma.substring(0, lemma.length() - 2) + "ying"
                : lemma.endsWith("e") && !lemma.endsWith("ee") ? withoutLast + "ing" : stem + "ing";
        return List.of(lemma, third, past, gerund);
    }

    /** Every regular form of every lemma given. */
    static Set<String> ofAll(Collection<String> lemmas) {
        return lemmas.stream().flatMap(lemma -> of(lemma).stream()).collect(Collectors.toUnmodifiableSet());
    }
}
