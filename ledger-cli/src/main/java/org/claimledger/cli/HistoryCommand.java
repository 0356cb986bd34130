package org.claimledger.cli;

import java.util.concurrent.Callable;

import org.claimledger.failure.LedgerException;
import org.claimledger.ledger.ClaimHistory;
import org.claimledger.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "history", mixinStandardHelpOptions = true, description = {
        "Every version of a claim: who signed it, when, why, and which fields each correction changed.",
        "Reading is not verifying: run verify to check the entries."})
final class HistoryCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "CLAIM", description = "The claim's id (see 'claimledger claims').")
    long claim;

    @Mixin
    LedgerOption ledger;

    @Option(names = "--json", description = "Print the history as JSON.")
    boolean json;

    HistoryCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        try (Ledger opened = ledger.openReadOnly(context)) {
            ClaimHistory history = ClaimHistory.read(opened, claim);
            if (json) {
                Json.print(context.out(), HistoryText.toJson(history));
            } else {
                HistoryText.print(context.out(), history);
            }
        }
        return ExitCodes.OK;
    }
}
