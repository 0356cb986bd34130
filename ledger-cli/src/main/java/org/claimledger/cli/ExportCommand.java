package org.claimledger.cli;

import java.util.Base64;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.bundle.BundleWriter;
import org.claimledger.failure.LedgerException;
import org.claimledger.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true, description = {
        "Write an audit bundle: a directory with every entry's exact leaf bytes (entries.jsonl), the source texts, "
                + "every signed checkpoint, the ledger's vkeys and a manifest.",
        "'claimledger verify --bundle DIR' checks it fully offline, with the same findings as verify on the database.",
        "Sign a checkpoint first ('claimledger checkpoint') so that auditors can hold the bundle to it."})
final class ExportCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    LedgerOption ledger;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The bundle directory (new or empty).")
    String out;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        BundleWriter.Exported exported;
        try (Ledger opened = ledger.openReadOnly(context)) {
            exported = BundleWriter.export(opened, context.path(out),
                    ProgressBar.on(context, "export", opened.store().size()));
        }
        String root = exported.checkpoint() == null ? null
                : Base64.getEncoder().encodeToString(exported.checkpoint().root());
        if (json) {
            ObjectNode result = Json.object();
            result.put("bundle", exported.directory().toString());
            result.put("origin", exported.origin());
            result.put("entries", exported.entries());
            result.put("sources", exported.sources());
            result.put("checkpoints", exported.checkpoints());
            if (exported.checkpoint() == null) {
                result.putNull("checkpoint");
            } else {
                result.put("checkpoint", exported.checkpoint().size());
            }
            result.put("root", root);
            Json.print(context.out(), result);
        } else {
            context.out().println("exported " + count(exported.entries(), "entry", "entries") + ", "
                    + count(exported.sources(), "source text", "source texts") + " and "
                    + count(exported.checkpoints(), "signed checkpoint", "signed checkpoints") + " of " + exported.origin()
                    + " to " + exported.directory());
            if (exported.checkpoint() != null) {
                context.out().println("latest checkpoint: " + exported.checkpoint().size() + " entries, root " + root);
            }
        }
        if (exported.checkpoint() == null) {
            context.err().println("claimledger: warning: the ledger has no signed checkpoint, so nothing binds this bundle "
                    + "to what the newsroom published; run 'claimledger checkpoint' and export again");
        } else if (exported.checkpoint().size() < exported.entries()) {
            context.err().println("claimledger: warning: entries " + exported.checkpoint().size() + " to "
                    + (exported.entries() - 1) + " are not covered by a signed checkpoint; run 'claimledger checkpoint' "
                    + "and export again");
        }
        return ExitCodes.OK;
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
