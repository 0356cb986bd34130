package org.claimledger.cli;

import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.claimledger.failure.LedgerException;
import org.claimledger.ledger.Checkpoints;
import org.claimledger.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true, description = {
        "List every stored checkpoint, smallest first: its size, root, the ledger key that signed it, and the "
                + "witnesses' cosignatures stored with it (name and time, as stored; 'verify --witnesses' checks them).",
        "Read-only: needs no key and leaves the ledger file as it was."})
final class CheckpointListCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    LedgerOption ledger;

    @Option(names = "--json", description = "Print the checkpoints as a JSON array.")
    boolean json;

    CheckpointListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        List<Checkpoints.Opened> all;
        try (Ledger opened = ledger.openReadOnly(context)) {
            all = Checkpoints.all(opened);
        }
        if (json) {
            ArrayNode array = Json.object().arrayNode();
            all.forEach(one -> array.add(CheckpointText.json(one)));
            Json.print(context.out(), array);
        } else if (all.isEmpty()) {
            context.err().println("no checkpoint stored yet; sign one with 'claimledger checkpoint --ledger-key FILE'");
        } else {
            all.forEach(one -> context.out().println(CheckpointText.line(one)));
        }
        return ExitCodes.OK;
    }
}
