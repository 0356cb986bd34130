package org.claimledger.extract;

import java.util.regex.Pattern;

import org.claimledger.model.Language;

/** The reporting cues of each language, as patterns whose group 1 is the cue itself. */
final class ReportingCues {
    private static final String IT_PARTICIPLE = "(?:affermato|detto|scritto|spiegato|dichiarato|aggiunto|sottolineato"
            + "|riferito|precisato|osservato|commentato|ribadito|annunciato|riportato|evidenziato|rivelato|confermato"
            + "|sostenuto|denunciato|scoperto|stimato|raccontato|ammesso|avvertito|concluso|accertato|documentato"
            + "|segnalato|notato|assicurato|specificato|chiarito|ricordato|indicato|calcolato|reso\\s+noto|scoperto"
            + "|rilevato|constatato|dimostrato|mostrato|stabilito|registrato|contato|censito|stimato|puntualizzato"
            + "|replicato|garantito|anticipato|ammonito|rimarcato|illustrato|fatto\\s+sapere|fatto\\s+notare)";
    private static final String IT_PRESENT = "(?:afferma|affermano|dice|dicono|scrive|scrivono|spiega|spiegano|dichiara"
            + "|dichiarano|sottolinea|sottolineano|riferisce|riferiscono|riporta|riportano|sostiene|sostengono"
            + "|denuncia|denunciano|rivela|rivelano|conferma|confermano|osserva|osservano|evidenzia|evidenziano"
            + "|precisa|precisano|aggiunge|aggiungono|stima|stimano|segnala|segnalano|conclude|concludono|avverte"
            + "|avvertono|ricorda|ricordano|annuncia|annunciano|calcola|calcolano|documenta|documentano|rileva"
            + "|rilevano|mostra|mostrano|disse|dissero|scrisse|scrissero|spiegò|affermò|dichiarò|aggiunse"
            + "|sottolineò|riferì|annunciò|rivelò|confermò|sostenne|osservò|precisò|ricordò|avvertì|registra|registrano"
            + "|censisce|censiscono|rende\\s+noto|rendono\\s+noto|emerge|emergono|risulta|risultano|fa\\s+sapere"
            + "|fanno\\s+sapere|fa\\s+notare|fanno\\s+notare|puntualizza|puntualizzano|replica|replicano|garantisce"
            + "|garantiscono|anticipa|anticipano|ammette|ammettono|rimarca|rimarcano|illustra|illustrano"
            + "|parla\\s+di|parlano\\s+di)";
    private static final String IT_ADVERB = "(?:anche\\s+|poi\\s+|inoltre\\s+|infatti\\s+|invece\\s+|ancora\\s+"
            + "|più\\s+volte\\s+|già\\s+)?";
    private static final String IT_CUE = "((?:ha|hanno|avrebbe|avrebbero|aveva|avevano)\\s+" + IT_ADVERB
            + IT_PARTICIPLE + "|" + IT_PRESENT + ")";
    /** What a court or an inquest is told: "Leeds Crown Court heard", "the jury was told". */
    private static final String HEARING = "heard|was\\s+told|were\\s+told";
    private static final Pattern HEARING_CUE = Pattern.compile("(?:\\w+\\s+)*(?:" + HEARING + ")",
            Pattern.CASE_INSENSITIVE);
    private static final String EN_VERB = "(?:said|says|told|tells|wrote|writes|added|adds|stated|states|noted|notes"
            + "|explained|explains|reported|reports|claimed|claims|found|finds|estimated|estimates|concluded"
            + "|concludes|warned|warns|announced|announces|confirmed|confirms|revealed|reveals|argued|argues"
            + "|insisted|insists|acknowledged|acknowledges|admitted|admits|showed|shows|observed|observes|counted"
            + "|recorded|registered|tallied|calculated|documented|stressed|stresses|emphasised|emphasized|emphasises"
            + "|emphasizes|pointed\\s+out|points\\s+out|predicted|predicts|cautioned|cautions|reiterated|reiterates"
            + "|conceded|concedes|highlighted|highlights|disclosed|discloses|testified|alleged|alleges|"
            + HEARING + ")";
    private static final String EN_ADVERB = "(?:also\\s+|later\\s+|previously\\s+|recently\\s+|again\\s+)?";
    private static final String EN_CUE = "(" + EN_ADVERB + "(?:has\\s+|have\\s+|had\\s+)?" + EN_ADVERB + EN_VERB + ")";
    /** "told" names its listener after it ("told reporters"), so it never inverts; nor do the hearing cues. */
    private static final String EN_INVERTING_CUE = "(" + EN_ADVERB + "(?:has\\s+|have\\s+|had\\s+)?"
            + EN_VERB.replace("|told|tells", "").replace("|" + HEARING, "") + ")";

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
    /**
     * Italian puts the source last for emphasis: the cleft "a dirlo è il procuratore" and the passive "è stato reso
     * noto dai carabinieri". Opening a sentence, they hand their attribution to the sentence before.
     */
    static final Pattern IT_FOCUSED = Pattern.compile("\\b(a\\s+(?:dirlo|dirla|affermarlo|spiegarlo|sostenerlo"
            + "|confermarlo|annunciarlo|riferirlo|rivelarlo|scriverlo|denunciarlo|ricordarlo|sottolinearlo|raccontarlo"
            + "|certificarlo|stimarlo|calcolarlo|comunicarlo|precisarlo)\\s+(?:è\\s+stat[oa]|sono\\s+stat[ie]|è|sono"
            + "|sarebbe|sarebbero|era|erano|fu)|(?:è|sono)\\s+stat[oaie]\\s+(?:res[oaie]\\s+not[oaie]|comunicat[oaie]"
            + "|annunciat[oaie]|riferit[oaie]|confermat[oaie]|rivelat[oaie])\\s+" + IT_AGENT + ")(?:(?<=['’])|(?![\\p{L}]))",
            FLAGS);

    /** A cue after a comma, a quote or "come"/"as", with the source after it: ", ha detto Shoigu", ", said Peskov". */
    static final Pattern IT_INVERTED = Pattern.compile("(?:^|[,\"“”«»:;(]|\\bcome)\\s*" + IT_CUE + "\\b", FLAGS);
    static final Pattern EN_INVERTED = Pattern.compile("(?:^|[,\"“”:;(]|\\bas)\\s*" + EN_INVERTING_CUE + "\\b", FLAGS);
    /** Any cue; the source is read before it ("Shoigu ha affermato", "the report says"). */
    static final Pattern IT_ANY = Pattern.compile("\\b" + IT_CUE + "\\b", FLAGS);
    static final Pattern EN_ANY = Pattern.compile("\\b" + EN_CUE + "\\b", FLAGS);
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

    private ReportingCues() {
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

    static Pattern reported(Language language) {
        return language == Language.IT ? IT_REPORTED : EN_REPORTED;
    }
}
