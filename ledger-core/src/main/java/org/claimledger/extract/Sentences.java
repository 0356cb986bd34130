package org.claimledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimledger.model.Language;

/**
 * Splits a normalized text into paragraphs (lines) and sentences, and tells prose from the rest of a scraped page.
 * A line is prose when it has a finite verb; headings, bylines, date headers and player text ("Ascolta ora 00:00")
 * have none. Clock times are left out of the test so "00:00" cannot pass for anything.
 */
final class Sentences {
    private static final Pattern CLOSING_MARKS = Pattern.compile("[.!?…]+$");
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\b");
    /** What makes a short line a headline with a claim, not page furniture: money, a percentage, a quotation. */
    private static final Pattern HEADLINE_CLAIM = Pattern.compile("[$€£¥]\\s?\\d|\\d\\s?%|\\p{L}\\s*:\\s*[«\"“]");
    private static final Pattern SENTENCE_END = Pattern.compile(
            "([.!?]+[\"”»')\\]]*)\\s+(?=[\"“«(\\[]?\\s?[\\p{Lu}\\p{N}])");
    private static final Set<String> IT_ABBREVIATIONS = Set.of("sig", "sigg", "dott", "prof", "ing", "avv", "on",
            "sen", "gen", "art", "artt", "n", "nr", "pag", "ecc", "cfr", "es", "vol", "cap", "ca", "st", "mons", "dr");
    private static final Set<String> EN_ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gen",
            "gov", "lt", "col", "sgt", "capt", "st", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb",
            "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "jr",
            "sr", "approx", "est", "fig", "p", "pp");

    /** What a line of a scraped page is. */
    enum LineKind {
        /** Sentences with finite verbs. */
        PROSE,
        /** No finite verb, but long enough and free of page furniture: a heading or a quotation lifted out of place. */
        FRAGMENT,
        /** Player text, bylines, date lines, reading times: short, or with clock times or separators such as "|". */
        FURNITURE
    }

    /** A sentence, the paragraph it is in (0-based), and what kind of line it is on. */
    record Sentence(Located text, int paragraph, LineKind kind) {
        boolean prose() {
            return kind == LineKind.PROSE;
        }
    }

    private Sentences() {
    }

    static List<Sentence> of(String source, Language language) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= source.length()) {
            int lineEnd = source.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = source.length();
            }
            if (!source.substring(lineStart, lineEnd).isBlank()) {
                int textStart = afterBullet(source, lineStart, lineEnd);
                LineKind kind = kindOf(source, textStart, lineEnd, language);
                for (Located sentence : split(source, textStart, lineEnd, language)) {
                    sentences.add(new Sentence(sentence, paragraph, kind));
                }
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    /**
     * Where the text of a line starts after a list bullet ("• Prezzi al consumo in aumento dello 0,4%", "* Routine
     * treatment backlog down to 7.57m"): a standfirst's bullets are headlines, not page furniture.
     */
    private static int afterBullet(String source, int lineStart, int lineEnd) {
        int at = lineStart;
        while (at < lineEnd && Character.isWhitespace(source.charAt(at))) {
            at++;
        }
        if (at + 1 < lineEnd && "•*►▶·–-".indexOf(source.charAt(at)) >= 0 && source.charAt(at + 1) == ' ') {
            return at + 2;
        }
        return lineStart;
    }

    /**
     * Prose ends like a sentence and has a finite verb or five words at least, or has a finite verb and runs long, as a
     * paragraph does. Of the rest, furniture has clock times, separators such as "|" or "•", or fewer than eight
     * words and no money, percentage or quotation ("Council backs £450m stadium deal" is a headline); anything else
     * is a fragment.
     */
    static LineKind kindOf(String source, int from, int to, Language language) {
        String line = source.substring(from, to).strip();
        // words are counted only as far as the tests below read them (12), and the tokens are made only when the verb
        // decides: most lines are sentences of five words or more
        int words = Token.countWords(line, 0, line.length(), 12);
        boolean endsLikeSentence = endsLikeSentence(line);
        if (endsLikeSentence && words >= 5 || (endsLikeSentence || words >= 12)
                && hasFiniteVerb(Token.of(line, 0, line.length()), language)) {
            return LineKind.PROSE;
        }
        if (CLOCK.matcher(line).find() || hasAny(line, "|•·►▶")) {
            return LineKind.FURNITURE;
        }
        return words < 8 && !HEADLINE_CLAIM.matcher(line).find() ? LineKind.FURNITURE : LineKind.FRAGMENT;
    }

    private static boolean hasFiniteVerb(List<Token> tokens, Language language) {
        return tokens.stream().anyMatch(t -> t.isWord() && Lexicon.isFiniteVerb(t.key(), language));
    }

    /**
     * A closing mark, then only closing quotes or brackets: {@code .*[.!?…:]["”»')\]]*}, read from the end of the
     * line instead of matched from its start.
     */
    private static boolean endsLikeSentence(String line) {
        int at = line.length() - 1;
        while (at >= 0 && "\"”»')]".indexOf(line.charAt(at)) >= 0) {
            at--;
        }
        return at >= 0 && ".!?…:".indexOf(line.charAt(at)) >= 0;
    }

    private static boolean hasAny(String line, String marks) {
        for (int i = 0; i < line.length(); i++) {
            if (marks.indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the whole sentence is one quotation: «Abbiamo difeso il valore del prodotto». or "He took the money."
     * Such a sentence after an attributed one goes on quoting the same speaker.
     */
    static boolean isQuotation(String sentence) {
        String text = CLOSING_MARKS.matcher(sentence.strip()).replaceAll("");
        if (text.length() < 3 || "«\"“".indexOf(text.charAt(0)) < 0
                || "»\"”".indexOf(text.charAt(text.length() - 1)) < 0) {
            return false;
        }
        String inside = text.substring(1, text.length() - 1);
        return inside.chars().noneMatch(c -> c == '«' || c == '»' || c == '"' || c == '“' || c == '”');
    }

    /** Splits a sentence at semicolons that are outside quotation marks. */
    static List<Located> clauses(String source, Located sentence) {
        List<Located> clauses = new ArrayList<>();
        boolean quoted = false;
        int start = sentence.start();
        for (int i = sentence.start(); i < sentence.end(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '“' || c == '«') {
                quoted = true;
            } else if (c == '”' || c == '»') {
                quoted = false;
            } else if (c == ';' && !quoted) {
                addTrimmed(source, start, i, clauses);
                start = i + 1;
            }
        }
        addTrimmed(source, start, sentence.end(), clauses);
        return clauses;
    }

    /**
     * Sentence ends: a full stop, question or exclamation mark, perhaps after a closing quote, then space and a capital
     * or digit, perhaps after an opening quote (scraped text often has spaces inside quotes: ". \" L'impiego"). A full
     * stop after a known abbreviation or a single capital ("J. Smith") does not end a sentence.
     */
    private static List<Located> split(String source, int from, int to, Language language) {
        List<Located> sentences = new ArrayList<>();
        Matcher end = SENTENCE_END.matcher(source).region(from, to);
        int start = from;
        while (end.find()) {
            if (end.group(1).equals(".") && isAbbreviation(source, from, end.start(), language)) {
                continue;
            }
            addTrimmed(source, start, end.end(1), sentences);
            start = end.end(1);
        }
        addTrimmed(source, start, to, sentences);
        return sentences;
    }

    private static boolean isAbbreviation(String source, int from, int dot, Language language) {
        int wordStart = dot;
        while (wordStart > from && Character.isLetter(source.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = source.substring(wordStart, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return (language == Language.IT ? IT_ABBREVIATIONS : EN_ABBREVIATIONS).contains(word.toLowerCase(Locale.ROOT));
    }

    private static void addTrimmed(String source, int start, int end, List<Located> into) {
        while (start < end && Character.isWhitespace(source.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(source.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            into.add(Located.in(source, start, end));
        }
    }
}
