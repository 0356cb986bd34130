package org.claimledger.cli;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.store.LedgerLocation;
import picocli.CommandLine.Option;

/** --ledger PATH or JDBC URL, defaulting to CLAIMLEDGER_LEDGER. */
@ReadsEnvironment({EnvironmentVariable.CLAIMLEDGER_LEDGER, EnvironmentVariable.CLAIMLEDGER_DB_USER, EnvironmentVariable.CLAIMLEDGER_DB_PASSWORD})
final class LedgerOption {
    static final String ENV = "CLAIMLEDGER_LEDGER";

    @Option(names = "--ledger", paramLabel = "PATH|URL",
            description = "The ledger: an H2 file path (default format) or a JDBC URL. Default: $" + ENV + ".")
    String ledger;

    LedgerLocation location(CliContext context) throws LedgerException {
        String value = ledger != null ? ledger : context.env(ENV);
        if (value == null) {
            throw new LedgerException(Failure.NOT_A_LEDGER, "no ledger given: pass --ledger PATH or set " + ENV);
        }
        return value.startsWith("jdbc:") ? LedgerLocation.of(value) : LedgerLocation.of(value, context.path(value));
    }
}
