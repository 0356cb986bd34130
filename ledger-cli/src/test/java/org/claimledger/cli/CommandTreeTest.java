package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The tree built for the arguments: only what they name, and what it prints is what the whole tree prints. */
class CommandTreeTest {
    @TempDir
    Path dir;

    private CommandLine.IFactory factory() {
        return new CommandFactory(context(new StringWriter(), new StringWriter()));
    }

    private CliContext context(StringWriter out, StringWriter err) {
        return new CliContext(new PrintWriter(out), new PrintWriter(err), Map.of("HOME", dir.toString()),
                Clock.systemUTC(), dir, prompt -> null);
    }

    @Test
    void versionAlone_isAnsweredWithoutATree() {
        assertTrue(CommandTree.asksOnlyForVersion("--version") && CommandTree.asksOnlyForVersion("-V"));
        assertFalse(CommandTree.asksOnlyForVersion("--version", "verify") || CommandTree.asksOnlyForVersion("verify"));
    }

    @Test
    void aNamedCommand_buildsOnlyItsBranch() {
        assertEquals(Set.of("verify"), CommandTree.forArguments(factory(), "verify", "--trust", "x.vkey")
                .getSubcommands().keySet());
        CommandLine key = CommandTree.forArguments(factory(), "key", "new", "--name", "a.b").getSubcommands().get("key");
        assertTrue(key.getSubcommands().containsKey("new"), key.getSubcommands().keySet().toString());
    }

    @Test
    void noCommand_help_completion_orAMistypedCommand_buildTheWholeTree() {
        int all = ClaimLedgerCommand.COMMANDS.size();
        for (String[] args : List.of(new String[] {}, new String[] {"--help"}, new String[] {"help", "verify"},
                new String[] {"completion"}, new String[] {"verfy"}, new String[] {"--verbose", "verify"},
                new String[] {"--version", "verify"})) {
            assertEquals(all, CommandTree.forArguments(factory(), args).getSubcommands().size(), Arrays.toString(args));
        }
    }

    /** Every command's help, and mistakes at every level, read the same as they do through the whole tree. */
    @Test
    void whatThePartialTreePrints_isWhatTheWholeTreePrints() {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"--version"});
        lines.add(new String[] {"-V"});
        lines.add(new String[] {"verfy"});
        lines.add(new String[] {"key", "nw"});
        lines.add(new String[] {"verify", "--ledger"});
        lines.add(new String[] {"verify", "--verbose", "--bundle", "a", "--ledger", "b"});
        for (CommandLine command : CommandReference.commands(CommandReference.tree())) {
            String[] words = command.getCommandSpec().qualifiedName().split(" ");
            String[] path = Arrays.copyOfRange(words, 1, words.length);
            lines.add(with(path, "--help"));
        }
        lines.add(new String[] {"--no-such-option"});
        lines.add(new String[] {"verify", "--no-such-option"});
        lines.add(new String[] {"key", "new", "--no-such-option"});
        // One whole tree for every line (picocli resets a command's options before each parse): building it is slow.
        StringWriter wholeOut = new StringWriter();
        StringWriter wholeErr = new StringWriter();
        CommandLine wholeTree = Main.commandLine(context(wholeOut, wholeErr));
        List<String> differences = new ArrayList<>();
        for (String[] args : lines) {
            String partial = printed(args);
            wholeOut.getBuffer().setLength(0);
            wholeErr.getBuffer().setLength(0);
            String whole = "exit " + wholeTree.execute(args) + "\n" + wholeOut + wholeErr;
            if (!partial.equals(whole)) {
                differences.add(String.join(" ", args) + ":\n" + partial + "\n  but the whole tree:\n" + whole);
            }
        }
        assertEquals(List.of(), differences);
        assertTrue(printed(new String[] {"verify", "--no-such-option"})
                .contains("Unknown option: '--no-such-option' (see 'claimledger verify --help')"));
    }

    /** What the command line prints as Main runs it, with the tree built for these arguments. */
    private String printed(String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(context(out, err), args);
        return "exit " + code + "\n" + out + err;
    }

    private static String[] with(String[] words, String... more) {
        List<String> all = new ArrayList<>(Arrays.asList(words));
        all.addAll(Arrays.asList(more));
        return all.toArray(String[]::new);
    }
}
