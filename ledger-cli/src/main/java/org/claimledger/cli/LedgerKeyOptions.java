package org.claimledger.cli;

import org.claimledger.crypto.NamedKey;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import picocli.CommandLine.Option;

/** The newsroom's ledger key, needed for enrolment, revocation and checkpoints: --ledger-key FILE. */
@ReadsEnvironment({EnvironmentVariable.CLAIMLEDGER_LEDGER_KEY, EnvironmentVariable.CLAIMLEDGER_PASSPHRASE})
final class LedgerKeyOptions {
    static final String ENV = "CLAIMLEDGER_LEDGER_KEY";

    @Option(names = "--ledger-key", paramLabel = "FILE", description = "The ledger key file. Default: $" + ENV + ".")
    String ledgerKey;

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read the ledger key's passphrase from the first line of FILE (else $" + Passphrases.ENV
                    + ", else a prompt).")
    String passphraseFile;

    NamedKey unlock(CliContext context) throws LedgerException {
        String path = ledgerKey != null ? ledgerKey : context.env(ENV);
        if (path == null) {
            throw new LedgerException(Failure.KEY_FILE, "no ledger key given: pass --ledger-key FILE or set " + ENV);
        }
        return KeyOptions.unlock(context, path, passphraseFile);
    }
}
