package org.claimledger.cli;

import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print a bash and zsh completion script for claimledger's commands and options.",
                "bash: source <(claimledger completion), or save it as ~/.local/share/bash-completion/completions/claimledger.",
                "zsh: autoload -U +X compinit && compinit; autoload -U +X bashcompinit && bashcompinit; "
                        + "source <(claimledger completion)."})
final class CompletionCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    CompletionCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.out().print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
        return ExitCodes.OK;
    }
}
