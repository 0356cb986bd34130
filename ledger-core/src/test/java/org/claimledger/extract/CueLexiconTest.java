package org.claimledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.claimledger.model.Language;
import org.junit.jupiter.api.Test;

class CueLexiconTest {

    @Test
    void italianLemmas_giveEveryThirdPersonFormAndParticiple() {
        CueLexicon italian = CueLexicon.of(Language.IT);
        for (String form : List.of("spiega", "spiegano", "spiegò", "spiegarono", "spiegava", "riferisce", "riferiscono",
                "riferì", "sostiene", "sostengono", "dice", "disse", "lancia l'allarme", "fa sapere", "rende noto")) {
            assertTrue(italian.finite().contains(form), form);
        }
        for (String form : List.of("spiegato", "confermata", "ribaditi", "dette", "chiesto")) {
            assertTrue(italian.participles().contains(form), form);
        }
        assertTrue(italian.agentParticiples().containsAll(List.of("diffuso", "pubblicati")));
        assertFalse(italian.participles().contains("pubblicato"), "'ha pubblicato un paper' reports nothing");
        assertEquals("dire", italian.lemmaOf("dicono"));
        assertEquals("aspettarsi", italian.lemmaOf("aspettano"));
        assertFalse(italian.finite().contains("pubblica"), "pubblicare is read as a passive only: 'pubblica' is an adjective");
    }

    @Test
    void englishLemmas_keepCommonNounsOutOfTheFiniteForms() {
        CueLexicon english = CueLexicon.of(Language.EN);
        for (String form : List.of("say", "says", "said", "warns", "warned", "denied", "points out", "pointed out",
                "reports", "blamed", "forecast")) {
            assertTrue(english.finite().contains(form), form);
        }
        assertFalse(english.finite().contains("report"), "'report' alone is read as the noun");
        assertFalse(english.finite().contains("records"), "'records' is read as the plural noun");
        assertTrue(english.participles().contains("shown"));
        assertTrue(english.gerunds().contains("saying"));
        assertEquals("tell", english.lemmaOf("told"));
    }

    @Test
    void lemmasOfTheClassesAddedAfterTest6_giveTheirForms() {
        CueLexicon italian = CueLexicon.of(Language.IT);
        for (String form : List.of("propone", "propongono", "propose", "proponeva", "auspica", "suggerisce")) {
            assertTrue(italian.finite().contains(form), form);
        }
        assertTrue(italian.participles().containsAll(List.of("proposto", "proposte")));
        assertEquals("proporre", italian.lemmaOf("propongono"));
        CueLexicon english = CueLexicon.of(Language.EN);
        for (String form : List.of("pushed back on", "pushes back on", "credited", "worried", "proposed", "laughed",
                "posted")) {
            assertTrue(english.finite().contains(form), form);
        }
        assertFalse(english.finite().contains("post"), "'post' alone is read as the noun");
        assertFalse(english.finite().contains("credits"), "'credits' is read as the plural noun");
    }

    @Test
    void alternation_matchesEveryFormAndNothingElse() {
        List<String> forms = List.of("detto", "dette", "dice", "dicono", "lancia l'allarme");
        Pattern pattern = Pattern.compile("\\b" + CueLexicon.alternation(forms) + "\\b");
        for (String form : forms) {
            assertTrue(pattern.matcher(form).matches(), form);
        }
        assertTrue(pattern.matcher("lancia  l’allarme").matches(), "any space, either apostrophe");
        assertFalse(pattern.matcher("dicon").matches());
        assertFalse(pattern.matcher("detta").matches());
    }
}
