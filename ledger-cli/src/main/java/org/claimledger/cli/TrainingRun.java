package org.claimledger.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

import org.claimledger.store.EngineLimits;

/**
 * The launcher's training run, after which Java archives the classes it loaded (class-data sharing, so the next
 * start need not load them again): in one process, what editors and auditors run, as they type it. First
 * 'claimledger demo' (init, keys, sources, signing, and a verify in process), then 'claimledger verify' of the
 * demo's ledger from the command line, whose own classes the demo does not load. Not a command; the launcher runs it
 * in an empty directory of its own, given as the one argument.
 */
public final class TrainingRun {
    private TrainingRun() {
    }

    public static void main(String[] args) {
        // As Main does first: the demo and verify open H2 ledgers, under the same limits as every real run.
        EngineLimits.apply();
        Path directory = Path.of(args[0]).toAbsolutePath();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        CliContext context = new CliContext(out, err, System.getenv(), Clock.systemUTC(), directory,
                PassphrasePrompt.console());
        int demo = Main.run(context, "demo", "--dir", "demo");
        if (demo != ExitCodes.OK) {
            System.exit(demo);
        }
        // The demo leaves its ledger with one figure changed: verify reports it (exit 1), as it should.
        Main.run(context, "verify", "--ledger", "demo/demo-ledger.mv.db");
        out.flush();
        err.flush();
        System.exit(ExitCodes.OK);
    }
}
