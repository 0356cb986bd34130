package org.claimledger.cli;

import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.failure.LedgerException;
import org.claimledger.ledger.Checkpoints;
import org.claimledger.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "checkpoint", mixinStandardHelpOptions = true, description = {
        "Sign a checkpoint of the ledger (C2SP tlog-checkpoint: origin, number of entries, base64 RFC 9162 root) "
                + "with the ledger key, store it in the ledger, and print it, or write it to a file for publication.",
        "Proofs ('claimledger prove') are made against the latest checkpoint.",
        "Subcommands: 'checkpoint list' and 'checkpoint show [SIZE]' read the stored ones; 'checkpoint cosign --add "
                + "FILE' stores witnesses' cosignatures with them."},
        subcommands = {CheckpointListCommand.class, CheckpointShowCommand.class, CheckpointCosignCommand.class})
final class CheckpointCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    LedgerOption ledger;

    @Mixin
    LedgerKeyOptions ledgerKey;

    @Option(names = "--size", paramLabel = "N",
            description = "Sign the ledger as it stood at N entries instead of as it is now (with the ledger key of "
                    + "that time; it must be a prefix of every later signed checkpoint).")
    Long size;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the signed note to FILE instead of stdout.")
    String out;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    CheckpointCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        Checkpoints.Signed signed;
        try (Ledger opened = ledger.open(context)) {
            signed = Checkpoints.create(opened, ledgerKey.unlock(context), size);
        }
        if (signed.warning() != null) {
            context.err().println("claimledger: warning: " + signed.warning());
        }
        String note = signed.note().format();
        Path written = out == null ? null : CliFiles.write(context, out, signed.note().bytes(), "checkpoint");
        String root = Base64.getEncoder().encodeToString(signed.checkpoint().root());
        String what = "checkpoint of " + signed.checkpoint().origin() + " at " + signed.checkpoint().size()
                + " entries, root " + root + (signed.stored() ? ", stored in the ledger"
                        : ", already stored in the ledger" + (size == null ? " (no entries since)" : ""));
        if (json) {
            ObjectNode result = Json.object();
            result.put("origin", signed.checkpoint().origin());
            result.put("size", signed.checkpoint().size());
            result.put("root", root);
            result.put("stored", signed.stored());
            result.put("file", written == null ? null : written.toString());
            result.put("note", note);
            result.put("warning", signed.warning());
            Json.print(context.out(), result);
        } else if (written != null) {
            context.out().println(what);
            context.out().println("written to " + written);
        } else {
            context.out().print(note);
            context.err().println(what);
        }
        return ExitCodes.OK;
    }
}
