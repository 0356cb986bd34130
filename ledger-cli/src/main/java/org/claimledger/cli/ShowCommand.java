package org.claimledger.cli;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.claimledger.crypto.Hex;
import org.claimledger.entry.Entry;
import org.claimledger.failure.LedgerException;
import org.claimledger.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one entry in full; --leaf prints its exact leaf bytes (what proofs commit to).")
final class ShowCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "SEQ", description = "The entry's sequence number.")
    long seq;

    @Mixin
    LedgerOption ledger;

    @Option(names = "--json", description = "Print the entry as JSON.")
    boolean json;

    @Option(names = "--leaf", description = "Print the exact leaf bytes and nothing else (no trailing newline).")
    boolean leaf;

    ShowCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        try (Ledger opened = ledger.openReadOnly(context)) {
            Entry entry = opened.entry(seq);
            if (leaf) {
                context.out().print(new String(entry.leaf(), StandardCharsets.UTF_8));
            } else if (json) {
                Json.print(context.out(), EntryText.toJson(entry));
            } else {
                var keys = opened.keys();
                context.out().println("entry   " + entry.seq());
                context.out().println("type    " + entry.typeCode());
                context.out().println("time    " + entry.time());
                context.out().println("signer  " + EntryText.signerName(entry, keys) + " (" + entry.signer() + ")");
                context.out().println("hash    " + Hex.encode(entry.hash()));
                context.out().println("prev    " + entry.prev());
                context.out().println("summary " + EntryText.what(entry));
                context.out().println("body");
                Json.print(context.out(), entry.body());
            }
        }
        return ExitCodes.OK;
    }
}
