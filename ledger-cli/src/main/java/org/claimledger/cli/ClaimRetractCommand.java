package org.claimledger.cli;

import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.entry.Entry;
import org.claimledger.failure.LedgerException;
import org.claimledger.ledger.Corrections;
import org.claimledger.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "retract", mixinStandardHelpOptions = true, description = "Withdraw a claim, with the reason; the claim and its versions stay in the ledger, marked retracted.")
final class ClaimRetractCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "CLAIM", description = "The claim's id (see 'claimledger claims').")
    long claim;

    @Option(names = "--reason", required = true, description = "Why the claim is withdrawn, in words the ledger keeps.")
    String reason;

    @Mixin
    LedgerOption ledger;

    @Mixin
    KeyOptions key;

    @Option(names = "--json", description = "Print the new entry as JSON.")
    boolean json;

    ClaimRetractCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        try (Ledger opened = ledger.open(context)) {
            Entry entry = new Corrections(opened).retract(key.unlock(context), claim, reason);
            if (json) {
                ObjectNode result = EntryText.toJson(entry);
                result.put("claim", claim);
                Json.print(context.out(), result);
            } else {
                context.out().println("entry " + entry.seq() + ": retracted claim " + claim + ": " + reason);
            }
        }
        return ExitCodes.OK;
    }
}
