package org.claimledger.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.claims.ClaimsFile;
import org.claimledger.entry.Entry;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.FileLimit;
import org.claimledger.ledger.ClaimsCheck;
import org.claimledger.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sign", mixinStandardHelpOptions = true, description = {
        "Sign every claim of a claims file into the ledger, all or nothing.",
        "A claim that says what a current claim already says (the same source, quote span and figures) is refused: "
                + "change that one with 'claimledger claim correct' instead.",
        "--dry-run checks every claim as signing would and reports every problem, each with file:line:column and "
                + "field; it signs nothing and needs no key."})
final class SignCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "CLAIMS-FILE", description = "A claims file (see SPEC.md; claimledger extract writes one).")
    String file;

    @Option(names = "--source", paramLabel = "ID", description = "The source the claims quote (default: the file's \"source\").")
    String source;

    @Mixin
    LedgerOption ledger;

    @Mixin
    KeyOptions key;

    @Option(names = "--dry-run", description = "Check every claim and report every problem; sign nothing. "
            + "Exit 0 when all can be signed, else the exit code of the first problem.")
    boolean dryRun;

    @Option(names = "--allow-duplicates", description = "Also sign claims that a current claim already says.")
    boolean allowDuplicates;

    @Option(names = "--json", description = "Print the new entries (with --dry-run, the problems) as JSON.")
    boolean json;

    SignCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        ClaimsFile claims = readClaimsFile(context, file);
        if (dryRun) {
            // Signs nothing, so it only reads: beside other readers, leaving the ledger file as it was.
            try (Ledger opened = ledger.openReadOnly(context)) {
                return report(opened.checkClaims(claims, source, allowDuplicates));
            }
        }
        try (Ledger opened = ledger.open(context)) {
            List<Entry> entries = opened.signClaims(key.unlock(context), claims, source, allowDuplicates,
                    ProgressBar.on(context, "sign", 2L * claims.claims().size()));
            EntryText.printAppended(context, json, entries, "signed " + entries.size() + " claims as entries "
                    + entries.get(0).seq() + " to " + entries.get(entries.size() - 1).seq());
        }
        return ExitCodes.OK;
    }

    static ClaimsFile readClaimsFile(CliContext context, String file) throws LedgerException {
        Path path = context.path(file);
        byte[] bytes;
        try {
            bytes = FileLimit.CLAIMS_FILE.read(path);
        } catch (NoSuchFileException e) {
            throw new LedgerException(Failure.UNREADABLE_INPUT, "claims file " + file + " does not exist");
        } catch (IOException e) {
            throw new LedgerException(Failure.UNREADABLE_INPUT, "claims file " + file + " cannot be read: " + e.getMessage());
        }
        return ClaimsFile.readAll(bytes, file);
    }

    private int report(ClaimsCheck check) {
        List<ClaimsFile.Problem> problems = check.problems();
        int code = problems.isEmpty() ? ExitCodes.OK : ExitCodes.of(problems.get(0).failure());
        if (json) {
            ObjectNode result = Json.object();
            result.put("file", file);
            result.put("source", check.source().record().id());
            result.put("claims", check.claimCount());
            result.put("signable", check.claimCount() - check.unsignable());
            ArrayNode list = result.putArray("problems");
            for (ClaimsFile.Problem problem : problems) {
                ObjectNode node = list.addObject();
                node.put("code", ExitCodes.of(problem.failure()));
                node.put("location", problem.location());
                node.put("message", problem.message());
            }
            Json.print(context.out(), result);
            return code;
        }
        for (ClaimsFile.Problem problem : problems) {
            context.out().println(problem.line());
        }
        context.out().println(problems.isEmpty()
                ? "dry run: all " + check.claimCount() + " claims of " + file + " can be signed; nothing was signed"
                : "dry run: " + check.unsignable() + " of " + check.claimCount() + " claims of " + file
                        + " cannot be signed (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                        + "); nothing was signed");
        return code;
    }
}
