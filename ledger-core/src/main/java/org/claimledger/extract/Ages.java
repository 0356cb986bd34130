package org.claimledger.extract;

import java.util.List;
import java.util.Set;

import org.claimledger.model.Language;

/**
 * Tells a person's age from a figure. News gives an age to say who someone is, as it gives a name: "un imprenditore di
 * 52 anni", "Ciro Russo, 61 anni,", "Martin Ellery, 52, said", "aged 45", "Mario Rossi (45)". ("a 52-year-old" and
 * "52enne" are never read as figures at all.) A span of years that is not about a person stays a figure: "una pena di
 * 5 anni", "condannato a cinque anni".
 */
final class Ages {
    private static final Set<String> IT_PERSONS = Set.of("uomo", "donna", "ragazzo", "ragazza", "bambino", "bambina",
            "giovane", "anziano", "anziana", "figlio", "figlia", "padre", "madre", "marito", "moglie", "fratello",
            "sorella", "signore", "signora", "cittadino", "cittadina", "pensionato", "pensionata", "operaio", "operaia",
            "medico", "infermiere", "infermiera", "poliziotto", "poliziotta", "carabiniere", "militare", "vittima",
            "pilota", "turista", "detenuto", "detenuta", "indagato", "indagata", "imputato", "imputata", "arrestato",
            "arrestata", "fermato", "fermata", "ferito", "ferita", "morto", "morta", "neonato", "neonata", "studente",
            "studentessa", "avvocato", "avvocata", "imprenditrice", "professionista", "dipendente", "cliente", "paziente");
    /** Agent nouns: "imprenditore", "commercialista", "insegnante", "agente". */
    private static final List<String> IT_AGENT_ENDINGS = List.of("tore", "trice", "ista", "ante", "ente");

    private Ages() {
    }

    /** True when the number from start to end (digits, no scale word) is someone's age; from/to bound the clause. */
    static boolean isAge(String source, int from, int to, int start, int end, Language language) {
        List<Token> before = Token.of(source, Math.max(from, start - 60), start);
        List<Token> after = Token.of(source, end, Math.min(to, end + 20));
        int b = before.size() - 1;
        boolean years = !after.isEmpty() && after.get(0).key().equals(language == Language.IT ? "anni" : "years");
        int afterAge = years ? 1 : 0;
        boolean closes = after.size() <= afterAge || ",.;)".contains(after.get(afterAge).text());
        // no noun after the number that it would count: "children under 18 and ...", "gli over 65 sono"
        boolean noNoun = years || countsNothing(after, language);
        if (b >= 0 && before.get(b).key().equals(language == Language.IT ? "di" : "aged") && (language == Language.EN
                || noNoun && b >= 1 && isPerson(before.get(b - 1), language))) {
            // "un imprenditore di 52 anni", "il figlio di 51 è", "a man aged 45"
            return true;
        }
        if (language == Language.IT && b >= 1 && before.get(b).key().equals("di") && listOfYears(after, years)
                && (isPersons(before.get(b - 1))
                        || b >= 2 && before.get(b - 1).text().equals(",") && isPersons(before.get(b - 2)))) {
            // "due bambini di 8 e 11 anni", "le vittime, di 79 e 84 anni,": the ages of each, listed (the second
            // is an age as the end of a pair of ages); "pene di 3 e 5 anni" and "La pena, di 5 anni," stay figures
            return true;
        }
        if (noNoun && isAgeNounBefore(before, b) || isAgeOfALifeEvent(before, b, years, noNoun, language)) {
            return true;
        }
        if (isSecondEndOfAges(source, from, to, before, b, language)
                || isGroupAge(before, b, after, years, noNoun, language)) {
            return true;
        }
        if (b >= 1 && before.get(b).text().equals("(") && isPerson(before.get(b - 1), language) && closes
                && after.size() > afterAge && after.get(afterAge).text().equals(")")) {
            // "Mario Rossi (45)", "Mario Rossi (45 anni)"
            return true;
        }
        if (years && b >= 1 && before.get(b).text().equals(",") && before.get(b - 1).isWord() && closes
                && after.size() > afterAge && after.get(afterAge).text().equals(",")) {
            // "La romana, 24 anni, ...": years set between commas after a noun are that person's age
            return true;
        }
        if (b >= 1 && before.get(b).text().equals(",") && closes && after.size() > afterAge) {
            // "Ciro Russo, 61 anni,", "Martin Ellery, 52, called": an apposition after a full name or a person noun
            Token previous = before.get(b - 1);
            boolean opensClause = b == 1 && start - 60 <= from;
            // "Okafor, 49, has been": a lone surname opening the sentence is as much a person as a full name
            boolean fullName = previous.isCapitalized() && (opensClause || b >= 2 && before.get(b - 2).isWord()
                    && before.get(b - 2).isCapitalized());
            return (years || fullName) && (fullName || isPerson(previous, language));
        }
        return false;
    }

    /**
     * "aged 25 to 40", "aged 79 and 84", "tra i 25 e i 39 anni": the second number of a pair or range whose first
     * number is an age is one too.
     */
    private static boolean isSecondEndOfAges(String source, int from, int to, List<Token> before, int b,
            Language language) {
        int joiner = b >= 0 && Lexicon.isArticle(before.get(b).key(), language) ? b - 1 : b;
        if (joiner < 1 || !AGE_JOINERS.contains(before.get(joiner).key()) || !before.get(joiner - 1).isNumber()) {
            return false;
        }
        Token first = before.get(joiner - 1);
        return isAge(source, from, to, first.start(), first.end(), language);
    }

    /**
     * The age that bounds a group: "children under 18", "people over 65", "aged between 18 and 30", "gli over 65",
     * "giovani tra i 25 e i 39 anni", and the age a speaker gives: "«Ho 80 anni»", "ha compiuto 90 anni". A number of
     * years that something has ("ha 80 anni di storia") stays a figure.
     */
    private static boolean isGroupAge(List<Token> before, int b, List<Token> after, boolean years, boolean noNoun,
            Language language) {
        if (b < 0) {
            return false;
        }
        String last = before.get(b).key();
        if (language == Language.EN) {
            if (last.equals("between") && b >= 1 && before.get(b - 1).key().equals("aged")) {
                return true;
            }
            return (last.equals("under") || last.equals("over")) && b >= 1 && noNoun
                    && GROUPS_EN.contains(before.get(b - 1).key());
        }
        if (last.equals("under") || last.equals("over")) {
            // Italian borrows "gli over 65", "la nazionale under 21"
            return noNoun;
        }
        boolean yearsEnd = years && (after.size() < 2 || !after.get(1).key().equals("di"));
        if (yearsEnd && HAS_AGE_IT.contains(last)) {
            return true;
        }
        int article = Lexicon.isArticle(last, language) ? b - 1 : b;
        if (article < 1 || !RANGE_OPENERS_IT.contains(before.get(article).key())) {
            return false;
        }
        Token group = before.get(article - 1);
        boolean rangeOfYears = after.size() >= 3 && after.get(0).key().equals("e")
                && after.stream().limit(5).anyMatch(t -> t.key().equals("anni"));
        return (years || rangeOfYears) && (group.key().equals("età") || GROUPS_IT.contains(group.key())
                || isPerson(group, language) && !group.isCapitalized());
    }

    /**
     * "un'età media di 22 anni", "a pension age of 67", "raise the retirement age to 68": the number an age noun names,
     * where it counts nothing of its own (the caller checks: "the average age of the 300 victims" counts victims).
     */
    private static boolean isAgeNounBefore(List<Token> before, int b) {
        for (int i = b; i >= 0 && i >= b - 3; i--) {
            Token token = before.get(i);
            if (!token.isWord()) {
                return false;
            }
            if (AGE_NOUNS.contains(token.key())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "retire at 68", "died at 84", "andare in pensione a 67 anni", "morto a 90 anni": the age at which a life event
     * happens, a number after "at" (or "a") that counts nothing of its own.
     */
    private static boolean isAgeOfALifeEvent(List<Token> before, int b, boolean years, boolean noNoun,
            Language language) {
        if (b < 1 || !before.get(b).key().equals(language == Language.IT ? "a" : "at") || !noNoun) {
            return false;
        }
        String event = before.get(b - 1).key();
        if (language == Language.IT) {
            return years && LIFE_EVENTS_IT.stream().anyMatch(event::startsWith);
        }
        return LIFE_EVENTS_EN.contains(event);
    }

    /** No noun after the number that it would count: the end, punctuation, a verb, a conjunction, a preposition. */
    private static boolean countsNothing(List<Token> after, Language language) {
        if (after.isEmpty() || !after.get(0).isWord()) {
            return true;
        }
        String next = after.get(0).key();
        return Lexicon.isAnd(next, language) || Lexicon.isPhraseBreak(next, language)
                || Lexicon.isCommonFiniteVerb(next, language) || Lexicon.isPreposition(next, language);
    }

    private static final Set<String> AGE_NOUNS = Set.of("age", "ages", "età");
    /** Lemmas of life events that happen at an age: their -s, -d/-ed and -ing forms are read too. */
    private static final Set<String> LIFE_EVENTS_EN = EnglishInflections.ofAll(
            List.of("retire", "die", "marry", "quit", "graduate"));
    /** Stems of Italian life events: "pensione", "morto", "morta", "sposato", "ritirato", "diplomato", "laureata". */
    private static final List<String> LIFE_EVENTS_IT = List.of("pension", "mort", "sposat", "ritirat", "diplomat",
            "laureat", "scompars", "decedut");
    private static final Set<String> AGE_JOINERS = Set.of("to", "and", "or", "-", "\u2013", "e", "a", "o");
    private static final Set<String> GROUPS_EN = Set.of("children", "people", "adults", "those", "anyone", "pupils",
            "teenagers", "women", "men", "players", "patients", "residents", "workers", "drivers", "voters",
            "everyone", "girls", "boys", "kids", "customers", "pensioners", "aged", "youngsters", "applicants");
    private static final Set<String> GROUPS_IT = Set.of("giovani", "persone", "donne", "uomini", "ragazzi", "ragazze",
            "bambini", "bambine", "lavoratori", "lavoratrici", "anziani", "adulti", "pazienti", "cittadini", "studenti",
            "residenti", "minori", "utenti", "italiani", "italiane", "età", "tutti");
    private static final Set<String> RANGE_OPENERS_IT = Set.of("tra", "fra", "sotto", "sopra", "oltre", "dai", "dagli");
    private static final Set<String> HAS_AGE_IT = Set.of("ho", "hai", "ha", "abbiamo", "avete", "hanno", "avevo",
            "aveva", "avevano", "compie", "compiuto", "compiuti", "compirà", "compiere");

    /** "8 e 11 anni", "8, 10 e 11 anni": the number opens a list of numbers that ends in "anni" (or is one itself). */
    private static boolean listOfYears(List<Token> after, boolean years) {
        if (years) {
            return true;
        }
        for (int i = 0; i + 1 < after.size(); i += 2) {
            if (!after.get(i).text().equals(",") && !after.get(i).key().equals("e") || !after.get(i + 1).isNumber()) {
                return false;
            }
            if (i + 2 < after.size() && after.get(i + 2).key().equals("anni")) {
                return after.get(i).key().equals("e");
            }
        }
        return false;
    }

    /** A plural of people: "bambini", "vittime", "fratelli", "giovani", "persone". */
    private static boolean isPersons(Token word) {
        return word.isWord() && (GROUPS_IT.contains(word.key()) || IT_PERSON_PLURALS.contains(word.key()));
    }

    /** The plurals of IT_PERSONS by the regular endings: -o and -e give -i, -a gives -e (and -i: "turisti"). */
    private static final Set<String> IT_PERSON_PLURALS = IT_PERSONS.stream().flatMap(w -> {
        String stem = w.substring(0, w.length() - 1);
        return switch (w.charAt(w.length() - 1)) {
            case 'o', 'e' -> java.util.stream.Stream.of(stem + "i");
            case 'a' -> java.util.stream.Stream.of(stem + "e", stem + "i");
            default -> java.util.stream.Stream.<String>empty();
        };
    }).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static boolean isPerson(Token word, Language language) {
        if (!word.isWord()) {
            return false;
        }
        if (word.isCapitalized()) {
            return true;
        }
        String key = word.key();
        if (SourceName.isPersonTitle(key)) {
            return true;
        }
        return language == Language.IT
                && (IT_PERSONS.contains(key)
                        || IT_AGENT_ENDINGS.stream().anyMatch(e -> key.endsWith(e) && key.length() > e.length() + 3));
    }
}
