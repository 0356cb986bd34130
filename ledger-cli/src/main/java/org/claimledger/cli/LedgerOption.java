package org.claimledger.cli;

import java.nio.file.Path;
import java.time.Duration;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.ledger.Ledger;
import org.claimledger.state.LedgerMemory;
import org.claimledger.state.StateDirectory;
import org.claimledger.store.LedgerLocation;
import org.claimledger.store.LedgerStore;
import org.claimledger.store.LockWait;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * --ledger PATH or JDBC URL, defaulting to CLAIMLEDGER_LEDGER; --state DIR, this machine's memory of the
 * ledgers it works on, which every command checks the ledger against before it does anything; and --wait SECONDS
 * for a ledger another process holds.
 */
@ReadsEnvironment({EnvironmentVariable.CLAIMLEDGER_LEDGER, EnvironmentVariable.CLAIMLEDGER_DB_USER,
        EnvironmentVariable.CLAIMLEDGER_DB_PASSWORD, EnvironmentVariable.CLAIMLEDGER_STATE, EnvironmentVariable.HOME})
final class LedgerOption {
    static final String ENV = "CLAIMLEDGER_LEDGER";
    static final String STATE_ENV = "CLAIMLEDGER_STATE";
    static final int DEFAULT_WAIT_SECONDS = 30;
    private static final int LONGEST_WAIT_SECONDS = 86_400;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--ledger", paramLabel = "PATH|URL",
            description = "The ledger: an H2 file path (the default format; no ';' in it), or a JDBC URL: jdbc:h2:file:PATH "
                    + "or jdbc:postgresql://HOST/DATABASE, without settings that load code. Default: $" + ENV + ".")
    String ledger;

    @Option(names = "--state", paramLabel = "DIR",
            description = "This machine's state directory: what it saw of each ledger (checked by every command: a "
                    + "ledger that lost entries is refused with exit 16) and the auditor's pinned keys and verified "
                    + "trees. Default: $" + STATE_ENV + ", else ~/.claimledger.")
    String state;

    private int waitSeconds = DEFAULT_WAIT_SECONDS;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "" + DEFAULT_WAIT_SECONDS,
            description = "While another process holds an H2 ledger file (one writer or any number of readers at a "
                    + "time), wait up to SECONDS for it, saying so once on stderr; 0 fails at once with exit 11. "
                    + "Default: ${DEFAULT-VALUE}.")
    void waitSeconds(int seconds) {
        if (seconds < 0 || seconds > LONGEST_WAIT_SECONDS) {
            throw new ParameterException(spec.commandLine(), "--wait must be 0 to " + LONGEST_WAIT_SECONDS
                    + " seconds, got " + seconds);
        }
        waitSeconds = seconds;
    }

    LedgerLocation location(CliContext context) throws LedgerException {
        String value = ledger != null ? ledger : context.env(ENV);
        if (value == null) {
            throw new LedgerException(Failure.NOT_A_LEDGER, "no ledger given: pass --ledger PATH or set " + ENV);
        }
        return LedgerLocation.parse(value, context.workingDirectory());
    }

    /**
     * Opens the ledger to read and append to (an H2 file is written only from the first append on), once it is known
     * to hold everything this machine saw of it; every append is checked again and remembered.
     */
    Ledger open(CliContext context) throws LedgerException {
        return watched(context, Ledger.open(location(context), context.clock(), lockWait(context)));
    }

    /** Opens the ledger only to read it, leaving its file byte for byte as it was; checked against this machine's memory. */
    Ledger openReadOnly(CliContext context) throws LedgerException {
        return watched(context, Ledger.openReadOnly(location(context), context.clock(), lockWait(context)));
    }

    private Ledger watched(CliContext context, Ledger opened) throws LedgerException {
        try {
            memory(context).keepWatch(opened.store());
            return opened;
        } catch (LedgerException | RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /** The store alone, read-only, for the auditor (who checks it against this machine's memory itself). */
    LedgerStore openStoreReadOnly(CliContext context) throws LedgerException {
        return LedgerStore.openReadOnly(location(context), lockWait(context));
    }

    LockWait lockWait(CliContext context) {
        return new LockWait(Duration.ofSeconds(waitSeconds), message -> {
            context.err().println("claimledger: " + message);
            context.err().flush();
        });
    }

    LedgerMemory memory(CliContext context) {
        return new LedgerMemory(stateDirectory(context));
    }

    StateDirectory stateDirectory(CliContext context) {
        return new StateDirectory(statePath(context));
    }

    private Path statePath(CliContext context) {
        return statePath(context, state);
    }

    /** The state directory: the one typed, else $CLAIMLEDGER_STATE, else ~/.claimledger. */
    static Path statePath(CliContext context, String state) {
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
