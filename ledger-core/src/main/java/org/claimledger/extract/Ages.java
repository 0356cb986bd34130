package org.claimledger.extract;

import java.util.List;
import java.util.Set;

import org.claimledger.model.Language;

/**
 * Tells a person's age from a figure. News gives an age to say who someone is, as it gives a name: "un imprenditore di
 * 52 anni", "Ciro Russo, 61 anni,", "Martin Ellery, 52, said", "aged 45", "Mario Rossi (45)". ("a 52-year-old" and
 * "52enne" are never read as figures at all.) A span of years that is not about a person stays a figure: "una pena di
 * 5 anni", "condannato a cinque anni".
 */
final class Ages {
    private static final Set<String> IT_PERSONS = Set.of("uomo", "donna", "ragazzo", "ragazza", "bambino", "bambina",
            "giovane", "anziano", "anziana", "figlio", "figlia", "padre", "madre", "marito", "moglie", "fratello",
            "sorella", "signore", "signora", "cittadino", "cittadina", "pensionato", "pensionata", "operaio", "operaia",
            "medico", "infermiere", "infermiera", "poliziotto", "poliziotta", "carabiniere", "militare", "vittima",
            "pilota", "turista", "detenuto", "detenuta", "indagato", "indagata", "imputato", "imputata", "arrestato",
            "arrestata", "fermato", "fermata", "ferito", "ferita", "morto", "morta", "neonato", "neonata", "studente",
            "studentessa", "avvocato", "avvocata", "imprenditrice", "professionista", "dipendente", "cliente", "paziente");
    /** Agent nouns: "imprenditore", "commercialista", "insegnante", "agente". */
    private static final List<String> IT_AGENT_ENDINGS = List.of("tore", "trice", "ista", "ante", "ente");

    private Ages() {
    }

    /** True when the number from start to end (digits, no scale word) is someone's age; from/to bound the clause. */
    static boolean isAge(String source, int from, int to, int start, int end, Language language) {
        List<Token> before = Token.of(source, Math.max(from, start - 60), start);
        List<Token> after = Token.of(source, end, Math.min(to, end + 12));
        int b = before.size() - 1;
        boolean years = !after.isEmpty() && after.get(0).key().equals(language == Language.IT ? "anni" : "years");
        int afterAge = years ? 1 : 0;
        boolean closes = after.size() <= afterAge || ",.;)".contains(after.get(afterAge).text());
        if (b >= 0 && before.get(b).key().equals(language == Language.IT ? "di" : "aged") && (language == Language.EN
                || years && b >= 1 && isPerson(before.get(b - 1), language))) {
            // "un imprenditore di 52 anni", "a man aged 45"
            return true;
        }
        if (b >= 1 && before.get(b).text().equals("(") && isPerson(before.get(b - 1), language) && closes
                && after.size() > afterAge && after.get(afterAge).text().equals(")")) {
            // "Mario Rossi (45)", "Mario Rossi (45 anni)"
            return true;
        }
        if (b >= 1 && before.get(b).text().equals(",") && closes && after.size() > afterAge) {
            // "Ciro Russo, 61 anni,", "Martin Ellery, 52, called": an apposition after a full name or a person noun
            Token previous = before.get(b - 1);
            boolean opensClause = b == 1 && start - 60 <= from;
            // "Okafor, 49, has been": a lone surname opening the sentence is as much a person as a full name
            boolean fullName = previous.isCapitalized() && (opensClause || b >= 2 && before.get(b - 2).isWord()
                    && before.get(b - 2).isCapitalized());
            return (years || fullName) && (fullName || isPerson(previous, language));
        }
        return false;
    }

    private static boolean isPerson(Token word, Language language) {
        if (!word.isWord()) {
            return false;
        }
        if (word.isCapitalized()) {
            return true;
        }
        String key = word.key();
        if (SourceName.isPersonTitle(key)) {
            return true;
        }
        return language == Language.IT
                && (IT_PERSONS.contains(key)
                        || IT_AGENT_ENDINGS.stream().anyMatch(e -> key.endsWith(e) && key.length() > e.length() + 3));
    }
}
