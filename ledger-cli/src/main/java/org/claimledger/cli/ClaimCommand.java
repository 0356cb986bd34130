package org.claimledger.cli;

import picocli.CommandLine.Command;

@Command(name = "claim", mixinStandardHelpOptions = true, description = "Add, correct and retract claims one at a time from the command line.",
        subcommands = {ClaimAddCommand.class, ClaimCorrectCommand.class, ClaimRetractCommand.class})
final class ClaimCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "claim needs a subcommand: add, correct, retract");
    }
}
