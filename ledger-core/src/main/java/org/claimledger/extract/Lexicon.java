package org.claimledger.extract;

import java.util.Set;
import java.util.regex.Pattern;

import org.claimledger.model.Language;

/** The closed-class words of each language that the extractor's rules are written in. */
final class Lexicon {
    private static final Set<String> IT_ARTICLES = WordSet.of("il", "lo", "la", "l'", "i", "gli", "le", "un", "uno",
            "una", "un'");
    private static final Set<String> EN_ARTICLES = WordSet.of("the", "a", "an", "another");
    private static final Set<String> IT_INDEFINITE = WordSet.of("un", "uno", "una", "un'");
    private static final Set<String> EN_INDEFINITE = WordSet.of("a", "an", "another");
    private static final Set<String> IT_DEFINITE = WordSet.of("il", "lo", "la", "l'", "i", "gli", "le", "questi",
            "queste", "quei", "quelle", "entrambi", "entrambe", "tutti", "tutte", "dei", "degli", "delle", "ai", "agli",
            "alle", "nei", "negli", "nelle", "sui", "sugli", "dai", "dagli", "coi");
    private static final Set<String> EN_DEFINITE = WordSet.of("the", "these", "those", "both", "all", "its", "their",
            "his", "her", "our");
    /** Words that end a noun phrase: prepositions other than "of", conjunctions, relatives, adverbs of place and time. */
    private static final Set<String> IT_BREAKS = WordSet.of("a", "ad", "al", "allo", "alla", "ai", "agli", "alle",
            "all'", "in", "nel", "nello", "nella", "nei", "negli", "nelle", "nell'", "per", "con", "su", "sul", "sulla",
            "sui", "da", "dal", "dalla", "dai", "dagli", "dall'", "tra", "fra", "verso", "contro", "durante", "entro",
            "dopo", "prima", "che", "cui", "chi", "il", "lo", "la", "i", "gli", "le", "l'", "o", "ma", "non", "come",
            "mentre", "se", "quando", "dove", "perché", "anche", "già", "ancora", "poi", "ora", "solo", "soltanto",
            "oltre", "circa", "quasi", "almeno", "più", "meno", "fino", "ogni", "ciascuno", "sia", "né", "cioè",
            "ovvero", "rispetto", "secondo", "inoltre", "infatti", "successivamente", "mila", "si");
    private static final Set<String> EN_BREAKS = WordSet.of("in", "at", "to", "for", "with", "on", "from", "by",
            "since", "during", "over", "under", "into", "across", "after", "before", "between", "against", "that",
            "which", "who", "whom", "whose", "the", "a", "an", "or", "but", "not", "as", "while", "if", "when", "where",
            "because", "also", "already", "still", "then", "now", "only", "last", "this", "next", "per", "than",
            "about", "nearly", "almost", "around", "some", "more", "less", "fewer", "each", "every", "according",
            "including", "there", "here", "so", "were", "was", "are", "is", "be", "been", "have", "has", "had", "will",
            "would", "could", "can", "may", "might", "should", "must", "do", "did", "does");
    /** Prepositions merged with a definite article: "nel report" is "in the report". */
    private static final Set<String> IT_MERGED = WordSet.of("nel", "nella", "nello", "nell'", "nei", "negli", "nelle",
            "dal", "dalla", "dallo", "dall'", "dai", "dagli", "dalle", "del", "della", "dello", "dell'", "sul", "sulla",
            "sullo", "sull'", "al", "alla", "allo", "all'");
    private static final Set<String> IT_PREPOSITIONS = WordSet.of("in", "nel", "nella", "nello", "nell'", "nei",
            "negli", "nelle", "a", "ad", "al", "alla", "allo", "all'", "ai", "agli", "alle", "per", "su", "sul",
            "sulla", "sui", "tra", "fra", "da", "dal", "dalla", "dai", "con", "presso", "verso");
    private static final Set<String> EN_PREPOSITIONS = WordSet.of("in", "at", "on", "for", "from", "across", "with",
            "inside", "outside", "near", "to", "into", "within", "among");
    private static final Set<String> IT_OF = WordSet.of("di", "del", "dello", "della", "dei", "degli", "delle", "dell'",
            "d'");
    private static final Set<String> EN_OF = WordSet.of("of");
    private static final Set<String> IT_AND = WordSet.of("e", "ed");
    private static final Set<String> EN_AND = WordSet.of("and");
    private static final Set<String> IT_MONTHS = WordSet.of("gennaio", "febbraio", "marzo", "aprile", "maggio",
            "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre");
    private static final Set<String> EN_MONTHS = WordSet.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> IT_WEEKDAYS = WordSet.of("lunedì", "martedì", "mercoledì", "giovedì", "venerdì",
            "sabato", "domenica");
    private static final Set<String> EN_WEEKDAYS = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> IT_FINITE = WordSet.of("è", "e'", "sono", "siamo", "siete", "era", "erano", "fu",
            "furono", "sarà", "saranno", "sarebbe", "sarebbero", "sia", "siano", "fosse", "fossero", "ha", "hanno",
            "ho", "hai", "abbiamo", "avete", "aveva", "avevano", "ebbe", "ebbero", "avrà", "avranno", "avrebbe",
            "avrebbero", "abbia", "abbiano", "può", "possono", "potrebbe", "potrebbero", "deve", "devono", "dovrebbe",
            "dovrebbero", "vuole", "vogliono", "sta", "stanno", "stava", "stavano", "c'è", "va", "vanno", "fa",
            "fanno", "dice", "dicono", "disse", "scrisse");
    private static final Pattern IT_FINITE_ENDING = Pattern.compile(
            ".{2,}(?:ano|ono|ava|avano|eva|evano|iva|ivano|rebbe|rebbero|isce|iscono|erà|irà|arono|erono|irono)");
    private static final Set<String> IT_NOT_FINITE = WordSet.of("suono", "tono", "dono", "buono", "nono", "trono",
            "cono", "patrono", "piano", "mano", "strano", "lontano", "umano", "sovrano", "ucraino", "ucraina",
            "ucraini", "italiano", "veterano", "milano", "chiave", "persono", "padrono", "uno", "ognuno", "nessuno",
            "alcuno", "ciascuno", "autono", "africano", "americano", "romano", "vaticano", "ano", "diva", "riva",
            "offensiva", "difensiva", "missiva", "iniziativa", "prospettiva", "normativa", "ottava", "nuova", "prova",
            "brava", "decisiva", "massiva", "esclusiva", "effettiva", "legislativa", "amministrativa", "collettiva",
            "cooperativa", "narrativa", "quotidiano", "vano", "grano", "urbano", "indiano", "coreano");
    private static final Set<String> EN_FINITE = WordSet.of("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "can", "could", "may", "might", "must", "shall", "should", "does", "do", "did", "said", "says",
            "told", "tells", "wrote", "writes", "reported", "reports", "found", "finds", "sent", "sends", "gave",
            "gives", "made", "makes", "took", "takes", "went", "goes", "came", "comes", "got", "gets", "became",
            "becomes", "began", "begins", "left", "leaves", "held", "holds", "won", "wins", "lost", "loses", "rose",
            "rises", "fell", "falls", "paid", "pays", "spent", "spends", "killed", "struck");
    private static final Pattern EN_FINITE_ENDING = Pattern.compile(".{3,}ed");

    private Lexicon() {
    }

    static boolean isArticle(String key, Language language) {
        return (language == Language.IT ? IT_ARTICLES : EN_ARTICLES).contains(key);
    }

    /** "un", "una", "a", "an": a phrase with one introduces someone or something not mentioned before. */
    static boolean isIndefiniteArticle(String key, Language language) {
        return (language == Language.IT ? IT_INDEFINITE : EN_INDEFINITE).contains(key);
    }

    /** Articles, demonstratives and contracted prepositions that make a following number refer back ("i due"). */
    static boolean isDefiniteDeterminer(String key, Language language) {
        return (language == Language.IT ? IT_DEFINITE : EN_DEFINITE).contains(key);
    }

    /** "nel", "dall'", "sulla": a preposition with a definite article in it (Italian only). */
    static boolean isMergedArticle(String key, Language language) {
        return language == Language.IT && IT_MERGED.contains(key);
    }

    static boolean isPreposition(String key, Language language) {
        return (language == Language.IT ? IT_PREPOSITIONS : EN_PREPOSITIONS).contains(key);
    }

    static boolean isPhraseBreak(String key, Language language) {
        return (language == Language.IT ? IT_BREAKS : EN_BREAKS).contains(key);
    }

    static boolean isOf(String key, Language language) {
        return (language == Language.IT ? IT_OF : EN_OF).contains(key);
    }

    /** "Ma", "E", "Però", "But", "And": a conjunction that may open a sentence before its subject. */
    static boolean isConjunction(String key, Language language) {
        return (language == Language.IT ? IT_CONJUNCTIONS : EN_CONJUNCTIONS).contains(key);
    }

    private static final Set<String> IT_CONJUNCTIONS = WordSet.of("ma", "e", "ed", "però", "eppure", "anche", "o");
    private static final Set<String> EN_CONJUNCTIONS = WordSet.of("but", "and", "yet", "or", "so");

    /**
     * A nationality noun: "Spaniard", "Welshman", "Briton", "svizzero", "francese". English ones are capitalized,
     * Italian ones are not; the caller checks the case.
     */
    static boolean isDemonym(String key, Language language) {
        return language == Language.EN
                ? (EN_DEMONYM.matcher(key).matches() || EN_DEMONYMS.contains(key))
                        && !EN_NOT_DEMONYM.matcher(key).matches()
                : IT_DEMONYM.matcher(key).matches() && !IT_NOT_DEMONYM.matcher(key).matches();
    }

    private static final Pattern EN_DEMONYM = Pattern.compile("\\p{L}{3,}(?:ard|man|woman|ian|ese|ish)");
    private static final Pattern EN_NOT_DEMONYM = Pattern.compile("guardian|chairman|chairwoman|spokesman|spokeswoman"
            + "|foreman|ombudsman|businessman|businesswoman|congressman|congresswoman|alderman|policeman|policewoman");
    /** Nationality nouns without a nationality's ending. */
    private static final Set<String> EN_DEMONYMS = WordSet.of("briton", "scot", "dane", "swede", "finn", "pole", "turk",
            "greek", "brit", "thai", "czech", "slovak", "serb", "croat", "kiwi", "aussie", "yank");
    private static final Pattern IT_DEMONYM = Pattern.compile("\\p{L}{3,}(?:ese|ano|ino|ero|ense)");
    private static final Pattern IT_NOT_DEMONYM = Pattern.compile("presidente|\\p{L}*(?:mano|uomo|vano|pano)");

    static boolean isAnd(String key, Language language) {
        return (language == Language.IT ? IT_AND : EN_AND).contains(key);
    }

    /**
     * Regions, nations and large cities, in Italian and English, lower case: the places a body's local branch is
     * named after ("Coldiretti Sicilia", "Confindustria Lombardia", "Labour Wales"), never a person's surname.
     */
    private static final Set<String> PLACES = WordSet.of("abruzzo", "basilicata", "calabria", "campania",
            "emilia-romagna", "friuli", "lazio", "liguria", "lombardia", "lombardy", "marche", "molise", "piemonte",
            "piedmont", "puglia", "apulia", "sardegna", "sardinia", "sicilia", "sicily", "toscana", "tuscany",
            "trentino", "umbria", "veneto", "roma", "rome", "milano", "milan", "napoli", "naples", "torino", "turin",
            "genova", "genoa", "bologna", "firenze", "florence", "venezia", "venice", "palermo", "bari", "catania",
            "italia", "italy", "england", "scotland", "wales", "london", "londra", "europa", "europe", "francia",
            "france", "germania", "germany", "spagna", "spain", "ucraina", "ukraine", "russia", "cina", "china");

    /** True for the name of a region, a nation or a large city ({@link #PLACES}). */
    static boolean isPlace(String key) {
        return PLACES.contains(key);
    }

    /** "Last Monday", "Next March", "Ogni lunedì": a word that puts a day or a month in time, never a given name. */
    static boolean isTimeWord(String key) {
        return TIME_WORDS.contains(key);
    }

    private static final Set<String> TIME_WORDS = WordSet.of("last", "next", "this", "that", "every", "each", "early",
            "late", "mid", "since", "until", "ogni", "questo", "prossimo", "scorso", "entro", "fino");

    static boolean isWeekday(String key, Language language) {
        return (language == Language.IT ? IT_WEEKDAYS : EN_WEEKDAYS).contains(key);
    }

    static boolean isMonth(String key, Language language) {
        return (language == Language.IT ? IT_MONTHS : EN_MONTHS).contains(key);
    }

    /** The closed set of common finite verbs (auxiliaries, copulas, modals, "said"); they end any noun phrase. */
    static boolean isCommonFiniteVerb(String key, Language language) {
        return (language == Language.IT ? IT_FINITE : EN_FINITE).contains(key);
    }

    /** A rough test for a finite verb form; it needs to tell prose from headings, menus and player text. */
    static boolean isFiniteVerb(String key, Language language) {
        if (language == Language.IT) {
            return IT_FINITE.contains(key)
                    || (IT_FINITE_ENDING.matcher(key).matches() && !IT_NOT_FINITE.contains(key))
                    || (key.length() > 3 && key.endsWith("ò") && !key.equals("però") && !key.equals("perciò"));
        }
        return EN_FINITE.contains(key) || EN_FINITE_ENDING.matcher(key).matches();
    }
}
