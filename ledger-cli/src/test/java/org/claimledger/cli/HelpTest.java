package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/** Every command explains itself: --help, -h and help COMMAND, its environment and exit codes; -V; suggestions. */
class HelpTest {
    @TempDir
    Path dir;

    Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(dir);
    }

    private static List<CommandLine> commands() {
        return CommandReference.commands(CommandReference.tree());
    }

    /** The words after "claimledger" that name the command: [] for the root, [key, new] for key new. */
    private static String[] path(CommandLine command) {
        String[] words = command.getCommandSpec().qualifiedName().split(" ");
        return Arrays.copyOfRange(words, 1, words.length);
    }

    private static String[] with(String[] words, String... more) {
        List<String> all = new ArrayList<>(Arrays.asList(words));
        all.addAll(Arrays.asList(more));
        return all.toArray(String[]::new);
    }

    @Test
    void everyCommand_answersHelp_withItsEnvironmentAndExitCodes() {
        List<String> failures = new ArrayList<>();
        for (CommandLine command : commands()) {
            String name = command.getCommandSpec().qualifiedName();
            Cli.Result help = cli.run(with(path(command), "--help"));
            Cli.Result helpCommand = cli.run(with(new String[] {"help"}, path(command)));
            if (help.code() != 0 || !help.out().startsWith("Usage: " + name) || !help.err().isEmpty()) {
                failures.add(name + " --help: " + help);
                continue;
            }
            if (!help.equals(helpCommand)) {
                failures.add("help " + String.join(" ", path(command)) + " differs from --help: " + helpCommand);
            }
            if (!help.out().contains("\nExit codes:\n") || !help.out().contains("\n  70 ")) {
                failures.add(name + " --help lists no exit codes");
            }
            for (ArgSpec arg : command.getCommandSpec().args()) {
                String description = String.join(" ", arg.description());
                if (description.isBlank()) {
                    failures.add(name + ": " + arg + " has no description");
                }
                Matcher variable = Pattern.compile("\\$([A-Z_]+)").matcher(description);
                while (variable.find()) {
                    if (!environmentSection(help.out()).contains("\n  " + variable.group(1) + " ")) {
                        failures.add(name + " reads $" + variable.group(1) + " (" + arg + ") but its help's "
                                + "Environment section does not list it");
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static String environmentSection(String help) {
        int start = help.indexOf("\nEnvironment:\n");
        return start < 0 ? "" : help.substring(start, help.indexOf("\nExit codes:\n", start));
    }

    @Test
    void shortHelpOption_isTheSameAsTheLongOne() {
        assertEquals(cli.ok("key", "rotate-ledger", "--help"), cli.ok("key", "rotate-ledger", "-h"));
        assertEquals(cli.ok("--help"), cli.ok("-h"));
    }

    @Test
    void commandsThatOpenALedger_nameItsVariablesInTheirHelp() {
        String help = cli.ok("sign", "--help").out();
        for (String variable : new String[] {"CLAIMLEDGER_LEDGER", "CLAIMLEDGER_DB_USER", "CLAIMLEDGER_DB_PASSWORD",
                "CLAIMLEDGER_KEY", "CLAIMLEDGER_PASSPHRASE"}) {
            assertTrue(environmentSection(help).contains("\n  " + variable + " "), variable + " in\n" + help);
        }
        assertTrue(environmentSection(cli.ok("verify", "--help").out()).contains("CLAIMLEDGER_STATE"));
        assertTrue(environmentSection(cli.ok("key", "enroll", "--help").out()).contains("CLAIMLEDGER_LEDGER_KEY"));
        assertEquals("", environmentSection(cli.ok("extract", "--help").out()), "extract reads no variable");
    }

    @Test
    void helpNamesTheOptionsThatOnlyTheCodeKnewAbout() {
        assertTrue(cli.ok("log", "--help").out().contains("--from=SEQ"));
        String claims = cli.ok("help", "claims").out();
        for (String option : new String[] {"--min=DECIMAL", "--max=DECIMAL", "--signer=KEY", "--source=ID"}) {
            assertTrue(claims.contains(option), option + " in\n" + claims);
        }
        assertTrue(cli.ok("claim", "add", "--help").out().contains("--occurrence=N"));
        assertTrue(cli.ok("claim", "add", "--help").out().contains("--statement="));
        assertTrue(cli.ok("demo", "--help").out().contains("--dir=DIR"));
        assertTrue(cli.ok("source", "--help").out().contains("list"));
    }

    @Test
    void version_isTheProjectVersionFromTheBuild() throws IOException {
        String pom = Files.readString(Path.of("..", "pom.xml"), StandardCharsets.UTF_8);
        Matcher version = Pattern.compile("<artifactId>claimledger-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertTrue(version.find(), "the parent pom has a version");
        assertTrue(cli.ok("--version").out().startsWith("claimledger " + version.group(1) + "\n"));
        assertEquals(cli.ok("-V").out(), cli.ok("verify", "-V").out(), "subcommands give the same version");
    }

    @Test
    void mistypedCommand_suggestsTheNearestOne() {
        Cli.Result result = cli.run("verfy");
        assertEquals(ExitCodes.USAGE, result.code(), result.toString());
        assertEquals("claimledger: 'verfy' is not a command of claimledger; did you mean verify or verify-proof or "
                + "prove? (see 'claimledger --help')", result.err().strip());
        Cli.Result nested = cli.run("key", "rotate-legder");
        assertEquals(ExitCodes.USAGE, nested.code(), nested.toString());
        assertTrue(nested.err().contains("did you mean rotate-ledger"), nested.err());
    }

    @Test
    void mistypedOption_suggestsTheNearestOne() {
        Cli.Result result = cli.run("verify", "--ledgr", "news");
        assertEquals(ExitCodes.USAGE, result.code(), result.toString());
        assertEquals(1, result.err().lines().count(), result.toString());
        assertTrue(result.err().contains("did you mean --ledger?"), result.err());
        assertTrue(result.err().contains("(see 'claimledger verify --help')"), result.err());
    }

    @Test
    void helpForACommandThatDoesNotExist_isAUsageError() {
        Cli.Result result = cli.run("help", "key", "delete");
        assertEquals(ExitCodes.USAGE, result.code(), result.toString());
        assertTrue(result.err().contains("'delete' is not a command of claimledger key"), result.err());
    }

    @Test
    void completion_printsAScriptBashAccepts_withEveryCommand() throws Exception {
        String script = cli.ok("completion").out();
        for (CommandLine command : commands()) {
            String name = command.getCommandSpec().name();
            assertTrue(script.contains(name), name + " completes");
        }
        assertTrue(script.contains("complete -F"), "a bash completion function is registered");
        Path file = dir.resolve("claimledger-completion.bash");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Process bash = new ProcessBuilder("bash", "-n", file.toString()).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, bash.exitValue(), "bash -n accepts the script: " + output);
        assertFalse(script.contains("\u001b["), "no escape codes");
    }
}
