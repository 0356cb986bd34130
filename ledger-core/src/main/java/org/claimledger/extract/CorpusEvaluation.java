package org.claimledger.extract;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimledger.json.JsonFields;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.FileLimit;
import org.claimledger.model.Language;
import org.claimledger.model.SourceEncodingException;
import org.claimledger.model.SourceText;

/**
 * The extractor scored on one half of a frozen split (fixtures/gold/split.json, version 1): every gold file of the
 * half, its article extracted in the gold file's language, and the sums per language.
 */
public final class CorpusEvaluation {
    /** One gold file of the half and its scores. */
    public record Row(String gold, Language language, Evaluation evaluation) {
    }

    /** Scores summed over several files: counts add up, so the ratios are over the whole set. */
    public record Totals(Evaluation.Score figures, Evaluation.Score attributions, Evaluation.Score parties) {
        static Totals of(List<Row> rows) {
            Evaluation.Score figures = new Evaluation.Score(0, 0, 0, 0);
            Evaluation.Score attributions = figures;
            Evaluation.Score parties = figures;
            for (Row row : rows) {
                figures = figures.plus(row.evaluation().figures());
                attributions = attributions.plus(row.evaluation().attributions());
                parties = parties.plus(row.evaluation().parties());
            }
            return new Totals(figures, attributions, parties);
        }
    }

    private CorpusEvaluation() {
    }

    /** Scores every gold file that the split lists under half ("dev", "test", "test2" or any other list it holds). */
    public static List<Row> run(Path split, String half) throws LedgerException {
        JsonNode root = json(split, "split file");
        if (JsonFields.exactLong(root.get("v"), -1) != 1) {
            throw new LedgerException(Failure.MALFORMED_INPUT, split + ": split file version must be 1, got "
                    + root.get("v"));
        }
        JsonNode rows = root.get(half);
        if (rows == null || !rows.isArray()) {
            throw new LedgerException(Failure.MALFORMED_INPUT, split + " has no half named '" + half
                    + "' (a list of {\"gold\", \"lang\"})");
        }
        Path folder = split.toAbsolutePath().getParent();
        List<Row> scored = new ArrayList<>();
        for (JsonNode row : rows) {
            String name = row.path("gold").asText("");
            Path goldPath = folder.resolve(name);
            try {
                GoldFile gold = GoldFile.read(json(goldPath, "gold file"));
                Path articlePath = goldPath.getParent().resolve(String.valueOf(gold.article()));
                SourceText article = SourceText.fromFileBytes(FileLimit.SOURCE_FILE.read(articlePath));
                if (gold.sourceId() != null && !gold.sourceId().equals(article.id())) {
                    throw new LedgerException(Failure.MALFORMED_INPUT, goldPath + " annotates source "
                            + gold.sourceId() + ", not " + articlePath + " (" + article.id() + ")");
                }
                List<CandidateClaim> claims = Extractor.extract(article.text(), gold.language());
                scored.add(new Row(name, gold.language(), Evaluation.of(gold, article.text(), claims)));
            } catch (GoldFileException e) {
                throw new LedgerException(Failure.MALFORMED_INPUT, goldPath + ": " + e.getMessage());
            } catch (SourceEncodingException e) {
                throw new LedgerException(Failure.UNREADABLE_INPUT, goldPath + ": its article " + e.getMessage());
            } catch (IOException e) {
                throw new LedgerException(Failure.UNREADABLE_INPUT, goldPath + ": its article cannot be read: "
                        + e.getMessage());
            }
        }
        return scored;
    }

    /** The sums over the rows in a language, or over all rows when language is null. */
    public static Totals totals(List<Row> rows, Language language) {
        return Totals.of(rows.stream().filter(row -> language == null || row.language() == language).toList());
    }

    private static JsonNode json(Path path, String what) throws LedgerException {
        try {
            return new ObjectMapper().readTree(FileLimit.GOLD_FILE.read(path));
        } catch (NoSuchFileException e) {
            throw new LedgerException(Failure.UNREADABLE_INPUT, what + " " + path + " does not exist");
        } catch (IOException e) {
            throw new LedgerException(Failure.MALFORMED_INPUT, what + " " + path + " is not JSON: " + e.getMessage());
        }
    }
}
