package org.claimledger.cli;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.FileLimit;
import org.claimledger.ledger.Cosignatures;
import org.claimledger.ledger.Ledger;
import org.claimledger.verify.WitnessKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "cosign", mixinStandardHelpOptions = true, description = {
        "Store witnesses' cosignatures with the checkpoints they cosign, so that proofs ('claimledger prove') and "
                + "bundles ('claimledger export') carry them after the ledger key's signature.",
        "Each line of --add FILE is a cosignature line as 'claimledger witness cosign' prints it; it must be by a "
                + "witness in --witnesses FILE and verify on one of the stored checkpoints (found by itself). All "
                + "lines are stored or none; a witness that already cosigned that checkpoint keeps its first line."})
final class CheckpointCosignCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    LedgerOption ledger;

    @Option(names = "--add", required = true, paramLabel = "FILE",
            description = "The cosignature lines to store, one per line (the output of 'claimledger witness cosign').")
    String add;

    @Option(names = "--witnesses", required = true, paramLabel = "FILE",
            description = "The witnesses the newsroom works with: one witness vkey per line, as each publishes it.")
    String witnesses;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    CheckpointCosignCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        WitnessKeys listed = WitnessKeys.read(context.path(witnesses), null);
        byte[] lines = CliFiles.read(context, add, "cosignature file", FileLimit.CHECKPOINT_FILE);
        List<Cosignatures.Added> added;
        try (Ledger opened = ledger.open(context)) {
            added = Cosignatures.add(opened, add, lines, listed.keys());
        }
        ArrayNode all = Json.object().arrayNode();
        for (Cosignatures.Added one : added) {
            String what = (one.stored() ? "stored" : "already held") + " the cosignature of " + one.witness().label()
                    + " on checkpoint " + one.checkpoint().size() + " of " + one.checkpoint().origin() + " (cosigned at "
                    + Instant.ofEpochSecond(one.timestamp()) + ")";
            if (json) {
                ObjectNode node = all.addObject();
                node.put("witness", one.witness().label());
                node.put("size", one.checkpoint().size());
                node.put("timestamp", one.timestamp());
                node.put("stored", one.stored());
            } else {
                context.out().println(what);
            }
        }
        if (json) {
            ObjectNode result = Json.object();
            result.set("cosignatures", all);
            Json.print(context.out(), result);
        }
        return ExitCodes.OK;
    }
}
