package org.claimledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Italian stance sentence without a verb: a judgement, then the party it belongs to, and nothing else ("Più
 * fredda la Cisl.", "Scettici gli economisti.", "Di diverso parere l'opposizione."). The judgement is an adjective of stance, in any gender and number (generated here from its
 * lemma), or "di ... avviso/parere"; the party is a name, a group, a body or a side of a dispute. A sentence that goes
 * on after the party ("Duro il colpo per le imprese.") is not one.
 */
final class StanceSentences {
    /** Adjectives that judge a plan or a claim, by their masculine singular. */
    private static final List<String> ADJECTIVES = List.of("freddo", "caldo", "tiepido", "duro", "critico",
            "positivo", "negativo", "scettico", "cauto", "prudente", "favorevole", "contrario", "ottimista",
            "pessimista", "soddisfatto", "deluso", "perplesso", "severo", "netto", "entusiasta", "preoccupato",
            "allarmato", "polemico", "possibilista", "fiducioso", "amaro", "secco", "diffidente", "insoddisfatto",
            "tranquillo", "battagliero", "sferzante");
    private static final String DEGREE = "(?:(?:più|meno|molto|assai|ancora|decisamente|altrettanto|anche)\\s+)*";
    private static final Pattern IT_STANCE = Pattern.compile("^\\s*" + DEGREE + "(" + CueLexicon.alternation(forms())
            + "|di\\s+(?:tutt['’]\\s*altro|diverso|altro|opposto|segno\\s+opposto)\\s+(?:avviso|parere|tenore)"
            + ")\\s+(?:(?:anche|invece|pure|però)\\s+)?(?=(?:il|lo|la|i|gli|le)\\s"
            + "|l['’]|(?-i:\\p{Lu}))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The sides of a dispute, which speak as parties without a name: "l'opposizione", "la difesa". */
    private static final Set<String> SIDES = Set.of("opposizione", "opposizioni", "maggioranza", "minoranza",
            "difesa", "accusa", "governo", "sindacati", "imprese", "categorie");

    private StanceSentences() {
    }

    /** Every gender and number of each adjective: "freddo", "fredda", "freddi", "fredde"; "critici", "critiche". */
    private static List<String> forms() {
        List<String> forms = new ArrayList<>();
        for (String adjective : ADJECTIVES) {
            String stem = adjective.substring(0, adjective.length() - 1);
            if (adjective.endsWith("ista")) {
                forms.addAll(List.of(adjective, stem + "i", stem + "e"));
            } else if (adjective.endsWith("e")) {
                forms.addAll(List.of(adjective, stem + "i"));
            } else if (adjective.endsWith("co")) {
                // "critico, critica, critici, critiche"; "secco, secca, secchi, secche"
                boolean hard = adjective.endsWith("cco");
                forms.addAll(List.of(adjective, stem + "a", stem + (hard ? "hi" : "i"), stem + "he"));
            } else {
                forms.addAll(List.of(adjective, stem + "a", stem + "i", stem + "e"));
            }
        }
        return forms;
    }

    /**
     * Where the party of a stance sentence starts, as a char offset in the sentence's text, with the judgement's text;
     * null when the sentence does not open with a judgement. Whether a party follows is the caller's to read.
     */
    static Matcher judgement(String sentence) {
        if (sentence.length() > 160) {
            return null;
        }
        Matcher matcher = IT_STANCE.matcher(sentence);
        return matcher.lookingAt() ? matcher : null;
    }

    /** True when the head of the party read after a judgement names one: a side of a dispute ("la difesa"). */
    static boolean isSide(String key) {
        return SIDES.contains(key);
    }
}
