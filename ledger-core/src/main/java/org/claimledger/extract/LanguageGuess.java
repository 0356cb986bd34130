package org.claimledger.extract;

import java.util.Set;

import org.claimledger.model.Language;

/** Tells Italian from English by counting each language's commonest function words; ties go to Italian. */
public final class LanguageGuess {
    private static final Set<String> ITALIAN = Set.of("il", "lo", "la", "i", "gli", "le", "di", "del", "della", "che",
            "è", "e", "per", "non", "un", "una", "sono", "con", "nel", "nella", "dei", "degli", "delle", "ha", "hanno",
            "anche", "più", "alla", "al", "da", "dal", "si", "come", "questo", "secondo");
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "in", "is", "that", "for", "was", "on",
            "with", "as", "by", "said", "it", "at", "from", "are", "were", "has", "have", "had", "this", "be", "an",
            "which", "would", "their", "its", "than", "more", "according");

    private LanguageGuess() {
    }

    /** How many of each language's commonest function words a text has. */
    public record Evidence(int italian, int english) {
        /** The language with more of its words; ties go to Italian. */
        public Language likelier() {
            return english > italian ? Language.EN : Language.IT;
        }
    }

    public static Language of(String text) {
        return evidence(text).likelier();
    }

    public static Evidence evidence(String text) {
        int italian = 0;
        int english = 0;
        for (Token token : Token.of(text, 0, text.length())) {
            if (token.isWord()) {
                String key = token.key();
                italian += ITALIAN.contains(key) ? 1 : 0;
                english += ENGLISH.contains(key) ? 1 : 0;
            }
        }
        return new Evidence(italian, english);
    }
}
