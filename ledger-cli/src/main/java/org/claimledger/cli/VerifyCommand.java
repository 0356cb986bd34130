package org.claimledger.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.claimledger.bundle.BundleFeed;
import org.claimledger.failure.LedgerException;
import org.claimledger.store.LedgerStore;
import org.claimledger.verify.Audit;
import org.claimledger.verify.PinStore;
import org.claimledger.verify.ProgressFeed;
import org.claimledger.verify.StoreFeed;
import org.claimledger.verify.TrustedKeys;
import org.claimledger.verify.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "verify", description = {
        "Check every entry, link, signature, key and span of the ledger, and report each problem with its entry and field.",
        "Also checks the ledger's signed checkpoints and its stored Merkle tree, and keeps the auditor's state (the "
                + "ledger key and the last verified tree, per origin): every later run demands that the ledger only grew.",
        "Exit 0 only when nothing is wrong."})
final class VerifyCommand implements Callable<Integer> {
    static final String STATE_ENV = "CLAIMLEDGER_STATE";

    private final CliContext context;

    @Mixin
    LedgerOption ledger;

    @Option(names = "--trust", paramLabel = "FILE",
            description = "Trust only these ledger keys (C2SP vkey lines, as the newsroom publishes them). Without it, "
                    + "the ledger key is pinned on first use in the state directory.")
    String trust;

    @Option(names = "--state", paramLabel = "DIR",
            description = "The auditor's state directory (pinned keys, last verified tree and checkpoint). Default: $" + STATE_ENV
                    + ", else ~/.claimledger.")
    String state;

    @Option(names = "--bundle", paramLabel = "DIR",
            description = "Verify an audit bundle ('claimledger export') instead of a database: no database needed.")
    String bundle;

    @Spec
    CommandSpec spec;

    @Option(names = "--checkpoint", paramLabel = "FILE",
            description = "Also demand that the ledger extends this published checkpoint (signed by the trusted or pinned "
                    + "ledger key): a checkpoint larger than the ledger means a rollback or a cut-off tail.")
    String checkpoint;

    @Option(names = "--source", paramLabel = "FILE", description = "Also check that this copy of a source still says what the signed claims quote.")
    String source;

    @Option(names = "--source-id", paramLabel = "ID", description = "The registered source that --source FILE is a copy of (default: found by its quotes).")
    String sourceId;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    VerifyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        Audit.Request request = new Audit.Request(trust == null ? null : TrustedKeys.read(context.path(trust)),
                new PinStore(stateDirectory(context, state)), source == null ? null : context.path(source), sourceId,
                checkpoint == null ? null : context.path(checkpoint));
        VerifyReport report;
        if (bundle != null) {
            if (ledger.ledger != null) {
                throw new ParameterException(spec.commandLine(), "give --ledger or --bundle, not both");
            }
            BundleFeed feed = BundleFeed.open(context.path(bundle));
            report = Audit.run(new ProgressFeed(feed, 10_000, ProgressBar.on(context, "verify", feed.entries())), request);
        } else {
            try (LedgerStore store = ledger.openStoreReadOnly(context)) {
                long total = store.size();
                report = Audit.run(new ProgressFeed(new StoreFeed(store), 10_000,
                        ProgressBar.on(context, "verify", total)), request);
            }
        }
        if (json) {
            Json.print(context.out(), ReportText.toJson(report));
        } else {
            ReportText.print(context.out(), report);
        }
        return report.clean() ? ExitCodes.OK : ExitCodes.VERIFY_FAILED;
    }

    static Path stateDirectory(CliContext context, String option) {
        if (option != null) {
            return context.path(option);
        }
        String fromEnv = context.env(STATE_ENV);
        if (fromEnv != null) {
            return context.path(fromEnv);
        }
        String home = context.env("HOME");
        return Path.of(home == null ? System.getProperty("user.home") : home, ".claimledger");
    }
}
