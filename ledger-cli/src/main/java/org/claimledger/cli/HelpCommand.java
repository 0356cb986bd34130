package org.claimledger.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** claimledger help [COMMAND...]: the same text as COMMAND --help, for nested commands too (help key new). */
@Command(name = "help", helpCommand = true, mixinStandardHelpOptions = true,
        description = "Explain a command: its options, the environment variables it reads and its exit codes.")
final class HelpCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "COMMAND", arity = "0..*",
            description = "The command to explain, with its subcommand if it has one: verify, key new. Default: claimledger itself.")
    List<String> commands = new ArrayList<>();

    HelpCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        CommandLine target = spec.parent().commandLine();
        for (String name : commands) {
            CommandLine next = target.getSubcommands().get(name);
            if (next == null) {
                throw new ParameterException(spec.commandLine(), "'" + name + "' is not a command of "
                        + target.getCommandSpec().qualifiedName());
            }
            target = next;
        }
        target.usage(context.out());
        return ExitCodes.OK;
    }
}
