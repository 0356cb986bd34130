package org.claimledger.cli;

import java.util.concurrent.Callable;

import org.claimledger.crypto.KeyFile;
import org.claimledger.crypto.NamedKey;
import org.claimledger.entry.Entry;
import org.claimledger.failure.LedgerException;
import org.claimledger.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "enroll", mixinStandardHelpOptions = true, description = "Enrol an editor's key (its public part; no passphrase needed) by an entry signed with the ledger key.")
final class KeyEnrollCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "KEY-FILE", description = "The editor's key file.")
    String keyFile;

    @Mixin
    LedgerOption ledger;

    @Mixin
    LedgerKeyOptions ledgerKey;

    @Option(names = "--json", description = "Print the new entry as JSON.")
    boolean json;

    KeyEnrollCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        KeyFile editor = KeyFiles.read(context, keyFile);
        try (Ledger opened = ledger.open(context)) {
            NamedKey signer = ledgerKey.unlock(context);
            Entry entry = opened.enroll(signer, editor.name(), editor.publicKey());
            EntryText.printAppended(context, json, entry, "enrolled key " + editor.name() + " "
                    + org.claimledger.crypto.KeyFingerprint.of(editor.publicKey()) + " as an editor");
        }
        return ExitCodes.OK;
    }
}
