package org.claimledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.claimledger.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A body's name read whole (SourceName, HolderName): a title word inside it after the body's head and "of" (the
 * members the body is of), and an Italian name capitalized at its first word only, its adjectives joined by "e".
 * Who and what kind each claim is attributed to; sentences invented.
 */
class BodyNameTest {

    /** Each row failed before: the name was cut at the title word, or at the first lower-case word. */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The Association of Ambulance Chief Executives said 40 per cent of crews waited. | Association of Ambulance Chief Executives (organization)
            en | The National Association of Head Teachers said 20 schools would close.         | National Association of Head Teachers (organization)
            en | The Society of Chief Officers of Trading Standards said 30 firms were fined.    | Society of Chief Officers of Trading Standards (organization)
            it | Il Corpo nazionale soccorso alpino e speleologico ha detto che 12 escursionisti sono salvi. | Corpo nazionale soccorso alpino e speleologico (organization)
            it | Secondo la Società italiana di pediatria, 30 bambini su cento sono in sovrappeso. | Società italiana di pediatria (organization)
            """)
    void extract_readsABodysNameWhole(String lang, String text, String expected) {
        assertEquals(List.of(expected.split(";")), sources(lang, text));
    }

    /** Near sentences whose reading must not change: a holder named after the title, a title before the body. */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The Federation of Small Businesses chief economist Ann Lee said 30 firms closed. | Ann Lee (person)
            en | The Council of Europe President Ann Lee said 12 states agreed.                 | Ann Lee (person)
            en | A spokesman for the Association of Head Teachers said 20 schools would close.  | spokesman for the Association of Head Teachers (person)
            it | La Regione Lombardia ha spiegato che servono 40 milioni.                        | Regione Lombardia (organization)
            it | Secondo il Comune, 40 persone erano presenti.                                   | Comune (organization)
            it | La Corte dei conti ha stimato 3 miliardi di danni.                              | Corte dei conti (organization)
            it | L'Associazione nazionale magistrati ha detto che mancano 1.500 giudici.        | Associazione nazionale magistrati (organization)
            """)
    void extract_keepsHoldersAndShorterNames(String lang, String text, String expected) {
        assertEquals(List.of(expected.split(";")), sources(lang, text));
    }

    private static List<String> sources(String lang, String text) {
        List<String> found = new ArrayList<>();
        for (CandidateClaim claim : Extractor.extract(text, Language.fromCode(lang))) {
            found.add(claim.attribution() == null ? "-"
                    : claim.attribution().who() + " (" + claim.attribution().kind().name().toLowerCase() + ")");
        }
        return found;
    }
}
