package org.claimledger.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.claimledger.failure.LedgerException;
import org.claimledger.input.InputLimits;
import org.claimledger.store.EngineLimits;
import picocli.CommandLine;

/** The claimledger command: parses, runs one subcommand, and turns every outcome into an exit code. */
public final class Main {
    /** What {@link #plainRun} returns when picocli must parse the line: no exit code is negative. */
    private static final int NOT_PLAIN = -1;

    private Main() {
    }

    public static void main(String[] args) {
        EngineLimits.apply();
        if (args.length > 0 && args[0].equals("verify")) {
            VerifyWarmUp.start();
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        if (EngineLimits.runtimeCanCompile() && startedFromJar()) {
            err.println("claimledger: warning: this Java runtime has a compiler (module java.compiler) that code planted "
                    + "in a ledger file could use; run claimledger through its launcher (./claimledger, bin/claimledger), "
                    + "which starts Java without it");
        }
        // The JDK has a console only when stdin and stdout are both terminals.
        CliContext context = new CliContext(out, err, System.getenv(), Clock.systemUTC(), Path.of("").toAbsolutePath(),
                PassphrasePrompt.console(), ProgressBar.stderrIsTerminal(), System.console() != null);
        int code = run(context, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Whether this is the jar run directly ('java -jar claimledger.jar'), which misses the launchers' Java options.
     * Classes on a class path (tests, an IDE) are not warned about: they are not how a user runs ClaimLedger.
     */
    private static boolean startedFromJar() {
        try {
            return Main.class.getProtectionDomain().getCodeSource().getLocation().getPath().endsWith(".jar");
        } catch (RuntimeException unknown) {
            return false;
        }
    }

    /** Runs the command line and returns its exit code; never exits the JVM. */
    public static int run(CliContext context, String... args) {
        if (CommandTree.asksOnlyForVersion(args)) {
            // Answered before picocli loads (its classes are most of a start): the lines picocli would print.
            for (String line : new VersionProvider().getVersion()) {
                context.out().println(line);
            }
            context.out().flush();
            return ExitCodes.OK;
        }
        int code;
        try {
            code = plainRun(context, args);
            if (code == NOT_PLAIN) {
                code = configure(context, CommandTree.forArguments(new CommandFactory(context), args)).execute(args);
            }
        } catch (OutOfMemoryError | StackOverflowError exhausted) {
            // picocli passes Errors through; uncaught, the JVM would print a stack trace and exit 1, which means
            // "verify found a problem". Whatever was running is abandoned; nothing half-done is committed.
            code = exhausted(context, exhausted, Arrays.asList(args).contains("--verbose"),
                    Arrays.asList(args).contains("--json"));
        }
        context.out().flush();
        context.err().flush();
        return code;
    }

    /**
     * Runs a command whose arguments {@link PlainArguments} reads without picocli, as picocli would run it; or returns
     * NOT_PLAIN, having run nothing, for picocli to parse the line.
     */
    private static int plainRun(CliContext context, String... args) {
        PlainArguments.Plain command;
        try {
            command = PlainArguments.parse(new CommandFactory(context), args);
        } catch (Exception declined) {
            // A command or mixin picocli could not build either: picocli says what is wrong with it.
            return NOT_PLAIN;
        }
        if (command == null) {
            return NOT_PLAIN;
        }
        try {
            return command.call();
        } catch (Exception exception) {
            return failed(context.err(), Arrays.asList(args).contains("--json"), Arrays.asList(args).contains("--verbose"),
                    exception);
        }
    }

    private static int exhausted(CliContext context, VirtualMachineError error, boolean verbose, boolean json) {
        ErrorLine.print(context.err(), json, ExitCodes.INTERNAL, ExitCodes.INTERNAL_KIND, "internal error: out of "
                + (error instanceof OutOfMemoryError ? "memory" : "stack") + " (" + error.getMessage() + "); give Java "
                + "more (-Xmx, -Xss) or, if the input is within the limits of " + InputLimits.SPEC + ", please report it"
                + (verbose ? "" : " with --verbose output"));
        if (verbose) {
            error.printStackTrace(context.err());
        }
        return ExitCodes.INTERNAL;
    }

    /** The whole command tree, as help and the command reference show it. */
    static CommandLine commandLine(CliContext context) {
        return configure(context, CommandTree.whole(new CommandFactory(context)));
    }

    private static CommandLine configure(CliContext context, CommandLine commandLine) {
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        UsageHelp.configure(commandLine);
        commandLine.setParameterExceptionHandler((exception, args) -> {
            CommandLine failed = exception.getCommandLine();
            ErrorLine.print(failed.getErr(), List.of(args).contains("--json"), ExitCodes.USAGE, ExitCodes.USAGE_KIND,
                    usageMessage(exception) + " (see '" + failed.getCommandSpec().qualifiedName() + " --help')");
            return ExitCodes.USAGE;
        });
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> failed(failed.getErr(),
                jsonRequested(parseResult), parseResult.originalArgs().contains("--verbose"), exception));
        return commandLine;
    }

    /** What a command's failure prints (one line, and its cause in full with --verbose), and its exit code. */
    private static int failed(PrintWriter err, boolean json, boolean verbose, Exception exception) {
        if (exception instanceof LedgerException ledgerException) {
            int code = ExitCodes.of(ledgerException.failure());
            ErrorLine.print(err, json, code, ExitCodes.kind(ledgerException.failure()), ledgerException.getMessage());
            if (verbose && ledgerException.getCause() != null) {
                ledgerException.getCause().printStackTrace(err);
            }
            return code;
        }
        ErrorLine.print(err, json, ExitCodes.INTERNAL, ExitCodes.INTERNAL_KIND, "internal error: "
                + exception + (verbose ? "" : " (run again with --verbose for details, and please report it)"));
        if (verbose) {
            exception.printStackTrace(err);
        }
        return ExitCodes.INTERNAL;
    }

    /** Picocli's message, said as a person would, with "did you mean" when a command or option was mistyped. */
    private static String usageMessage(CommandLine.ParameterException exception) {
        if (!(exception instanceof CommandLine.UnmatchedArgumentException unmatched)) {
            return exception.getMessage();
        }
        CommandLine failed = exception.getCommandLine();
        List<String> arguments = unmatched.getUnmatched();
        String message = exception.getMessage();
        if (!arguments.isEmpty() && !arguments.get(0).startsWith("-") && !failed.getSubcommands().isEmpty()
                && failed.getParseResult() != null && !failed.getParseResult().hasSubcommand()) {
            message = "'" + arguments.get(0) + "' is not a command of " + failed.getCommandSpec().qualifiedName();
        }
        List<String> suggestions = unmatched.getSuggestions();
        return suggestions.isEmpty() ? message : message + "; did you mean " + String.join(" or ", suggestions) + "?";
    }

    /** True when the command that ran was given --json: its errors are then JSON too. */
    private static boolean jsonRequested(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult command = parseResult;
        while (command.hasSubcommand()) {
            command = command.subcommand();
        }
        return command.hasMatchedOption("--json");
    }
}
