package org.claimledger.cli;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import org.claimledger.crypto.KeyFile;
import org.claimledger.crypto.NamedKey;
import org.claimledger.entry.Entry;
import org.claimledger.entry.EntryTime;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.keys.KeyRecord;
import org.claimledger.ledger.KeyRotation;
import org.claimledger.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "rotate", mixinStandardHelpOptions = true, description = {
        "Replace an editor's key: enrol the successor and revoke the old key from a time on (default now), in one "
                + "transaction signed with the ledger key.",
        "Entries the old key signed from that time on become verify findings."})
final class KeyRotateCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "KEY", description = "The key to replace: its id (or a prefix of 8+ hex digits) or name.")
    String key;

    @Option(names = "--new-key", required = true, paramLabel = "KEY-FILE", description = "The successor's key file (its public part is enrolled; no passphrase needed).")
    String newKey;

    @Option(names = "--reason", required = true, description = "Why, in words the ledger keeps.")
    String reason;

    @Option(names = "--from", paramLabel = "TIME",
            description = "Revoke the old key from this time (ISO-8601, e.g. 2025-06-01T12:00:00Z); default now.")
    String from;

    @Mixin
    LedgerOption ledger;

    @Mixin
    LedgerKeyOptions ledgerKey;

    @Option(names = "--json", description = "Print the two new entries as JSON.")
    boolean json;

    KeyRotateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        Instant fromTime = parseFrom(from);
        KeyFile successor = KeyFiles.read(context, newKey);
        try (Ledger opened = ledger.open(context)) {
            KeyRecord old = Ledger.findKey(opened.keys(), key);
            NamedKey signer = ledgerKey.unlock(context);
            List<Entry> entries = new KeyRotation(opened).rotateEditor(signer, old.id(), successor.name(),
                    successor.publicKey(), fromTime, reason);
            Entry revoke = entries.get(1);
            EntryText.printAppended(context, json, entries, "entries " + entries.get(0).seq() + "-" + revoke.seq()
                    + ": enrolled " + successor.name() + " " + revoke.body().path("successor").asText()
                    + " and revoked " + old.name() + " " + old.id() + " from " + revoke.body().path("from").asText());
        }
        return ExitCodes.OK;
    }

    static Instant parseFrom(String from) throws LedgerException {
        if (from == null) {
            return null;
        }
        try {
            return EntryTime.parseLenient(from);
        } catch (IllegalArgumentException e) {
            throw new LedgerException(Failure.INVALID_REQUEST, "--from: " + e.getMessage());
        }
    }
}
