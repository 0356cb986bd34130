package org.claimledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.claimledger.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentencesTest {

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '#', textBlock = """
            it # date 2025-06 Ascolta ora 00:00 00:00                                                                      # FURNITURE
            en # Published 14 March 2025 | 4 min read                                                                       # FURNITURE
            it # Roma, 3 febbraio 2025 - Aggiornato alle 18:40                                                             # FURNITURE
            it # Gli affari tra Kim e Putin                                                                                # FURNITURE
            en # By Staff Reporter                                                                                         # FURNITURE
            it # 481 lavoratori in Russia, di cui 198 nel settore edile e 283 nel settore tessile, tra dicembre 2024 e fine febbraio 2025 # FRAGMENT
            it # Il rapporto sottolinea il trasferimento del sistema Pantsir.                                             # PROSE
            en # According to the World Bank, 700 million people live in extreme poverty.                                  # PROSE
            en # Council backs £450m stadium deal as cuts bite                                                             # FRAGMENT
            it # Inflazione al 2%, cala il pil                                                                             # FRAGMENT
            it # Giorgetti: «Conti in ordine»                                                                              # FRAGMENT
            en # Six arrested in Naples                                                                                    # FURNITURE
            """)
    void kindOf_tellsProseFromPageFurniture(String lang, String line, Sentences.LineKind kind) {
        assertEquals(kind, Sentences.kindOf(line, 0, line.length(), Language.fromCode(lang)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', textBlock = """
            «Abbiamo difeso il valore del prodotto».                       # true
            "He took money that was given to care for dying children."   # true
            “We will not raise taxes.”                                     # true
            «Non regge», ha aggiunto.                                      # false
            "We are ready," said Anna Kowalska. "We hired 300."            # false
            The port grew by 12%.                                          # false
            """)
    void isQuotation_isTrueOnlyForAWholeQuotedSentence(String sentence, boolean quotation) {
        assertEquals(quotation, Sentences.isQuotation(sentence));
    }

    @Test
    void of_splitsAtSentenceEnds_evenWithSpacesInsideQuotes() {
        String text = "Il sistema è \" progettato per colpire aerei \". \" L'impiego del Pantsir fornisce difesa \", ha"
                + " scritto l'MSMT. Il sig. Rossi è arrivato.";
        List<String> sentences = Sentences.of(text, Language.IT).stream().map(s -> s.text().text()).toList();
        assertEquals(List.of("Il sistema è \" progettato per colpire aerei \".",
                "\" L'impiego del Pantsir fornisce difesa \", ha scritto l'MSMT.", "Il sig. Rossi è arrivato."),
                sentences);
    }

    @Test
    void extract_givesNoClaimFromPlayerTextOrHeadings() {
        String text = "date 2025-06 Ascolta ora 00:00 00:00\n\nGli affari tra Kim e Putin\n\n"
                + "Published 14 March 2025 | 4 min read\n\nPutin ha spedito 9 milioni di colpi nel 2024.\n";
        List<String> quotes = Extractor.extract(text, Language.IT).stream().map(c -> c.quote().text()).toList();
        assertEquals(List.of("Putin ha spedito 9 milioni di colpi nel 2024."), quotes);
    }
}
