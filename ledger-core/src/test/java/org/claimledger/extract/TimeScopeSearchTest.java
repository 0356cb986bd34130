package org.claimledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.claimledger.model.Language;
import org.claimledger.model.SourceText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * TimeScope tries its pattern only at the words where an expression can start; that must find exactly what a plain
 * search by the pattern finds, on the fixture articles (older ones and the corpus's development half), sentence by
 * sentence and whole, and on invented text made to catch a start the word list forgot.
 */
class TimeScopeSearchTest {
    private static final Path ARTICLES = Path.of("..", "fixtures", "articles");

    private static final String ITALIAN = "Dalgennaio al2024 i prezzi sono saliti, nelprimo trimestre 2025 e dafine marzo."
            + " Tre anni fa erano 4; da almeno quattro anni, NEL 2023, fino all'inizio del 2026. Quest'anno, ieri alle"
            + " 10:30, il 2024-05-01. ROMA, 03 OTT - La metà di marzo, entro la fine del 2027, l'anno scorso, tra"
            + " dicembre 2024 e fine febbraio 2025, per cinque anni, gli ultimi tre mesi, nello stesso periodo,"
            + " -due ore fa, 12 ore fa, DAGENNAIO, daMARZO. _2024 x2024 2024x; nel corso del 2020, a partire dal2021.";
    private static final String ENGLISH = "Since November 2024 prices rose; in the first months of 2025, twenty-five years"
            + " ago, -five days later, for the past three quarters, by the end of 2026, last May, Sept. 3, Oct 12, the"
            + " year before, the same period, yesterday at 09:15, on 2024-03-01, jailed for six years, for six years,"
            + " between January and March 2025, from 2019 to 2021, 3 weeks earlier, a decade ago, THE SAME WEEK, in"
            + " \u212Aelvin, over \u017Fix months, after 11 minutes, as of June 2024.";

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"IT", "EN"})
    void findsWhatThePatternAloneFinds(Language language) throws IOException {
        List<String> texts = new ArrayList<>(articles(language));
        texts.add(language == Language.IT ? ITALIAN : ENGLISH);
        int found = 0;
        for (String raw : texts) {
            String text = SourceText.fromString(raw).text();
            assertEquals(TimeScope.findByPatternAlone(text, 0, text.length(), language),
                    TimeScope.find(text, 0, text.length(), language));
            for (Sentences.Sentence sentence : Sentences.of(text, language)) {
                int from = sentence.text().start();
                int to = sentence.text().end();
                List<Located> expected = TimeScope.findByPatternAlone(text, from, to, language);
                assertEquals(expected, TimeScope.find(text, from, to, language), sentence.text().text());
                found += expected.size();
            }
        }
        assertFalse(found < 100, "the texts hold time expressions to compare: " + found);
    }

    /**
     * At a start word only the expressions that can open with it are tried: each start word, put before each stretch
     * of the invented text (glued to it and spaced), must let the search find what the whole pattern finds.
     */
    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"IT", "EN"})
    void eachStartWordFindsWhatThePatternAloneFinds(Language language) {
        String invented = language == Language.IT ? ITALIAN : ENGLISH;
        List<String> failures = new ArrayList<>();
        int found = 0;
        for (String word : TimeScope.startWords(language)) {
            for (String spelling : List.of(word, word.toUpperCase(java.util.Locale.ROOT),
                    Character.toUpperCase(word.charAt(0)) + word.substring(1))) {
                for (int at = 0; at < invented.length(); at++) {
                    if (at > 0 && Character.isLetterOrDigit(invented.charAt(at - 1))) {
                        continue;
                    }
                    String rest = invented.substring(at, Math.min(invented.length(), at + 60));
                    for (String text : List.of(spelling + rest, spelling + " " + rest, "e " + spelling + " " + rest)) {
                        List<Located> expected = TimeScope.findByPatternAlone(text, 0, text.length(), language);
                        if (!expected.equals(TimeScope.find(text, 0, text.length(), language))) {
                            failures.add(text);
                        }
                        found += expected.size();
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
        assertFalse(found < 1000, "the texts hold time expressions to compare: " + found);
    }

    private static List<String> articles(Language language) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path folder : List.of(ARTICLES, ARTICLES.resolve("corpus").resolve("dev"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(p -> p.getFileName().toString()
                        .matches("(?:heldout\\d?_)?" + language.code() + "_.*\\.txt")).sorted().toList()) {
                    texts.add(Files.readString(file));
                }
            }
        }
        return texts;
    }
}
