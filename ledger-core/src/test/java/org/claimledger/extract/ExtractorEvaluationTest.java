package org.claimledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * The extractor against every gold file under fixtures/gold. Targets on each file: figures precision >= 0.9 and
 * recall >= 0.95; attributions precision and recall >= 0.85; qualifiers of found figures agree >= 0.9.
 */
class ExtractorEvaluationTest {

    @Test
    void extractor_meetsTargets_onEveryGoldFile() throws Exception {
        List<Path> paths = GoldFiles.paths();
        assertTrue(paths.size() >= 3, "expected the seed gold file and at least two more, found " + paths);
        List<String> failures = new ArrayList<>();
        for (Path path : paths) {
            GoldFiles.Annotated annotated = GoldFiles.load(path);
            assertEquals(annotated.gold().sourceId(), annotated.article().id(), path + " annotates another text");
            List<CandidateClaim> claims = Extractor.extract(annotated.article().text(), annotated.gold().language());
            Evaluation evaluation = Evaluation.of(annotated.gold(), annotated.article().text(), claims);
            String line = String.format(Locale.ROOT,
                    "%s: figures P=%.3f R=%.3f (%d/%d predicted, %d/%d gold), attributions P=%.3f R=%.3f (%d/%d, %d/%d),"
                            + " qualifiers %.3f",
                    annotated, evaluation.figures().precision(), evaluation.figures().recall(),
                    evaluation.figures().correctPredicted(), evaluation.figures().predicted(),
                    evaluation.figures().foundGold(), evaluation.figures().gold(),
                    evaluation.attributions().precision(), evaluation.attributions().recall(),
                    evaluation.attributions().correctPredicted(), evaluation.attributions().predicted(),
                    evaluation.attributions().foundGold(), evaluation.attributions().gold(),
                    evaluation.qualifierAgreement());
            System.out.println(line);
            evaluation.missed().forEach(m -> System.out.println("  missed: " + m));
            evaluation.spurious().forEach(s -> System.out.println("  spurious: " + s));
            if (evaluation.figures().precision() < 0.9 || evaluation.figures().recall() < 0.95
                    || evaluation.attributions().precision() < 0.85 || evaluation.attributions().recall() < 0.85
                    || evaluation.qualifierAgreement() < 0.9) {
                failures.add(line + "; missed " + evaluation.missed() + "; spurious " + evaluation.spurious());
            }
        }
        assertEquals(List.of(), failures);
    }
}
