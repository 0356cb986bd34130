package org.claimledger.extract;

import java.util.HashSet;
import java.util.LinkedHashMap;
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
    private static final Map<Pattern, Qualifier> ITALIAN = patterns(ITALIAN_PHRASES);
    private static final Map<Pattern, Qualifier> ENGLISH = patterns(ENGLISH_PHRASES);
    /** The "di" and "a" merged with an article, and the articles that may follow a phrase. */
    private static final List<String> MERGED_DI = List.of("di", "del", "dello", "della", "dei", "degli", "delle", "dell");
    private static final List<String> MERGED_A = List.of("a", "ad", "al", "allo", "alla", "ai", "agli", "alle", "all");
    private static final List<String> ARTICLES = List.of("il", "lo", "la", "l", "i", "gli", "le", "the");
    /**
     * The word every match of a language's patterns ends with (a phrase's last word, a merged article, an article):
     * a figure after any other word needs none of the patterns tried.
     */
    private static final Set<String> ITALIAN_LAST_WORDS = lastWords(ITALIAN_PHRASES);
    private static final Set<String> ENGLISH_LAST_WORDS = lastWords(ENGLISH_PHRASES);

    private QualifierReader() {
    }

    /** The qualifier written right before start (from is where the clause begins), EXACTLY when none. */
    static Qualifier before(String source, int from, int start, Language language) {
        if (!endsWithOneOf(source, Math.max(from, start - 40), start,
                language == Language.IT ? ITALIAN_LAST_WORDS : ENGLISH_LAST_WORDS)) {
            return Qualifier.EXACTLY;
        }
        String before = source.substring(Math.max(from, start - 40), start);
        Qualifier best = Qualifier.EXACTLY;
        int longest = 0;
        for (Map.Entry<Pattern, Qualifier> entry : (language == Language.IT ? ITALIAN : ENGLISH).entrySet()) {
            Matcher matcher = entry.getKey().matcher(before);
            if (matcher.find() && matcher.end() - matcher.start() > longest) {
                longest = matcher.end() - matcher.start();
                best = entry.getValue();
            }
        }
        return best;
    }

    /** True when the text from..to ends with one of the words, then spaces, with an elided article's apostrophe. */
    private static boolean endsWithOneOf(String source, int from, int to, Set<String> words) {
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
        return words.contains(CaseFold.of(source, start, end));
    }

    private static Set<String> lastWords(Map<String, Qualifier> phrases) {
        Set<String> words = new HashSet<>(ARTICLES);
        words.addAll(MERGED_DI);
        words.addAll(MERGED_A);
        for (String alternatives : phrases.keySet()) {
            for (String phrase : alternatives.split("\\|")) {
                String[] phraseWords = phrase.split("[^\\p{L}]+");
                words.add(phraseWords[phraseWords.length - 1]);
            }
        }
        return Set.copyOf(words);
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

    private static Map<Pattern, Qualifier> patterns(Map<String, Qualifier> words) {
        Map<Pattern, Qualifier> patterns = new LinkedHashMap<>();
        // Italian merges "di" and "a" with the article ("più del 45%", "fino al 30%"); an article may also follow
        String article = "(?:\\s+(?:il|lo|la|l'|i|gli|le|the))?";
        for (Map.Entry<String, Qualifier> entry : words.entrySet()) {
            StringBuilder alternatives = new StringBuilder();
            for (String phrase : entry.getKey().split("\\|")) {
                alternatives.append(alternatives.length() == 0 ? "" : "|").append(withMergedArticle(phrase));
            }
            patterns.put(Pattern.compile("(?:^|[^\\p{L}])(?:" + alternatives + ")" + article + "\\s*$",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), entry.getValue());
        }
        return patterns;
    }
}
