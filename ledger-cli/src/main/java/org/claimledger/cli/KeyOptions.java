package org.claimledger.cli;

import org.claimledger.crypto.KeyFile;
import org.claimledger.crypto.NamedKey;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import picocli.CommandLine.Option;

/** The editor's signing key: --key FILE (default $CLAIMLEDGER_KEY) and where its passphrase comes from. */
@ReadsEnvironment({EnvironmentVariable.CLAIMLEDGER_KEY, EnvironmentVariable.CLAIMLEDGER_PASSPHRASE})
final class KeyOptions {
    static final String ENV = "CLAIMLEDGER_KEY";

    @Option(names = "--key", paramLabel = "FILE", description = "Your private key file. Default: $" + ENV + ".")
    String key;

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read the key's passphrase from the first line of FILE (else $" + Passphrases.ENV + ", else a prompt).")
    String passphraseFile;

    NamedKey unlock(CliContext context) throws LedgerException {
        String path = key != null ? key : context.env(ENV);
        if (path == null) {
            throw new LedgerException(Failure.KEY_FILE, "no signing key given: pass --key FILE or set " + ENV);
        }
        return unlock(context, path, passphraseFile);
    }

    static NamedKey unlock(CliContext context, String path, String passphraseFile) throws LedgerException {
        return unlock(context, path, passphraseFile, KeyFile.Kind.SIGNING);
    }

    /** Reads a key file of this kind and decrypts it with its passphrase (three tries at a prompt). */
    static NamedKey unlock(CliContext context, String path, String passphraseFile, KeyFile.Kind kind)
            throws LedgerException {
        KeyFile file = KeyFiles.read(context, path, kind);
        return Passphrases.unlock(context, passphraseFile, file, "key " + file.name() + " (" + path + ")");
    }
}
