package org.claimledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.claims.ClaimsFile;
import org.claimledger.store.LedgerLocation;

/**
 * Start-up as an editor or auditor meets it: `claimledger --version`, and `verify` of the seed ledger (genesis,
 * enrolment, source, the 17 seed claims: 20 entries), each a new process started as a user starts it (the Child
 * the harness gives: the checkout's ./claimledger); the median of several runs (targets: 0.3 s and 0.6 s).
 */
final class Startup {
    private Startup() {
    }

    static ObjectNode measure(Harness.Settings settings, Child child, Path directory, Report report) throws Exception {
        report.heading("start-up (new process each time, through ./claimledger, median of " + settings.startupRuns()
                + ")");
        Files.createDirectories(directory);
        BenchLedger seed = BenchLedger.create(directory.resolve("seed"), Seed.article(), "seed",
                (ledger, editor, sourceId) -> ledger.signClaims(editor,
                        ClaimsFile.read(Seed.claimsFile(Seed.claims()), "seed-claims.json"), null));
        LedgerLocation location = seed.location();
        long entries = seed.entries();
        Path trust = seed.writeTrust(directory.resolve("seed.vkey"));
        Map<String, String> environment = BenchLedger.environment(directory);
        double version = median(settings.startupRuns(), () -> child.run(directory, environment, List.of(), "--version"));
        double verify = median(settings.startupRuns(), () -> child.run(directory, environment, List.of(), "verify",
                "--ledger", location.display(), "--trust", trust.toString()));
        ObjectNode startup = new ObjectMapper().createObjectNode();
        startup.put("version_seconds", EndToEnd.ratio(version));
        startup.put("verify_entries", entries);
        startup.put("verify_seconds", EndToEnd.ratio(verify));
        String load = Harness.loadAverage();
        startup.put("load_average", load);
        report.line(String.format("claimledger --version: %.3f s (target 0.3 s)", version));
        report.line(String.format("claimledger verify of %d entries: %.3f s (target 0.6 s); load average %s", entries,
                verify, load));
        return startup;
    }

    @FunctionalInterface
    private interface Run {
        Child.Result run() throws Exception;
    }

    private static double median(int runs, Run run) throws Exception {
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Child.Result result = run.run();
            if (result.exitCode() != 0) {
                throw new IllegalStateException("a start-up run exited " + result.exitCode() + ": " + result.err().strip());
            }
            seconds.add(result.seconds());
        }
        Collections.sort(seconds);
        return seconds.get(seconds.size() / 2);
    }
}
