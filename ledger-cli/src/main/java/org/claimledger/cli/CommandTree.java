package org.claimledger.cli;

import java.util.List;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command tree, built only as far as the arguments need it. Picocli builds a command's model by reflection, and
 * building all of claimledger's (about fifty commands) took half a second of every start. When the first argument
 * names a command, only that command's branch is built; {@code --version} or {@code -V} alone needs none (Main
 * answers it before building any, without picocli at all); anything else (no command, --help, help, completion, a
 * mistyped command) builds the whole tree, so usage, errors and "did you mean" suggestions are those of the whole
 * tree.
 */
final class CommandTree {
    /** Commands that read the tree around them: help explains any command, completion lists them all. */
    private static final Set<Class<?>> NEED_WHOLE_TREE = Set.of(HelpCommand.class, CompletionCommand.class);

    private CommandTree() {
    }

    /** The tree for these arguments: the root, and the one command the first argument names or all of them. */
    static CommandLine forArguments(CommandLine.IFactory factory, String... args) {
        Class<?> named = args.length == 0 ? null : named(args[0]);
        if (named == null || NEED_WHOLE_TREE.contains(named)) {
            return whole(factory);
        }
        CommandLine root = new CommandLine(ClaimLedgerCommand.class, factory);
        root.addSubcommand(new CommandLine(named, factory));
        return root;
    }

    /** Whether the arguments are '--version' or '-V' alone, which no command needs answering. */
    static boolean asksOnlyForVersion(String... args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    /** The root with every command under it, in the order usage lists them. */
    static CommandLine whole(CommandLine.IFactory factory) {
        CommandLine root = new CommandLine(ClaimLedgerCommand.class, factory);
        for (Class<?> command : ClaimLedgerCommand.COMMANDS) {
            root.addSubcommand(new CommandLine(command, factory));
        }
        return root;
    }

    /** The command whose name or alias is exactly this argument (picocli matches no abbreviations here), or null. */
    static Class<?> named(String argument) {
        for (Class<?> command : ClaimLedgerCommand.COMMANDS) {
            Command annotation = command.getAnnotation(Command.class);
            if (annotation.name().equals(argument) || List.of(annotation.aliases()).contains(argument)) {
                return command;
            }
        }
        return null;
    }
}
