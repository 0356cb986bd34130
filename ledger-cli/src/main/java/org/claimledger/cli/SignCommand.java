package org.claimledger.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.claims.ClaimsFile;
import org.claimledger.entry.Entry;
import org.claimledger.entry.MalformedEntryException;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.ledger.ClaimsCheck;
import org.claimledger.ledger.EntryRange;
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
        ClaimsFile claims = openClaimsFile(context, file);
        if (dryRun) {
            // Signs nothing, so it only reads: beside other readers, leaving the ledger file as it was.
            try (Ledger opened = ledger.openReadOnly(context)) {
                return dryRun(opened, claims);
            }
        }
        try (Ledger opened = ledger.open(context)) {
            EntryRange range = opened.sign(key.unlock(context), claims, source, allowDuplicates,
                    ProgressBar.on(context, "sign", 2L * claims.claimCount()));
            if (json) {
                printEntries(opened, range);
            } else {
                context.out().println("signed " + range.count() + " claims as entries " + range.first() + " to "
                        + range.last());
            }
        }
        return ExitCodes.OK;
    }

    /** A claims file to stream: checked throughout once here, its claims read one at a time later. */
    static ClaimsFile openClaimsFile(CliContext context, String file) throws LedgerException {
        return ClaimsFile.open(context.path(file), file);
    }

    /** The entries appended, read back from the ledger one at a time and written as one JSON array. */
    private void printEntries(Ledger opened, EntryRange range) throws LedgerException {
        try {
            JsonGenerator out = Json.generator(context.out());
            out.writeStartArray();
            LedgerException[] damaged = {null};
            opened.store().forEachEntry(range.first(), range.last() + 1, stored -> {
                try {
                    out.writeTree(EntryText.toJson(Entry.parse(stored.leaf())));
                } catch (MalformedEntryException | IOException e) {
                    damaged[0] = new LedgerException(Failure.STORAGE, "entry " + stored.seq() + " cannot be printed ("
                            + e.getMessage() + "); run 'claimledger verify'");
                }
            });
            out.writeEndArray();
            out.flush();
            context.out().println();
            if (damaged[0] != null) {
                throw damaged[0];
            }
        } catch (IOException e) {
            throw new LedgerException(Failure.STORAGE, "the signed entries could not be printed: " + e.getMessage());
        }
    }

    /** Checks every claim, printing each problem as it is found, then the summary. */
    private int dryRun(Ledger opened, ClaimsFile claims) throws LedgerException {
        if (json) {
            List<ClaimsFile.Problem> problems = new ArrayList<>();
            ClaimsCheck check = opened.checkClaims(claims, source, allowDuplicates, problems::add);
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
            return exitCode(check);
        }
        ClaimsCheck check = opened.checkClaims(claims, source, allowDuplicates,
                problem -> context.out().println(problem.line()));
        int unsignable = check.unsignable();
        context.out().println(unsignable == 0
                ? "dry run: all " + check.claimCount() + " claims of " + file + " can be signed; nothing was signed"
                : "dry run: " + unsignable + " of " + check.claimCount() + " claims of " + file
                        + " cannot be signed (" + unsignable + " problem" + (unsignable == 1 ? "" : "s")
                        + "); nothing was signed");
        return exitCode(check);
    }

    private static int exitCode(ClaimsCheck check) {
        return check.firstProblem() == null ? ExitCodes.OK : ExitCodes.of(check.firstProblem().failure());
    }
}
