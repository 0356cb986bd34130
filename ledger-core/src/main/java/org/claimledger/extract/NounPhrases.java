package org.claimledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.claimledger.model.Language;

/**
 * Reads the noun phrase that names a source, before or after a reporting cue: articles, titles, names, "(ACRONYM)",
 * joined by "di"/"of"/"and"/"&". A phrase ends at punctuation, a common finite verb, a cue or a word that breaks noun
 * phrases (prepositions other than "of", conjunctions, adverbs).
 */
final class NounPhrases {
    /**
     * Adverbs that may stand between a cue and its source ("ha detto anche il ministro", "also said", "ha detto ieri il
     * sindaco"); before a cue they are no subject ("Ieri ha contestato"), and a sentence adverb or connective opening
     * the sentence before its comma is no party of a list after it ("Tuttavia, Cgil e Uil hanno detto", "However,
     * Unison and the GMB said").
     */
    static final Set<String> ADVERBS = Set.of("anche", "ancora", "inoltre", "poi", "infatti", "invece", "also",
            "again", "too", "later", "earlier", "recently", "previously", "ieri", "oggi", "stamattina", "stamani",
            "stasera", "stanotte", "intanto", "tuttavia", "però", "quindi", "dunque", "comunque", "infine",
            "yesterday", "today", "tomorrow", "tonight", "meanwhile", "however", "separately", "instead",
            "nonetheless", "nevertheless", "moreover", "furthermore", "finally");
    private static final int MAX_PHRASE = 12;
    private static final Set<String> CLOSE = Set.of("vicino", "vicina", "vicini", "vicine", "close", "familiar");
    private static final Set<String> CLOSE_TO = Set.of("a", "ad", "al", "allo", "alla", "ai", "agli", "alle", "all'",
            "to", "with");
    /** Prepositions that introduce the agent of a document: "diffusi dalla Bce", "a report by", "figures from". */
    private static final Set<String> AGENTS = Set.of("da", "dal", "dalla", "dallo", "dall'", "dai", "dagli", "dalle",
            "by", "from");
    private static final Set<String> PUBLISHED_IN = Set.of("in", "su", "sul", "sulla", "sullo", "sui", "sugli");
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{L}{3,}(?:ed|en|at[oaie]|ut[oaie]|it[oaie]|s[oaie]"
            + "|tt[oaie])");

    private final Language language;

    NounPhrases(Language language) {
        this.language = language;
    }

    /** The noun phrase that starts at token i: articles, titles, names, "(ACRONYM)", joined by "di"/"of". */
    List<Token> after(List<Token> tokens, int i) {
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
            if (isAmpersandInName(tokens, at) && !phrase.isEmpty()) {
                phrase.add(token);
                continue;
            }
            if ((Token.isNumberInName(tokens, at) || Token.isNameEnd(tokens, at)) && !phrase.isEmpty()) {
                phrase.add(token);
                continue;
            }
            if (!token.isWord()) {
                break;
            }
            String key = token.key();
            if (language == Language.IT && CLOSE_TO.contains(key) && endsWithTitle(phrase) && at + 1 < tokens.size()
                    && tokens.get(at + 1).isWord() && tokens.get(at + 1).isCapitalized()) {
                // "l'assessore alla Sanità", "l'assessora regionale al Welfare": the office an Italian title is for
                phrase.add(token);
                continue;
            }
            if (!phrase.isEmpty() && CLOSE.contains(key) && at + 2 < tokens.size()
                    && CLOSE_TO.contains(tokens.get(at + 1).key()) && tokens.get(at + 2).isWord()) {
                // "fonti vicine al club", "sources close to the minister": one description
                phrase.addAll(tokens.subList(at, at + 2));
                at++;
                continue;
            }
            boolean nextIsName = at + 1 < tokens.size() && tokens.get(at + 1).isWord() && !isDate(tokens.get(at + 1))
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
            boolean givenName = token.isCapitalized() && !phrase.isEmpty() && nextIsName;
            if (Lexicon.isPhraseBreak(key, language) && !givenName
                    // "il presidente Nello Marini": a capitalized "Nello" before a surname is a given name
                    && !((nextIsName || nextIsArticleAndName) && hasName(phrase) && key.length() <= 3)
                    || Lexicon.isCommonFiniteVerb(key, language) || isCue(token) && !afterArticleAlone(phrase)) {
                break;
            }
            phrase.add(token);
        }
        while (!phrase.isEmpty() && isJoiner(phrase.get(phrase.size() - 1))) {
            phrase.remove(phrase.size() - 1);
        }
        if (phrase.isEmpty()) {
            return phrase;
        }
        int start = tokens.indexOf(phrase.get(0));
        int end = listEnd(tokens, start, start + phrase.size());
        return end == start + phrase.size() ? phrase : new ArrayList<>(tokens.subList(start, end));
    }

    /** The noun phrase that ends right before token i. */
    List<Token> before(List<Token> tokens, int i) {
        if (i >= 1 && Lexicon.isAnd(tokens.get(i - 1).key(), language)) {
            // "arrested 14 people on Saturday and said": the cue shares its subject with the verb before "and"
            return List.of();
        }
        int from = i;
        while (from > 0 && i - from < MAX_PHRASE) {
            Token token = tokens.get(from - 1);
            if (token.text().equals(")") && from >= 3 && isAcronymInParentheses(tokens, from - 3)) {
                from -= 3;
                continue;
            }
            if ((isAmpersandInName(tokens, from - 1) || Token.isNumberInName(tokens, from - 1)) && from < i) {
                from--;
                continue;
            }
            if (token.text().equals(",") && from < i) {
                int body = listedBodyName(tokens, from, i);
                if (body >= 0) {
                    from = body;
                    continue;
                }
            }
            if (!token.isWord()) {
                break;
            }
            String key = token.key();
            if (Lexicon.isArticle(key, language)) {
                if (from >= 3 && CLOSE_TO.contains(tokens.get(from - 2).key())
                        && CLOSE.contains(tokens.get(from - 3).key())) {
                    // "sources close to the minister"
                    from -= 3;
                    continue;
                }
                Token head = from >= 3 ? tokens.get(from - 3) : null;
                if (head != null && isInnerJoiner(tokens.get(from - 2).key()) && head.isWord()
                        && (head.isCapitalized() || SourceName.isPersonTitle(head.key()))) {
                    // "James Whitfield of the London School", "a spokesman for the Kremlin", "the Kiel Institute for
                    // the World Economy": one phrase
                    from -= 2;
                    continue;
                }
                from--;
                break;
            }
            if (CLOSE_TO.contains(key) && from < i && from >= 2 && CLOSE.contains(tokens.get(from - 2).key())) {
                // "sources close to the minister", "fonti vicine a Palazzo Chigi": one description
                from -= 2;
                continue;
            }
            if (isInnerJoiner(key) && from < i && from >= 2 && (SourceName.isPersonTitle(tokens.get(from - 2).key())
                    || SourceName.isGroup(tokens.get(from - 2).key()))) {
                // "an analyst at Barclays", "un portavoce per Tesco", "economists at Investec": the title or group
                // and where it is
                from--;
                continue;
            }
            if (language == Language.EN && (key.equals("in") || key.equals("from")) && from < i && from >= 2
                    && tokens.get(from).isCapitalized() && SourceName.isGroupNoun(tokens.get(from - 2).key())) {
                // "nurses in Leeds", "farmers from Kent": a group and the place it is in, one phrase
                from--;
                continue;
            }
            if (key.equals("by") && from < i && from >= 3 && tokens.get(from - 2).key().endsWith("ed")
                    && SourceName.isGroup(tokens.get(from - 3).key())) {
                // "economists polled by Reuters", "analysts surveyed by LSEG": a group and who asked it, one phrase,
                // headed by the group ("the 2.2 per cent economists polled by Reuters had expected")
                from -= 3;
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
        return tokens.subList(listStart(tokens, from, i), i);
    }

    /**
     * "Il Wwf, la Lipu e Legambiente chiedono", "Ismea e l'Unione consumatori stimano", "Unison, the GMB, and Unite
     * said": where a list of names that opens the sentence starts, when the phrase from index from to i is its last
     * conjunct (or its last conjuncts); from when it is not. Every conjunct is a name (capitalized words) or an article
     * and a name; they are parted by commas and an "and" ("e") must join two of them. The list must reach the
     * sentence's start: "In Lombardia, la Cgil e la Uil chiedono" and "Ieri, Cisl e Uil hanno detto" open with an
     * adjunct, not a party, and a list with no "and" ("Ann Lee, the union's leader, said") is an apposition.
     */
    private int listStart(List<Token> tokens, int from, int i) {
        if (from < 2 || !isConjuncts(tokens, from, i, false)) {
            return from;
        }
        boolean and = isConjuncts(tokens, from, i, true);
        int separator = from - 1;
        while (true) {
            Token last = tokens.get(separator);
            int end = separator;
            if (isAndWord(last)) {
                and = true;
                end = separator >= 1 && tokens.get(separator - 1).text().equals(",") ? separator - 1 : separator;
            } else if (!last.text().equals(",")) {
                return from;
            }
            int start = conjunctBefore(tokens, end);
            if (start < 0) {
                return from;
            }
            if (opensSentence(tokens, start)) {
                return and ? start : from;
            }
            separator = start - 1;
        }
    }

    /**
     * The index where the conjunct that ends right before index end starts: capitalized words, perhaps after an
     * article; -1 when the words before are no name or stand after a word that is no article, comma or "and" ("In
     * Lombardia,"), or the name is a word of time ("Ieri,").
     */
    private int conjunctBefore(List<Token> tokens, int end) {
        int at = end;
        while (at > 0) {
            Token token = tokens.get(at - 1);
            if (token.isWord() && token.isCapitalized() && !Lexicon.isPhraseBreak(token.key(), language)
                    && !Lexicon.isConjunction(token.key(), language)) {
                at--;
            } else if (at < end && at >= 2 && isNameTie(tokens, at - 1)) {
                // "the Bank of England,": "of" (and an article) inside one name
                at--;
            } else {
                break;
            }
        }
        if (at == end || ADVERBS.contains(tokens.get(at).key()) || isDate(tokens.get(at))
                || !tokens.get(at).isCapitalized()) {
            return -1;
        }
        if (at == 0) {
            return 0;
        }
        Token before = tokens.get(at - 1);
        if (before.isWord() && (Lexicon.isArticle(before.key(), language) || before.isElided())) {
            return at - 1;
        }
        return before.text().equals(",") || isAndWord(before) || opensSentence(tokens, at) ? at : -1;
    }

    /** True when nothing but punctuation, or a conjunction that opens the sentence ("Ma", "But"), stands before at. */
    private boolean opensSentence(List<Token> tokens, int at) {
        for (int k = 0; k < at; k++) {
            Token token = tokens.get(k);
            if (token.isWord() && !(k == at - 1 && Lexicon.isConjunction(token.key(), language))) {
                return false;
            }
        }
        return true;
    }

    /** "of" or "of the" at index at between capitalized words: "Bank of England", "Friends of the Earth". */
    private boolean isNameTie(List<Token> tokens, int at) {
        Token token = tokens.get(at);
        if (Lexicon.isArticle(token.key(), language) && !token.isCapitalized()) {
            return Lexicon.isOf(tokens.get(at - 1).key(), language);
        }
        return Lexicon.isOf(token.key(), language) && !token.isCapitalized() && tokens.get(at - 1).isWord()
                && tokens.get(at - 1).isCapitalized();
    }

    private boolean isAndWord(Token token) {
        return Lexicon.isAnd(token.key(), language) && !token.isCapitalized();
    }

    /**
     * The index right after a list of names that continues the phrase ending before index end: "confermano la Cgil,
     * la Uil e la Cisl.", "said Unison, the GMB and Unite." The phrase is one name (perhaps after an article), a
     * comma follows, and then names, each perhaps after an article, separated by commas and closed by "and" and a
     * last name that ends the sentence or its clause (a full stop, semicolon, colon or quotation mark). A list that
     * runs on into a verb is the subject of the next clause ("Secondo Istat, Roma e Milano sono le più care"), not
     * more parties; end when there is no such list.
     */
    private int listEnd(List<Token> tokens, int start, int end) {
        if (end >= tokens.size() || !tokens.get(end).text().equals(",") || !isConjuncts(tokens, start, end, false)) {
            return end;
        }
        int at = end;
        boolean and = false;
        while (at < tokens.size() && !and) {
            Token separator = tokens.get(at);
            if (separator.text().equals(",")) {
                at++;
                if (at < tokens.size() && isAndWord(tokens.get(at))) {
                    at++;
                    and = true;
                }
            } else if (isAndWord(separator)) {
                at++;
                and = true;
            } else {
                return end;
            }
            int name = at < tokens.size() && tokens.get(at).isWord() && (Lexicon.isArticle(tokens.get(at).key(),
                    language) || tokens.get(at).isElided()) ? at + 1 : at;
            int last = name;
            while (last < tokens.size() && tokens.get(last).isWord() && tokens.get(last).isCapitalized()) {
                last++;
            }
            if (last == name || ADVERBS.contains(tokens.get(name).key()) || isDate(tokens.get(name))) {
                return end;
            }
            at = last;
        }
        boolean closes = at >= tokens.size() || ".;:\"”»".contains(tokens.get(at).text());
        return and && closes ? at : end;
    }

    /**
     * True when the tokens from index from to i are names, each perhaps after an article, with at least one "and"
     * between two of them when and is asked for ("la Lipu e Legambiente", "the GMB and Unite"). An Italian body's name
     * may go on in lower case after its capitalized head ("l'Unione consumatori").
     */
    private boolean isConjuncts(List<Token> tokens, int from, int i, boolean needsAnd) {
        boolean and = false;
        boolean named = false;
        for (int at = from; at < i; at++) {
            Token token = tokens.get(at);
            if (!token.isWord()) {
                return false;
            }
            boolean article = Lexicon.isArticle(token.key(), language) && !token.isCapitalized() || token.isElided();
            if (isAndWord(token) && at > from && at + 1 < i) {
                and = true;
                named = false;
            } else if (token.isCapitalized() || named && token.key().equals("'s")) {
                // "Sainsbury's": a possessive closing a name is part of it
                named = true;
            } else if (!article && !Lexicon.isOf(token.key(), language)
                    && !(language == Language.IT && named)) {
                return false;
            }
        }
        return and || !needsAnd;
    }


    /**
     * "the Department for Transport, Energy and Roads": where a body's name starts when the capitalized words from
     * index from to i close a list ("Energy and Roads") that the comma before them continues, back to a head and tie
     * whose remit may be a list ({@link SourceName#isListedBodyTie}); -1 when they do not.
     */
    private int listedBodyName(List<Token> tokens, int from, int i) {
        boolean and = false;
        for (int at = from; at < i; at++) {
            Token token = tokens.get(at);
            boolean andWord = Lexicon.isAnd(token.key(), language) && !token.isCapitalized();
            if (!token.isWord() || !andWord && !token.isCapitalized() || at == from && andWord || token.isAcronym()) {
                return -1;
            }
            and |= andWord;
        }
        int comma = from - 1;
        while (and && comma >= 2 && tokens.get(comma).text().equals(",")) {
            int at = comma - 1;
            while (at >= 0 && tokens.get(at).isWord() && tokens.get(at).isCapitalized()) {
                at--;
            }
            if (at == comma - 1 || at < 1) {
                return -1;
            }
            Token tie = tokens.get(at);
            Token head = tokens.get(at - 1);
            if (SourceName.isListedBodyTie(head, tie, language)) {
                return at - 1;
            }
            comma = at;
        }
        return -1;
    }

    /** "dalla", "by": a preposition that introduces an agent, who may be a source ("Dalla Regione si fa sapere"). */
    static boolean isAgentPreposition(String key) {
        return AGENTS.contains(key);
    }

    /** "assessore", "assessora regionale": the phrase ends with a title, perhaps with one adjective after it. */
    private static boolean endsWithTitle(List<Token> phrase) {
        int last = phrase.size() - 1;
        if (last >= 0 && SourceName.isPersonTitle(phrase.get(last).key())) {
            return true;
        }
        return last >= 1 && !phrase.get(last).isCapitalized() && SourceName.isPersonTitle(phrase.get(last - 1).key());
    }

    /**
     * "la stima di Eurostat", "the estimate": the word right after an article is the phrase's noun, even where a
     * cue's verb is spelled the same ("stima", "estimate").
     */
    private boolean afterArticleAlone(List<Token> phrase) {
        return phrase.size() == 1 && Lexicon.isArticle(phrase.get(0).key(), language) && !phrase.get(0).isElided();
    }

    private boolean hasName(List<Token> phrase) {
        return phrase.stream().anyMatch(t -> t.isWord() && t.isCapitalized());
    }

    private boolean isJoiner(Token token) {
        return Lexicon.isOf(token.key(), language) || Lexicon.isAnd(token.key(), language);
    }

    private boolean isCue(Token token) {
        return ReportingCues.mayHoldCue(token.text(), language)
                && ReportingCues.any(language).matcher(token.text()).matches();
    }

    static boolean isAcronymInParentheses(List<Token> tokens, int at) {
        return at + 2 < tokens.size() && tokens.get(at).text().equals("(") && tokens.get(at + 1).isWord()
                && tokens.get(at + 1).isCapitalized() && tokens.get(at + 2).text().equals(")");
    }

    /**
     * The author of a document phrase, named after the preposition of its agent: "i dati diffusi dalla Banca centrale
     * europea", "figures from the health department", "a report by the council's finance director", and after a
     * participle the journal it appeared in: "a study published in The Lancet", "uno studio pubblicato su Nature".
     * Empty when the phrase names no document or no author follows.
     */
    List<Token> authorOf(List<Token> tokens, List<Token> document) {
        if (document.isEmpty()) {
            return List.of();
        }
        SourceName name = SourceName.read(document, language, false);
        int at = tokens.indexOf(document.get(document.size() - 1)) + 1;
        if (name == null || !name.documentReference() || at + 1 >= tokens.size()) {
            return List.of();
        }
        String preposition = tokens.get(at).key();
        boolean participle = PARTICIPLE.matcher(document.get(document.size() - 1).key()).matches();
        if (AGENTS.contains(preposition) || participle && PUBLISHED_IN.contains(preposition)) {
            return after(tokens, at + 1);
        }
        return List.of();
    }

    /** True when the author phrase follows "published in", "pubblicato su": the author is a publication. */
    boolean isPublishedIn(List<Token> tokens, List<Token> author) {
        int at = tokens.indexOf(author.get(0)) - 1;
        return at >= 0 && PUBLISHED_IN.contains(tokens.get(at).key());
    }

    /** "of", "for", "at" between a name or title and the institution that goes with it in the same phrase. */
    private boolean isInnerJoiner(String key) {
        return Lexicon.isOf(key, language) || key.equals("for") || key.equals("at") || key.equals("per");
    }

    /** "The Lancet on Monday": a weekday or month after a short word is when, not part of the name. */
    private boolean isDate(Token token) {
        return Lexicon.isWeekday(token.key(), language) || Lexicon.isMonth(token.key(), language);
    }

    /** "London School of Hygiene & Tropical Medicine": an ampersand between capitalized words joins one name. */
    private static boolean isAmpersandInName(List<Token> tokens, int at) {
        return at >= 1 && at + 1 < tokens.size() && tokens.get(at).text().equals("&") && isName(tokens.get(at - 1))
                && isName(tokens.get(at + 1));
    }

    private static boolean isName(Token token) {
        return token.isWord() && token.isCapitalized();
    }
}
