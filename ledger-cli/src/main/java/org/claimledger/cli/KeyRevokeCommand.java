package org.claimledger.cli;

import java.time.Instant;
import java.util.concurrent.Callable;

import org.claimledger.crypto.NamedKey;
import org.claimledger.entry.Entry;
import org.claimledger.failure.LedgerException;
import org.claimledger.keys.KeyRecord;
import org.claimledger.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke an editor key from a time on (default now), by an entry signed with the ledger key.")
final class KeyRevokeCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "KEY", description = "The key's id (or a prefix of 8+ hex digits) or name.")
    String key;

    @Option(names = "--reason", required = true, description = "Why, in words the ledger keeps.")
    String reason;

    @Option(names = "--from", paramLabel = "TIME",
            description = "Revoke from this time (ISO-8601, e.g. 2025-06-01T12:00:00Z); entries signed since then become findings.")
    String from;

    @Mixin
    LedgerOption ledger;

    @Mixin
    LedgerKeyOptions ledgerKey;

    @Option(names = "--json", description = "Print the new entry as JSON.")
    boolean json;

    KeyRevokeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        Instant fromTime = KeyRotateCommand.parseFrom(from);
        try (Ledger opened = ledger.open(context)) {
            KeyRecord record = Ledger.findKey(opened.keys(), key);
            NamedKey signer = ledgerKey.unlock(context);
            Entry entry = opened.revoke(signer, record.id(), reason, fromTime);
            EntryText.printAppended(context, json, entry, "revoked key " + record.name() + " " + record.id() + " from "
                    + entry.body().path("from").asText());
        }
        return ExitCodes.OK;
    }
}
