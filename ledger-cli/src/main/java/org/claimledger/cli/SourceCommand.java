package org.claimledger.cli;

import picocli.CommandLine.Command;

@Command(name = "source", mixinStandardHelpOptions = true, description = "Register and list source texts.",
        subcommands = {SourceAddCommand.class, SourceListCommand.class})
final class SourceCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "source needs a subcommand: add, list");
    }
}
