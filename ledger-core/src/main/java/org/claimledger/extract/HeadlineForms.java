package org.claimledger.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimledger.model.Language;

/**
 * Forms only a headline or a standfirst bullet writes, in the telegraphic style that drops articles. An English company
 * as the subject of a results or payout verb with a results noun as its object ("Brenta Foods lifts dividend as sales
 * rise", "Norvik posts record profit", "Acme cuts full-year guidance"): the company reports its own results, as in
 * prose ({@link CompanyActs}); a headline that only reports an event has no results noun ("Skyrail cancels nearly 600
 * flights", "Acme cuts 300 jobs") and attributes nothing. An English closing cue with a description and no article
 * ("..., says mining body"), which prose would write "says the mining body".
 */
final class HeadlineForms {
    /**
     * The verbs by lemma, every form from {@link EnglishInflections}: those of changing a guidance ({@link
     * CompanyActs#EN_CHANGING}) and those of holding it, paying out and reporting results.
     */
    private static final List<String> EN_RESULT_VERBS = java.util.stream.Stream.concat(
            CompanyActs.EN_CHANGING.stream(), java.util.stream.Stream.of("hike", "boost", "slash", "hold", "maintain",
                    "keep", "post", "report", "book", "announce", "declare", "unveil", "deliver", "widen")).toList();
    /** What a company reports of itself: its results, its payout to shareholders, its guidance. */
    private static final String EN_RESULT_NOUNS = "(?:dividends?|payouts?|profits?|loss|losses|sales|revenues?"
            + "|earnings|turnover|results|guidance|forecasts?|outlook|targets?)";
    /**
     * What may stand between the verb and its results noun: a possessive or an article, a figure ("8%", "12p"), a
     * period ("full-year", "first-half", "quarterly") or a kind of result ("record", "pre-tax", "underlying"). Any
     * other word ends the form ("Acme cuts jobs after profit warning" has no results noun as its object).
     */
    private static final String EN_RESULT_MODIFIER = "(?:its|their|a|an|[£$€]?\\d[\\d.,]*(?:%|p|m|bn)?"
            + "|(?:full|half|first|second|third|fourth|nine)-?(?:year|half|quarter|month)|annual|interim|quarterly"
            + "|record|pre-tax|pretax|net|operating|underlying|final|special|bumper|core|organic|like-for-like)";
    /** The company (one to four capitalized words, "&" between them), the verb, up to three modifiers, the noun. */
    private static final Pattern EN_COMPANY_RESULT = Pattern.compile("^\\s*(?:[-–—•*]\\s*)?"
            + "((?:\\p{Lu}[\\p{L}'’.-]*\\s+(?:&\\s+)?){0,3}\\p{Lu}[\\p{L}'’.-]*)\\s+((?iu:"
            + CueLexicon.alternation(EnglishInflections.ofAll(EN_RESULT_VERBS)) + "))\\s+(?iu:" + EN_RESULT_MODIFIER + "\\s+){0,3}(?iu:"
            + EN_RESULT_NOUNS + ")\\b");

    /**
     * "Copper output to fall 10%, says mining body", "..., warns regulator": a cue after the line's last comma and a
     * description without its article, lower-case words closing the line. Group 1 is the cue, group 2 the description.
     */
    private static final Pattern EN_TRAILING_CUE = Pattern.compile(",\\s*(\\p{Ll}+)\\s+"
            + "((?:\\p{Ll}[\\p{Ll}'’-]*\\s+){0,2}\\p{Ll}[\\p{Ll}-]*)\\s*[.!]?\\s*$");

    private HeadlineForms() {
    }

    /**
     * A headline's closing cue and the description after it without an article ("..., says mining body": headlines
     * drop articles that prose would write, "says the mining body"); null when the line has no such ending or the
     * word after the comma is no finite cue.
     */
    static Matcher trailingCue(String line, Language language) {
        if (language != Language.EN || line.indexOf(',') < 0) {
            return null;
        }
        Matcher matcher = EN_TRAILING_CUE.matcher(line);
        return matcher.find() && CueLexicon.of(language).finite().contains(matcher.group(1)) ? matcher : null;
    }

    /**
     * A company and its results verb opening a headline, group 1 the company and group 2 the verb; null when the line
     * has no such form.
     */
    static Matcher companyResult(String line, Language language) {
        if (language != Language.EN) {
            return null;
        }
        Matcher matcher = EN_COMPANY_RESULT.matcher(line);
        return matcher.find() ? matcher : null;
    }
}
