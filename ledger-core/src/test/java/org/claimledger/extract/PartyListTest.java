package org.claimledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.claimledger.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Several parties named together, each a conjunct of one coordinated noun phrase (NounPhrases' list reading,
 * SourceName's coordinated names, Parties' split): who each claim is attributed to, claim by claim ("-" for the
 * article's own voice). A sentence with figures gives its first two parties a claim each; one without figures gives
 * its first party one (Extractor's rule on claims that would sign as one). Sentences invented.
 */
class PartyListTest {

    /** Each row failed before the list reading: the list was cut at its first comma or article. */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | Il Wwf, la Lipu e Legambiente chiedono di chiudere la riserva.                 | Wwf
            it | Federvini, Ismea e l'Unione consumatori stimano una spesa di 300 milioni.      | Federvini;Ismea
            it | Ma Coldiretti, Confagricoltura e la Cia chiedono aiuti per 200 milioni.        | Coldiretti;Confagricoltura
            en | The Wildlife Trust, the RSPB and Friends of the Earth said it would cost 40 million pounds. | Wildlife Trust;RSPB
            en | Unison, the GMB and Unite have rejected the offer.                             | Unison
            en | But Tesco, Asda, and Sainsbury's said prices would rise by 4 per cent.         | Tesco;Asda
            en | The Bank of England, Barclays and HSBC said rates would stay at 5 per cent.    | Bank of England;Barclays
            en | The offer of 3 per cent was rejected, said Unison, the GMB and Unite.          | Unison;GMB
            it | Lo sciopero durerà 2 giorni, hanno confermato la Cgil, la Uil e la Cisl.       | Cgil;Uil
            """)
    void extract_givesEachPartyOfAListTheSentence(String lang, String text, String expected) {
        assertEquals(List.of(expected.split(";")), parties(lang, text));
    }

    /** Near sentences the list reading must leave as they were: an adjunct, a time, an apposition, a clause. */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | In Lombardia, la Cgil e la Uil chiedono più fondi.                             | Uil
            it | Ieri, Cisl e Uil hanno detto che lo sciopero resta.                            | Cisl
            it | Marco Rossi, il segretario della Fiom, ha detto che l'accordo non basta.        | Marco Rossi
            it | Secondo l'Istat, Roma e Milano sono le città più care.                         | Istat
            it | Lazio, Campania e Puglia hanno chiesto 40 milioni, secondo la Conferenza delle Regioni. | Conferenza delle Regioni
            en | In London, Unison and the GMB said 300 nurses had quit.                        | GMB
            en | Yesterday, Unison and the GMB said the offer was too low.                      | GMB
            en | Ann Lee, the union's leader, said the offer was too low.                       | Ann Lee
            en | According to the ONS, London and Manchester are the dearest cities.            | ONS
            en | The Ministry of Housing, Communities and Local Government said 40 councils had bid. | Ministry of Housing, Communities and Local Government
            en | The Department for Science, Innovation and Technology said 30 labs would close. | Department for Science, Innovation and Technology
            en | Marks and Spencer said sales rose 3 per cent.                                  | Marks and Spencer
            en | Last week, Labour and the Tories said they would back the bill.                | Tories
            it | Tuttavia, Cisl e Uil hanno detto che lo sciopero resta.                        | Cisl
            en | However, Unison and the GMB said the offer was too low.                        | GMB
            """)
    void extract_leavesAdjunctsAppositionsAndNamesWithAListInside(String lang, String text, String expected) {
        assertEquals(List.of(expected.split(";")), parties(lang, text));
    }

    private static List<String> parties(String lang, String text) {
        List<String> found = new ArrayList<>();
        for (CandidateClaim claim : Extractor.extract(text, Language.fromCode(lang))) {
            found.add(claim.attribution() == null ? "-" : claim.attribution().who());
        }
        return found;
    }
}
