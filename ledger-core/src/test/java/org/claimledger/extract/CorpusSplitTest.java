package org.claimledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.model.Language;
import org.claimledger.model.SourceEncodingException;
import org.claimledger.model.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue 14 corpus (fixtures/gold/split.json): every gold file of every half reads, is bound to its article's
 * text and finds all its texts in it, and the halves are the frozen, balanced split the gold README describes. The
 * halves are the split's lists, whatever their names: "dev" and "test" today, and a third one ("test2") once its
 * articles are added, with no change here. Nothing here runs the extractor on the corpus; scores are
 * `extract --corpus`'s job.
 */
class CorpusSplitTest {
    private static final Path GOLD = Path.of("..", "fixtures", "gold");
    private static final int PER_LANGUAGE = 10;

    @TempDir
    Path temporary;

    @Test
    void theCorpusSplitIsWhatTheReadmeDescribes() throws IOException {
        List<String> halves = check(GOLD, PER_LANGUAGE);
        assertTrue(halves.containsAll(List.of("dev", "test")), "halves " + halves);
    }

    /** A third half is read as the first two are: listed, balanced, in its own folder, its texts found. */
    @Test
    void aThirdHalfNeedsNoChangeOfCode() throws Exception {
        Path gold = writeSplit(List.of("dev", "test", "test2"), null);
        assertEquals(List.of("dev", "test", "test2"), check(gold, 1));
        List<CorpusEvaluation.Row> rows = CorpusEvaluation.run(gold.resolve("split.json"), "test2");
        assertEquals(List.of("corpus/test2/en_sample.gold.json", "corpus/test2/it_sample.gold.json"),
                rows.stream().map(CorpusEvaluation.Row::gold).toList());
        assertEquals(2, CorpusEvaluation.totals(rows, null).figures().gold(), "one figure per article");
    }

    /** The checks can fail: a gold file of the third half that is not listed, or that lies in another half's folder. */
    @Test
    void aGoldFileOutsideTheSplitOrInAnotherHalfsFolderFails() throws Exception {
        Path gold = writeSplit(List.of("dev", "test", "test2"), null);
        Files.copy(gold.resolve("corpus/test2/it_sample.gold.json"), gold.resolve("corpus/test2/it_extra.gold.json"));
        assertThrows(AssertionError.class, () -> check(gold, 1));
        Path swapped = writeSplit(List.of("dev", "test", "test2"), "test2");
        AssertionError misplaced = assertThrows(AssertionError.class, () -> check(swapped, 1));
        assertTrue(misplaced.getMessage().contains("corpus/test2/it_sample.gold.json is listed in dev but lies outside"
                + " corpus/dev"), misplaced.getMessage());
    }

    /**
     * Checks the split under gold and returns its halves: each lists perLanguage Italian and English gold files from
     * its own folder, each of which reads, matches its article's hash and finds its texts; every gold file under
     * corpus/ is listed once.
     */
    private static List<String> check(Path gold, int perLanguage) throws IOException {
        JsonNode split = read(gold.resolve("split.json"));
        assertEquals(1, split.get("v").asInt(), "split.json version");
        List<String> halves = new ArrayList<>();
        split.fields().forEachRemaining(field -> {
            if (field.getValue().isArray()) {
                halves.add(field.getKey());
            }
        });
        List<String> failures = new ArrayList<>();
        TreeSet<String> listed = new TreeSet<>();
        for (String half : halves) {
            Map<String, Integer> perLanguageCount = new TreeMap<>();
            for (JsonNode row : split.get(half)) {
                String name = row.get("gold").asText();
                perLanguageCount.merge(row.get("lang").asText(), 1, Integer::sum);
                if (!name.startsWith("corpus/" + half + "/")) {
                    failures.add(name + " is listed in " + half + " but lies outside corpus/" + half);
                }
                if (row.path("genres").size() == 0) {
                    failures.add(name + " has no genre");
                }
                if (!listed.add(name)) {
                    failures.add(name + " is listed twice");
                }
                checkGoldFile(gold.resolve(name), row.get("lang").asText(), failures);
            }
            assertEquals(Map.of("en", perLanguage, "it", perLanguage), perLanguageCount, half);
        }
        TreeSet<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.walk(gold.resolve("corpus"))) {
            files.filter(p -> p.toString().endsWith(".gold.json"))
                    .forEach(p -> onDisk.add(gold.relativize(p).toString().replace('\\', '/')));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(onDisk, listed, "the gold files under corpus/ and those the split lists");
        return halves;
    }

    private static void checkGoldFile(Path goldPath, String language, List<String> failures) throws IOException {
        try {
            GoldFile gold = GoldFile.read(read(goldPath));
            SourceText article = SourceText.fromFileBytes(
                    Files.readAllBytes(goldPath.getParent().resolve(gold.article())));
            if (!article.id().equals(gold.sourceId())) {
                failures.add(goldPath + ": source " + gold.sourceId() + " but the article hashes to " + article.id());
                return;
            }
            if (!gold.language().code().equals(language)) {
                failures.add(goldPath + ": split.json says " + language + ", the gold file " + gold.language().code());
            }
            for (GoldFile.GoldFigure figure : gold.figures()) {
                gold.locate(figure, article.text());
            }
            for (GoldFile.GoldAttribution attribution : gold.attributions()) {
                gold.locate(attribution, article.text());
            }
        } catch (GoldFileException | SourceEncodingException e) {
            failures.add(goldPath + ": " + e.getMessage());
        }
    }

    /**
     * A small split under a temporary folder laid out as fixtures/ is: one invented Italian and one English article
     * per half, each with its gold file. swappedHalf, when given, lists its Italian file under the first half and the
     * first half's under it.
     */
    private Path writeSplit(List<String> halves, String swappedHalf) throws IOException {
        Path root = Files.createTempDirectory(temporary, "fixtures");
        Path gold = root.resolve("gold");
        ObjectNode split = JsonNodeFactory.instance.objectNode();
        split.put("v", 1);
        for (String half : halves) {
            ArrayNode rows = split.putArray(half);
            for (Language language : List.of(Language.EN, Language.IT)) {
                String text = language == Language.EN
                        ? "The council said 40 homes were flooded on the east bank.\n"
                        : "Il sindaco ha detto che 40 case sono state allagate.\n";
                String name = language.code() + "_sample";
                Path article = root.resolve("articles/corpus/" + half + "/" + name + ".txt");
                Files.createDirectories(article.getParent());
                Files.writeString(article, text);
                ObjectNode file = JsonNodeFactory.instance.objectNode();
                file.put("v", 1);
                file.put("article", "../../../articles/corpus/" + half + "/" + name + ".txt");
                file.put("source", SourceText.fromString(text).id());
                file.put("lang", language.code());
                file.putArray("figures").addObject().put("text", "40").put("value", "40");
                file.putArray("attributions");
                Path goldFile = gold.resolve("corpus/" + half + "/" + name + ".gold.json");
                Files.createDirectories(goldFile.getParent());
                Files.writeString(goldFile, file.toString());
                rows.addObject().put("gold", "corpus/" + half + "/" + name + ".gold.json")
                        .put("lang", language.code()).putArray("genres").add("disaster");
            }
        }
        if (swappedHalf != null) {
            ArrayNode first = (ArrayNode) split.get(halves.get(0));
            ArrayNode other = (ArrayNode) split.get(swappedHalf);
            JsonNode italian = other.get(1);
            other.set(1, first.get(1));
            first.set(1, italian);
        }
        Files.writeString(gold.resolve("split.json"), split.toString());
        return gold;
    }

    private static JsonNode read(Path path) {
        try {
            return new ObjectMapper().readTree(path.toFile());
        } catch (IOException e) {
            throw new AssertionError(path + ": " + e.getMessage(), e);
        }
    }
}
