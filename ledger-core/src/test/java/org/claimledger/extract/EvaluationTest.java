package org.claimledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.claimledger.model.Language;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class EvaluationTest {
    private static final String ARTICLE = "Secondo l'Anc, oltre 2 milioni di famiglie pagano 300 euro. "
            + "L'Associazione nazionale consumatori (Anc) stima 40 casi. Il porto ha 12 navi.";

    private static GoldFile gold(String json) throws Exception {
        return GoldFile.read(new ObjectMapper().readTree(json.replace('\'', '"').replace('`', '\'')));
    }

    /** Only the JSON integer 1 is version 1: Jackson's asInt would read "1", 1.5 and 2^32 + 1 as 1. */
    @Test
    void read_refusesAVersionThatIsOnlyCoercedTo1() {
        for (String version : new String[] {"'1'", "1.5", "4294967297", "true", "null"}) {
            GoldFileException refused = assertThrows(GoldFileException.class,
                    () -> gold("{'v': " + version + ", 'lang': 'it'}"), version);
            assertEquals("gold file version must be 1, got " + version.replace('\'', '"'), refused.getMessage());
        }
    }

    @Test
    void evaluation_countsFiguresByExactValue_andAttributionsByWho() throws Exception {
        GoldFile gold = gold("{'v': 1, 'lang': 'it', 'aliases': [['Anc', 'consumatori']],"
                + " 'figures': [{'text': '2 milioni', 'value': '2000000'}, {'text': '300', 'value': '300'},"
                + "   {'text': '40', 'value': '40'}, {'text': '12', 'value': '13'}],"
                + " 'attributions': [{'who': 'Associazione nazionale consumatori (Anc)', 'quote': 'Secondo l`Anc'},"
                + "   {'who': 'consumatori', 'quote': 'stima 40 casi'}]}");
        List<CandidateClaim> claims = Extractor.extract(ARTICLE, Language.IT);
        Evaluation evaluation = Evaluation.of(gold, ARTICLE, claims);
        // predicted 2 milioni, 300, 40 and 12; the gold says 13 where the text says 12
        assertEquals(new Evaluation.Score(3, 4, 3, 4), evaluation.figures());
        assertEquals(new Evaluation.Score(2, 2, 2, 2), evaluation.attributions());
        int twelve = ARTICLE.indexOf("12 navi");
        assertEquals(List.of("figure 13 '12' at char " + twelve), evaluation.missed());
        assertEquals(List.of("figure 12 '12' at char " + twelve), evaluation.spurious());
    }

    @Test
    void evaluation_countsParties_asSourcesFoundAndRight() throws Exception {
        String article = "Secondo l'Anc, 2 milioni di famiglie pagano. L'Anc stima 40 casi. "
                + "Il ministro Carlo Neri ha detto che i casi sono 12. Secondo il porto, le navi sono 9.";
        // three gold parties: the Anc (two sentences, one named by its alias), Carlo Neri and the port authority
        GoldFile gold = gold("{'v': 1, 'lang': 'it', 'aliases': [['Anc', 'consumatori']],"
                + " 'attributions': [{'who': 'Anc', 'quote': 'Secondo l`Anc'}, {'who': 'consumatori', 'quote': 'stima 40'},"
                + "   {'who': 'Carlo Neri', 'quote': 'i casi sono 12'}, {'who': 'Autorità portuale', 'quote': 'navi sono 9'}]}");
        CandidateAttribution anc = new CandidateAttribution("Anc", org.claimledger.model.AttributionKind.ORGANIZATION,
                "secondo", Located.in(article, 0, 7), false);
        CandidateAttribution wrong = new CandidateAttribution("ministero",
                org.claimledger.model.AttributionKind.ORGANIZATION, "ha detto", Located.in(article, 0, 7), false);
        int second = article.indexOf("L'Anc stima");
        int third = article.indexOf("Il ministro");
        List<CandidateClaim> claims = List.of(
                new CandidateClaim(Located.in(article, 0, second - 1), List.of(), anc, 0.9),
                new CandidateClaim(Located.in(article, second, third - 1), List.of(), anc, 0.9),
                new CandidateClaim(Located.in(article, third, article.indexOf(" Secondo il porto")), List.of(), wrong,
                        0.9));
        Evaluation evaluation = Evaluation.of(gold, article, claims);
        assertEquals(new Evaluation.Score(2, 3, 2, 4), evaluation.attributions());
        // parties: Anc found (one party for both of its sentences); the candidate "ministero" is a party of its own,
        // and wrong
        assertEquals(new Evaluation.Score(1, 2, 1, 3), evaluation.parties());
        assertEquals(List.of("party Carlo Neri", "party Autorità portuale"),
                evaluation.missed().stream().filter(m -> m.startsWith("party")).toList());
        assertEquals(List.of("party ministero"),
                evaluation.spurious().stream().filter(m -> m.startsWith("party")).toList());
    }

    @Test
    void evaluation_wrongValue_isBothMissedAndSpurious() throws Exception {
        GoldFile gold = gold("{'v': 1, 'lang': 'it', 'figures': [{'text': '12', 'value': '13'}], 'attributions': []}");
        Evaluation evaluation = Evaluation.of(gold, "Il porto ha 12 navi.", Extractor.extract("Il porto ha 12 navi.",
                Language.IT));
        assertEquals(0.0, evaluation.figures().precision());
        assertEquals(0.0, evaluation.figures().recall());
    }

    @Test
    void goldFile_textNotInArticle_isAnError() throws Exception {
        GoldFile gold = gold("{'v': 1, 'lang': 'it', 'figures': [{'text': '99', 'value': '99'}], 'attributions': []}");
        GoldFileException e = assertThrows(GoldFileException.class,
                () -> Evaluation.of(gold, "Il porto ha 12 navi.", List.of()));
        assertEquals("'99' occurs 0 time(s) in the article, occurrence 1 asked", e.getMessage());
    }

    @Test
    void sourceNames_matchAbbreviationsArticlesAndDeclaredAliases() {
        SourceNames names = new SourceNames(List.of(List.of("Viminale", "ministero dell'Interno")));
        assertEquals(true, names.same("Multilateral Sanctions Monitoring Team (MSMT)", "l'MSMT"));
        assertEquals(true, names.same("Multilateral Sanctions Monitoring Team (MSMT)", "multilateral sanctions monitoring team"));
        assertEquals(true, names.same("the ministry", "Ministry"));
        assertEquals(true, names.same("Viminale", "Ministero dell'Interno"));
        assertEquals(false, names.same("Viminale", "Sergei Shoigu"));
        assertEquals(false, names.same("Sergei Shoigu", "Shoigu"), "surnames are aliases only when a gold file says so");
    }
}
