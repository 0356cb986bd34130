package org.claimledger.cli;

import java.nio.file.Path;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.ledger.Ledger;
import org.claimledger.state.LedgerMemory;
import org.claimledger.state.StateDirectory;
import org.claimledger.store.LedgerLocation;
import picocli.CommandLine.Option;

/**
 * --ledger PATH or JDBC URL, defaulting to CLAIMLEDGER_LEDGER; and --state DIR, this machine's memory of the
 * ledgers it works on, which every command checks the ledger against before it does anything.
 */
@ReadsEnvironment({EnvironmentVariable.CLAIMLEDGER_LEDGER, EnvironmentVariable.CLAIMLEDGER_DB_USER,
        EnvironmentVariable.CLAIMLEDGER_DB_PASSWORD, EnvironmentVariable.CLAIMLEDGER_STATE, EnvironmentVariable.HOME})
final class LedgerOption {
    static final String ENV = "CLAIMLEDGER_LEDGER";
    static final String STATE_ENV = "CLAIMLEDGER_STATE";

    @Option(names = "--ledger", paramLabel = "PATH|URL",
            description = "The ledger: an H2 file path (the default format; no ';' in it), or a JDBC URL: jdbc:h2:file:PATH "
                    + "or jdbc:postgresql://HOST/DATABASE, without settings that load code. Default: $" + ENV + ".")
    String ledger;

    @Option(names = "--state", paramLabel = "DIR",
            description = "This machine's state directory: what it saw of each ledger (checked by every command: a "
                    + "ledger that lost entries is refused with exit 16) and the auditor's pinned keys and verified "
                    + "trees. Default: $" + STATE_ENV + ", else ~/.claimledger.")
    String state;

    LedgerLocation location(CliContext context) throws LedgerException {
        String value = ledger != null ? ledger : context.env(ENV);
        if (value == null) {
            throw new LedgerException(Failure.NOT_A_LEDGER, "no ledger given: pass --ledger PATH or set " + ENV);
        }
        return LedgerLocation.parse(value, context.workingDirectory());
    }

    /**
     * Opens the ledger once it is known to hold everything this machine saw of it; every append is checked again
     * and remembered.
     */
    Ledger open(CliContext context) throws LedgerException {
        LedgerMemory memory = memory(context);
        Ledger opened = Ledger.open(location(context), context.clock());
        try {
            memory.keepWatch(opened.store());
            return opened;
        } catch (LedgerException | RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    LedgerMemory memory(CliContext context) {
        return new LedgerMemory(stateDirectory(context));
    }

    StateDirectory stateDirectory(CliContext context) {
        return new StateDirectory(statePath(context));
    }

    private Path statePath(CliContext context) {
        if (state != null) {
            return context.path(state);
        }
        String fromEnv = context.env(STATE_ENV);
        if (fromEnv != null) {
            return context.path(fromEnv);
        }
        String home = context.env("HOME");
        return Path.of(home == null ? System.getProperty("user.home") : home, ".claimledger");
    }
}
