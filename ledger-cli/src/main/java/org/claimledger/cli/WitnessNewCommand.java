package org.claimledger.cli;

import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.crypto.KeyFile;
import org.claimledger.crypto.NamedKey;
import org.claimledger.failure.LedgerException;
import org.claimledger.note.CosignerKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "new", mixinStandardHelpOptions = true, description = {
        "Create a witness key, encrypted with a passphrase, in an owner-only file, and print its public key (vkey "
                + "type 0x04, c2sp.org/tlog-cosignature) to publish.",
        "A witness key is its own kind: it only cosigns checkpoints ('claimledger witness cosign') and is refused "
                + "where a signing key is needed (and the other way round)."})
@ReadsEnvironment({EnvironmentVariable.CLAIMLEDGER_PASSPHRASE})
final class WitnessNewCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--name", required = true, paramLabel = "NAME",
            description = "The witness's name, a schema-less URL such as witness.example/w1 (printable ASCII, no '+').")
    String name;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The key file to create (never overwritten).")
    String out;

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read the passphrase from FILE (else $" + Passphrases.ENV + ", else a prompt, twice).")
    String passphraseFile;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    WitnessNewCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        NamedKey key = NewKeyFile.create(context, KeyFile.Kind.WITNESS, "witness name", name, out, passphraseFile);
        String vkey = CosignerKey.of(name, key.publicKey()).format();
        if (json) {
            ObjectNode result = Json.object();
            result.put("name", name);
            result.put("vkey", vkey);
            result.put("file", out);
            Json.print(context.out(), result);
        } else {
            context.out().println("witness key " + name + " written to " + out + " (owner-only)");
            context.out().println("publish this witness key so newsrooms and auditors can check its cosignatures "
                    + "(--witnesses FILE; 'claimledger key vkey " + out + "' prints it again):");
            context.out().println(vkey);
        }
        return ExitCodes.OK;
    }
}
