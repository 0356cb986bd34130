package org.claimledger.extract;

import java.util.List;
import java.util.Set;

import org.claimledger.model.Language;

/**
 * Finds a person's name in a run of capitalized words that a title goes with.
 * <ul>
 * <li>Titles and offices that open the run are the title's: "Foreign Minister Sergei Lavrov", "ministro dell'Ambiente
 * Gilberto Pichetto Fratin".</li>
 * <li>A title's complement comes before the holder's name, which is a given name and a surname, the last two names of
 * the run: "il governatore della Banca d'Italia Fabio Panetta", "il procuratore di Napoli Nicola Gratteri", "Chancellor
 * of the Exchequer Rachel Reeves". With two names or fewer the run is all complement and no one is named: "un
 * funzionario di Palazzo Koch", "il comandante delle Fiamme Gialle".</li>
 * <li>After a name, "of", "at", "di" bring an affiliation: "Professor James Whitfield of the London School of Hygiene &
 * Tropical Medicine", "Helen Carter of the University of Leeds".</li>
 * </ul>
 */
final class HolderName {
    /** Particles inside a surname, lower case or not: "Ursula von der Leyen", "Flavio Di Giacomo". */
    private static final Set<String> LOWER_NAME_PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "du", "dos",
            "das", "bin", "ben", "al", "el", "y");
    private static final Set<String> CAPITAL_NAME_PARTICLES = Set.of("di", "de", "del", "della", "da", "la", "le", "lo",
            "van", "von", "mac", "st", "san");
    /** Words that join a title or a name to the institution after it. */
    private static final Set<String> COMPLEMENT_WORDS = Set.of("for", "the", "at", "from", "presso", "&");
    /** "assessore alla Sanità", "delegato allo Sport": Italian names the office a title is for with "a". */
    private static final Set<String> IT_OFFICE_WORDS = Set.of("a", "al", "alla", "allo", "ai", "agli", "alle", "all'");

    /** Nouns that end a title of several words ("Chief Operating Officer") but do not open one on their own. */
    private static final Set<String> TITLE_HEADS = Set.of("officer", "executive", "founder", "partner", "editor",
            "strategist", "correspondent", "commissioner", "constable", "controller", "counsel", "manager", "secretary",
            "economist", "director", "president", "minister", "chair", "officers");

    private HolderName() {
    }

    /**
     * The [from, to) indexes of the name within run (indexes of words); from == to when the words name no one but only
     * the title's complement.
     */
    static int[] within(List<Token> words, int[] run, Language language) {
        int from = run[0];
        int to = run[1];
        if (titleInsideBodyName(words, run, language)) {
            // "the Association of Ambulance Chief Executives", "the National Association of Head Teachers": a title
            // word after a body's head and its "of" is part of the body's name, not the title of a holder named after
            // it; "a spokesman for the Association of Head Teachers" is a description, as for any body's name
            boolean described = words.subList(0, run[0]).stream().anyMatch(t -> SourceName.isPersonTitle(t.key()))
                    && complementBefore(words, run[0], language);
            return described ? new int[] {to, to} : run;
        }
        for (int i = run[0]; i < to - 1; i++) {
            if (SourceName.isPersonTitle(words.get(i).key())) {
                from = i + 1;
            }
        }
        if (from > run[0]) {
            from = afterTitleHead(words, from, to);
        }
        boolean titleInside = from > run[0];
        boolean titled = titleInside
                || words.subList(0, run[0]).stream().anyMatch(t -> SourceName.isPersonTitle(t.key()));
        if (!titled) {
            return withoutAffiliation(words, from, to, false, language);
        }
        boolean complement = titleInside ? isJoiner(words.get(from), language)
                : complementBefore(words, run[0], language);
        boolean office = false;
        boolean joinerLast = false;
        while (from < to - 1 && (SourceName.isOffice(words.get(from).key()) || isJoiner(words.get(from), language))) {
            office |= SourceName.isOffice(words.get(from).key());
            joinerLast = isJoiner(words.get(from), language);
            from++;
        }
        if (office && joinerLast) {
            // "l'assessore ai Trasporti della Lombardia Carla Dossi": the office's own complement, then the name
            int name = lastTwoNames(words, from, to, language);
            return name < 0 ? new int[] {from, to} : new int[] {name, to};
        }
        if (office) {
            return new int[] {from, to};
        }
        if (complement) {
            int name = lastTwoNames(words, from, to, language);
            if (name >= 0 && SourceName.looksLikeOrganization(SourceName.text(words, name, to))) {
                // "a spokesperson for the Financial Conduct Authority": the run ends in an institution, not a person
                return new int[] {to, to};
            }
            return name < 0 ? new int[] {to, to} : new int[] {name, to};
        }
        return withoutAffiliation(words, from, to, true, language);
    }

    /**
     * True when a person's title in the run comes after a body's head noun and its "of" or "for", and a plural
     * title or group follows it ("Association of Ambulance Chief Executives", "Society of Chief Officers of Trading
     * Standards", "National Association of Head Teachers"): the members the body is of. A holder's name after the
     * title keeps its reading ("the Federation of Small Businesses Chief Economist Ann Lee").
     */
    private static boolean titleInsideBodyName(List<Token> words, int[] run, Language language) {
        for (int i = run[0]; i + 2 < run[1]; i++) {
            Token tie = words.get(i + 1);
            if (SourceName.isBodyNoun(words.get(i).key()) && !tie.isCapitalized()
                    && (Lexicon.isOf(tie.key(), language) || tie.key().equals("for"))) {
                for (int t = i + 2; t < run[1]; t++) {
                    if (SourceName.isPersonTitle(words.get(t).key())) {
                        return t + 1 < run[1] && isPluralTitle(words.get(t + 1).key());
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** "executives", "officers", "teachers": the plural of a title, or a group of people named by their work. */
    private static boolean isPluralTitle(String key) {
        return SourceName.isGroupNoun(key)
                || key.endsWith("s") && TITLE_HEADS.contains(key.substring(0, key.length() - 1));
    }

    /**
     * "Chief Operating Officer Ann Lee", "Chief Executive Mary Ann Lee": a title of several capitalized words, opened
     * by a title word, runs to its head noun; the holder's name is what comes after it, two names or more.
     */
    private static int afterTitleHead(List<Token> words, int from, int to) {
        int name = from;
        for (int i = from; i <= to - 3; i++) {
            Token word = words.get(i);
            if (!word.isWord() || !word.isCapitalized()) {
                break;
            }
            if (TITLE_HEADS.contains(word.key())) {
                name = i + 1;
            }
        }
        return name;
    }

    /**
     * "il governatore della", "a spokesman for the", "il ministro del made in Italy": the title is followed by a
     * preposition, then the run; a place or a body named right after any preposition is the title's complement.
     */
    private static boolean complementBefore(List<Token> words, int runStart, Language language) {
        int at = runStart - 1;
        while (at >= 0 && Lexicon.isArticle(words.get(at).key(), language)) {
            at--;
        }
        return at >= 0 && (isJoiner(words.get(at), language)
                || !words.get(at).isCapitalized() && Lexicon.isPreposition(words.get(at).key(), language));
    }

    /** Where the last two names of the run start ("Fabio Panetta"), or -1 when the run has fewer than three. */
    private static int lastTwoNames(List<Token> words, int from, int to, Language language) {
        int start = from;
        for (int i = from; i < to; i++) {
            if (isJoiner(words.get(i), language)) {
                start = i + 1;
            } else if (!words.get(i).isWord() && !words.get(i).isNumber()) {
                return -1;
            }
        }
        int names = 0;
        int second = -1;
        for (int i = to - 1; i >= start; ) {
            int nameStart = i;
            while (nameStart - 1 >= start && isNameParticle(words.get(nameStart - 1))) {
                nameStart--;
            }
            names++;
            if (names == 2) {
                second = nameStart;
            }
            i = nameStart - 1;
        }
        return names >= 3 ? second : -1;
    }

    /**
     * "James Whitfield of the London School ...": cut before the first "of", "at", "di" when two names or more come
     * before it, none an institution's word, and a title says it is a person or an institution follows.
     */
    private static int[] withoutAffiliation(List<Token> words, int from, int to, boolean titled, Language language) {
        for (int at = from; at < to; at++) {
            Token word = words.get(at);
            if (!isJoiner(word, language) || Lexicon.isAnd(word.key(), language) || word.key().equals("the")
                    || word.key().equals("&")) {
                continue;
            }
            List<Token> before = words.subList(from, at);
            boolean person = before.size() >= 2 && before.stream().allMatch(t -> t.isWord() && t.isCapitalized())
                    && !SourceName.looksLikeOrganization(SourceName.text(words, from, at));
            if (person && (titled || SourceName.looksLikeOrganization(SourceName.text(words, at + 1, to)))) {
                return new int[] {from, at};
            }
            break;
        }
        return new int[] {from, to};
    }

    private static boolean isNameParticle(Token token) {
        return LOWER_NAME_PARTICLES.contains(token.key())
                || token.isCapitalized() && CAPITAL_NAME_PARTICLES.contains(token.key());
    }

    /** A lower-case "of", "di", "della", "for", "at", "&" between a title or name and an institution. */
    private static boolean isJoiner(Token token, Language language) {
        String key = token.key();
        return !token.isCapitalized() && (Lexicon.isOf(key, language) || Lexicon.isAnd(key, language)
                || COMPLEMENT_WORDS.contains(key) || language == Language.IT && IT_OFFICE_WORDS.contains(key));
    }
}
