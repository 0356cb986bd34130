package org.claimledger.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;

/** docs/cli.md: every command's --help text, generated from the picocli model so that it cannot drift from the code. */
final class CommandReference {
    static final String REGENERATE = "mvn -B -q -pl ledger-cli -am test -Dtest=CommandReferenceTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dclaimledger.regenerateDocs=true";

    private CommandReference() {
    }

    /** The command tree as Main builds it, with a context that prints nowhere. */
    static CommandLine tree() {
        CliContext silent = new CliContext(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                Map.of(), Clock.systemUTC(), Path.of("."), prompt -> null);
        return Main.commandLine(silent);
    }

    /** Every command of the tree, depth first, the root first. */
    static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>();
        collect(root, all);
        return all;
    }

    private static void collect(CommandLine command, List<CommandLine> into) {
        into.add(command);
        command.getSubcommands().values().forEach(sub -> collect(sub, into));
    }

    static String markdown(CommandLine root) {
        StringBuilder text = new StringBuilder();
        text.append("# claimledger command reference\n\n");
        text.append("Generated from the commands' own help (`claimledger help COMMAND` prints the same text); do not edit\n");
        text.append("it by hand. After adding or changing a command or option, regenerate it from the repository's root:\n\n");
        text.append("    ").append(REGENERATE).append("\n\n");
        for (CommandLine command : commands(root)) {
            String name = command.getCommandSpec().qualifiedName();
            text.append("- [").append(name).append("](#").append(name.replace(' ', '-')).append(")\n");
        }
        for (CommandLine command : commands(root)) {
            text.append("\n## ").append(command.getCommandSpec().qualifiedName()).append("\n\n```text\n");
            text.append(command.getUsageMessage(CommandLine.Help.Ansi.OFF).replace("\r\n", "\n").stripTrailing());
            text.append("\n```\n");
        }
        return text.toString();
    }
}
