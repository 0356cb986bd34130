package org.claimledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimledger.model.SourceEncodingException;
import org.claimledger.model.SourceText;
import org.junit.jupiter.api.Test;

/**
 * The issue 14 corpus (fixtures/gold/split.json): every gold file of both halves reads, is bound to
 * its article's text and finds all its texts in it, and the halves are the frozen, balanced split the
 * gold README describes. Nothing here runs the extractor; scores are `score_corpus.py`'s job.
 */
class CorpusSplitTest {
    private static final Path GOLD = Path.of("..", "fixtures", "gold");
    private static final List<String> HALVES = List.of("dev", "test");

    private final JsonNode split = read(GOLD.resolve("split.json"));

    @Test
    void everyGoldFileOfTheSplitFindsAllItsTextsInItsArticle() throws IOException {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String half : HALVES) {
            for (JsonNode row : split.get(half)) {
                Path goldPath = GOLD.resolve(row.get("gold").asText());
                try {
                    GoldFile gold = GoldFile.read(read(goldPath));
                    SourceText article = SourceText.fromFileBytes(
                            Files.readAllBytes(goldPath.getParent().resolve(gold.article())));
                    if (!article.id().equals(gold.sourceId())) {
                        failures.add(goldPath + ": source " + gold.sourceId() + " but the article hashes to " + article.id());
                        continue;
                    }
                    if (!gold.language().code().equals(row.get("lang").asText())) {
                        failures.add(goldPath + ": split.json says " + row.get("lang").asText()
                                + ", the gold file " + gold.language().code());
                    }
                    for (GoldFile.GoldFigure figure : gold.figures()) {
                        gold.locate(figure, article.text());
                    }
                    for (GoldFile.GoldAttribution attribution : gold.attributions()) {
                        gold.locate(attribution, article.text());
                    }
                    checked++;
                } catch (GoldFileException | SourceEncodingException e) {
                    failures.add(goldPath + ": " + e.getMessage());
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(40, checked, "forty gold files are listed and read");
    }

    @Test
    void eachHalfHoldsTenItalianAndTenEnglishArticlesFromItsOwnFolder() {
        for (String half : HALVES) {
            Map<String, Integer> perLanguage = new TreeMap<>();
            for (JsonNode row : split.get(half)) {
                perLanguage.merge(row.get("lang").asText(), 1, Integer::sum);
                assertTrue(row.get("gold").asText().startsWith("corpus/" + half + "/"),
                        row.get("gold").asText() + " is listed in " + half + " but lies outside corpus/" + half);
                assertTrue(row.get("genres").size() > 0, row.get("gold").asText() + " has no genre");
            }
            assertEquals(Map.of("en", 10, "it", 10), perLanguage, half);
        }
    }

    @Test
    void everyGoldFileInTheCorpusFoldersIsListedOnce() throws IOException {
        TreeSet<String> listed = new TreeSet<>();
        List<String> duplicates = new ArrayList<>();
        for (String half : HALVES) {
            for (JsonNode row : split.get(half)) {
                if (!listed.add(row.get("gold").asText())) {
                    duplicates.add(row.get("gold").asText());
                }
            }
        }
        TreeSet<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.walk(GOLD.resolve("corpus"))) {
            files.filter(p -> p.toString().endsWith(".gold.json"))
                    .forEach(p -> onDisk.add(GOLD.relativize(p).toString().replace('\\', '/')));
        }
        assertEquals(List.of(), duplicates, "listed twice");
        assertEquals(onDisk, listed);
        assertEquals(1, split.get("v").asInt(), "split.json version");
    }

    private static JsonNode read(Path path) {
        try {
            return new ObjectMapper().readTree(path.toFile());
        } catch (IOException e) {
            throw new AssertionError(path + ": " + e.getMessage(), e);
        }
    }
}
