package org.claimledger.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

import org.claimledger.failure.LedgerException;
import org.claimledger.input.InputLimits;
import org.claimledger.store.EngineLimits;
import picocli.CommandLine;

/** The claimledger command: parses, runs one subcommand, and turns every outcome into an exit code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        EngineLimits.apply();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        if (EngineLimits.runtimeCanCompile() && startedFromJar()) {
            err.println("claimledger: warning: this Java runtime has a compiler (module java.compiler) that code planted "
                    + "in a ledger file could use; run claimledger through its launcher (./claimledger, bin/claimledger), "
                    + "which starts Java without it");
        }
        CliContext context = new CliContext(out, err, System.getenv(), Clock.systemUTC(), Path.of("").toAbsolutePath(),
                PassphrasePrompt.console());
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
        CommandLine commandLine = commandLine(context);
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError | StackOverflowError exhausted) {
            // picocli passes Errors through; uncaught, the JVM would print a stack trace and exit 1, which means
            // "verify found a problem". Whatever was running is abandoned; nothing half-done is committed.
            code = exhausted(context, exhausted, Arrays.asList(args).contains("--verbose"));
        }
        context.out().flush();
        context.err().flush();
        return code;
    }

    private static int exhausted(CliContext context, VirtualMachineError error, boolean verbose) {
        context.err().println("claimledger: internal error: out of " + (error instanceof OutOfMemoryError ? "memory" : "stack")
                + " (" + error.getMessage() + "); give Java more (-Xmx, -Xss) or, if the input is within the limits of "
                + InputLimits.SPEC + ", please report it" + (verbose ? "" : " with --verbose output"));
        if (verbose) {
            error.printStackTrace(context.err());
        }
        return ExitCodes.INTERNAL;
    }

    static CommandLine commandLine(CliContext context) {
        CommandLine commandLine = new CommandLine(ClaimLedgerCommand.class, new CommandFactory(context));
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCodes.help());
        commandLine.setParameterExceptionHandler((exception, args) -> {
            CommandLine failed = exception.getCommandLine();
            failed.getErr().println("claimledger: " + exception.getMessage() + " (see '"
                    + failed.getCommandSpec().qualifiedName() + " --help')");
            return ExitCodes.USAGE;
        });
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            boolean verbose = parseResult.originalArgs().contains("--verbose");
            if (exception instanceof LedgerException ledgerException) {
                failed.getErr().println("claimledger: " + ledgerException.getMessage());
                if (verbose && ledgerException.getCause() != null) {
                    ledgerException.getCause().printStackTrace(failed.getErr());
                }
                return ExitCodes.of(ledgerException.failure());
            }
            failed.getErr().println("claimledger: internal error: " + exception
                    + (verbose ? "" : " (run again with --verbose for details, and please report it)"));
            if (verbose) {
                exception.printStackTrace(failed.getErr());
            }
            return ExitCodes.INTERNAL;
        });
        return commandLine;
    }
}
