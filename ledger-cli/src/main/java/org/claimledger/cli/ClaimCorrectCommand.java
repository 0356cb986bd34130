package org.claimledger.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.claims.ClaimDiff;
import org.claimledger.claims.ClaimDraft;
import org.claimledger.claims.ClaimRevision;
import org.claimledger.claims.ClaimsFile;
import org.claimledger.claims.FieldChange;
import org.claimledger.entry.Entry;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.ledger.ClaimHistory;
import org.claimledger.ledger.Corrections;
import org.claimledger.ledger.Ledger;
import org.claimledger.model.Claim;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "correct", mixinStandardHelpOptions = true, description = {
        "Sign a new version of a claim with the reason for it; the claim keeps its id and every version stays in the ledger.",
        "Parts not given stay as the current version has them: change a figure with --set figures[0].value=8000000, "
                + "replace the figures with --figure ..., the attribution with --who ..., or give the whole new version "
                + "with --file."})
final class ClaimCorrectCommand implements Callable<Integer> {
    private final CliContext context;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CLAIM", description = "The claim's id (the entry that first signed it; see 'claimledger claims').")
    long claim;

    @Option(names = "--reason", required = true, description = "Why the claim is corrected, in words the ledger keeps.")
    String reason;

    @Option(names = "--source", paramLabel = "ID",
            description = "Resolve the new version against this registered source, e.g. the corrected article (default: the current version's source).")
    String source;

    @Option(names = "--quote", description = "A new quote: the exact passage of the source.")
    String quote;

    @Option(names = "--occurrence", paramLabel = "N", description = "Which occurrence of the quote, when it occurs more than once (1-based).")
    Integer occurrence;

    @Option(names = "--statement", description = "A new statement in the editor's words (empty removes it).")
    String statement;

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<ClaimAddCommand.FigureOptions> figures = new ArrayList<>();

    @Option(names = "--no-figures", description = "The new version states no figures.")
    boolean noFigures;

    @ArgGroup(exclusive = false)
    ClaimAddCommand.AttributionOptions attribution;

    @Option(names = "--no-attribution", description = "The new version is attributed to no one.")
    boolean noAttribution;

    @Option(names = "--set", paramLabel = "FIELD=VALUE",
            description = "Change one field, named as 'claimledger history' prints it: figures[0].value=8000000, "
                    + "attribution.who=Yonhap, statement=...; an empty value removes an optional field. Repeatable.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--file", paramLabel = "CLAIMS-FILE",
            description = "Take the whole new version from a claims file holding exactly one claim (the format 'sign' reads).")
    String file;

    @Mixin
    LedgerOption ledger;

    @Mixin
    KeyOptions key;

    @Option(names = "--json", description = "Print the entry and the changed fields as JSON.")
    boolean json;

    ClaimCorrectCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        boolean parts = quote != null || occurrence != null || statement != null || !figures.isEmpty() || noFigures
                || attribution != null || noAttribution || !sets.isEmpty();
        if (file != null && parts) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--file gives the whole new version; do not "
                    + "combine it with --quote, --statement, --figure, --who, --set or --no-...");
        }
        if (noFigures && !figures.isEmpty() || noAttribution && attribution != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--no-figures and --no-attribution cannot be "
                    + "combined with --figure or --who");
        }
        try (Ledger opened = ledger.open(context)) {
            ClaimHistory history = ClaimHistory.read(opened, claim);
            String sourceId = source == null ? null : opened.source(source).record().id();
            ClaimsFile claimsFile = null;
            ClaimDraft draft;
            if (file != null) {
                claimsFile = SignCommand.openClaimsFile(context, file);
                if (claimsFile.claimCount() != 1) {
                    throw new LedgerException(Failure.MALFORMED_INPUT, claimsFile.locate("/claims") + ": a correction "
                            + "takes exactly one claim, the file has " + claimsFile.claimCount());
                }
                claimsFile = claimsFile.whole();
                draft = claimsFile.claims().get(0);
                if (sourceId == null && claimsFile.sourceId() != null) {
                    sourceId = claimsFile.sourceId();
                }
            } else {
                draft = revise(history.current().claim(), sourceId);
            }
            Entry entry = new Corrections(opened).correct(key.unlock(context), claim, sourceId, draft, reason, claimsFile);
            List<FieldChange> changes = ClaimDiff.between(history.current().version(),
                    ClaimHistory.versionOf(entry.body()));
            print(entry, history.versions() + 1, changes);
        }
        return ExitCodes.OK;
    }

    private ClaimDraft revise(Claim current, String sourceId) throws LedgerException {
        ClaimRevision revision = ClaimRevision.of(current, sourceId == null || sourceId.equals(current.sourceId()));
        if (quote != null || occurrence != null) {
            revision.quote(quote != null ? quote : current.quote().text(), occurrence);
        }
        if (statement != null) {
            revision.statement(statement.isEmpty() ? null : statement);
        }
        if (noFigures) {
            revision.figures(List.of());
        } else if (!figures.isEmpty()) {
            revision.figures(ClaimAddCommand.figureDrafts(figures));
        }
        if (noAttribution) {
            revision.attribution(null);
        } else if (attribution != null) {
            revision.attribution(ClaimAddCommand.attributionDraft(attribution));
        }
        for (String set : sets) {
            int equals = set.indexOf('=');
            if (equals <= 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--set takes FIELD=VALUE, such as "
                        + "figures[0].value=8000000; got '" + set + "'");
            }
            revision.set(set.substring(0, equals).strip(), set.substring(equals + 1));
        }
        return revision.draft();
    }

    private void print(Entry entry, int version, List<FieldChange> changes) {
        if (json) {
            ObjectNode result = EntryText.toJson(entry);
            result.put("claim", claim);
            result.put("version", version);
            result.set("changes", HistoryText.changes(changes));
            Json.print(context.out(), result);
            return;
        }
        context.out().println("entry " + entry.seq() + ": corrected claim " + claim + " (version " + version + "): "
                + EntryText.claimSummary(entry.body()));
        for (FieldChange change : changes) {
            context.out().println("    " + HistoryText.change(change));
        }
    }
}
