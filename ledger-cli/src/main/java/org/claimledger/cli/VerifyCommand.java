package org.claimledger.cli;

import java.nio.file.Path;

import org.claimledger.bundle.BundleFeed;
import org.claimledger.failure.LedgerException;
import org.claimledger.state.LedgerMemory;
import org.claimledger.store.HostileFileException;
import org.claimledger.store.LedgerLocation;
import org.claimledger.store.LedgerStore;
import org.claimledger.verify.Audit;
import org.claimledger.verify.PinStore;
import org.claimledger.verify.ProgressFeed;
import org.claimledger.verify.StoreFeed;
import org.claimledger.verify.TrustedKeys;
import org.claimledger.verify.VerifyReport;
import org.claimledger.verify.WitnessKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true, description = {
        "Check every entry, link, signature, key and span of the ledger, and report each problem with its entry and field.",
        "Also checks the ledger's signed checkpoints and its stored Merkle tree, and keeps the auditor's state in the "
                + "state directory (--state): the ledger key pinned per origin and per location, and the entries verified. "
                + "Every later run demands the same key and a ledger that only grew (an older snapshot of it passes as "
                + "such). The last line says what the state recorded.",
        "With --witnesses FILE, the latest checkpoint must also carry valid cosignatures from --quorum K of the listed "
                + "witnesses (c2sp.org/tlog-cosignature), or verify reports which witness signed what.",
        "Exit 0 only when nothing is wrong."})
@ReadsEnvironment({EnvironmentVariable.CLAIMLEDGER_STATE, EnvironmentVariable.HOME})
final class VerifyCommand implements PlainArguments.Plain {
    private final CliContext context;

    @Mixin
    LedgerOption ledger;

    @Option(names = "--trust", paramLabel = "FILE",
            description = "Trust only these ledger keys (C2SP vkey lines, as the newsroom publishes them). Without it, "
                    + "the ledger key is pinned on first use in the state directory.")
    String trust;

    @Option(names = "--bundle", paramLabel = "DIR",
            description = "Verify an audit bundle ('claimledger export') instead of a database: no database needed.")
    String bundle;

    @Spec
    CommandSpec spec;

    @Option(names = "--checkpoint", paramLabel = "FILE",
            description = "Also demand that the ledger extends this published checkpoint (signed by the trusted or pinned "
                    + "ledger key): a checkpoint larger than the ledger means a rollback or a cut-off tail.")
    String checkpoint;

    @Mixin
    WitnessOptions witnesses;

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
        LedgerMemory memory = ledger.memory(context);
        PinStore pins = new PinStore(memory.directory());
        TrustedKeys trusted = trust == null ? null : TrustedKeys.read(context.path(trust));
        Path sourceFile = source == null ? null : context.path(source);
        Path checkpointFile = checkpoint == null ? null : context.path(checkpoint);
        WitnessKeys witnessKeys = witnesses.read(context);
        VerifyReport report;
        if (bundle != null) {
            if (!consistent()) {
                throw new ParameterException(spec.commandLine(), "give --ledger or --bundle, not both");
            }
            BundleFeed feed = BundleFeed.open(context.path(bundle));
            report = Audit.run(new ProgressFeed(feed, 10_000, ProgressBar.on(context, "verify", feed.entries())),
                    new Audit.Request(trusted, pins, sourceFile, sourceId, checkpointFile,
                            Audit.Place.bundle(memory, feed.directory()), witnessKeys));
        } else {
            LedgerLocation location = ledger.location(context);
            report = verifyLedger(new Audit.Request(trusted, pins, sourceFile, sourceId, checkpointFile,
                    Audit.Place.database(memory, location), witnessKeys));
        }
        if (json) {
            Json.print(context.out(), ReportText.toJson(report));
            if (report.pinnedOnFirstUse()) {
                context.err().println("claimledger: " + report.state());
            }
        } else {
            ReportText.print(context.out(), report);
        }
        return report.clean() ? ExitCodes.OK : ExitCodes.VERIFY_FAILED;
    }

    /** --ledger and --bundle name two things to verify: a usage error. */
    @Override
    public boolean consistent() {
        return bundle == null || ledger.ledger == null;
    }

    /** A ledger file refused unopened is a finding of verify's, not a failure to run. */
    private VerifyReport verifyLedger(Audit.Request request) throws LedgerException {
        LedgerStore store;
        try {
            store = ledger.openStoreReadOnly(context);
        } catch (HostileFileException refused) {
            return Audit.refusedFile(refused);
        }
        try (store) {
            long total = store.size();
            return Audit.run(new ProgressFeed(new StoreFeed(store), 10_000, ProgressBar.on(context, "verify", total)),
                    request);
        }
    }
}
