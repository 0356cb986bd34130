package org.claimledger.extract;

import java.util.List;
import java.util.Set;

import org.claimledger.model.Language;

/**
 * A person's gender as the text shows it, for telling which person "he" or "she" goes back to: a title of address
 * ("Mrs", "Sir", "signora"), a gendered title ("spokeswoman", "la segretaria", "il direttore", "la presidente") or a
 * pronoun already resolved to the person. No list of first names: a name alone tells nothing.
 */
enum Gender {
    MALE, FEMALE;

    private static final Set<String> MALE_WORDS = Set.of("mr", "sir", "lord", "signor", "signore", "spokesman",
            "chairman", "businessman", "congressman", "policeman", "king", "prince");
    private static final Set<String> FEMALE_WORDS = Set.of("mrs", "ms", "dame", "lady", "signora", "spokeswoman",
            "chairwoman", "businesswoman", "congresswoman", "policewoman", "queen", "princess");
    private static final Set<String> IT_MALE_ARTICLES = Set.of("il", "lo", "un", "del", "dello", "al", "allo", "dal",
            "dallo", "col");
    private static final Set<String> IT_FEMALE_ARTICLES = Set.of("la", "una", "della", "alla", "dalla", "colla");

    Gender opposite() {
        return this == MALE ? FEMALE : MALE;
    }

    /** "he", "she", "lui", "lei": the gender of a personal pronoun, or null ("they", "it"). */
    static Gender ofPronoun(String key) {
        return switch (key) {
            case "he", "lui", "egli" -> MALE;
            case "she", "lei", "ella" -> FEMALE;
            default -> null;
        };
    }

    /**
     * The gender the words from index from to index to show (an article before from counts), or null: a title of
     * address, a gendered English title, an Italian title whose ending or article tells it ("la ministra", "il
     * portavoce"). The first word that tells decides.
     */
    static Gender of(List<Token> tokens, int from, int to, Language language) {
        for (int i = Math.max(0, from); i < to && i < tokens.size(); i++) {
            String key = tokens.get(i).key();
            if (MALE_WORDS.contains(key)) {
                return MALE;
            }
            if (FEMALE_WORDS.contains(key)) {
                return FEMALE;
            }
            if (language != Language.IT || !SourceName.isPersonTitle(key)) {
                continue;
            }
            Gender byEnding = ofItalianTitle(key);
            if (byEnding != null) {
                return byEnding;
            }
            Gender byArticle = i > 0 ? ofArticle(tokens.get(i - 1).key(), language) : null;
            if (byArticle != null) {
                return byArticle;
            }
        }
        return null;
    }

    /** "la", "una", "della": an Italian article's gender, which a noun of one form for both takes; null in English. */
    static Gender ofArticle(String key, Language language) {
        if (language != Language.IT) {
            return null;
        }
        return IT_MALE_ARTICLES.contains(key) ? MALE : IT_FEMALE_ARTICLES.contains(key) ? FEMALE : null;
    }

    /**
     * "segretaria", "direttrice", "sindaca" are women's titles and "segretario", "direttore", "sindaco" men's, when the
     * title has both forms; "presidente", "portavoce", "giudice" have one form for both and tell nothing alone.
     */
    private static Gender ofItalianTitle(String key) {
        String stem = key.substring(0, key.length() - 1);
        if (key.endsWith("trice") && SourceName.isPersonTitle(key.substring(0, key.length() - 5) + "tore")
                || key.endsWith("a")
                        && (SourceName.isPersonTitle(stem + "o") || SourceName.isPersonTitle(stem + "e"))) {
            return FEMALE;
        }
        if (key.endsWith("tore") && SourceName.isPersonTitle(key.substring(0, key.length() - 4) + "trice")
                || (key.endsWith("o") || key.endsWith("e")) && SourceName.isPersonTitle(stem + "a")) {
            return MALE;
        }
        return null;
    }
}
