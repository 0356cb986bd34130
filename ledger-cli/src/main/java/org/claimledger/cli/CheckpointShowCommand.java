package org.claimledger.cli;

import java.util.concurrent.Callable;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.ledger.Checkpoints;
import org.claimledger.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, description = {
        "Print a stored checkpoint as a signed note, with the witnesses' cosignatures stored with it: the one of SIZE "
                + "entries, or the latest. This is the note to hand to a witness, or to publish.",
        "Read-only: needs no key and leaves the ledger file as it was."})
final class CheckpointShowCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SIZE", description = "The checkpoint's tree size (default: the latest).")
    Long size;

    @Mixin
    LedgerOption ledger;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the signed note to FILE instead of stdout.")
    String out;

    @Option(names = "--json", description = "Print the checkpoint as JSON.")
    boolean json;

    CheckpointShowCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        Checkpoints.Opened shown;
        try (Ledger opened = ledger.openReadOnly(context)) {
            shown = size == null ? Checkpoints.latest(opened) : Checkpoints.atSize(opened, size);
        }
        if (shown == null) {
            throw new LedgerException(Failure.NOT_FOUND, "the ledger has no checkpoint of " + size + " entries; "
                    + "'claimledger checkpoint list' shows the ones it has, and 'claimledger checkpoint --size " + size
                    + "' signs one");
        }
        if (json) {
            Json.print(context.out(), CheckpointText.json(shown));
        } else if (out != null) {
            context.out().println("checkpoint " + CheckpointText.line(shown));
            context.out().println("written to " + CliFiles.write(context, out, shown.note().bytes(), "checkpoint"));
        } else {
            context.out().print(shown.note().format());
            context.err().println("checkpoint " + CheckpointText.line(shown));
        }
        return ExitCodes.OK;
    }
}
