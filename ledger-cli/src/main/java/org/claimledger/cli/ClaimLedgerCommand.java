package org.claimledger.cli;

import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top of the command tree; {@link CommandTree} adds its commands, as many as the arguments need. */
@Command(name = "claimledger", mixinStandardHelpOptions = true,
        description = "A tamper-evident, signed ledger of the claims news articles make: figures and attributions, "
                + "each bound to the exact span of its source text.",
        footer = {"", "Results go to stdout; messages and errors to stderr. Every command that reports takes --json, and "
                + "with it an error is one JSON line on stderr: {\"error\": {\"code\": N, \"kind\": \"...\", \"message\": \"...\"}}.",
                "'claimledger help COMMAND' or 'claimledger COMMAND --help' explains a command."})
public final class ClaimLedgerCommand implements Runnable {
    /** The commands, in the order usage lists them. */
    static final List<Class<?>> COMMANDS = List.of(InitCommand.class, KeyCommand.class, SourceCommand.class,
            ClaimCommand.class, SignCommand.class, LogCommand.class, ShowCommand.class, VerifyCommand.class,
            DemoCommand.class, ExtractCommand.class, HistoryCommand.class, ClaimsCommand.class, CheckpointCommand.class,
            ProveCommand.class, VerifyProofCommand.class, ExportCommand.class, ReaffirmCommand.class,
            ReportCommand.class, WitnessCommand.class, HeadCommand.class, CompactCommand.class,
            CompletionCommand.class,
            HelpCommand.class);

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show the cause of a failure in full.")
    boolean verbose;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
