package org.claimledger.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimledger.model.Language;

/**
 * A sentence that only points at the source of the sentence before it, by a copula, a noun for what was said and
 * its author: "Sono le richieste avanzate dalla pm Carla Vitti.", "È la stima fatta dall'Inps.", "That is the finding
 * of a report by the Halden Institute.", "These are the figures from the regulator." The match ends where the source
 * starts; the author of a document named there is the source ({@link NounPhrases#authorOf}).
 */
final class PointerSentences {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Nouns for what a source says or finds; a verdict or a sentence is the court's act, not a report. */
    private static final String IT_SAID = "stime|stima|richieste|richiesta|dati|numeri|cifre|conclusioni|previsioni"
            + "|previsione|accuse|accusa|parole|valutazioni|valutazione|proposte|proposta|calcoli|risultati|indicazioni"
            + "|denuncia|dichiarazioni|proiezioni|elaborazioni|rilevazioni";
    /**
     * A copula, a definite noun phrase headed by a noun for what was said, then a past participle and the agent's
     * preposition ("Sono le richieste avanzate dalla pm"), or "di" with its author or the document that holds it
     * ("Sono i numeri del rapporto annuale dell'Ispra", "È la stima di Bankitalia": group "of").
     */
    private static final Pattern IT_POINTER = Pattern.compile("^\\s*(?:(?:questi|queste|questo|questa)\\s+)?"
            + "(sono|è|erano|era)\\s+(?:(?:questi|queste|questo|questa)\\s+)?(?:(?:le|i|gli|il|la|lo)\\s+|l['’]\\s*)"
            + "(?:\\p{L}+\\s+)?(?:" + IT_SAID + ")\\s+(?:(?:\\p{L}+\\s+)?\\p{L}+(?:at|ut|it|st|ss|tt|s)[oaie]\\s+"
            + "(?:\\p{L}+\\s+)?"
            + "(?:dall['’]|dal|dalla|dallo|dai|dagli|dalle|da\\s)|(?<of>(?:\\p{Ll}+\\s+)?(?:dell['’]|del|della|dello|dei"
            + "|degli|delle|di\\s)))\\s*", FLAGS);
    /** A demonstrative, a copula, "the" and a noun for what a source finds or says, then "of", "from" or "by". */
    private static final Pattern EN_POINTER = Pattern.compile("^\\s*(?:this|that|these|those|such)\\s+"
            + "(is|are|was|were)\\s+(?:also\\s+)?the\\s+(?:\\p{L}+\\s+){0,2}?(?:finding|findings|conclusion|conclusions"
            + "|estimate|estimates|figure|figures|forecast|forecasts|view|warning|message|assessment|picture"
            + "|calculation|calculations|claim|claims|result|results|projection|projections|demand|demands)\\s+"
            + "(?:of|from|by)\\s+", FLAGS);

    private PointerSentences() {
    }

    /**
     * The pointer that opens the sentence, its group 1 the copula and its end the source's start, its group "of" set
     * when "di" joins the source to the noun; else null.
     */
    static Matcher pointer(String sentence, Language language) {
        Matcher matcher = (language == Language.IT ? IT_POINTER : EN_POINTER).matcher(sentence);
        return matcher.lookingAt() ? matcher : null;
    }
}
