package org.claimledger.cli;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.verify.WitnessKeys;
import picocli.CommandLine.Option;

/** The witnesses an auditor demands cosignatures from: --witnesses FILE and --quorum K. */
final class WitnessOptions {
    @Option(names = "--witnesses", paramLabel = "FILE",
            description = "Demand cosignatures from these witnesses (one witness vkey per line, as each publishes it) on "
                    + "the checkpoint: at least --quorum of them, each valid on exactly that checkpoint.")
    String witnesses;

    @Option(names = "--quorum", paramLabel = "K",
            description = "How many of the --witnesses must have cosigned (1 to the number listed; default: all).")
    Integer quorum;

    /** The witnesses and quorum, or null when none are demanded; a quorum without a list is a usage error. */
    WitnessKeys read(CliContext context) throws LedgerException {
        if (witnesses == null) {
            if (quorum != null) {
                throw new LedgerException(Failure.INVALID_REQUEST, "--quorum needs --witnesses FILE: the list of witnesses the quorum is counted from");
            }
            return null;
        }
        return WitnessKeys.read(context.path(witnesses), quorum);
    }
}
