package org.claimledger.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.claimledger.model.Language;
import org.claimledger.numbers.FigureReader;

/**
 * Reads what a figure counts: the noun phrase after it ("colpi di artiglieria e munizioni", "soldati",
 * "missili balistici", "North Korean troops"). Where the noun is left out ("481 lavoratori, di cui 198 nel settore
 * edile") the noun of the figure before is carried with the phrase that follows ("lavoratori nel settore edile").
 */
final class UnitPhrase {
    private static final Pattern PER_CENT = Pattern.compile(".*per ?cento?|.*percent");
    private static final int MAX_WORDS = 6;
    private static final Map<Character, String> IT_CURRENCIES = Map.of('$', "dollari", '€', "euro", '£', "sterline",
            '¥', "yen");
    private static final Map<Character, String> EN_CURRENCIES = Map.of('$', "dollars", '€', "euros", '£', "pounds",
            '¥', "yen");

    private UnitPhrase() {
    }

    /**
     * The unit of the figure ending at figureEnd, or null. times are the clause's time expressions (a unit stops at
     * them); previousNoun is the head noun of the figure before in the clause, or null.
     */
    static String after(String source, FigureMention figure, int clauseEnd, Language language, List<Located> times,
            String previousNoun) {
        String text = figure.text().text();
        Character currency = currencyOf(text);
        if (currency != null) {
            return (language == Language.IT ? IT_CURRENCIES : EN_CURRENCIES).get(currency);
        }
        List<Token> tokens = Token.of(source, figure.text().end(), clauseEnd);
        boolean percent = text.endsWith("%") || PER_CENT.matcher(text.toLowerCase(Locale.ROOT)).matches();
        int from = 0;
        if (tokens.size() > 1 && tokens.get(0).text().equals("-") && tokens.get(0).start() == figure.text().end()) {
            // "a 40,000-seat stand": the counted noun is joined to the number
            from = 1;
        }
        if ((percent || endsWithScale(text, language)) && !tokens.isEmpty()
                && Lexicon.isOf(tokens.get(0).key(), language)) {
            from = 1;
        }
        String noun = nounPhrase(source, tokens, from, language, times);
        if (percent) {
            if (noun == null) {
                return "%";
            }
            return from == 1 ? "% " + tokens.get(0).text() + " " + noun : "% " + noun;
        }
        if (noun != null) {
            return noun;
        }
        if (previousNoun != null && !tokens.isEmpty() && tokens.get(0).isWord()
                && Lexicon.isPreposition(tokens.get(0).key(), language) && !inside(times, tokens.get(0).start())) {
            String phrase = prepositionalPhrase(source, tokens, language, times);
            return phrase == null ? previousNoun : previousNoun + " " + phrase;
        }
        return null;
    }

    /** The first word of a unit, used as the noun of a later figure that leaves it out. */
    static String headNoun(String unit) {
        if (unit == null || unit.startsWith("%")) {
            return null;
        }
        int space = unit.indexOf(' ');
        return space < 0 ? unit : unit.substring(0, space);
    }

    private static String nounPhrase(String source, List<Token> tokens, int from, Language language,
            List<Located> times) {
        int first = -1;
        int last = -1;
        int words = 0;
        for (int i = from; i < tokens.size() && words < MAX_WORDS; i++) {
            Token token = tokens.get(i);
            String key = token.key();
            if (!token.isWord() || inside(times, token.start()) || FigureReader.isNumberWord(key, language)) {
                break;
            }
            boolean joiner = Lexicon.isOf(key, language) || Lexicon.isAnd(key, language);
            if (joiner) {
                if (first < 0 || !continues(tokens, i + 1, language, times)) {
                    break;
                }
                continue;
            }
            if (Lexicon.isPhraseBreak(key, language) || Lexicon.isCommonFiniteVerb(key, language)
                    || Lexicon.isArticle(key, language) && !(i > 0 && Lexicon.isOf(tokens.get(i - 1).key(), language))
                    || first >= 0 && Lexicon.isFiniteVerb(key, language)) {
                break;
            }
            if (first < 0) {
                first = i;
            }
            last = i;
            words++;
        }
        return first < 0 ? null : source.substring(tokens.get(first).start(), tokens.get(last).end());
    }

    /** Whether a noun phrase goes on after "di"/"e"/"of"/"and": a content word follows, maybe after an article. */
    private static boolean continues(List<Token> tokens, int i, Language language, List<Located> times) {
        if (i < tokens.size() && Lexicon.isArticle(tokens.get(i).key(), language)) {
            i++;
        }
        if (i >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(i);
        String key = next.key();
        return next.isWord() && !inside(times, next.start()) && !Lexicon.isPhraseBreak(key, language)
                && !Lexicon.isCommonFiniteVerb(key, language) && !FigureReader.isNumberWord(key, language);
    }

    /** "nel settore edile": a preposition and the words after it, up to punctuation, a conjunction or a number. */
    private static String prepositionalPhrase(String source, List<Token> tokens, Language language,
            List<Located> times) {
        int last = -1;
        for (int i = 1; i < tokens.size() && i <= MAX_WORDS; i++) {
            Token token = tokens.get(i);
            if (!token.isWord() || inside(times, token.start()) || Lexicon.isAnd(token.key(), language)
                    || FigureReader.isNumberWord(token.key(), language)
                    || Lexicon.isCommonFiniteVerb(token.key(), language)) {
                break;
            }
            last = i;
        }
        return last < 0 ? null : source.substring(tokens.get(0).start(), tokens.get(last).end());
    }

    private static Character currencyOf(String text) {
        for (char c : new char[] {'$', '€', '£', '¥'}) {
            if (text.indexOf(c) >= 0) {
                return c;
            }
        }
        return null;
    }

    private static boolean endsWithScale(String text, Language language) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String scale : FigureReader.scaleWords(language).keySet()) {
            if (lower.endsWith(scale)) {
                return true;
            }
        }
        // "un milione e mezzo di euro": the half still counts in the scale
        return lower.endsWith("milione") || lower.endsWith("miliardo") || lower.endsWith(" e mezzo");
    }

    private static boolean inside(List<Located> spans, int index) {
        for (Located span : spans) {
            if (span.contains(index)) {
                return true;
            }
        }
        return false;
    }
}
