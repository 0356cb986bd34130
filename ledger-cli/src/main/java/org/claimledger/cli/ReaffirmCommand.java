package org.claimledger.cli;

import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.entry.Entry;
import org.claimledger.failure.LedgerException;
import org.claimledger.ledger.Ledger;
import org.claimledger.ledger.Reaffirmations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "reaffirm", mixinStandardHelpOptions = true, description = {
        "Re-affirm an entry signed with a key after its revocation (a revocation backdated to a key theft "
                + "invalidates what the key signed since): an editor who checked the entry vouches for it with a "
                + "valid key, and verify then reports it as history instead of a finding.",
        "A claim or correction can instead be withdrawn with 'claimledger claim retract'. 'claimledger verify' "
                + "lists the entries that need one or the other."})
final class ReaffirmCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "ENTRY", description = "The seq of the entry to re-affirm.")
    long entry;

    @Option(names = "--reason", required = true, description = "Why the newsroom stands by the entry, in words the ledger keeps.")
    String reason;

    @Mixin
    LedgerOption ledger;

    @Mixin
    KeyOptions key;

    @Option(names = "--json", description = "Print the new entry as JSON.")
    boolean json;

    ReaffirmCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        try (Ledger opened = ledger.open(context)) {
            Entry written = new Reaffirmations(opened).reaffirm(key.unlock(context), entry, reason);
            if (json) {
                ObjectNode result = EntryText.toJson(written);
                result.put("reaffirms", entry);
                Json.print(context.out(), result);
            } else {
                context.out().println("entry " + written.seq() + ": re-affirmed entry " + entry + ": " + reason);
            }
        }
        return ExitCodes.OK;
    }
}
