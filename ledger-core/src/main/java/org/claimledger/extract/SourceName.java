package org.claimledger.extract;

import java.util.List;
import java.util.Set;

import org.claimledger.model.Language;

/**
 * Reads the name of a source from the words of a noun phrase: the titles before it tell the kind
 * ("il segretario del Consiglio di sicurezza russo Sergei Shoigu" is the person Sergei Shoigu, "il portale Nk News" the
 * publication Nk News), a document noun ("il rapporto", "the report") refers to an organization named earlier.
 */
record SourceName(String name, SourceKind kind, boolean documentReference, boolean pronoun) {
    private static final Set<String> PERSON_TITLES = Set.of("segretario", "segretaria", "ministro", "ministra",
            "presidente", "portavoce", "direttore", "direttrice", "analista", "esperto", "esperta", "generale",
            "ambasciatore", "ambasciatrice", "leader", "premier", "capo", "consigliere", "consigliera", "funzionario",
            "funzionaria", "ricercatore", "ricercatrice", "professore", "professoressa", "giornalista", "deputato",
            "deputata", "senatore", "senatrice", "sindaco", "sindaca", "comandante", "colonnello", "economista",
            "autore", "autrice", "vicepresidente", "cancelliere", "secretary", "minister", "president", "spokesman",
            "spokeswoman", "spokesperson", "director", "analyst", "expert", "general", "ambassador", "chief",
            "adviser", "advisor", "official", "researcher", "professor", "journalist", "senator", "mayor", "ceo",
            "commander", "colonel", "economist", "author", "chancellor", "governor", "governatore", "head", "dr",
            "mr", "mrs", "ms", "sir", "lord", "signor", "dott", "prof", "on", "vice");
    private static final Set<String> PUBLICATION_TITLES = Set.of("portale", "giornale", "quotidiano", "sito", "testata",
            "rivista", "emittente", "settimanale", "tv", "newspaper", "magazine", "website", "outlet", "broadcaster",
            "daily", "weekly", "journal", "site", "blog", "network", "tabloid");
    private static final Set<String> PUBLICATION_NAMES = Set.of("news", "times", "post", "journal", "reuters",
            "bloomberg", "guardian", "ansa", "tass", "corriere", "repubblica", "stampa", "agence", "press", "tribune",
            "herald", "gazette", "daily", "tv", "telegraph", "economist", "politico", "axios", "nikkei", "yonhap",
            "kcna", "ria", "interfax", "afp", "ap", "bbc", "cnn", "sky", "al jazeera", "messaggero", "sole", "fatto",
            "avvenire", "foglio", "giornale", "libero", "tg1", "rai", "mediaset");
    private static final Set<String> DOCUMENTS = Set.of("rapporto", "report", "documento", "studio", "paper", "dossier",
            "relazione", "indagine", "comunicato", "analisi", "ricerca", "sondaggio", "bollettino", "testo", "nota",
            "study", "document", "survey", "analysis", "statement", "memo", "filing", "release", "bulletin", "text",
            "assessment", "review", "audit", "inquiry", "investigation", "data", "dati", "stime", "estimates",
            "figures", "cifre");
    private static final Set<String> PRONOUNS = Set.of("lui", "lei", "egli", "ella", "he", "she", "they", "loro",
            "essi", "esse", "it");
    private static final Set<String> PLURAL_ENDINGS = Set.of("i", "e", "s");

    /** Plural nouns for groups that report: they are sources, but not names. */
    private static final Set<String> GROUPS = Set.of("osservatori", "analisti", "esperti", "investigatori",
            "ricercatori", "autorità", "funzionari", "autori", "fonti", "inquirenti", "governi", "officials",
            "analysts", "experts", "investigators", "researchers", "authorities", "observers", "monitors", "sources",
            "authors", "governments", "inspectors", "ispettori");

    /**
     * Reads the noun phrase tokens (articles included); null when no source can be read from them. opensSentence says
     * the phrase's first word is capitalized because it opens a sentence ("Gli analisti", "Officials").
     */
    static SourceName read(List<Token> phrase, Language language, boolean opensSentence) {
        int start = 0;
        while (start < phrase.size() && (Lexicon.isArticle(phrase.get(start).key(), language)
                || phrase.get(start).isElided() && Lexicon.isOf(phrase.get(start).key(), language))) {
            start++;
        }
        List<Token> words = phrase.subList(start, phrase.size());
        if (words.isEmpty()) {
            return null;
        }
        String first = words.get(0).key();
        if (words.size() == 1 && PRONOUNS.contains(first)) {
            return new SourceName(words.get(0).text(), SourceKind.PERSON, false, true);
        }
        boolean commonOpener = opensSentence && (PERSON_TITLES.contains(first) || DOCUMENTS.contains(first)
                || PUBLICATION_TITLES.contains(first) || GROUPS.contains(first));
        int[] run = lastCapitalizedRun(commonOpener ? words.subList(1, words.size()) : words, language);
        if (run != null && commonOpener) {
            run = new int[] {run[0] + 1, run[1] + 1};
        }
        if (run != null) {
            String name = text(words, run[0], run[1]);
            return new SourceName(name, kindOf(words.subList(0, run[0]), name, run[1] - run[0]), false, false);
        }
        if (DOCUMENTS.contains(first)) {
            return new SourceName(words.get(0).text(), SourceKind.DOCUMENT, true, false);
        }
        if (words.stream().anyMatch(t -> !t.isWord() && !t.text().equals("'"))) {
            return null;
        }
        String name = text(words, 0, words.size());
        boolean person = PERSON_TITLES.contains(first) && !PLURAL_ENDINGS.contains(first.substring(first.length() - 1));
        return new SourceName(name, person ? SourceKind.PERSON : SourceKind.ORGANIZATION, false, false);
    }

    /**
     * The last run of capitalized words ("Sergei Shoigu", "Corea del Nord", "Multilateral Sanctions Monitoring Team
     * (MSMT)"), as [from, to) indexes; lower-case particles may join capitalized words.
     */
    private static int[] lastCapitalizedRun(List<Token> words, Language language) {
        int[] found = null;
        int i = 0;
        while (i < words.size()) {
            if (!isNameWord(words.get(i))) {
                i++;
                continue;
            }
            int from = i;
            int to = i + 1;
            while (to < words.size()) {
                if (isNameWord(words.get(to))) {
                    to++;
                } else if (to + 1 < words.size() && isParticle(words.get(to).key(), language)
                        && isNameWord(words.get(to + 1))) {
                    to += 2;
                } else if (to + 2 < words.size() && words.get(to).text().equals("(") && words.get(to + 1).isAcronym()
                        && words.get(to + 2).text().equals(")")) {
                    to += 3;
                } else {
                    break;
                }
            }
            found = new int[] {from, to};
            i = to;
        }
        return found;
    }

    private static boolean isNameWord(Token token) {
        return token.isWord() && (token.isCapitalized() || token.isAcronym());
    }

    private static boolean isParticle(String key, Language language) {
        return Lexicon.isOf(key, language) || key.equals("de") || key.equals("van") || key.equals("von")
                || key.equals("bin") || key.equals("al") || key.equals("for") || key.equals("the")
                || key.equals("e") || key.equals("and") || key.equals("la") || key.equals("le");
    }

    private static SourceKind kindOf(List<Token> titles, String name, int words) {
        for (Token title : titles) {
            if (PUBLICATION_TITLES.contains(title.key())) {
                return SourceKind.PUBLICATION;
            }
        }
        for (Token title : titles) {
            if (PERSON_TITLES.contains(title.key())) {
                return SourceKind.PERSON;
            }
        }
        for (String word : name.toLowerCase().split("[\\s()]+")) {
            if (PUBLICATION_NAMES.contains(word)) {
                return SourceKind.PUBLICATION;
            }
        }
        boolean acronym = name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (acronym || name.contains("(") || words == 1) {
            return SourceKind.ORGANIZATION;
        }
        return looksLikeOrganization(name) ? SourceKind.ORGANIZATION : SourceKind.PERSON;
    }

    private static boolean looksLikeOrganization(String name) {
        return name.matches("(?iu).*\\b(?:team|ministry|ministero|agency|agenzia|commission|commissione|institute"
                + "|istituto|bank|banca|office|ufficio|council|consiglio|fund|fondo|organization|organisation"
                + "|organizzazione|nations|nazioni|department|dipartimento|university|università|center|centre|centro"
                + "|group|gruppo|association|associazione|federation|federazione|union|unione|committee|comitato|court"
                + "|corte|parliament|parlamento|government|governo|company|corp|inc|ltd|spa|foundation|fondazione"
                + "|authority|autorità|police|polizia|army|esercito|forces|forze|kremlin|cremlino|pentagon|pentagono"
                + "|house|casa|service|servizio|servizi|board|bureau|observatory|osservatorio|watch|monitor)\\b.*");
    }

    private static String text(List<Token> words, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            Token token = words.get(i);
            boolean glued = i > from && (token.text().equals(")") || words.get(i - 1).text().equals("(")
                    || words.get(i - 1).isElided());
            text.append(i == from || glued ? "" : " ").append(token.text());
        }
        return text.toString();
    }
}
