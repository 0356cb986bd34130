package org.claimledger.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.extract.CandidateClaim;
import org.claimledger.extract.ClaimsFileWriter;
import org.claimledger.extract.ClaimsText;
import org.claimledger.extract.CorpusEvaluation;
import org.claimledger.extract.Evaluation;
import org.claimledger.extract.Extractor;
import org.claimledger.extract.GoldFile;
import org.claimledger.extract.GoldFileException;
import org.claimledger.extract.LanguageGuess;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.FileLimit;
import org.claimledger.model.Language;
import org.claimledger.model.SourceText;
import org.claimledger.verify.Audit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true, description = {
        "Find candidate claims in a source text: every claim-bearing sentence or clause with its figures "
                + "(value, unit, qualifier, time) and its attribution, each with its exact span and a confidence.",
        "The output is a claims file: review it, delete or edit candidates, then 'claimledger sign' it.",
        "With --evaluate GOLD.json, print precision and recall against a hand annotation instead: figures, "
                + "attributions per attributed sentence and per party.",
        "With --corpus SPLIT.json (and no FILE), score every gold file of one half of a frozen split, per file and "
                + "summed per language."})
final class ExtractCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The source text, UTF-8.")
    String file;

    @Option(names = "--lang", paramLabel = "it|en|auto", defaultValue = "auto",
            description = "The language the text is written in (default: ${DEFAULT-VALUE}, guessed from its words).")
    String lang;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "json",
            description = "json (default): a claims file that sign accepts; text: the same for reading, figures marked "
                    + "[[like this]] and attributions {{like this}}.")
    String format;

    @Option(names = "--json", description = "Print JSON (the default for claims; with --evaluate, the scores as JSON).")
    boolean json;

    @Option(names = "--source-id", paramLabel = "ID",
            description = "The id of the registered source (claimledger source add); checked against FILE and written "
                    + "as the claims file's \"source\", so the reviewed file signs directly. Default: FILE's own id.")
    String sourceId;

    @Option(names = "--evaluate", paramLabel = "GOLD.json",
            description = "Score the extraction against a gold annotation of FILE (fixtures/gold/README.md).")
    String gold;

    @Option(names = "--corpus", paramLabel = "SPLIT.json",
            description = "Score one half of a frozen split of gold files (fixtures/gold/split.json) instead of "
                    + "extracting FILE.")
    String corpus;

    @Option(names = "--half", paramLabel = "NAME", defaultValue = "dev",
            description = "With --corpus: the half to score (default: ${DEFAULT-VALUE}).")
    String half;

    ExtractCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        if (corpus != null) {
            if (file != null || gold != null) {
                throw new ParameterException(spec.commandLine(), "--corpus scores the files its split lists: give no FILE "
                        + "and no --evaluate with it");
            }
            printCorpus(CorpusEvaluation.run(context.path(corpus), half));
            return ExitCodes.OK;
        }
        if (file == null) {
            throw new ParameterException(spec.commandLine(), "extract needs FILE, the source text (or --corpus SPLIT.json)");
        }
        SourceText source = Audit.readSource(context.path(file));
        Language language = language(source);
        if (sourceId != null && !sourceId.equals(source.id())) {
            throw new LedgerException(Failure.NOT_IN_SOURCE, "--source-id " + sourceId + " is not the id of " + file
                    + " (its normalized text has id " + source.id() + "); extract from the text that was registered");
        }
        List<CandidateClaim> claims = Extractor.extract(source.text(), language,
                ProgressBar.on(context, "extract", source.text().length()));
        if (gold != null) {
            printEvaluation(source, language, claims);
        } else if (format.equals("text") && !json) {
            context.out().print(ClaimsText.format(claims));
            context.err().println(claims.size() + " candidate claims (" + language.code() + ")");
        } else if (format.equals("json") || json) {
            Json.print(context.out(), ClaimsFileWriter.write(source, source.id(), language, claims));
        } else {
            throw new ParameterException(spec.commandLine(), "--format must be json or text, got '" + format + "'");
        }
        return ExitCodes.OK;
    }

    private Language language(SourceText source) throws LedgerException {
        if (lang.equalsIgnoreCase("auto")) {
            return LanguageGuess.of(source.text());
        }
        try {
            return Language.fromCode(lang);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--lang: " + e.getMessage() + " or auto");
        }
    }

    private void printEvaluation(SourceText source, Language language, List<CandidateClaim> claims)
            throws LedgerException {
        GoldFile goldFile = readGold();
        if (goldFile.sourceId() != null && !goldFile.sourceId().equals(source.id())) {
            throw new LedgerException(Failure.MALFORMED_INPUT, gold + " annotates source " + goldFile.sourceId()
                    + ", not " + file + " (" + source.id() + ")");
        }
        if (goldFile.language() != language) {
            throw new LedgerException(Failure.MALFORMED_INPUT, gold + " is annotated as " + goldFile.language().code()
                    + " but the text is read as " + language.code() + "; pass --lang " + goldFile.language().code());
        }
        Evaluation evaluation;
        try {
            evaluation = Evaluation.of(goldFile, source.text(), claims);
        } catch (GoldFileException e) {
            throw new LedgerException(Failure.NOT_IN_SOURCE, gold + ": " + e.getMessage());
        }
        if (json) {
            ObjectNode result = Json.object();
            result.set("figures", score(evaluation.figures()));
            result.set("attributions", score(evaluation.attributions()));
            result.set("parties", score(evaluation.parties()));
            result.put("qualifierAgreement", evaluation.qualifierAgreement());
            evaluation.missed().forEach(result.putArray("missed")::add);
            evaluation.spurious().forEach(result.putArray("spurious")::add);
            Json.print(context.out(), result);
            return;
        }
        context.out().println(line("figures", evaluation.figures()));
        context.out().println(line("attributions", evaluation.attributions()));
        context.out().println(line("parties", evaluation.parties()));
        context.out().println(String.format(Locale.ROOT, "qualifiers   agreement %.3f", evaluation.qualifierAgreement()));
        evaluation.missed().forEach(m -> context.out().println("missed:   " + m));
        evaluation.spurious().forEach(s -> context.out().println("spurious: " + s));
    }

    private void printCorpus(List<CorpusEvaluation.Row> rows) {
        if (json) {
            ObjectNode result = Json.object();
            ObjectNode files = result.putObject("files");
            ObjectNode sums = result.putObject("totals");
            for (CorpusEvaluation.Row row : rows) {
                ObjectNode file = files.putObject(row.gold());
                file.put("lang", row.language().code());
                file.set("figures", score(row.evaluation().figures()));
                file.set("attributions", score(row.evaluation().attributions()));
                file.set("parties", score(row.evaluation().parties()));
            }
            for (Language language : new Language[] {Language.IT, Language.EN, null}) {
                CorpusEvaluation.Totals totals = CorpusEvaluation.totals(rows, language);
                ObjectNode sum = sums.putObject(language == null ? "all" : language.code());
                sum.set("figures", score(totals.figures()));
                sum.set("attributions", score(totals.attributions()));
                sum.set("parties", score(totals.parties()));
            }
            Json.print(context.out(), result);
            return;
        }
        for (CorpusEvaluation.Row row : rows) {
            context.out().println(row.gold());
            printTotals(row.evaluation().figures(), row.evaluation().attributions(), row.evaluation().parties());
        }
        for (Language language : new Language[] {Language.IT, Language.EN, null}) {
            CorpusEvaluation.Totals totals = CorpusEvaluation.totals(rows, language);
            context.out().println(half + " " + (language == null ? "both languages" : language.code()) + ", summed");
            printTotals(totals.figures(), totals.attributions(), totals.parties());
        }
    }

    private void printTotals(Evaluation.Score figures, Evaluation.Score attributions, Evaluation.Score parties) {
        context.out().println("  " + line("figures", figures));
        context.out().println("  " + line("attributions", attributions));
        context.out().println("  " + line("parties", parties));
    }

    private GoldFile readGold() throws LedgerException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(FileLimit.GOLD_FILE.read(context.path(gold)));
        } catch (NoSuchFileException e) {
            throw new LedgerException(Failure.UNREADABLE_INPUT, "gold file " + gold + " does not exist");
        } catch (IOException e) {
            throw new LedgerException(Failure.MALFORMED_INPUT, "gold file " + gold + " is not JSON: " + e.getMessage());
        }
        try {
            return GoldFile.read(root);
        } catch (GoldFileException e) {
            throw new LedgerException(Failure.MALFORMED_INPUT, gold + ": " + e.getMessage());
        }
    }

    private static ObjectNode score(Evaluation.Score score) {
        ObjectNode node = Json.object();
        node.put("precision", score.precision());
        node.put("recall", score.recall());
        node.put("correctPredicted", score.correctPredicted());
        node.put("predicted", score.predicted());
        node.put("foundGold", score.foundGold());
        node.put("gold", score.gold());
        return node;
    }

    private static String line(String what, Evaluation.Score score) {
        return String.format(Locale.ROOT, "%-12s precision %.3f (%d/%d)  recall %.3f (%d/%d)", what,
                score.precision(), score.correctPredicted(), score.predicted(), score.recall(), score.foundGold(),
                score.gold());
    }
}
