package org.claimledger.cli;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.store.LedgerLocation;
import picocli.CommandLine.Option;

/** --ledger PATH or JDBC URL, defaulting to CLAIMLEDGER_LEDGER. */
final class LedgerOption {
    static final String ENV = "CLAIMLEDGER_LEDGER";

    @Option(names = "--ledger", paramLabel = "PATH|URL",
            description = "The ledger: an H2 file path (the default format; no ';' in it), or a JDBC URL: jdbc:h2:file:PATH "
                    + "or jdbc:postgresql://HOST/DATABASE, without settings that load code. Default: $" + ENV + ".")
    String ledger;

    LedgerLocation location(CliContext context) throws LedgerException {
        String value = ledger != null ? ledger : context.env(ENV);
        if (value == null) {
            throw new LedgerException(Failure.NOT_A_LEDGER, "no ledger given: pass --ledger PATH or set " + ENV);
        }
        return LedgerLocation.parse(value, context.workingDirectory());
    }
}
