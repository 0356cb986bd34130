package org.claimledger.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.claimledger.model.Language;

/** The reporting cues of each language, as patterns whose group 1 is the cue itself. */
final class ReportingCues {
    /** "detto", "confermata", "fatto sapere": every participle of the Italian cue lexicon. */
    private static final String IT_PARTICIPLE = CueLexicon.alternation(CueLexicon.of(Language.IT).participles());
    /** "dice", "disse", "diceva", "lancia l'allarme": every finite form of the Italian cue lexicon. */
    private static final String IT_PRESENT = CueLexicon.alternation(CueLexicon.of(Language.IT).finite());
    private static final String IT_ADVERB = "(?:anche\\s+|poi\\s+|inoltre\\s+|infatti\\s+|invece\\s+|ancora\\s+"
            + "|più\\s+volte\\s+|già\\s+)?";
    private static final String IT_CUE = "((?:ha|hanno|avrebbe|avrebbero|aveva|avevano)\\s+" + IT_ADVERB
            + IT_PARTICIPLE + "|" + IT_PRESENT + ")";
    /** What a court or an inquest is told: "Leeds Crown Court heard", "the jury was told". */
    private static final String HEARING = "heard|was\\s+told|were\\s+told";
    private static final Pattern HEARING_CUE = Pattern.compile("(?:\\w+\\s+)*(?:" + HEARING + ")",
            Pattern.CASE_INSENSITIVE);
    private static final String EN_VERB = "(?:" + CueLexicon.alternation(englishForms(true)) + "|" + HEARING + ")";
    private static final String EN_ADVERB = "(?:also\\s+|now\\s+|later\\s+|previously\\s+|recently\\s+|again\\s+)?";
    /** "is calling on", "were warning": the progressive, an auxiliary of being and a cue's -ing form. */
    private static final String EN_PROGRESSIVE = "(?:is|are|was|were)\\s+" + EN_ADVERB
            + CueLexicon.alternation(CueLexicon.of(Language.EN).gerunds());
    private static final String EN_CUE = "(" + EN_ADVERB + "(?:" + EN_PROGRESSIVE + "|(?:has\\s+|have\\s+|had\\s+)?"
            + EN_ADVERB + EN_VERB + "))";
    /** "told" names its listener after it ("told reporters"), so it never inverts; nor do the hearing cues. */
    private static final String EN_INVERTING_CUE = "(" + EN_ADVERB + "(?:has\\s+|have\\s+|had\\s+)?"
            + CueLexicon.alternation(englishForms(false)) + ")";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** The preposition of an Italian agent: "da", "dal", "dall'", "dagli". */
    private static final String IT_AGENT = "(?:dall['’]|dal|dalla|dallo|dai|dagli|dalle|da)";
    /**
     * "quanto riferito dal questore", "quanto si legge nel rapporto", after "secondo", "stando a" or "a": the source is
     * the agent or the document; "secondo quanto si apprende" names none.
     */
    private static final String IT_AS_REPORTED = "quanto\\s+(?:riportato|riferito|scritto|dichiarato|affermato|stimato"
            + "|spiegato|annunciato|comunicato|reso\\s+noto|emerge|si\\s+legge|si\\s+apprende)(?:\\s+(?:dall['’]|dal|dalla|dallo"
            + "|dai|dagli|dalle|da|nel|nella|in))?";
    private static final List<String> IT_FOCUSING_INFINITIVES = List.of("dirlo", "dirla", "affermarlo", "spiegarlo",
            "sostenerlo", "confermarlo", "annunciarlo", "riferirlo", "rivelarlo", "scriverlo", "denunciarlo", "ricordarlo",
            "sottolinearlo", "raccontarlo", "certificarlo", "stimarlo", "calcolarlo", "comunicarlo", "precisarlo");
    /**
     * Italian puts the source last for emphasis: the cleft "a dirlo è il procuratore" and the passive "è stato reso
     * noto dai carabinieri". Opening a sentence, they hand their attribution to the sentence before.
     */
    static final Pattern IT_FOCUSED = Pattern.compile("\\b(a\\s+(?:" + String.join("|", IT_FOCUSING_INFINITIVES)
            + ")\\s+(?:è\\s+stat[oa]|sono\\s+stat[ie]|è|sono"
            + "|sarebbe|sarebbero|era|erano|fu)|(?:è|sono)\\s+stat[oaie]\\s+(?:res[oaie]\\s+not[oaie]|comunicat[oaie]"
            + "|annunciat[oaie]|riferit[oaie]|confermat[oaie]|rivelat[oaie])\\s+" + IT_AGENT + ")(?:(?<=['’])|(?![\\p{L}]))",
            FLAGS);

    /** A cue after a comma, a quote or "come"/"as", with the source after it: ", ha detto Shoigu", ", said Peskov". */
    static final Pattern IT_INVERTED = Pattern.compile("(?:^|[,\"“”«»:;(]|\\s[-–—]|\\bcome)\\s*" + IT_CUE + "\\b", FLAGS);
    static final Pattern EN_INVERTED = Pattern.compile("(?:^|[,\"“”:;(]|\\bas)\\s*" + EN_INVERTING_CUE + "\\b", FLAGS);
    /**
     * Any cue; the source is read before it ("Shoigu ha affermato", "the report says"). A cue inside a hyphenated word
     * ("a faster-than-expected fall") is not one.
     */
    static final Pattern IT_ANY = Pattern.compile("(?<!-)\\b" + IT_CUE + "\\b(?!-)", FLAGS);
    static final Pattern EN_ANY = Pattern.compile("(?<!-)\\b" + EN_CUE + "\\b(?!-)", FLAGS);
    /** A preposition that names the source after it: "secondo", "stando a", "according to", "citing". */
    static final Pattern IT_PREPOSITION = Pattern.compile("\\b((?:secondo|stando\\s+a|a)\\s+" + IT_AS_REPORTED
            + "|secondo|stando\\s+(?:a|al|alla|ai|agli|all['’])|a\\s+detta\\s+(?:di|del|della|dei|degli|dell['’])|come\\s+"
            + "(?:riporta|riferisce|scrive|spiega|sottolinea|ricorda|rivela)|citando"
            + "|si\\s+apprende\\s+" + IT_AGENT + "|come\\s+(?:riferito|reso\\s+noto|riportato|comunicato|spiegato"
            + "|annunciato|confermato|rivelato|dichiarato)\\s+" + IT_AGENT + ")(?:(?<=['’])|(?![\\p{L}]))\\s*", FLAGS);
    static final Pattern EN_PREPOSITION = Pattern.compile("\\b(according\\s+to|citing|as\\s+reported\\s+by"
            + "|in\\s+the\\s+words\\s+of|as\\s+(?:stated|noted|reported|quoted)\\s+(?:by|in))\\b\\s*", FLAGS);
    /**
     * "Così il procuratore Giovanni Bombardieri: «...»", "Parola di Elly Schlein, segretaria del Pd: «...»": a source
     * and a colon introduce the quotation; group 1 is the cue, the source runs from its end to the colon.
     */
    static final Pattern IT_COLON_INTRO = Pattern.compile("^\\s*(così|parola\\s+di|lo\\s+dice|lo\\s+ha\\s+detto)\\s+"
            + "[^:«»\"“”]{2,120}:\\s*[«\"“]", FLAGS);
    /** "Per il giudice, gli affari valevano 5 milioni": "per" and a source, then a comma, open an opinion. */
    static final Pattern IT_PER = Pattern.compile("^\\s*(per)\\s+", FLAGS);
    /** The impersonal "si legge (nel rapporto)" and its kin; the document is before or after it. */
    static final Pattern IT_IMPERSONAL = Pattern.compile("\\b(si\\s+(?:legge|afferma|sostiene|spiega|sottolinea"
            + "|evidenzia|precisa|riporta|stima|osserva|denuncia|rileva))\\b", FLAGS);
    /** A sentence whose source is the subject: "a loro avviso", "in their view". */
    static final Pattern IT_OPINION = Pattern.compile("\\b(a\\s+(?:suo|loro|mio|nostro)\\s+(?:avviso|parere|giudizio"
            + "|dire)|secondo\\s+(?:lui|lei|loro))\\b", FLAGS);
    static final Pattern EN_OPINION = Pattern.compile("\\b(in\\s+(?:his|her|their|its)\\s+(?:view|opinion|words))\\b",
            FLAGS);
    /** A sentence that hands its claim to the sentence before: "Questo è quello che ha scoperto ...". */
    static final Pattern IT_BACKWARD = Pattern.compile("^\\s*(?:(?:questo|questa|ciò|tutto\\s+ciò|questi|queste|è)\\s+"
            + "(?:è|sono|era|erano|quanto|quello|ciò)\\b|(?:lo|l['’])\\s*" + IT_CUE + ")", FLAGS);
    static final Pattern EN_BACKWARD = Pattern.compile("^\\s*(?:(?:this|that|these|such|so)\\s+(?:is|are|was|were)"
            + "|that['’]s|this['’]s)\\s+(?:what|how)\\b", FLAGS);
    /** Reported speech without a cue: the Italian compound conditional ("avrebbe spedito"), "reportedly". */
    static final Pattern IT_REPORTED = Pattern.compile("\\b(?:avrebbe|avrebbero|sarebbe|sarebbero)\\s+(?:\\p{L}+\\s+)"
            + "{0,2}?\\p{L}+(?:at[oaie]|it[oaie]|ut[oaie]|st[oaie]|tt[oaie]|s[oaie])\\b", FLAGS);
    static final Pattern EN_REPORTED = Pattern.compile("\\b(?:allegedly|reportedly|purportedly|is\\s+said\\s+to"
            + "|are\\s+said\\s+to|was\\s+said\\s+to|were\\s+said\\s+to)\\b", FLAGS);

    /**
     * A cue with its subject left out, which goes on reporting the speaker before: "Ha spiegato che ...", "E calcola
     * che ...", "In una nota ha fatto sapere che ...", "Mancano all'appello, calcola, almeno 350 professionisti.", "Gli
     * altri 30, ha aggiunto, andranno in ferie.", "«Servono 20 milioni», ha detto."; a
     * cue followed by its own source
     * ("Ha detto il ministro") is not one.
     */
    static final Pattern IT_SUBJECTLESS = Pattern.compile("^\\s*(?:(?:e|ma|poi|anche|inoltre|infine|quindi)\\s+)?"
            + "(?:(?:in|con|nel|nella)\\s+(?:(?:una|un|il|la)\\s+|un['’]|l['’])?(?-i:\\p{Ll}+)\\s+)?" + IT_CUE
            + "\\b(?!\\s+(?-i:\\p{Lu}))|,\\s*" + IT_CUE + "\\s*(?:,|[.!?]?\\s*$)", FLAGS);
    /** Italian plural auxiliaries and endings of a finite cue: "hanno detto", "avevano spiegato", "spiegarono". */
    private static final Pattern IT_PLURAL_CUE = Pattern.compile("(?:^|\\P{L})(?:hanno|avevano|avrebbero|sono|erano)"
            + "\\s|\\p{L}{2,}(?:ano|ono|arono|irono|erono)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** True when an Italian cue's verb is plural ("hanno detto", "spiegano"); English cues answer false. */
    static boolean isPlural(String cue, Language language) {
        return language == Language.IT && IT_PLURAL_CUE.matcher(cue).find();
    }

    /** A personal pronoun as the subject of a cue: "He saw ...", "They had also forecast", "she said". */
    static final Pattern EN_PRONOUN_SUBJECT = Pattern.compile("(?:^\\s*(?:(?:and|but)\\s+)?|[,\"”]\\s*)"
            + "(?:he|she|they|we)\\s+" + EN_CUE + "\\b", FLAGS);

    /**
     * A passive with its agent: "è stato ribadito ieri dall'Anci", "descritta come «critica» dalle autorità locali",
     * "i dati pubblicati dall'Agenas", "as expected by economists"; group 1 is the cue, the source follows the match.
     */
    static final Pattern IT_PASSIVE = Pattern.compile("\\b(?<!\\b(?:ha|hanno|aveva|avevano|avrebbe|avrebbero|abbia"
            + "|abbiano)\\s)(" + IT_PARTICIPLE + "|"
            + CueLexicon.alternation(CueLexicon.of(Language.IT).agentParticiples()) + ")\\s+(?:(?!che\\b)\\p{L}+\\s+){0,3}?"
            + "(?:«[^»]{1,40}»\\s*)?(?:dall['’]|dal|dalla|dallo|dai|dagli|dalle)(?:(?<=['’])|\\s+)", FLAGS);
    static final Pattern EN_PASSIVE = Pattern.compile("\\b(?:(?:was|were|been|is|are|be|being)\\s+(?:\\p{L}+ly\\s+)?("
            + CueLexicon.alternation(CueLexicon.of(Language.EN).participles()) + ")\\s+(?:\\p{L}+\\s+)?|("
            + CueLexicon.alternation(CueLexicon.of(Language.EN).participles()) + ")\\s+)by\\s+", FLAGS);
    /**
     * A noun that carries its source after "from" or "by": "figures from the Bank of England", "Polling by Survation",
     * "Analysis by the King's Fund"; group 1 is the noun, the source follows the match.
     */
    private static final List<String> EN_DATA_NOUNS = List.of("figures", "data", "statistics", "polling", "poll",
            "analysis", "research", "survey", "projections", "estimates");
    private static final List<String> IT_DATA_NOUNS = List.of("dati", "stime", "statistiche", "rilevazioni",
            "elaborazioni");
    static final Pattern EN_NOMINAL = Pattern.compile("\\b(" + String.join("|", EN_DATA_NOUNS)
            + ")\\s+(?:\\p{L}+\\s+){0,2}?(?:from|by)\\s+", FLAGS);
    static final Pattern IT_NOMINAL = Pattern.compile("\\b(" + String.join("|", IT_DATA_NOUNS) + ")\\s+"
            + "(?=(?-i:\\p{Lu}))", FLAGS);

    /**
     * The first word of every cue form ("dice", "lancia" of "lancia l'allarme", "warned", "was" of "was told"), folded
     * as the patterns fold case. Every match of {@link #any}, {@link #inverted} and {@link #subjectless} holds one of
     * them as a whole run of letters, so a sentence without any needs no search by those long patterns.
     */
    private static final Set<String> IT_CUE_WORDS = firstWords(CueLexicon.of(Language.IT).finite(),
            CueLexicon.of(Language.IT).participles(), Set.of());
    private static final Set<String> EN_CUE_WORDS = firstWords(englishForms(true), CueLexicon.of(Language.EN).gerunds(),
            Set.of("heard", "was", "were"));

    private ReportingCues() {
    }

    /** The first word of each form, case-folded: the words a sentence must hold for one of the forms to match. */
    @SafeVarargs
    static Set<String> firstWords(Set<String>... formSets) {
        Set<String> words = new HashSet<>();
        for (Set<String> forms : formSets) {
            for (String form : forms) {
                int end = 0;
                while (end < form.length() && Character.isLetter(form.charAt(end))) {
                    end++;
                }
                if (end == 0) {
                    throw new IllegalStateException("the cue \"" + form + "\" does not start with a letter");
                }
                words.add(CaseFold.of(form, 0, end));
            }
        }
        return WordSet.copyOf(words);
    }

    /**
     * False when no run of letters in the text is the first word of a cue form: then {@link #any}, {@link #inverted}
     * and {@link #subjectless} cannot match it. True does not mean they do.
     */
    static boolean mayHoldCue(CharSequence text, Language language) {
        return FoldedWords.anyIn(text, language == Language.IT ? IT_CUE_WORDS : EN_CUE_WORDS);
    }

    static boolean mayHoldCue(FoldedWords words, Language language) {
        return words.holdAny(language == Language.IT ? IT_CUE_WORDS : EN_CUE_WORDS);
    }

    /**
     * Words every match of {@link #IT_FOCUSED} holds whole: its infinitive ("a dirlo") or "stato" and its forms ("è
     * stato reso noto").
     */
    private static final Set<String> IT_FOCUSED_WORDS = firstWords(Set.copyOf(IT_FOCUSING_INFINITIVES),
            Set.of("stato", "stata", "stati", "state"));
    /**
     * Words every match of {@link #preposition} holds whole: "quanto" of "secondo quanto riferito", "secondo", "stando",
     * "detta" of "a detta di", "come", "citando", "apprende"; "according", "citing", "reported", "words" of "in the
     * words of", "stated", "noted", "quoted".
     */
    private static final Set<String> IT_PREPOSITION_WORDS = WordSet.of("quanto", "secondo", "stando", "detta", "come",
            "citando", "apprende");
    private static final Set<String> EN_PREPOSITION_WORDS = WordSet.of("according", "citing", "reported", "words",
            "stated", "noted", "quoted");
    /** The first words of every participle {@link #passive} reads, as {@link #IT_CUE_WORDS} are of the cues. */
    private static final Set<String> IT_PASSIVE_WORDS = firstWords(CueLexicon.of(Language.IT).participles(),
            CueLexicon.of(Language.IT).agentParticiples());
    private static final Set<String> EN_PASSIVE_WORDS = firstWords(CueLexicon.of(Language.EN).participles());

    /** False when the text holds none of the words every match of {@link #IT_FOCUSED} holds. */
    static boolean mayHoldFocused(FoldedWords words) {
        return words.holdAny(IT_FOCUSED_WORDS);
    }

    /** False when the text holds none of the words every match of {@link #preposition} holds. */
    static boolean mayHoldPreposition(FoldedWords words, Language language) {
        return words.holdAny(language == Language.IT ? IT_PREPOSITION_WORDS : EN_PREPOSITION_WORDS);
    }

    /** {@code mayHoldPreposition} of a short text not split into words (one token's). */
    static boolean mayHoldPreposition(CharSequence text, Language language) {
        return FoldedWords.anyIn(text, language == Language.IT ? IT_PREPOSITION_WORDS : EN_PREPOSITION_WORDS);
    }

    /** False when the text holds none of the nouns {@link #nominal} opens with: then it cannot match. */
    static boolean mayHoldNominal(FoldedWords words, Language language) {
        return words.holdAny(language == Language.IT ? IT_NOMINAL_WORDS : EN_NOMINAL_WORDS);
    }

    private static final Set<String> IT_NOMINAL_WORDS = WordSet.copyOf(IT_DATA_NOUNS);
    private static final Set<String> EN_NOMINAL_WORDS = WordSet.copyOf(EN_DATA_NOUNS);

    /** The finite forms and participles of the English lexicon; without "tell" unless withTell. */
    private static java.util.Set<String> englishForms(boolean withTell) {
        CueLexicon lexicon = CueLexicon.of(Language.EN);
        java.util.Set<String> forms = new java.util.TreeSet<>(lexicon.finite());
        forms.addAll(lexicon.participles());
        forms.removeIf(form -> !withTell && "tell".equals(lexicon.lemmaOf(form)));
        return forms;
    }

    /** True for the cues only a court, a jury or an inquest takes: "heard", "was told". */
    static boolean isHearing(String cue) {
        return HEARING_CUE.matcher(cue).matches();
    }

    static Pattern inverted(Language language) {
        return language == Language.IT ? IT_INVERTED : EN_INVERTED;
    }

    static Pattern any(Language language) {
        return language == Language.IT ? IT_ANY : EN_ANY;
    }

    static Pattern preposition(Language language) {
        return language == Language.IT ? IT_PREPOSITION : EN_PREPOSITION;
    }

    static Pattern opinion(Language language) {
        return language == Language.IT ? IT_OPINION : EN_OPINION;
    }

    static Pattern backward(Language language) {
        return language == Language.IT ? IT_BACKWARD : EN_BACKWARD;
    }

    static Pattern nominal(Language language) {
        return language == Language.IT ? IT_NOMINAL : EN_NOMINAL;
    }

    static Pattern passive(Language language) {
        return language == Language.IT ? IT_PASSIVE : EN_PASSIVE;
    }

    /**
     * The agent's preposition that every passive match holds ("dal", "dai", "dagli", "by "): a sentence without it
     * needs no search for the long passive pattern.
     */
    static boolean mayHoldPassive(String sentence, FoldedWords words, Language language) {
        return (language == Language.IT ? IT_AGENT_PREPOSITION : EN_AGENT_PREPOSITION).matcher(sentence).find()
                && words.holdAny(language == Language.IT ? IT_PASSIVE_WORDS : EN_PASSIVE_WORDS);
    }

    private static final Pattern IT_AGENT_PREPOSITION = Pattern.compile("da(?:l|i|g)", FLAGS);
    private static final Pattern EN_AGENT_PREPOSITION = Pattern.compile("by\\s", FLAGS);

    /** A cue whose subject is left out or is a personal pronoun: the speaker before goes on. */
    static Pattern subjectless(Language language) {
        return language == Language.IT ? IT_SUBJECTLESS : EN_PRONOUN_SUBJECT;
    }

    static Pattern reported(Language language) {
        return language == Language.IT ? IT_REPORTED : EN_REPORTED;
    }
}
