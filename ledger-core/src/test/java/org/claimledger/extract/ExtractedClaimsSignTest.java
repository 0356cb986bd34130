package org.claimledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.claimledger.claims.ClaimDraft;
import org.claimledger.claims.ClaimProblem;
import org.claimledger.claims.ClaimResolver;
import org.claimledger.claims.ClaimsFile;
import org.claimledger.model.Language;
import org.claimledger.model.SourceText;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Every claim the extractor emits must pass the checks `claimledger sign` makes: spans exact, figures consistent. */
class ExtractedClaimsSignTest {

    @Test
    void everyExtractedClaim_resolvesAgainstItsSource() throws Exception {
        List<String> problems = new ArrayList<>();
        int resolved = 0;
        for (Path path : GoldFiles.paths()) {
            GoldFiles.Annotated annotated = GoldFiles.load(path);
            resolved += resolveAll(annotated.article(), annotated.gold().language(), path.toString(), problems);
        }
        SourceText awkward = SourceText.fromString("Titolo\r\n\r\n«Più di 11.000 soldati», ha detto il generale "
                + "Mario Rossi. Secondo l’Istat, quasi il 45% delle famiglie è in difficoltà: “circa 1,5 milioni”.\n");
        resolved += resolveAll(awkward, Language.IT, "non-ASCII text", problems);
        assertEquals(List.of(), problems);
        assertFalse(resolved < 40, "expected the fixtures to give at least 40 claims, got " + resolved);
    }

    private static int resolveAll(SourceText source, Language language, String name, List<String> problems)
            throws Exception {
        List<CandidateClaim> claims = Extractor.extract(source.text(), language);
        byte[] file = new ObjectMapper().writeValueAsBytes(
                ClaimsFileWriter.write(source, source.id(), language, claims));
        ClaimsFile claimsFile = ClaimsFile.read(file, name);
        assertEquals(source.id(), claimsFile.sourceId());
        ClaimResolver resolver = new ClaimResolver(source, language);
        for (ClaimDraft draft : claimsFile.claims()) {
            try {
                resolver.resolve(draft);
            } catch (ClaimProblem e) {
                problems.add(name + ": " + e.getMessage());
            }
        }
        return claimsFile.claims().size();
    }
}
