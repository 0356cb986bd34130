package org.claimledger.cli;

import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.crypto.KeyFile;
import org.claimledger.crypto.NamedKey;
import org.claimledger.failure.LedgerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "new", mixinStandardHelpOptions = true, description = "Create a personal signing key, encrypted with a passphrase, in an owner-only file.")
@ReadsEnvironment({EnvironmentVariable.CLAIMLEDGER_PASSPHRASE})
final class KeyNewCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Your name as the ledger shows it, e.g. giulia.rossi.")
    String name;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The key file to create (never overwritten).")
    String out;

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read the passphrase from FILE (else $" + Passphrases.ENV + ", else a prompt, twice).")
    String passphraseFile;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    KeyNewCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        NamedKey key = NewKeyFile.create(context, KeyFile.Kind.SIGNING, "key name", name, out, passphraseFile);
        if (json) {
            ObjectNode result = Json.object();
            result.put("name", name);
            result.put("id", key.fingerprint());
            result.put("public", key.publicKey().base64());
            result.put("file", out);
            Json.print(context.out(), result);
        } else {
            context.out().println("key " + name + " " + key.fingerprint() + " written to " + out + " (owner-only)");
            context.out().println("to sign, have it enrolled: claimledger key enroll " + out + " --ledger-key LEDGER-KEY-FILE");
        }
        return ExitCodes.OK;
    }
}
