package org.claimledger.cli;

import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.claimledger.entry.Entry;
import org.claimledger.entry.EntryType;
import org.claimledger.failure.LedgerException;
import org.claimledger.ledger.Ledger;
import org.claimledger.store.StoredEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List the registered sources.")
final class SourceListCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    LedgerOption ledger;

    @Option(names = "--json", description = "Print the sources as JSON.")
    boolean json;

    SourceListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        try (Ledger opened = ledger.openReadOnly(context)) {
            ArrayNode array = Json.object().arrayNode();
            for (StoredEntry stored : opened.store().entriesOfTypes(List.of(EntryType.SOURCE.code()))) {
                Entry entry = opened.entry(stored.seq());
                if (json) {
                    array.add(EntryText.toJson(entry));
                } else {
                    context.out().println(EntryText.summary(entry, null).replaceFirst("source ", "")
                            .replace(entry.body().path("id").asText().substring(0, 12), entry.body().path("id").asText()));
                }
            }
            if (json) {
                Json.print(context.out(), array);
            }
        }
        return ExitCodes.OK;
    }
}
