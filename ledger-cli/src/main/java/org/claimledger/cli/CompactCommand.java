package org.claimledger.cli;

import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.failure.LedgerException;
import org.claimledger.note.StrictBase64;
import org.claimledger.state.LedgerMemory;
import org.claimledger.store.LedgerCompaction;
import org.claimledger.store.LedgerLocation;
import org.claimledger.verify.Audit;
import org.claimledger.verify.Finding;
import org.claimledger.verify.ProgressFeed;
import org.claimledger.verify.StoreFeed;
import org.claimledger.verify.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "compact", mixinStandardHelpOptions = true, description = {
        "Shrink an H2 ledger file to what it holds: appends leave old page versions behind, and the file grows to about "
                + "twice its content. Needs the ledger to itself (exit 11 while another process has it open) and keeps "
                + "everyone else out until it is done.",
        "The ledger file is never compacted in place: compact snapshots it, verifies the snapshot as verify does, "
                + "compacts a copy beside it, proves the copy holds every row of every ledger table and the same tree "
                + "root, then renames the copy over the file in one step. On any failure, or if the process is killed, "
                + "the ledger file is the old one or the new one, never a mix, and holds the same entries either way.",
        "A ledger that does not verify cleanly is refused (exit 1): its rows would be copied as they are, so verify "
                + "still finds the same problems afterwards, but the old page versions the file holds, which may show "
                + "what an edited row held before, would be gone. Keep a copy of the file as evidence first, then "
                + "compact with --force if you must.",
        "A PostgreSQL ledger is refused (exit 2): its operator reclaims space with VACUUM."})
@ReadsEnvironment({EnvironmentVariable.CLAIMLEDGER_STATE, EnvironmentVariable.HOME})
final class CompactCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    LedgerOption ledger;

    @Option(names = "--force", description = "Compact a ledger even though it does not verify cleanly (the old page "
            + "versions in its file, possible evidence of what was edited, are lost; the findings stay).")
    boolean force;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    CompactCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        long started = System.nanoTime();
        LedgerLocation location = ledger.location(context);
        LedgerMemory memory = ledger.memory(context);
        try (LedgerCompaction compaction = LedgerCompaction.begin(location, ledger.lockWait(context))) {
            memory.requireHeld(compaction.snapshot(), location);
            long total = compaction.snapshot().size();
            VerifyReport report = Audit.run(new ProgressFeed(new StoreFeed(compaction.snapshot()), 10_000,
                    ProgressBar.on(context, "verify", total)), new Audit.Request(null, null, null, null, null,
                    Audit.Place.database(memory, location)));
            if (!report.clean()) {
                int count = report.findings().size();
                String problems = count + (count == 1 ? " problem" : " problems") + " (first: " + first(report) + ")";
                if (!force) {
                    ErrorLine.print(context.err(), json, ExitCodes.VERIFY_FAILED, "unclean", "ledger "
                            + location.display() + " does not verify cleanly: " + problems + ". Compacting would "
                            + "discard the old page versions its file holds, which may show what was there before; "
                            + "nothing was changed. See every problem with 'claimledger verify', keep a copy of the "
                            + "file as evidence, then compact with --force if you must");
                    return ExitCodes.VERIFY_FAILED;
                }
                context.err().println("claimledger: warning: ledger " + location.display() + " does not verify cleanly: "
                        + problems + "; compacting anyway (--force): the rows are copied as they are, so verify finds "
                        + "the same problems afterwards");
            }
            LedgerCompaction.Result result = compaction.compact(step -> {
                if (context.stderrIsTerminal()) {
                    context.err().println("claimledger: " + step.description());
                }
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            print(location, result, report.clean(), seconds);
        }
        return ExitCodes.OK;
    }

    private void print(LedgerLocation location, LedgerCompaction.Result result, boolean clean, double seconds) {
        String root = StrictBase64.encode(result.root());
        if (json) {
            ObjectNode out = Json.object();
            out.put("ledger", location.h2File().toString());
            out.put("bytesBefore", result.bytesBefore());
            out.put("bytesAfter", result.bytesAfter());
            out.put("entries", result.entries());
            out.put("rows", result.rows());
            out.put("root", root);
            out.put("clean", clean);
            out.put("seconds", Math.round(seconds * 1000) / 1000.0);
            out.put("compactSeconds", Math.round(result.took().toMillis()) / 1000.0);
            Json.print(context.out(), out);
            return;
        }
        context.out().println("compacted " + location.h2File() + ": " + String.format(Locale.ROOT, "%,d", result.bytesBefore())
                + " -> " + String.format(Locale.ROOT, "%,d", result.bytesAfter()) + " bytes ("
                + percent(result.bytesAfter(), result.bytesBefore()) + " of before)");
        context.out().println((clean ? "the ledger verified clean first; " : "the ledger did not verify cleanly; ")
                + "the compacted file holds the same " + result.rows() + " rows (" + result.entries()
                + " entries, tree root " + root + ")");
        context.out().println(String.format(Locale.ROOT, "took %.1f s (%.1f s of it compacting, comparing and replacing)",
                seconds, result.took().toMillis() / 1000.0));
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "100%" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }

    private static String first(VerifyReport report) {
        Finding finding = report.findings().get(0);
        return (finding.seq() == null ? "" : "entry " + finding.seq() + ", ") + (finding.field() == null ? ""
                : finding.field() + ": ") + finding.message();
    }
}
