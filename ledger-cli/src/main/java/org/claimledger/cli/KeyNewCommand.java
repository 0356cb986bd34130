package org.claimledger.cli;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.KeyFile;
import org.claimledger.crypto.NamedKey;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.InputLimits;
import org.claimledger.ledger.Ledger;
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
        String tooLong = InputLimits.overLength("key name", name, InputLimits.NAME);
        if (tooLong != null) {
            throw new LedgerException(Failure.INVALID_REQUEST, tooLong);
        }
        Ledger.requireDeclarable("key name", name, Failure.INVALID_REQUEST);
        KeyFile.requireAbsent(context.path(out));
        char[] passphrase = Passphrases.readNew(context, passphraseFile, "the new key " + name);
        NamedKey key = new NamedKey(name, Ed25519PrivateKey.generate(new SecureRandom()));
        try {
            KeyFile.write(context.path(out), key, passphrase, new SecureRandom());
        } finally {
            Arrays.fill(passphrase, '\0');
        }
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
