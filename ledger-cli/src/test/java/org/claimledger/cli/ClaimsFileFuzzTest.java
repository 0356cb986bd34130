package org.claimledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.claimledger.claims.ClaimDraft;
import org.claimledger.claims.ClaimProblem;
import org.claimledger.claims.ClaimResolver;
import org.claimledger.claims.ClaimsFile;
import org.claimledger.claims.FigureCheck;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.model.Claim;
import org.claimledger.model.Figure;
import org.claimledger.model.Language;
import org.claimledger.model.SourceText;
import org.claimledger.numbers.FigureReader;
import org.claimledger.numbers.FigureTextException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claims files (the input of sign) and the figure texts in them, fuzzed: the parser and resolver must refuse
 * every broken file as malformed input or a mismatch with the source, and every claim they accept must pass the
 * checks verify will run on it. Then the same files through the real command line.
 */
class ClaimsFileFuzzTest {
    private static final Set<Failure> RESOLVE_FAILURES = Set.of(Failure.MALFORMED_INPUT, Failure.NOT_IN_SOURCE,
            Failure.FIGURE_MISMATCH);

    @TempDir
    Path dir;

    private static Mutations corpus() throws Exception {
        String small = "{\"v\": 1, \"source\": \"" + SeededLedger.shared().sourceId() + "\", \"lang\": \"it\",\n"
                + " \"claims\": [{\"quote\": \"più di 11.000 soldati\", \"statement\": \"s\",\n"
                + "   \"figures\": [{\"text\": \"11.000\", \"value\": \"11000\", \"qualifier\": \"more-than\", \"unit\": \"soldati\"}],\n"
                + "   \"attribution\": {\"who\": \"Sergei Shoigu\", \"kind\": \"person\", \"text\": \"ha affermato\"}}]}\n";
        return Mutations.ofText(Files.readString(Cli.SEED_CLAIMS), small);
    }

    @Test
    void parseAndResolve_refuseEveryBrokenFile_andAcceptOnlyClaimsThatVerify() throws Exception {
        Mutations mutations = corpus();
        SourceText source = SourceText.fromFileBytes(Files.readAllBytes(Cli.SEED_ARTICLE));
        ClaimResolver resolver = new ClaimResolver(source, Language.IT);
        Fuzz.run("claims-file", Fuzz.cases(3_000), mutations::next, (input, random) -> {
            ClaimsFile file;
            try {
                file = ClaimsFile.read(input, "fuzz.json");
            } catch (LedgerException e) {
                Fuzz.expect(e.failure() == Failure.MALFORMED_INPUT
                        || e.failure() == Failure.UNREADABLE_INPUT && e.getMessage().contains("not valid UTF-8"),
                        "failure " + e.failure() + ": " + e.getMessage());
                Fuzz.expect(e.getMessage().startsWith("fuzz.json"), "names the file: " + e.getMessage());
                Fuzz.assertMessage(e.getMessage());
                return;
            }
            for (ClaimDraft draft : file.claims()) {
                Claim claim;
                try {
                    claim = resolver.resolve(draft);
                } catch (ClaimProblem problem) {
                    Fuzz.expect(RESOLVE_FAILURES.contains(problem.failure()), "failure " + problem.failure());
                    Fuzz.assertMessage(problem.getMessage());
                    continue;
                }
                Fuzz.expect(claim.quote().text().equals(source.textAt(claim.quote().span())), "quote span");
                for (Figure figure : claim.figures()) {
                    Fuzz.expect(figure.text().equals(source.textAt(figure.span())), "figure span");
                    Fuzz.expect(claim.quote().span().contains(figure.span()), "figure inside its quote");
                    Fuzz.expect(FigureCheck.contradiction(figure, Language.IT) == null, "an accepted figure verifies");
                }
            }
        });
    }

    @Test
    void figureReader_readsOrRefusesAnyText_inBoundedTime() {
        Mutations texts = Mutations.ofText("9 milioni", "11.000", "più di 11.000", "tra 10 e 12", "1,5", "3mila",
                "un milione e mezzo", "$540 million", "45 per cento", "between 10 and 12", "nine million", "10-12",
                "481", "1.200.000", "0,5%", "mezzo milione", "€ 3,5 miliardi");
        Fuzz.run("figure-text", Fuzz.cases(5_000), random -> {
            byte[] text = texts.next(random);
            return text.length <= 200 ? text : java.util.Arrays.copyOf(text, 200);
        }, (input, random) -> {
            String text = new String(input, java.nio.charset.StandardCharsets.UTF_8);
            for (Language language : Language.values()) {
                try {
                    FigureReader.read(text, language);
                } catch (FigureTextException e) {
                    Fuzz.expect(e.getMessage() != null, "a message");
                }
            }
        });
    }

    @Test
    void sign_throughTheCommandLine_exitsWithAnInputErrorOrSigns() throws Exception {
        Mutations mutations = corpus();
        Cli cli = SeededLedger.shared().copyTo(dir);
        Fuzz.run("claims-file-cli", Fuzz.cases(40), mutations::next, (input, random) -> {
            Files.write(dir.resolve("fuzz.json"), input);
            Cli.Result result = cli.run("sign", "fuzz.json", "--ledger", "news", "--key", "giulia.key");
            // 14: claims the seed ledger already holds (or that an earlier case signed) are refused as duplicates.
            Fuzz.assertOutcome(result, Set.of(0, 3, 4, 5, 6, 13, 14));
        });
    }
}
