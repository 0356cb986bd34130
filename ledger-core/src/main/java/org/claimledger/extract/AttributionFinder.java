package org.claimledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

import org.claimledger.model.AttributionKind;
import org.claimledger.model.Language;

/**
 * Finds who a sentence is attributed to: a reporting cue and the person or body it points to, resolved to its full
 * name through {@link Entities}. The forms, tried in order: the impersonal "si legge nel rapporto"; a preposition
 * ("secondo il report", "according to officials"); a cue after a comma or quote with the source after it
 * (", ha detto Shoigu"); a source before its cue ("Il rapporto sottolinea", "the ministry said"); an opinion phrase
 * whose source is the subject ("a loro avviso"). A sentence opening "Questo è quello che ..." hands its attribution to
 * the sentence before.
 */
final class AttributionFinder {
    private static final Set<String> ADVERBS = Set.of("anche", "ancora", "inoltre", "poi", "infatti", "invece", "also",
            "again", "too", "later", "earlier", "recently", "previously");
    private static final Set<String> DOCUMENT_PREPOSITIONS = Set.of("nel", "nella", "nello", "nell'", "in", "sul",
            "sulla", "nei", "negli");
    private static final Set<String> NOT_AFTER_SECONDO = Set.of("il", "al", "del", "nel", "lo", "un", "dal", "sul",
            "suo", "sua", "loro", "il suo", "per");
    private static final Set<String> RELATIVES = Set.of("cui", "which", "whom");
    private static final Set<String> RELATIVE_SUBJECTS = Set.of("che", "il quale", "la quale", "who", "which");
    /** What may follow an inverted source ("ha detto Shoigu dopo un incontro"); anything else is not one. */
    private static final Set<String> ADJUNCTS = Set.of("in", "on", "at", "during", "after", "before", "when", "while",
            "to", "from", "dopo", "durante", "prima", "mentre", "a", "al", "alla", "nel", "nella", "con", "per",
            "davanti", "ai", "all'", "da", "dal", "dalla", "citing", "citando", "adding", "aggiungendo", "who", "che",
            "secondo", "according", "precisando", "spiegando", "sottolineando");
    private static final int MAX_PHRASE = 12;

    /** An attribution and whether it belongs to the sentence before rather than to its own sentence. */
    record Found(CandidateAttribution attribution, boolean toPrevious) {
    }

    private final String source;
    private final Language language;
    private final Entities entities;
    private String lastPerson;

    AttributionFinder(String source, Language language, Entities entities) {
        this.source = source;
        this.language = language;
        this.entities = entities;
    }

    /** The explicit attribution of a sentence, or null. */
    Found find(Located sentence) {
        boolean backward = ReportingCues.backward(language).matcher(sentence.text()).find();
        CandidateAttribution found = impersonal(sentence);
        if (found == null) {
            found = prepositional(sentence);
        }
        if (found == null) {
            found = cueThenSource(sentence, backward);
        }
        if (found == null) {
            found = sourceThenCue(sentence);
        }
        if (found == null) {
            found = opinion(sentence);
        }
        return found == null ? null : new Found(found, backward);
    }

    /** True when the sentence reports without a cue of its own ("avrebbe spedito", "reportedly"). */
    boolean isReported(Located sentence) {
        return ReportingCues.reported(language).matcher(sentence.text()).find();
    }

    private CandidateAttribution impersonal(Located sentence) {
        if (language != Language.IT) {
            return null;
        }
        Matcher cue = ReportingCues.IT_IMPERSONAL.matcher(sentence.text());
        if (!cue.find()) {
            return null;
        }
        int cueStart = sentence.start() + cue.start(1);
        int cueEnd = sentence.start() + cue.end(1);
        List<Token> tokens = Token.of(source, sentence.start(), sentence.end());
        int at = indexAt(tokens, cueStart);
        // "nel report si legge"
        for (int back = at - 1; back >= Math.max(0, at - 5); back--) {
            if (DOCUMENT_PREPOSITIONS.contains(tokens.get(back).key())) {
                List<Token> phrase = tokens.subList(back, at);
                CandidateAttribution attribution = attribution(phrase, false, cue.group(1), tokens.get(back).start(),
                        cueEnd);
                if (attribution != null) {
                    return attribution;
                }
            }
        }
        // "si legge ancora nel rapporto"
        int after = indexAt(tokens, cueEnd);
        while (after < tokens.size() && ADVERBS.contains(tokens.get(after).key())) {
            after++;
        }
        if (after < tokens.size() && DOCUMENT_PREPOSITIONS.contains(tokens.get(after).key())) {
            List<Token> phrase = phraseAfter(tokens, after);
            if (!phrase.isEmpty()) {
                return attribution(phrase, false, cue.group(1), cueStart, phrase.get(phrase.size() - 1).end());
            }
        }
        return null;
    }

    private CandidateAttribution prepositional(Located sentence) {
        Matcher cue = ReportingCues.preposition(language).matcher(sentence.text());
        List<Token> tokens = Token.of(source, sentence.start(), sentence.end());
        while (cue.find()) {
            int cueStart = sentence.start() + cue.start(1);
            int at = indexAt(tokens, cueStart);
            String cueText = cue.group(1);
            if (cueText.toLowerCase().startsWith("secondo") && at > 0
                    && NOT_AFTER_SECONDO.contains(tokens.get(at - 1).key())) {
                continue;
            }
            int next = indexAt(tokens, sentence.start() + cue.end());
            if (next < tokens.size() && RELATIVES.contains(tokens.get(next).key()) && at >= 2
                    && tokens.get(at - 1).text().equals(",")) {
                // "l'Organizzazione internazionale per le migrazioni (Oim), secondo cui ...": the phrase before
                List<Token> antecedent = phraseBefore(tokens, at - 1);
                if (!antecedent.isEmpty()) {
                    CandidateAttribution attribution = attribution(antecedent, false, cueText,
                            antecedent.get(0).start(), tokens.get(next).end());
                    if (attribution != null) {
                        return attribution;
                    }
                }
                continue;
            }
            List<Token> phrase = cueText.toLowerCase().startsWith("cit") ? citedSource(tokens, next)
                    : phraseAfter(tokens, next);
            if (!phrase.isEmpty()) {
                CandidateAttribution attribution = attribution(phrase, false, cueText, cueStart,
                        phrase.get(phrase.size() - 1).end());
                if (attribution != null) {
                    return attribution;
                }
            }
        }
        return null;
    }

    private CandidateAttribution cueThenSource(Located sentence, boolean backward) {
        Matcher cue = (backward ? ReportingCues.any(language) : ReportingCues.inverted(language))
                .matcher(sentence.text());
        List<Token> tokens = Token.of(source, sentence.start(), sentence.end());
        while (cue.find()) {
            int matchStart = sentence.start() + cue.start();
            int cueStart = sentence.start() + cue.start(1);
            int cueEnd = sentence.start() + cue.end(1);
            boolean come = source.substring(matchStart, cueStart).strip().toLowerCase().matches("come|as");
            int textStart = come ? firstNonSpace(matchStart) : cueStart;
            List<Token> phrase = phraseAfter(tokens, indexAt(tokens, cueEnd));
            if (phrase.isEmpty() || !startsAName(phrase)) {
                if (language == Language.IT && !backward && lastPerson != null && endsClause(tokens, cueEnd)) {
                    // ", ha aggiunto." with the subject left out: the person quoted last
                    return new CandidateAttribution(lastPerson, AttributionKind.PERSON, cue.group(1),
                            Located.in(source, textStart, cueEnd), false);
                }
                continue;
            }
            int after = tokens.indexOf(phrase.get(phrase.size() - 1)) + 1;
            if (after < tokens.size() && tokens.get(after).isWord() && !ADJUNCTS.contains(tokens.get(after).key())) {
                // "said the country needs ...": a clause follows, not the source
                continue;
            }
            CandidateAttribution attribution = attribution(phrase, false, cue.group(1), textStart,
                    phrase.get(phrase.size() - 1).end());
            if (attribution != null) {
                return attribution;
            }
        }
        return null;
    }

    private CandidateAttribution sourceThenCue(Located sentence) {
        Matcher cue = ReportingCues.any(language).matcher(sentence.text());
        List<Token> tokens = Token.of(source, sentence.start(), sentence.end());
        while (cue.find()) {
            int cueStart = sentence.start() + cue.start(1);
            int cueEnd = sentence.start() + cue.end(1);
            int at = indexAt(tokens, cueStart);
            List<Token> phrase = phraseBefore(tokens, at);
            if (phrase.isEmpty() || isObjectOfPreposition(tokens, tokens.indexOf(phrase.get(0)))) {
                // "Schillaci, che in un'intervista al Corriere della Sera ha spiegato": the subject is before "che";
                // without one, "Researchers at the University of Alberta found" names its source in the phrase
                List<Token> antecedent = relativeAntecedent(tokens, at);
                phrase = antecedent.isEmpty() ? phrase : antecedent;
            }
            List<Token> apposition = List.of();
            if (phrase.isEmpty() && at >= 2 && tokens.get(at - 1).text().equals(",")) {
                // "John Smith, a spokesman for the ministry, said": the name is before the apposition
                int comma = at - 2;
                while (comma > 0 && !tokens.get(comma).text().equals(",")) {
                    comma--;
                }
                phrase = comma > 0 ? phraseBefore(tokens, comma) : List.of();
                apposition = comma > 0 ? tokens.subList(comma + 1, at - 1) : List.of();
            }
            SourceName read = phrase.isEmpty() ? null : SourceName.read(phrase, language, false);
            List<Token> publisher = citedSource(apposition, 0);
            if (read != null && read.documentReference() && !publisher.isEmpty()) {
                // "The report, published by Amnesty International on Monday, says": the report's author
                CandidateAttribution attribution = attribution(publisher, false, cue.group(1), phrase.get(0).start(),
                        cueEnd);
                if (attribution != null) {
                    return attribution;
                }
            }
            if (phrase.isEmpty()) {
                continue;
            }
            if (isName(apposition) && !isName(phrase)) {
                // "Ukraine's finance minister, Serhiy Marchenko, said": the title first, the name in apposition
                CandidateAttribution attribution = attribution(apposition, false, cue.group(1), phrase.get(0).start(),
                        cueEnd);
                if (attribution != null) {
                    SourceName title = SourceName.read(phrase, language, false);
                    if (title != null && title.kind() == AttributionKind.PERSON) {
                        entities.remember(attribution.who(), AttributionKind.PERSON, title.titles(), cueStart);
                    }
                    return attribution;
                }
            }
            boolean opensSentence = phrase.get(0).start() == firstNonSpace(sentence.start())
                    || isAfterQuoteOrColon(tokens, tokens.indexOf(phrase.get(0)));
            CandidateAttribution attribution = attribution(phrase, opensSentence, cue.group(1),
                    phrase.get(0).start(), cueEnd);
            if (attribution != null) {
                return attribution;
            }
        }
        return null;
    }

    /** "i governi russi e nordcoreani hanno attaccato il MSMT perché a loro avviso ...": the subject is the source. */
    private CandidateAttribution opinion(Located sentence) {
        Matcher cue = ReportingCues.opinion(language).matcher(sentence.text());
        if (!cue.find()) {
            return null;
        }
        int cueStart = sentence.start() + cue.start(1);
        int cueEnd = sentence.start() + cue.end(1);
        List<Token> tokens = Token.of(source, sentence.start(), cueStart);
        for (int verb = 0; verb < tokens.size(); verb++) {
            if (!Lexicon.isCommonFiniteVerb(tokens.get(verb).key(), language)) {
                continue;
            }
            int from = verb;
            while (from > 0 && verb - from < 6 && tokens.get(from - 1).isWord()
                    && !Lexicon.isArticle(tokens.get(from - 1).key(), language)) {
                from--;
            }
            if (from > 0 && Lexicon.isArticle(tokens.get(from - 1).key(), language) && from < verb) {
                List<Token> subject = tokens.subList(from - 1, verb);
                SourceName name = SourceName.read(subject, language, false);
                if (name != null) {
                    String who = source.substring(subject.get(1).start(), subject.get(subject.size() - 1).end());
                    return new CandidateAttribution(who, name.kind(), cue.group(1),
                            Located.in(source, subject.get(0).start(), cueEnd), false);
                }
            }
            return null;
        }
        return null;
    }

    /** Builds the attribution from the source's noun phrase; null when it names nothing usable. */
    private CandidateAttribution attribution(List<Token> phrase, boolean opensSentence, String cue, int textStart,
            int textEnd) {
        SourceName name = SourceName.read(phrase, language, opensSentence);
        if (name == null) {
            return null;
        }
        String who = withoutLeadingOrganization(name.name());
        AttributionKind kind = name.kind();
        if (name.pronoun()) {
            if (lastPerson == null) {
                return null;
            }
            who = lastPerson;
            kind = AttributionKind.PERSON;
        } else if (!name.words().isEmpty() && isCommonNoun(name)) {
            String resolved = resolveCommonNoun(name, textStart);
            if (resolved != null) {
                who = resolved;
                kind = entities.kindOf(resolved);
            }
        } else {
            who = entities.resolve(who);
            AttributionKind known = entities.kindOf(who);
            kind = known != null ? known : name.kind();
        }
        entities.remember(who, kind, name.titles(), textStart);
        if (kind == AttributionKind.PERSON) {
            lastPerson = who;
        }
        return new CandidateAttribution(who, kind, cue.replaceAll("\\s+", " "),
                Located.in(source, textStart, textEnd), false);
    }

    /** "Oim Flavio Di Giacomo" after "il portavoce dell'": the organization is part of the title, not the name. */
    private String withoutLeadingOrganization(String name) {
        String[] words = name.split(" ");
        if (words.length >= 3 && entities.kindOf(entities.resolve(words[0])) == AttributionKind.ORGANIZATION
                && !entities.resolve(words[0]).equals(entities.resolve(name))) {
            return name.substring(words[0].length() + 1);
        }
        return name;
    }

    private static boolean isCommonNoun(SourceName name) {
        return !Character.isUpperCase(name.name().charAt(0)) || name.documentReference();
    }

    /**
     * "il ministro" is the minister named last; "the observatory" the organization with that word in its name; a
     * definite "il rapporto" or "the report" the organization mentioned last. Null when none applies.
     */
    private String resolveCommonNoun(SourceName name, int at) {
        if (name.definite() && name.kind() == AttributionKind.PERSON) {
            String person = entities.personTitled(name.words().get(0), at);
            if (person != null) {
                return person;
            }
        }
        for (String word : name.words()) {
            String organization = entities.organizationNamed(word, at);
            if (organization != null) {
                return organization;
            }
        }
        return name.documentReference() && name.definite() ? entities.organizationBefore(at) : null;
    }

    /** The noun phrase that starts at token i: articles, titles, names, "(ACRONYM)", joined by "di"/"of". */
    private List<Token> phraseAfter(List<Token> tokens, int i) {
        while (i < tokens.size() && ADVERBS.contains(tokens.get(i).key())) {
            i++;
        }
        List<Token> phrase = new ArrayList<>();
        for (int at = i; at < tokens.size() && phrase.size() < MAX_PHRASE; at++) {
            Token token = tokens.get(at);
            if (isAcronymInParentheses(tokens, at)) {
                phrase.addAll(tokens.subList(at, at + 3));
                at += 2;
                continue;
            }
            if (!token.isWord()) {
                break;
            }
            String key = token.key();
            boolean nextIsName = at + 1 < tokens.size() && tokens.get(at + 1).isWord()
                    && tokens.get(at + 1).isCapitalized();
            if (phrase.isEmpty() && (Lexicon.isArticle(key, language) || token.isElided()
                    || Lexicon.isMergedArticle(key, language))) {
                phrase.add(token);
                continue;
            }
            if (Lexicon.isOf(key, language) || Lexicon.isAnd(key, language)) {
                if (phrase.isEmpty() || at + 1 >= tokens.size() || !tokens.get(at + 1).isWord()) {
                    break;
                }
                phrase.add(token);
                continue;
            }
            boolean nextIsArticleAndName = at + 2 < tokens.size() && Lexicon.isArticle(tokens.get(at + 1).key(), language)
                    && tokens.get(at + 2).isWord() && tokens.get(at + 2).isCapitalized();
            if (Lexicon.isPhraseBreak(key, language)
                    && !((nextIsName || nextIsArticleAndName) && hasName(phrase) && key.length() <= 3)
                    || Lexicon.isCommonFiniteVerb(key, language) || isCue(token)) {
                break;
            }
            phrase.add(token);
        }
        while (!phrase.isEmpty() && isJoiner(phrase.get(phrase.size() - 1))) {
            phrase.remove(phrase.size() - 1);
        }
        return phrase;
    }

    /** The noun phrase that ends right before token i. */
    private List<Token> phraseBefore(List<Token> tokens, int i) {
        int from = i;
        while (from > 0 && i - from < MAX_PHRASE) {
            Token token = tokens.get(from - 1);
            if (token.text().equals(")") && from >= 3 && isAcronymInParentheses(tokens, from - 3)) {
                from -= 3;
                continue;
            }
            if (!token.isWord()) {
                break;
            }
            String key = token.key();
            if (Lexicon.isArticle(key, language)) {
                from--;
                break;
            }
            boolean joinsNames = key.length() <= 3 && from < i && tokens.get(from).isCapitalized() && from >= 2
                    && tokens.get(from - 2).isWord() && tokens.get(from - 2).isCapitalized();
            boolean joiner = Lexicon.isOf(key, language) || Lexicon.isAnd(key, language) || joinsNames
                    || (key.equals("non") || key.equals("non-")) && from < i;
            if (!joiner && (Lexicon.isPhraseBreak(key, language) || Lexicon.isCommonFiniteVerb(key, language)
                    || ADVERBS.contains(key))) {
                break;
            }
            from--;
        }
        while (from < i && isJoiner(tokens.get(from))) {
            from++;
        }
        return tokens.subList(from, i);
    }

    /** "Orazio Schillaci, che in un'intervista ... ha spiegato": the phrase before ", che" with no comma after it. */
    private List<Token> relativeAntecedent(List<Token> tokens, int cue) {
        for (int at = cue - 1; at >= 1; at--) {
            String key = tokens.get(at).key();
            if (key.equals(",")) {
                return List.of();
            }
            if (RELATIVE_SUBJECTS.contains(key) && tokens.get(at - 1).text().equals(",")) {
                return phraseBefore(tokens, at - 1);
            }
        }
        return List.of();
    }

    private boolean isObjectOfPreposition(List<Token> tokens, int phraseStart) {
        return phraseStart > 0 && Lexicon.isPreposition(tokens.get(phraseStart - 1).key(), language);
    }

    /** True when every word is capitalized: a name, not a title. */
    private static boolean isName(List<Token> words) {
        return !words.isEmpty() && words.size() <= 5
                && words.stream().allMatch(t -> t.isWord() && (t.isCapitalized() || t.key().length() <= 3));
    }

    /** "citando informazioni provenienti dai membri dell'MSMT": the last name before the next comma. */
    private List<Token> citedSource(List<Token> tokens, int i) {
        int end = i;
        while (end < tokens.size() && tokens.get(end).isWord()) {
            end++;
        }
        for (int at = end - 1; at >= i; at--) {
            if (isName(tokens.get(at))) {
                int from = at;
                while (from > i && isName(tokens.get(from - 1))) {
                    from--;
                }
                return tokens.subList(from, at + 1);
            }
        }
        return List.of();
    }

    private boolean isName(Token token) {
        return (token.isCapitalized() || token.isAcronym()) && !Lexicon.isMonth(token.key(), language)
                && !Lexicon.isWeekday(token.key(), language);
    }

    private boolean startsAName(List<Token> phrase) {
        return !phrase.isEmpty() && phrase.stream().anyMatch(Token::isWord);
    }

    private boolean hasName(List<Token> phrase) {
        return phrase.stream().anyMatch(t -> t.isWord() && t.isCapitalized());
    }

    private boolean isJoiner(Token token) {
        return Lexicon.isOf(token.key(), language) || Lexicon.isAnd(token.key(), language);
    }

    private boolean isCue(Token token) {
        return ReportingCues.any(language).matcher(token.text()).matches();
    }

    private static boolean isAcronymInParentheses(List<Token> tokens, int at) {
        return at + 2 < tokens.size() && tokens.get(at).text().equals("(") && tokens.get(at + 1).isWord()
                && tokens.get(at + 1).isCapitalized() && tokens.get(at + 2).text().equals(")");
    }

    private static boolean isAfterQuoteOrColon(List<Token> tokens, int at) {
        return at > 0 && "\"“”«»:".contains(tokens.get(at - 1).text());
    }

    private static boolean endsClause(List<Token> tokens, int cueEnd) {
        int at = indexAt(tokens, cueEnd);
        return at >= tokens.size() || !tokens.get(at).isWord() || tokens.get(at).key().equals("che")
                || tokens.get(at).key().equals("that");
    }

    /** The index of the first token that starts at or after a char index. */
    private static int indexAt(List<Token> tokens, int charIndex) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).start() < charIndex) {
            i++;
        }
        return i;
    }

    private int firstNonSpace(int at) {
        while (at < source.length() && Character.isWhitespace(source.charAt(at))) {
            at++;
        }
        return at;
    }
}
