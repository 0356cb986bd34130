package org.claimledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.claimledger.model.Language;
import org.claimledger.model.Qualifier;
import org.claimledger.model.SourceText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * QualifierReader tries a qualifier's pattern only after one of the words its matches end with; that must read what
 * trying every pattern reads, before every phrase of its tables (with each merged article and each article after
 * it, in three casings) and before every number of the fixture articles (older ones and the corpus's development half).
 */
class QualifierReaderTest {
    private static final Path ARTICLES = Path.of("..", "fixtures", "articles");
    private static final List<String> MERGED_DI = List.of("di", "del", "dello", "della", "dei", "degli", "delle",
            "dell'", "dell\u2019");
    private static final List<String> MERGED_A = List.of("a", "ad", "al", "allo", "alla", "ai", "agli", "alle",
            "all'", "all\u2019");

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"IT", "EN"})
    void readsEveryPhraseAsEveryPatternTriedReadsIt(Language language) {
        int read = 0;
        for (String phrase : QualifierReader.phrases(language)) {
            for (String form : forms(phrase)) {
                for (String article : List.of("", " il", " l'", " le", " the")) {
                    for (String written : List.of(form, form.toUpperCase(Locale.ROOT),
                            Character.toUpperCase(form.charAt(0)) + form.substring(1))) {
                        String text = "Ieri, " + written + article + "  10 euro";
                        int start = text.indexOf("10");
                        Qualifier expected = QualifierReader.beforeByPatternsAlone(text, 0, start, language);
                        assertEquals(expected, QualifierReader.before(text, 0, start, language), text);
                        if (article.isEmpty()) {
                            assertNotEquals(Qualifier.EXACTLY, expected, text);
                            read++;
                        }
                    }
                }
            }
        }
        assertFalse(read < 60, "phrases read: " + read);
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"IT", "EN"})
    void readsTheArticlesAsEveryPatternTriedReadsThem(Language language) throws IOException {
        int qualified = 0;
        for (String raw : articles(language)) {
            String text = SourceText.fromString(raw).text();
            for (int at = 1; at < text.length(); at++) {
                if (!Character.isDigit(text.charAt(at)) || Character.isLetterOrDigit(text.charAt(at - 1))) {
                    continue;
                }
                int from = Math.max(0, at - 60);
                Qualifier expected = QualifierReader.beforeByPatternsAlone(text, from, at, language);
                assertEquals(expected, QualifierReader.before(text, from, at, language),
                        text.substring(from, at));
                qualified += expected == Qualifier.EXACTLY ? 0 : 1;
            }
        }
        assertFalse(qualified < 20, "numbers with a qualifier to compare: " + qualified);
    }

    /** The phrase, and for one ending "di" or "a" each merged form of it: "più del", "fino all'". */
    private static List<String> forms(String phrase) {
        List<String> forms = new ArrayList<>(List.of(phrase));
        List<String> merged = phrase.endsWith(" di") ? MERGED_DI : phrase.endsWith(" a") ? MERGED_A : List.of();
        for (String form : merged) {
            forms.add(phrase.substring(0, phrase.lastIndexOf(' ') + 1) + form);
        }
        return forms;
    }

    private static List<String> articles(Language language) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path folder : List.of(ARTICLES, ARTICLES.resolve("corpus").resolve("dev"))) {
            try (Stream<Path> listed = Files.list(folder)) {
                for (Path file : listed.sorted().toList()) {
                    if (file.getFileName().toString().matches("(?:heldout\\d?_)?" + language.code() + "_.*\\.txt")) {
                        texts.add(Files.readString(file));
                    }
                }
            }
        }
        return texts;
    }
}
