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
import org.claimledger.ledger.Ledger;
import org.claimledger.note.VerifierKey;
import org.claimledger.state.LedgerMemory;
import org.claimledger.store.LedgerLocation;
import org.claimledger.store.LedgerStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "init", mixinStandardHelpOptions = true, description = "Create a ledger: an origin name and a new ledger key, declared by the genesis entry.")
@ReadsEnvironment({EnvironmentVariable.CLAIMLEDGER_PASSPHRASE})
final class InitCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    LedgerOption ledger;

    @Option(names = "--origin", required = true, paramLabel = "NAME",
            description = "The ledger's origin name, such as newsroom.example/claims (also the ledger key's name).")
    String origin;

    @Option(names = "--key-out", required = true, paramLabel = "FILE",
            description = "Where to write the new ledger key (encrypted, owner-only; never overwritten).")
    String keyOut;

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read the new key's passphrase from FILE (else $" + Passphrases.ENV + ", else a prompt, twice).")
    String passphraseFile;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    InitCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        LedgerLocation location = ledger.location(context);
        Ledger.requireDeclarable("origin", origin, Failure.INVALID_REQUEST);
        // A ledger that is there is a conflict (exit 14), whatever this machine remembers of it.
        LedgerStore.requireAbsent(location);
        LedgerMemory memory = ledger.memory(context);
        memory.requireNone(location);
        char[] passphrase = Passphrases.readNew(context, passphraseFile, "the new ledger key");
        NamedKey key = new NamedKey(origin, Ed25519PrivateKey.generate(new SecureRandom()));
        VerifierKey vkey;
        try {
            vkey = VerifierKey.of(origin, key.publicKey());
        } catch (IllegalArgumentException e) {
            throw new LedgerException(Failure.INVALID_REQUEST, "origin '" + origin
                    + "' cannot name a key: " + e.getMessage());
        }
        try {
            KeyFile.write(context.path(keyOut), key, passphrase, new SecureRandom());
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        try (Ledger created = Ledger.create(location, origin, key, context.clock())) {
            memory.keepWatch(created.store());
            if (json) {
                ObjectNode result = Json.object();
                result.put("ledger", location.display());
                result.put("origin", origin);
                result.put("ledgerKey", key.fingerprint());
                result.put("keyFile", keyOut);
                result.put("vkey", vkey.format());
                Json.print(context.out(), result);
            } else {
                context.out().println("created ledger " + location.display() + " for origin " + origin);
                context.out().println("ledger key " + key.fingerprint() + " written to " + keyOut + " (owner-only)");
                context.out().println("publish this verifier key so auditors can check the ledger (claimledger verify --trust FILE):");
                context.out().println(vkey.format());
            }
        }
        return ExitCodes.OK;
    }
}
