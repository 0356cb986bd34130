package org.claimledger.cli;

import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.crypto.KeyFile;
import org.claimledger.crypto.KeyFingerprint;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.note.CosignerKey;
import org.claimledger.note.VerifierKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "vkey", mixinStandardHelpOptions = true, description = {"Print a key file's public verifier key "
        + "(C2SP vkey text), for --trust files. No passphrase needed.", "For a witness key (claimledger witness new), its "
        + "cosignature key (vkey type 0x04), for --witnesses files."})
final class KeyVkeyCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "KEY-FILE", description = "A key file (an editor's, the ledger key, or a witness key); only its public part is read.")
    String keyFile;

    @Option(names = "--json", description = "Print the key's name, id, public key and vkey line as JSON.")
    boolean json;

    KeyVkeyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        KeyFile file = KeyFiles.read(context, keyFile, KeyFile.Kind.SIGNING, KeyFile.Kind.WITNESS);
        String vkey;
        try {
            vkey = file.kind() == KeyFile.Kind.WITNESS ? CosignerKey.of(file.name(), file.publicKey()).format()
                    : VerifierKey.of(file.name(), file.publicKey()).format();
        } catch (IllegalArgumentException e) {
            throw new LedgerException(Failure.KEY_FILE, "key name '" + file.name() + "' cannot be a vkey name: " + e.getMessage());
        }
        if (json) {
            ObjectNode result = Json.object();
            result.put("name", file.name());
            result.put("id", KeyFingerprint.of(file.publicKey()));
            result.put("public", file.publicKey().base64());
            result.put("vkey", vkey);
            result.put("file", keyFile);
            Json.print(context.out(), result);
        } else {
            context.out().println(vkey);
        }
        return ExitCodes.OK;
    }
}
