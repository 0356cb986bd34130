package org.claimledger.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimledger.model.Language;

/**
 * What a company reports by acting on its own figures, with the company as the subject: its guidance ("Norvik raises
 * its full-year profit target", "alza le stime per l'esercizio"), its results for a period ("chiude i primi nove mesi
 * con ricavi a 3 miliardi", "archivia il semestre con un utile") and an estimate it puts on a figure ("puts the cost
 * at £40m"). The English verbs are lemmas, inflected by {@link EnglishInflections}; the object is a class of nouns.
 * Group 1 or 2 of a match is the act ({@link #group}), and the source is the subject before it.
 */
final class CompanyActs {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** English verbs of changing a guidance, by their base form; "cut" keeps its past ({@link EnglishInflections}). */
    static final List<String> EN_CHANGING = List.of("raise", "lift", "cut", "lower", "trim", "upgrade",
            "downgrade", "reaffirm", "reiterate", "narrow");
    private static final String EN_GUIDANCE = "(?:target|targets|forecast|forecasts|guidance|outlook|estimate"
            + "|estimates|expectations)";
    /** Italian verbs of changing a guidance and of closing a period, in their third-person and compound forms. */
    private static final List<String> IT_CHANGING = List.of("alza", "alzano", "ha alzato", "hanno alzato", "taglia",
            "tagliano", "ha tagliato", "hanno tagliato", "rivede", "rivedono", "ha rivisto", "hanno rivisto", "abbassa",
            "abbassano", "ha abbassato", "hanno abbassato", "conferma", "confermano", "ha confermato",
            "hanno confermato", "migliora", "migliorano", "ha migliorato", "hanno migliorato");
    private static final String IT_GUIDANCE = "(?:stime|stima|guidance|obiettivi|obiettivo|target|previsioni"
            + "|previsione|outlook)";
    private static final List<String> IT_CLOSING = List.of("chiude", "chiudono", "ha chiuso", "hanno chiuso",
            "archivia", "archiviano", "ha archiviato", "hanno archiviato", "conclude", "concludono", "ha concluso",
            "hanno concluso");
    private static final String IT_PERIOD = "(?:trimestre|semestre|mesi|esercizio|anno|bilancio|conti)";
    /**
     * The results a company closes a period with: "con ricavi a 3 miliardi", "con un utile netto", "con una perdita";
     * a market's day ("Piazza Affari chiude l'anno in rialzo") closes with none.
     */
    private static final String IT_RESULTS = "(?:ricavi|utile|utili|perdita|perdite|fatturato|margine|margini"
            + "|risultato|risultati|ebitda|ebit|vendite|raccolta|profitti|profitto)";

    private static final Pattern EN_ACT = Pattern.compile("\\b(" + CueLexicon.alternation(EnglishInflections.ofAll(EN_CHANGING))
            + ")\\s+(?:its|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?" + EN_GUIDANCE + "\\b|\\b(puts|put)\\s+(?:the|its|their)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+\\s+at\\s+(?=[£$€\\d])", FLAGS);
    private static final Pattern IT_ACT = Pattern.compile("\\b(" + CueLexicon.alternation(IT_CHANGING)
            + ")\\s+(?:(?:le|la|i|il|gli|lo)\\s+|l['’])(?:\\p{L}+\\s+){0,1}?" + IT_GUIDANCE + "\\b|\\b("
            + CueLexicon.alternation(IT_CLOSING) + ")\\s+(?:(?:le|la|i|il|gli|lo)\\s+|l['’])(?:\\p{L}+\\s+){0,2}?"
            + IT_PERIOD + "\\s+(?:[\\p{L}\\d]+(?:['’]|\\s+)){0,3}?con\\s+"
            + "(?:(?:un|una|uno|il|la|i|gli|le|lo)\\s+|l['’]|un['’])?(?:\\p{L}+\\s+)?" + IT_RESULTS + "\\b", FLAGS);
    private static final Set<String> EN_WORDS = ReportingCues.firstWords(Set.copyOf(EnglishInflections.ofAll(EN_CHANGING)),
            Set.of("puts", "put"));
    private static final Set<String> IT_WORDS = ReportingCues.firstWords(Set.copyOf(IT_CHANGING),
            Set.copyOf(IT_CLOSING));

    private CompanyActs() {
    }

    /** The first company act in the sentence; null when there is none. */
    static Matcher act(String sentence, FoldedWords words, Language language) {
        if (!words.holdAny(language == Language.IT ? IT_WORDS : EN_WORDS)) {
            return null;
        }
        Matcher matcher = (language == Language.IT ? IT_ACT : EN_ACT).matcher(sentence);
        return matcher.find() ? matcher : null;
    }

    /** The group of the act that matched. */
    static int group(Matcher act) {
        return act.group(1) != null ? 1 : 2;
    }
}
