package org.claimledger.cli;

import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.failure.LedgerException;
import org.claimledger.ledger.Checkpoints;
import org.claimledger.ledger.Ledger;
import org.claimledger.note.StrictBase64;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "head", mixinStandardHelpOptions = true, description = {
        "Print the ledger's current size and Merkle root (RFC 9162, computed from its entries as a checkpoint would "
                + "be, not signed), and its latest stored checkpoint with the cosignatures stored with it.",
        "Read-only: needs no key and leaves the ledger file as it was."})
final class HeadCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    LedgerOption ledger;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    HeadCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        Checkpoints.Head head;
        Checkpoints.Opened latest;
        String origin;
        try (Ledger opened = ledger.openReadOnly(context)) {
            head = Checkpoints.head(opened);
            latest = opened.store().checkpointSizes().isEmpty() ? null : Checkpoints.latest(opened);
            origin = opened.keys().origin();
        }
        if (head.warning() != null) {
            context.err().println("claimledger: warning: " + head.warning());
        }
        String root = StrictBase64.encode(head.root());
        if (json) {
            ObjectNode result = Json.object();
            result.put("origin", origin);
            result.put("size", head.size());
            result.put("root", root);
            result.set("checkpoint", latest == null ? null : CheckpointText.json(latest));
            Json.print(context.out(), result);
            return ExitCodes.OK;
        }
        context.out().println(origin);
        context.out().println(head.size() + " entries  root " + root);
        if (latest == null) {
            context.out().println("no checkpoint stored yet; sign one with 'claimledger checkpoint --ledger-key FILE'");
        } else {
            long behind = head.size() - latest.checkpoint().size();
            context.out().println("latest checkpoint: " + CheckpointText.line(latest)
                    + (behind == 0 ? "" : "  (" + behind + " entr" + (behind == 1 ? "y" : "ies") + " since)"));
        }
        return ExitCodes.OK;
    }
}
