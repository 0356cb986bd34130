package org.claimledger.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.claims.ClaimsFile;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.NamedKey;
import org.claimledger.ledger.Ledger;
import org.claimledger.ledger.SourceMetadata;
import org.claimledger.model.Language;
import org.claimledger.note.VerifierKey;
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
        NamedKey ledgerKey = new NamedKey(EndToEnd.ORIGIN, Ed25519PrivateKey.generate(new SecureRandom()));
        NamedKey editor = new NamedKey("bench.editor", Ed25519PrivateKey.generate(new SecureRandom()));
        LedgerLocation location = LedgerLocation.of(directory.resolve("seed").toString());
        long entries;
        try (Ledger ledger = Ledger.create(location, EndToEnd.ORIGIN, ledgerKey, Clock.systemUTC())) {
            ledger.enroll(ledgerKey, editor.name(), editor.publicKey());
            ledger.addSource(editor, Seed.article(), new SourceMetadata("seed", null, null, null, Language.IT));
            ledger.signClaims(editor, ClaimsFile.read(Seed.claimsFile(Seed.claims()), "seed-claims.json"), null);
            entries = ledger.store().size();
        }
        Path trust = directory.resolve("seed.vkey");
        Files.writeString(trust, VerifierKey.of(EndToEnd.ORIGIN, ledgerKey.publicKey()).format() + "\n",
                StandardCharsets.UTF_8);
        Map<String, String> environment = Map.of("HOME", directory.toString(), "CLAIMLEDGER_STATE",
                directory.resolve("state").toString());
        double version = median(settings.startupRuns(), () -> child.run(directory, environment, List.of(), "--version"));
        double verify = median(settings.startupRuns(), () -> child.run(directory, environment, List.of(), "verify",
                "--ledger", location.display(), "--trust", trust.toString()));
        ObjectNode startup = new ObjectMapper().createObjectNode();
        startup.put("version_seconds", EndToEnd.ratio(version));
        startup.put("verify_entries", entries);
        startup.put("verify_seconds", EndToEnd.ratio(verify));
        report.line(String.format("claimledger --version: %.3f s (target 0.3 s)", version));
        report.line(String.format("claimledger verify of %d entries: %.3f s (target 0.6 s)", entries, verify));
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
