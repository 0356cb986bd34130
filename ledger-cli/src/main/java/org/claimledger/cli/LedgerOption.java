package org.claimledger.cli;

import java.time.Duration;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.ledger.Ledger;
import org.claimledger.store.LedgerLocation;
import org.claimledger.store.LedgerStore;
import org.claimledger.store.LockWait;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** --ledger PATH or JDBC URL, defaulting to CLAIMLEDGER_LEDGER, and --wait SECONDS for a ledger another process holds. */
final class LedgerOption {
    static final String ENV = "CLAIMLEDGER_LEDGER";
    static final int DEFAULT_WAIT_SECONDS = 30;
    private static final int LONGEST_WAIT_SECONDS = 86_400;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--ledger", paramLabel = "PATH|URL",
            description = "The ledger: an H2 file path (default format) or a JDBC URL. Default: $" + ENV + ".")
    String ledger;

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
        return value.startsWith("jdbc:") ? LedgerLocation.of(value) : LedgerLocation.of(value, context.path(value));
    }

    /** Opens the ledger to read and append to (an H2 file is written only from the first append on). */
    Ledger open(CliContext context) throws LedgerException {
        return Ledger.open(location(context), context.clock(), lockWait(context));
    }

    /** Opens the ledger only to read it, leaving its file byte for byte as it was. */
    Ledger openReadOnly(CliContext context) throws LedgerException {
        return Ledger.openReadOnly(location(context), context.clock(), lockWait(context));
    }

    /** The store alone, read-only, for the auditor. */
    LedgerStore openStoreReadOnly(CliContext context) throws LedgerException {
        return LedgerStore.openReadOnly(location(context), lockWait(context));
    }

    private LockWait lockWait(CliContext context) {
        return new LockWait(Duration.ofSeconds(waitSeconds), message -> {
            context.err().println("claimledger: " + message);
            context.err().flush();
        });
    }
}
