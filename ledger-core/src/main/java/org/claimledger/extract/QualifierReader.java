package org.claimledger.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimledger.model.Language;
import org.claimledger.model.Qualifier;

/**
 * Reads the words just before a figure that bound it: "almeno", "più di", "circa", "at least", "as many as", and the
 * verbs that say a figure was passed: "le frodi superano i 16 miliardi", "costs exceeded £2m".
 */
final class QualifierReader {
    private static final Map<String, Qualifier> ITALIAN_PHRASES = Map.of(
            "non più di|non oltre|al massimo|al più|massimo", Qualifier.AT_MOST,
            "fino a|fino ad|sino a", Qualifier.UP_TO,
            "più di|oltre|oltre a|sopra|ben oltre|poco più di|superiore a|supera|superano|superato|superata|superati"
                    + "|superate|oltrepassa|oltrepassano", Qualifier.MORE_THAN,
            "almeno|non meno di|minimo", Qualifier.AT_LEAST,
            "quasi|poco meno di|sfiora|sfiorano|prossimo a", Qualifier.NEARLY,
            "circa|intorno a|attorno a|all'incirca|approssimativamente|più o meno|qualcosa come|una stima di|stimati"
                    + "|stimate|stimato|stimata|presunti|presunte", Qualifier.ABOUT,
            "meno di|inferiore a|sotto", Qualifier.LESS_THAN);
    private static final Map<String, Qualifier> ENGLISH_PHRASES = Map.of(
            "no more than|not more than|at most|a maximum of|at the most", Qualifier.AT_MOST,
            "up to|as many as|as much as", Qualifier.UP_TO,
            "more than|over|above|in excess of|upwards of|just over|well over|greater than|exceeds|exceeded"
                    + "|exceeding|exceed|surpassed|surpasses|topped|tops", Qualifier.MORE_THAN,
            "at least|a minimum of|no fewer than|no less than|not less than", Qualifier.AT_LEAST,
            "nearly|almost|close to|just under|just shy of|approaching", Qualifier.NEARLY,
            "about|around|roughly|approximately|some|an estimated|estimated|circa|about some|or so|of about"
                    + "|of around|of some", Qualifier.ABOUT,
            "less than|fewer than|under|below", Qualifier.LESS_THAN);
    /** The "di" and "a" merged with an article, and the articles that may follow a phrase. */
    private static final List<String> MERGED_DI = List.of("di", "del", "dello", "della", "dei", "degli", "delle", "dell");
    private static final List<String> MERGED_A = List.of("a", "ad", "al", "allo", "alla", "ai", "agli", "alle", "all");
    private static final List<String> ARTICLES = List.of("il", "lo", "la", "l", "i", "gli", "le", "the");
    private static final List<Phrases> ITALIAN = patterns(ITALIAN_PHRASES);
    private static final List<Phrases> ENGLISH = patterns(ENGLISH_PHRASES);

    /**
     * One qualifier's phrases as a pattern, and the words every match of it ends with (a phrase's last word, a merged
     * article, an article): after any other word the pattern cannot match, so it is not tried.
     */
    private record Phrases(Pattern pattern, Qualifier qualifier, Set<String> lastWords) {
    }

    private QualifierReader() {
    }

    /** The qualifier written right before start (from is where the clause begins), EXACTLY when none. */
    static Qualifier before(String source, int from, int start, Language language) {
        String last = lastWord(source, Math.max(from, start - 40), start);
        String before = null;
        Qualifier best = Qualifier.EXACTLY;
        int longest = 0;
        for (Phrases phrases : language == Language.IT ? ITALIAN : ENGLISH) {
            if (!phrases.lastWords().contains(last)) {
                continue;
            }
            before = before == null ? source.substring(Math.max(from, start - 40), start) : before;
            Matcher matcher = phrases.pattern().matcher(before);
            if (matcher.find() && matcher.end() - matcher.start() > longest) {
                longest = matcher.end() - matcher.start();
                best = phrases.qualifier();
            }
        }
        return best;
    }

    /** What {@link #before} must give: every pattern tried, none spared by its last words. For tests. */
    static Qualifier beforeByPatternsAlone(String source, int from, int start, Language language) {
        String before = source.substring(Math.max(from, start - 40), start);
        Qualifier best = Qualifier.EXACTLY;
        int longest = 0;
        for (Phrases phrases : language == Language.IT ? ITALIAN : ENGLISH) {
            Matcher matcher = phrases.pattern().matcher(before);
            if (matcher.find() && matcher.end() - matcher.start() > longest) {
                longest = matcher.end() - matcher.start();
                best = phrases.qualifier();
            }
        }
        return best;
    }

    /** Every phrase of a language, as written in its table. For tests. */
    static List<String> phrases(Language language) {
        return (language == Language.IT ? ITALIAN_PHRASES : ENGLISH_PHRASES).keySet().stream()
                .flatMap(alternatives -> java.util.Arrays.stream(alternatives.split("\\|"))).toList();
    }

    /**
     * The word the text from..to ends with, before spaces and an elided article's apostrophe, folded as
     * {@link CaseFold} folds it; empty when it ends with no letter.
     */
    private static String lastWord(String source, int from, int to) {
        int end = to;
        while (end > from && " \t\n\u000B\f\r".indexOf(source.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end > from && (source.charAt(end - 1) == '\'' || source.charAt(end - 1) == '\u2019')) {
            end--;
        }
        int start = end;
        while (start > from && Character.isLetter(source.charAt(start - 1))) {
            start--;
        }
        return CaseFold.of(source, start, end);
    }

    /** The last words of the phrases, with every merged form of a last "di" or "a", and the articles. */
    private static Set<String> lastWords(String[] phrases) {
        Set<String> words = new HashSet<>(ARTICLES);
        for (String phrase : phrases) {
            String[] phraseWords = phrase.split("[^\\p{L}]+");
            String last = phraseWords[phraseWords.length - 1];
            words.add(last);
            if (phrase.endsWith(" di")) {
                words.addAll(MERGED_DI);
            } else if (phrase.endsWith(" a")) {
                words.addAll(MERGED_A);
            }
        }
        return words;
    }

    /** "più di" also matches "più del", "più degli", ...; "fino a" also "fino al", "fino all'". */
    private static String withMergedArticle(String phrase) {
        String quoted = phrase.replace("'", "['\u2019]");
        if (phrase.endsWith(" di")) {
            return quoted.substring(0, quoted.length() - 2) + "(?:di|del|dello|della|dei|degli|delle|dell['\u2019])";
        }
        if (phrase.endsWith(" a")) {
            return quoted.substring(0, quoted.length() - 1) + "(?:a|ad|al|allo|alla|ai|agli|alle|all['\u2019])";
        }
        return quoted;
    }

    private static List<Phrases> patterns(Map<String, Qualifier> words) {
        List<Phrases> patterns = new ArrayList<>();
        // Italian merges "di" and "a" with the article ("più del 45%", "fino al 30%"); an article may also follow
        String article = "(?:\\s+(?:il|lo|la|l'|i|gli|le|the))?";
        for (Map.Entry<String, Qualifier> entry : words.entrySet()) {
            StringBuilder alternatives = new StringBuilder();
            for (String phrase : entry.getKey().split("\\|")) {
                alternatives.append(alternatives.length() == 0 ? "" : "|").append(withMergedArticle(phrase));
            }
            patterns.add(new Phrases(Pattern.compile("(?:^|[^\\p{L}])(?:" + alternatives + ")" + article + "\\s*$",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), entry.getValue(),
                    lastWords(entry.getKey().split("\\|"))));
        }
        return List.copyOf(patterns);
    }
}
