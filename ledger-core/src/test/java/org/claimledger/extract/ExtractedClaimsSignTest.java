package org.claimledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimledger.claims.ClaimDraft;
import org.claimledger.claims.ClaimProblem;
import org.claimledger.claims.ClaimResolver;
import org.claimledger.claims.ClaimsFile;
import org.claimledger.model.Claim;
import org.claimledger.model.Figure;
import org.claimledger.model.Language;
import org.claimledger.model.SourceText;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every claim the extractor emits must pass the checks `claimledger sign` makes: spans exact, figures consistent,
 * and no claim held twice by its file (SPEC.md §7: the same quote span and the same figures, each figure's span,
 * value and upper bound; the party is not part of it, since a changed attribution is a correction).
 */
class ExtractedClaimsSignTest {

    @Test
    void everyExtractedClaim_resolvesAgainstItsSource_andNoneIsHeldTwice() throws Exception {
        List<String> problems = new ArrayList<>();
        int resolved = 0;
        for (Path path : GoldFiles.tuningPaths()) {
            GoldFiles.Annotated annotated = GoldFiles.load(path);
            resolved += resolveAll(annotated.article(), annotated.gold().language(), path.toString(), problems);
        }
        SourceText awkward = SourceText.fromString("Titolo\r\n\r\n«Più di 11.000 soldati», ha detto il generale "
                + "Mario Rossi. Secondo l’Istat, quasi il 45% delle famiglie è in difficoltà: “circa 1,5 milioni”.\n");
        resolved += resolveAll(awkward, Language.IT, "non-ASCII text", problems);
        assertEquals(List.of(), problems);
        assertFalse(resolved < 40, "expected the fixtures to give at least 40 claims, got " + resolved);
    }

    @Test
    void partiesNamedTogether_withoutAFigure_giveOneClaim_notOneClaimHeldTwice() throws Exception {
        List<String> problems = new ArrayList<>();
        assertEquals(2, resolveAll(SourceText.fromString("Ruth Amos and Dev Patel said the wards were closing. The "
                + "trust and the council said the plan was late.\n"), Language.EN, "two parties in English", problems));
        assertEquals(3, resolveAll(SourceText.fromString("Lega e Pd hanno chiesto un rinvio. Cgil, Cisl e Uil hanno "
                + "detto che servono 200 euro in più.\n"), Language.IT, "parties in Italian", problems));
        assertEquals(List.of(), problems);
    }

    @Test
    void aChangeWhoseScaleIsWrittenOnOneEnd_givesOnlyFiguresThatReadAsTheirValue() throws Exception {
        // "30" of "da 30 a 45 milioni" was given the value 30000000, which its own text does not read as (SPEC §8)
        List<String> problems = new ArrayList<>();
        SourceText italian = SourceText.fromString("La spesa è passata da 30 a 45 milioni. Il passivo è sceso a 310 "
                + "milioni dai 455 di marzo.\n");
        SourceText english = SourceText.fromString("Spending rose from $30 to $45 million. Losses narrowed to 310 "
                + "million from 455.\n");
        assertEquals(2, resolveAll(italian, Language.IT, "Italian changes", problems));
        assertEquals(2, resolveAll(english, Language.EN, "English changes", problems));
        assertEquals(List.of(), problems);
        // the end that carries its scale is kept; "30", "$30" and "455" are not figures of their own
        assertEquals(List.of("45 milioni", "310 milioni"), figureTexts(italian, Language.IT));
        assertEquals(List.of("$45 million", "310 million"), figureTexts(english, Language.EN));
    }

    /** The text of every figure the extractor finds, claim by claim. */
    private static List<String> figureTexts(SourceText source, Language language) {
        List<String> texts = new ArrayList<>();
        for (CandidateClaim claim : Extractor.extract(source.text(), language)) {
            claim.figures().forEach(figure -> texts.add(figure.text().text()));
        }
        return texts;
    }

    private static int resolveAll(SourceText source, Language language, String name, List<String> problems)
            throws Exception {
        List<CandidateClaim> claims = Extractor.extract(source.text(), language);
        byte[] file = new ObjectMapper().writeValueAsBytes(
                ClaimsFileWriter.write(source, source.id(), language, claims));
        ClaimsFile claimsFile = ClaimsFile.read(file, name);
        assertEquals(source.id(), claimsFile.sourceId());
        ClaimResolver resolver = new ClaimResolver(source, language);
        Map<List<String>, Integer> seen = new HashMap<>();
        for (int i = 0; i < claimsFile.claims().size(); i++) {
            ClaimDraft draft = claimsFile.claims().get(i);
            try {
                Integer earlier = seen.putIfAbsent(sameness(resolver.resolve(draft)), i);
                if (earlier != null) {
                    problems.add(name + ": claims[" + i + "] has the quote span and figures of claims[" + earlier
                            + "], which sign refuses: " + draft.quote());
                }
            } catch (ClaimProblem e) {
                problems.add(name + ": " + e.getMessage());
            }
        }
        return claimsFile.claims().size();
    }

    /** What makes two claims of one source the same claim to sign: the quote's span and the figures, in any order. */
    private static List<String> sameness(Claim claim) {
        List<String> figures = new ArrayList<>();
        for (Figure figure : claim.figures()) {
            figures.add(figure.span().start() + "-" + figure.span().end() + "=" + plain(figure.value()) + ".."
                    + plain(figure.upper()));
        }
        figures.sort(null);
        List<String> sameness = new ArrayList<>(List.of(claim.quote().span().start() + "-" + claim.quote().span().end()));
        sameness.addAll(figures);
        return sameness;
    }

    private static String plain(String decimal) {
        return decimal == null ? "-" : new BigDecimal(decimal).stripTrailingZeros().toPlainString();
    }
}
