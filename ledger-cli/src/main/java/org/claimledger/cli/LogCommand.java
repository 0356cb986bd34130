package org.claimledger.cli;

import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.claimledger.entry.Entry;
import org.claimledger.entry.MalformedEntryException;
import org.claimledger.failure.LedgerException;
import org.claimledger.keys.KeyRegistry;
import org.claimledger.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "log", mixinStandardHelpOptions = true, description = "List the ledger's entries, one line each (or --json). Reading is not verifying: run verify for that.")
final class LogCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    LedgerOption ledger;

    @Option(names = "--from", paramLabel = "SEQ", description = "First entry to list (default 0).")
    long from;

    @Option(names = "--limit", paramLabel = "N", description = "List at most N entries.")
    Long limit;

    @Option(names = "--json", description = "Print the entries as JSON.")
    boolean json;

    LogCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        try (Ledger opened = ledger.openReadOnly(context)) {
            KeyRegistry keys = opened.keys();
            long to = limit == null ? Long.MAX_VALUE : from + limit;
            ArrayNode array = Json.object().arrayNode();
            opened.store().forEachEntry(from, to, stored -> {
                Entry entry;
                try {
                    entry = Entry.parse(stored.leaf());
                } catch (MalformedEntryException e) {
                    if (!json) {
                        context.out().printf("%5d  (damaged entry: %s; run verify)%n", stored.seq(), e.getMessage());
                    }
                    return;
                }
                if (json) {
                    array.add(EntryText.toJson(entry));
                } else {
                    context.out().println(EntryText.summary(entry, keys));
                }
            });
            if (json) {
                Json.print(context.out(), array);
            }
        }
        return ExitCodes.OK;
    }
}
