package org.claimledger.cli;

import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.bundle.BundleFeed;
import org.claimledger.failure.LedgerException;
import org.claimledger.ledger.Ledger;
import org.claimledger.report.Report;
import org.claimledger.verify.StoreFeed;
import org.claimledger.verify.TrustedKeys;
import org.claimledger.verify.WitnessKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true, description = {
        "Write the audit report: a static site to open in any browser, offline (DIR/index.html and one page per source).",
        "The index gives the ledger's origin and size, its latest checkpoint and who signed it, verify's verdict, the "
                + "signers' keys and one row per source. Each source's page shows the article text with its signed "
                + "claims marked (figures and attributions distinctly, retracted claims struck through, corrected ones "
                + "flagged) and each claim's card: figures, attribution, statement, signer, time, entry, and its history "
                + "with every changed field. Verify's findings appear where they belong: on the claim's card, on the "
                + "source's page, or on the index.",
        "From a database (opened read-only) or, with --bundle, from an audit bundle with no database. The folder is "
                + "written in full under a temporary name, then renamed into place.",
        "With --witnesses FILE, verify also holds the latest checkpoint to a quorum of the listed witnesses' "
                + "cosignatures, and the index says which witness signed what.",
        "Exit 0 when verify found nothing wrong, 1 when the report shows findings."})
final class ReportCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    LedgerOption ledger;

    @Option(names = "--bundle", paramLabel = "DIR",
            description = "Report on an audit bundle ('claimledger export') instead of a database: no database needed.")
    String bundle;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The report's folder (new or empty).")
    String out;

    @Option(names = "--trust", paramLabel = "FILE",
            description = "Check that the ledger key is one of these (C2SP vkey lines, as the newsroom publishes them). "
                    + "Without it the report says that whose ledger this is was not checked.")
    String trust;

    @Mixin
    WitnessOptions witnesses;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    ReportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        WitnessKeys witnessKeys = witnesses.read(context);
        Report.Trust trusted = new Report.Trust(null, null, witnessKeys);
        if (trust != null) {
            TrustedKeys keys = TrustedKeys.read(context.path(trust));
            trusted = new Report.Trust(keys.keys(), keys.file().toString(), witnessKeys);
        }
        Report.Written written;
        if (bundle != null) {
            if (ledger.ledger != null) {
                throw new ParameterException(spec.commandLine(), "give --ledger or --bundle, not both");
            }
            written = Report.write(BundleFeed.open(context.path(bundle)), trusted, context.path(out),
                    context.clock().instant());
        } else {
            try (Ledger opened = ledger.openReadOnly(context)) {
                written = Report.write(new StoreFeed(opened.store()), trusted, context.path(out), context.clock().instant());
            }
        }
        String address = written.index().toUri().toString();
        if (json) {
            ObjectNode result = Json.object();
            result.put("report", written.directory().toString());
            result.put("open", address);
            result.put("origin", written.origin());
            result.put("entries", written.entries());
            result.put("sources", written.sources());
            result.put("claims", written.claims());
            result.put("findings", written.findings());
            result.put("pages", written.pages());
            result.put("bytes", written.bytes());
            result.put("largestPage", written.largestPage());
            Json.print(context.out(), result);
        } else {
            context.out().println("wrote the report of " + written.origin() + " (" + written.entries() + " entries, "
                    + count(written.sources(), "source", "sources") + ", " + count(written.claims(), "claim", "claims")
                    + "; verify: " + (written.findings() == 0 ? "nothing wrong" : count(written.findings(), "finding",
                            "findings")) + ") to " + written.directory());
            context.out().println("open " + address);
        }
        return written.findings() == 0 ? ExitCodes.OK : ExitCodes.VERIFY_FAILED;
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
