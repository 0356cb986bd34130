package org.claimledger.cli;

import java.util.concurrent.Callable;

import org.claimledger.crypto.NamedKey;
import org.claimledger.entry.Entry;
import org.claimledger.failure.LedgerException;
import org.claimledger.ledger.KeyRotation;
import org.claimledger.ledger.Ledger;
import org.claimledger.note.VerifierKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "rotate-ledger", mixinStandardHelpOptions = true, description = {
        "Replace the ledger key: an entry signed by the current ledger key declares the new one, with the new key's "
                + "signature proving its holder accepts.",
        "Create the new key with 'claimledger key new --name ORIGIN'. Checkpoints signed before stay verifiable with the old key."})
@ReadsEnvironment({EnvironmentVariable.CLAIMLEDGER_PASSPHRASE})
final class KeyRotateLedgerCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--new-key", required = true, paramLabel = "KEY-FILE", description = "The new ledger key file (named after the origin).")
    String newKey;

    @Option(names = "--new-passphrase-file", paramLabel = "FILE",
            description = "Read the new key's passphrase from FILE (else $" + Passphrases.ENV + ", else a prompt).")
    String newPassphraseFile;

    @Option(names = "--reason", required = true, description = "Why, in words the ledger keeps.")
    String reason;

    @Mixin
    LedgerOption ledger;

    @Mixin
    LedgerKeyOptions ledgerKey;

    @Option(names = "--json", description = "Print the new entry as JSON.")
    boolean json;

    KeyRotateLedgerCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        try (Ledger opened = ledger.open(context)) {
            NamedKey current = ledgerKey.unlock(context);
            NamedKey next = KeyOptions.unlock(context, newKey, newPassphraseFile);
            Entry entry = new KeyRotation(opened).rotateLedger(current, next, reason);
            if (json) {
                var result = EntryText.toJson(entry);
                result.put("vkey", VerifierKey.of(next.name(), next.publicKey()).format());
                Json.print(context.out(), result);
            } else {
                context.out().println("entry " + entry.seq() + ": ledger key " + current.fingerprint() + " replaced by "
                        + next.fingerprint());
                context.out().println("publish the new verifier key; auditors trust it in place of the old one, since a "
                        + "trust file that keeps a retired key accepts what that key signs (claimledger verify --trust FILE):");
                context.out().println(VerifierKey.of(next.name(), next.publicKey()).format());
            }
        }
        return ExitCodes.OK;
    }
}
