package org.claimledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.claimledger.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who each claim of a short text is attributed to ("-" for the article's own voice), claim by claim. */
class AttributionFindingTest {

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            it | Le relazioni crescono, ha affermato il segretario del Consiglio di sicurezza russo Sergei Shoigu. "Abbiamo fatto passi avanti", ha detto Shoigu. | Sergei Shoigu;Sergei Shoigu
            it | Secondo l'Istat, 3 milioni di famiglie sono povere.                                                    | Istat
            it | Il Multilateral Sanctions Monitoring Team (MSMT) ha pubblicato un paper. Nel report si legge che 100 missili sono stati inviati. | Multilateral Sanctions Monitoring Team (MSMT)
            it | La Russia ha fornito missili alla Corea del Nord. Questo è quello che ha scoperto l'Istat.            | Istat
            it | Il governo ha stanziato 1,2 miliardi. Lo ha annunciato il ministro dell'Economia Giancarlo Giorgetti. Il ministro ha spiegato che i fondi bastano. | Giancarlo Giorgetti;Giancarlo Giorgetti
            it | Il porto ha gestito 11.000 navi nel 2024.                                                                | -
            it | Secondo l'Oim, i morti sono 1.000. Il dato sarebbe stato confermato da fonti locali.                     | Oim;Oim
            it | L'Organizzazione mondiale della sanità (Oms), secondo cui i casi sono 500, chiede aiuti.                 | Organizzazione mondiale della sanità (Oms)
            en | "We are ready," said Anna Kowalska, the director. She added that 4,500 people work there.               | Anna Kowalska;Anna Kowalska
            en | According to the World Bank, 700 million people live in extreme poverty.                               | World Bank
            en | Tomasz Nowak, an economist at the Warsaw Institute, told reporters that prices rose 5%.                 | Tomasz Nowak
            en | The ministry said 12 people died.                                                                        | ministry
            en | The port handled 11,000 ships in 2024.                                                                   | -
            en | Foreign Minister Sergei Lavrov said 40 diplomats were expelled.                                          | Sergei Lavrov
            en | The report, published by Amnesty International on Monday, says at least 1,200 people were detained.   | Amnesty International
            en | Prices rose by 3.5% in the year to March, the Office for National Statistics said.                     | Office for National Statistics
            en | The Baltic Trade Observatory (BTO) published its figures. The observatory found that 300 ships were late. | Baltic Trade Observatory (BTO)
            """)
    void extract_attributesEachClaim(String lang, String text, String expected) {
        List<String> found = new ArrayList<>();
        for (CandidateClaim claim : Extractor.extract(text, Language.fromCode(lang))) {
            found.add(claim.attribution() == null ? "-" : claim.attribution().who());
        }
        assertEquals(List.of(expected.split(";")), found);
    }
}
