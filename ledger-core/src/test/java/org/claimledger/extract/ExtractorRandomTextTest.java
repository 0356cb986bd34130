package org.claimledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.claimledger.claims.ClaimDraft;
import org.claimledger.claims.ClaimProblem;
import org.claimledger.claims.ClaimResolver;
import org.claimledger.claims.ClaimsFile;
import org.claimledger.model.Language;
import org.claimledger.model.SourceText;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Random slices and splices of the fixture articles, with odd characters mixed in: the extractor must never throw,
 * and every claim it emits must resolve as `sign` resolves it. The seed is printed on failure.
 */
class ExtractorRandomTextTest {
    private static final String[] ODDITIES = {"", " ", "\n", "«", "»", "“", "”", "\"", "'", "’", "%", "$", "€", "-",
            "–", "\u00A0", "\u202F", "1.", "2,", "tra ", "between ", "più di ", "ha detto ", "said ", "(", ")", ";",
            "😀", "e\u0301", "11.000", "1,5", "9 milioni", "nine million", "S-300", "2024", "00:00"};

    @Test
    void extract_neverThrows_andEveryClaimResolves() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (var path : GoldFiles.paths()) {
            texts.add(GoldFiles.load(path).article().text());
        }
        List<String> problems = new ArrayList<>();
        for (int round = 0; round < 300; round++) {
            StringBuilder raw = new StringBuilder();
            for (int piece = random.nextInt(4) + 1; piece > 0; piece--) {
                String text = texts.get(random.nextInt(texts.size()));
                int start = random.nextInt(text.length());
                raw.append(text, start, Math.min(text.length(), start + random.nextInt(400)));
                raw.append(ODDITIES[random.nextInt(ODDITIES.length)]);
            }
            Language language = random.nextBoolean() ? Language.IT : Language.EN;
            SourceText source = SourceText.fromString(raw.toString());
            try {
                List<CandidateClaim> claims = Extractor.extract(source.text(), language);
                byte[] file = new ObjectMapper().writeValueAsBytes(
                        ClaimsFileWriter.write(source, source.id(), language, claims));
                ClaimResolver resolver = new ClaimResolver(source, language);
                for (ClaimDraft draft : ClaimsFile.read(file, "random").claims()) {
                    resolver.resolve(draft);
                }
            } catch (ClaimProblem | RuntimeException e) {
                problems.add("seed " + seed + ", round " + round + " (" + language.code() + "): " + e + "\n"
                        + source.text());
            }
        }
        assertEquals(List.of(), problems.stream().limit(3).toList());
    }
}
