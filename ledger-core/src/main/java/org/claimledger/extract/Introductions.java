package org.claimledger.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.claimledger.model.AttributionKind;
import org.claimledger.model.Language;

/**
 * Notes the people and institutions an article introduces, wherever it does, quoted or not. A person with a title:
 * "Di segno diverso la lettura del ministro dell'Economia, Giancarlo Giorgetti." Later "il ministro", "Giorgetti" and a
 * headline's "Giorgetti:" resolve to the full name even though the first mention attributed nothing. An institution by
 * its name: "La Banca d'Italia ha abbassato la stima", so that "l'istituto" in the next sentence is the Banca d'Italia.
 */
final class Introductions {
    private static final Set<String> LOWER_PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "di", "del",
            "bin", "al", "y");

    private Introductions() {
    }

    /**
     * sentences are the text's (Sentences.of), which the caller splits once for this and for extracting; returns the
     * tokens of each sentence, which extracting asks for again.
     */
    static List<List<Token>> note(String source, List<Sentences.Sentence> sentences, Language language,
            Entities entities) {
        NounPhrases phrases = new NounPhrases(language);
        List<List<Token>> tokenized = new ArrayList<>();
        Set<String> lowerCase = new HashSet<>();
        for (Sentences.Sentence sentence : sentences) {
            List<Token> tokens = Token.of(source, sentence.text().start(), sentence.text().end());
            tokenized.add(tokens);
            for (Token token : tokens) {
                if (token.isWord() && !token.isCapitalized()) {
                    lowerCase.add(token.key());
                }
            }
        }
        for (List<Token> tokens : tokenized) {
            for (int i = 0; i < tokens.size(); i++) {
                notePerson(tokens, i, language, entities, lowerCase);
                noteDescription(tokens, i, language, entities);
                if (tokens.get(i).isCapitalized() && SourceName.isInstitution(tokens.get(i).key())) {
                    i = institution(tokens, i, phrases, language, entities);
                    continue;
                }
                if (!SourceName.isPersonTitle(tokens.get(i).key())) {
                    continue;
                }
                List<Token> phrase = beforePastVerb(phrases.after(tokens, i), language);
                SourceName title = phrase.isEmpty() ? null : SourceName.read(phrase, language, false);
                if (title == null || title.kind() != AttributionKind.PERSON) {
                    continue;
                }
                int next = tokens.indexOf(phrase.get(phrase.size() - 1)) + 1;
                SourceName named = title;
                if (!isFullName(title) && next + 1 < tokens.size() && tokens.get(next).text().equals(",")) {
                    // "il ministro dell'Economia, Giancarlo Giorgetti": the name in apposition
                    List<Token> apposition = phrases.after(tokens, next + 1);
                    named = apposition.isEmpty() ? null : SourceName.read(apposition, language, false);
                }
                if ((named == null || !isFullName(named)) && title.titles().size() > 0) {
                    // "Elly Schlein, segretaria del Pd": the name first, the title in apposition after it
                    named = nameBefore(tokens, i, language);
                }
                if (named != null && isFullName(named)) {
                    List<String> titles = new ArrayList<>(title.titles());
                    titles.addAll(named.titles());
                    entities.remember(named.name(), AttributionKind.PERSON, titles, tokens.get(i).start());
                    entities.noteGender(named.name(), Gender.of(tokens, i, next, language));
                }
                i = Math.max(i, next - 1);
            }
        }
        return tokenized;
    }

    /**
     * "Joy Patel, 71, told the court": a person named in full anywhere, quoted or not, so that "Mrs Patel" and "Patel"
     * later resolve to her. The run of capitalized words from token i, less a leading article, preposition, weekday,
     * month or title, is one when it reads as a person's full name.
     */
    private static void notePerson(List<Token> tokens, int i, Language language, Entities entities,
            Set<String> lowerCase) {
        if (i > 0 && tokens.get(i - 1).isWord() && tokens.get(i - 1).isCapitalized()) {
            // inside a run of capitalized words, whose first word has been read
            return;
        }
        int end = i;
        while (end < tokens.size() && tokens.get(end).isWord() && tokens.get(end).isCapitalized()
                && !tokens.get(end).isAcronym()) {
            end++;
        }
        if (i >= 2 && isInnerJoiner(tokens.get(i - 1), language) && tokens.get(i - 2).isWord()
                && tokens.get(i - 2).isCapitalized()) {
            // "the Federation of Small Firms", "Department for Transport": capitalized words after "of" or "for" in a
            // capitalized name are the rest of that name, not a person's
            return;
        }
        int from = i;
        boolean openerDropped = false;
        for (; from < end; from++) {
            String key = tokens.get(from).key();
            if (from == 0 && lowerCase.contains(key)) {
                // "Secondo Marini": a word the text also writes in lower case is capitalized only because it opens the
                // sentence; mid-sentence, "l'avvocato Nello Marini" keeps its given name even though "nello" is a word
                openerDropped = !Lexicon.isArticle(key, language) && !Lexicon.isPreposition(key, language)
                        && !Lexicon.isConjunction(key, language) && !isPrepositionCue(tokens.get(from), language);
            } else if (!((from == 0 || from > i) && (Lexicon.isArticle(key, language)
                    || Lexicon.isPreposition(key, language))
                    || Lexicon.isWeekday(key, language) || Lexicon.isMonth(key, language)
                    || SourceName.isPersonTitle(key) || from == i && Lexicon.isConjunction(key, language)
                    || isPrepositionCue(tokens.get(from), language))) {
                break;
            }
        }
        if (openerDropped && language == Language.EN && from == i + 1 && end - from == 2) {
            // "World Chess Tour said": an English word opening the sentence before two more capitalized words may be
            // the first word of a body's name as well as an adverb ("Yesterday Ann Lee"), so they name no one for sure
            return;
        }
        if (end - from == 2 && Lexicon.isTimeWord(tokens.get(from).key())
                && (Lexicon.isWeekday(tokens.get(from + 1).key(), language)
                        || Lexicon.isMonth(tokens.get(from + 1).key(), language))) {
            // "Last Monday said": a day put in time, not a given name and a surname
            return;
        }
        if (end - from < 2
                || end - from > 3 || LOWER_PARTICLES.contains(tokens.get(from).key())) {
            // "De Siervo" alone is a surname with its particle, not a given name and a surname
            return;
        }
        SourceName name = SourceName.read(tokens.subList(from, end), language, false);
        if (name != null && isFullName(name) && entities.resolve(name.name()).equals(name.name())) {
            // "Pichetto Fratin" after "Gilberto Pichetto Fratin" is the same person, already known
            entities.remember(name.name(), AttributionKind.PERSON, List.of(), tokens.get(from).start());
            entities.noteGender(name.name(), Gender.of(tokens, i, end, language));
        }
    }

    /** "Secondo", "According": a word that is a whole prepositional cue. */
    private static boolean isPrepositionCue(Token token, Language language) {
        return ReportingCues.mayHoldPreposition(token.text(), language)
                && ReportingCues.preposition(language).matcher(token.text()).matches();
    }

    /**
     * An organization the text describes by a noun, at token i: a lower-case descriptor right before a capitalized
     * name that reads as no person ("the charity Roofline", "il sindacato Fiom"), or after a name, in apposition
     * between commas ("Ofwat, the water regulator,"). A descriptor is a body's noun or a noun for a firm by what it
     * does ("lender", "watchdog", "charity").
     */
    private static void noteDescription(List<Token> tokens, int i, Language language, Entities entities) {
        Token token = tokens.get(i);
        if (!token.isWord() || token.isCapitalized() || !isDescriptor(token.key()) || i == 0) {
            return;
        }
        if (i + 1 < tokens.size() && tokens.get(i + 1).isWord() && tokens.get(i + 1).isCapitalized()
                && Lexicon.isDefiniteDeterminer(tokens.get(i - 1).key(), language)) {
            int end = i + 1;
            while (end < tokens.size() && end - i <= 3 && tokens.get(end).isWord() && tokens.get(end).isCapitalized()) {
                end++;
            }
            SourceName name = SourceName.read(tokens.subList(i + 1, end), language, false);
            if (name != null && (name.kind() == AttributionKind.ORGANIZATION || SourceName.isBodyNoun(token.key()))
                    && entities.kindOf(entities.resolve(name.name())) != AttributionKind.PERSON) {
                entities.noteDescription(token.key(), entities.resolve(name.name()), token.start());
            }
            return;
        }
        if (i + 1 < tokens.size() && tokens.get(i + 1).text().equals(",")) {
            int article = i - 1;
            while (article > 0 && article > i - 4 && tokens.get(article).isWord()
                    && !tokens.get(article).isCapitalized()
                    && !Lexicon.isDefiniteDeterminer(tokens.get(article).key(), language)) {
                article--;
            }
            int nameEnd = article - 1;
            if (article < 2 || !Lexicon.isDefiniteDeterminer(tokens.get(article).key(), language)
                    || !tokens.get(nameEnd).text().equals(",")) {
                return;
            }
            int nameStart = nameEnd;
            while (nameStart > 0 && nameEnd - nameStart < 4 && tokens.get(nameStart - 1).isWord()
                    && tokens.get(nameStart - 1).isCapitalized()) {
                nameStart--;
            }
            SourceName name = nameStart == nameEnd ? null
                    : SourceName.read(tokens.subList(nameStart, nameEnd), language, false);
            if (name != null && name.kind() == AttributionKind.ORGANIZATION) {
                entities.noteDescription(token.key(), entities.resolve(name.name()), token.start());
            }
        }
    }

    /**
     * "Judge Mary Holt sentenced Dan Cole": an English phrase ends before a lower-case past form after a name, the
     * verb whose subject the name is; the name after it is its object, not the judge's.
     */
    private static List<Token> beforePastVerb(List<Token> phrase, Language language) {
        if (language != Language.EN) {
            return phrase;
        }
        for (int i = 1; i < phrase.size(); i++) {
            Token word = phrase.get(i);
            if (word.isWord() && !word.isCapitalized() && word.key().length() > 4 && word.key().endsWith("ed")
                    && phrase.get(i - 1).isWord() && phrase.get(i - 1).isCapitalized()) {
                return phrase.subList(0, i);
            }
        }
        return phrase;
    }

    /** "of", "for", "di", "per" joining the words of one capitalized name ("and" also joins two people's). */
    private static boolean isInnerJoiner(Token token, Language language) {
        return !token.isCapitalized() && (Lexicon.isOf(token.key(), language) || token.key().equals("for")
                || token.key().equals("per"));
    }

    /** A noun that describes an organization: a body's noun ("sindacato", "union") or what a firm does. */
    static boolean isDescriptor(String key) {
        return SourceName.isBodyNoun(key) || DESCRIPTORS.contains(key);
    }

    /**
     * Nouns for organizations by what they do, which name no body of their own ("the charity", "il colosso"), besides
     * the body nouns of {@link SourceName#isBodyNoun}.
     */
    private static final Set<String> DESCRIPTORS = Set.of("charity", "watchdog", "regulator", "lender", "insurer",
            "retailer", "supermarket", "firm", "carrier", "airline", "operator", "broker", "developer", "manufacturer",
            "chain", "producer", "provider", "supplier", "housebuilder", "landlord", "campaign", "thinktank", "body", "lobby",
            "colosso", "catena", "compagnia", "operatore", "gestore", "onlus", "ong", "movimento", "insurance");

    /** Notes the institution named from token i ("Banca d'Italia", "Office for National Statistics"); its last index. */
    private static int institution(List<Token> tokens, int i, NounPhrases phrases, Language language,
            Entities entities) {
        int start = i;
        while (start > 0 && tokens.get(start - 1).isWord() && tokens.get(start - 1).isCapitalized()
                && (start > 1 || Lexicon.isArticle(tokens.get(0).key(), language))) {
            // "Sheffield City Council", "The Kiel Institute": the name starts before the institution's noun
            start--;
        }
        List<Token> phrase = phrases.after(tokens, start);
        SourceName name = phrase.isEmpty() ? null : SourceName.read(phrase, language, false);
        if (name != null && name.kind() == AttributionKind.ORGANIZATION && name.isProperName()) {
            entities.noteInstitution(name.name(), tokens.get(i).start());
        }
        return phrase.isEmpty() ? i : Math.max(i, tokens.indexOf(phrase.get(phrase.size() - 1)));
    }

    /** The full name before ", [article] title" at index title, or null. */
    private static SourceName nameBefore(List<Token> tokens, int title, Language language) {
        int comma = title - 1;
        if (comma >= 0 && Lexicon.isArticle(tokens.get(comma).key(), language)) {
            comma--;
        }
        if (comma < 1 || !tokens.get(comma).text().equals(",")) {
            return null;
        }
        int from = comma;
        while (from > 0 && tokens.get(from - 1).isWord() && tokens.get(from - 1).isCapitalized()) {
            // only the capitalized words: "Parola di Elly Schlein" is Elly Schlein
            from--;
        }
        return from == comma ? null : SourceName.read(tokens.subList(from, comma), language, false);
    }

    /**
     * A given name and a surname at least, all capitalized but for particles: "Giancarlo Giorgetti", "Ursula von der
     * Leyen"; not "Giorgetti", "ministro" or "Minister's spokesman".
     */
    private static boolean isFullName(SourceName name) {
        String[] words = name.name().split(" ");
        return name.kind() == AttributionKind.PERSON && name.isProperName() && words.length >= 2
                && Arrays.stream(words).allMatch(w -> Character.isUpperCase(w.charAt(0)) || LOWER_PARTICLES.contains(w))
                && !name.name().contains("'s");
    }
}
