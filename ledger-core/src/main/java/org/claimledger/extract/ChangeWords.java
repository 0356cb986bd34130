package org.claimledger.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.claimledger.model.Language;

/**
 * Words that tell a change from a spread, for "from X to Y" and "da X a Y" (the gold README's conventions: a change
 * between two states is two figures, a spread is one range). A change is said by a verb or a noun of change in any
 * form ("rose", "has swelled", "an increase", "è lievitato", "un aumento"); a spread by a verb of spread ("range from",
 * "vary", "le multe vanno da", "oscillano"). Every form is generated here from its lemma, so that a form nobody listed
 * ("surging", "dimezzati") is read as the lemma is.
 */
final class ChangeWords {
    /** English verbs of change, regular: each gives its -s, -ed and -ing forms. */
    private static final List<String> EN_REGULAR = List.of("increase", "decrease", "climb", "drop", "jump", "soar",
            "surge", "slip", "decline", "plunge", "tumble", "double", "triple", "treble", "halve", "expand", "widen",
            "narrow", "ease", "edge", "dip", "lift", "boost", "raise", "lower", "reduce", "hike", "move", "change",
            "shift", "improve", "worsen", "recover", "rebound", "slump", "spike", "balloon", "swell", "trim", "slash",
            "revise", "upgrade", "downgrade", "bump", "accelerate", "slow", "fall", "rise", "grow", "go", "sink",
            "shrink", "leap", "slide", "cut", "deteriorate");
    /** English irregular forms, each after its lemma. */
    private static final List<String> EN_IRREGULAR = List.of("rose", "risen", "fell", "fallen", "grew", "grown",
            "went", "gone", "sank", "sunk", "shrank", "shrunk", "swollen", "leapt", "slid", "up", "down", "growth",
            "reduction", "reductions", "revision", "revisions");
    /** English verbs of spread, and "anywhere" ("anywhere from 3 to 5"), which is no verb and has no other forms. */
    private static final List<String> EN_SPREAD = List.of("range", "vary", "fluctuate");
    /** Italian verbs of change in -are: each gives its finite forms, participles and gerund. */
    private static final List<String> IT_ARE = List.of("aumentare", "calare", "passare", "portare", "alzare",
            "abbassare", "balzare", "crollare", "lievitare", "schizzare", "raddoppiare", "triplicare", "dimezzare",
            "precipitare", "scivolare", "migliorare", "peggiorare", "impennare", "arretrare", "tagliare", "ritoccare",
            "innalzare", "volare");
    /** Italian irregular verbs of change, every form given, and the nouns of change. */
    private static final List<String> IT_GIVEN = List.of("sale", "salgono", "salito", "salita", "saliti", "salite",
            "salì", "saliva", "salivano", "salirà", "saliranno", "salendo", "risale", "risalgono", "risalito",
            "risalita", "risaliti", "risalite", "scende", "scendono", "sceso", "scesa", "scesi", "scese", "scendeva",
            "scendevano", "scenderà", "scenderanno", "scendendo", "cresce", "crescono", "cresciuto", "cresciuta",
            "cresciuti", "cresciute", "crebbe", "cresceva", "crescevano", "crescerà", "cresceranno", "crescendo",
            "riduce", "riducono", "ridotto", "ridotta", "ridotti", "ridotte", "ridusse", "riduceva", "ridurrà",
            "riducendo", "rivisto", "rivista", "rivisti", "riviste", "rivede", "rivedono", "diminuisce",
            "diminuiscono", "diminuito", "diminuita", "diminuiti", "diminuite", "diminuì", "diminuiva", "diminuirà",
            "aumento", "aumenti", "calo", "cali", "crescita", "riduzione", "riduzioni", "passaggio", "balzo", "rialzo",
            "rialzi", "ribasso", "ribassi", "salto", "taglio", "tagli", "incremento", "incrementi", "diminuzione",
            "flessione", "crollo", "revisione", "impennata", "discesa");
    private static final List<String> IT_SPREAD = List.of("va", "vanno", "varia", "variano", "variava", "variavano",
            "oscilla", "oscillano", "oscillava", "oscillavano", "spazia", "spaziano");
    private static final List<String> IT_ARE_ENDINGS = List.of("a", "ano", "ato", "ata", "ati", "ate", "ava",
            "avano", "ò", "arono", "ando", "erà", "eranno", "erebbe", "erebbero");

    private static final Set<String> EN_CHANGE = english();
    private static final Set<String> EN_SPREAD_FORMS = Stream.concat(EnglishInflections.ofAll(EN_SPREAD).stream(),
            Stream.of("anywhere")).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> IT_SPREAD_FORMS = Set.copyOf(IT_SPREAD);
    private static final Set<String> IT_CHANGE = italian();

    private ChangeWords() {
    }

    /** Whether the lower-case word says a change ("rose", "increase", "è salito", "un aumento"). */
    static boolean isChange(String key, Language language) {
        return (language == Language.IT ? IT_CHANGE : EN_CHANGE).contains(key);
    }

    /** Whether the lower-case word says a spread ("ranging", "vary", "vanno", "oscillano"). */
    static boolean isSpread(String key, Language language) {
        return (language == Language.IT ? IT_SPREAD_FORMS : EN_SPREAD_FORMS).contains(key);
    }

    /**
     * Whether "from X to Y" (or "da X a Y") whose "from" starts at fromWord says a change: the nearest word of change
     * or spread before it in its own clause decides, and with neither it is a spread ("Anywhere from 300 to 400", "multe
     * da 25 a 40 euro"). The clause ends, going back, at a comma (one right before "from" only sets the change apart:
     * "rose 4 per cent, from £2bn to £2.08bn"), at a word that joins clauses ("and", "while", "which", "e", "mentre",
     * "che") and at a finite verb that is neither: in "The council, which cut its budget, charges from 3 to 5 million"
     * and "Prices rose last year and tickets now cost from £30 to £45" the change is another clause's.
     */
    static boolean saysChange(String source, int clauseStart, int fromWord, Language language) {
        List<Token> before = Token.of(source, clauseStart, fromWord);
        for (int i = before.size() - 1; i >= 0; i--) {
            Token token = before.get(i);
            String text = token.text();
            if (text.equals(".") || text.equals(";") || text.equals(":")
                    || text.equals(",") && i < before.size() - 1) {
                return false;
            }
            if (!token.isWord()) {
                continue;
            }
            String key = token.key();
            if (isSpread(key, language)) {
                return false;
            }
            if (isChange(key, language)) {
                return true;
            }
            if ((language == Language.IT ? IT_CLAUSE_JOINERS : EN_CLAUSE_JOINERS).contains(key)
                    || Lexicon.isCommonFiniteVerb(key, language)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> EN_CLAUSE_JOINERS = Set.of("and", "but", "while", "whereas", "which", "who");
    private static final Set<String> IT_CLAUSE_JOINERS = Set.of("e", "ed", "ma", "mentre", "che", "cui");

    private static Set<String> english() {
        Set<String> forms = new HashSet<>(EN_IRREGULAR);
        forms.addAll(EnglishInflections.ofAll(EN_REGULAR));
        return Set.copyOf(forms);
    }

    private static Set<String> italian() {
        Set<String> forms = new HashSet<>(IT_GIVEN);
        for (String lemma : IT_ARE) {
            String stem = lemma.substring(0, lemma.length() - 3);
            for (String ending : IT_ARE_ENDINGS) {
                forms.add(stem + ending);
            }
        }
        return Set.copyOf(forms);
    }
}
