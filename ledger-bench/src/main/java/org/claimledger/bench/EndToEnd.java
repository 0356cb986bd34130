package org.claimledger.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.claims.ClaimsFile;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.NamedKey;
import org.claimledger.ledger.Checkpoints;
import org.claimledger.ledger.Ledger;
import org.claimledger.ledger.Proofs;
import org.claimledger.ledger.SourceMetadata;
import org.claimledger.model.Language;
import org.claimledger.model.SourceText;
import org.claimledger.note.VerifierKey;
import org.claimledger.store.LedgerLocation;

/**
 * One end-to-end run at a ledger size: sign the claims into a new H2 ledger (the editors' bulk path, a claims file
 * per transaction), verify it with the command line in its own process under a small heap, compact it the same
 * way, sign a checkpoint and serve proofs; each rate beside the raw Ed25519 rates measured just before and after it.
 */
final class EndToEnd {
    static final String ORIGIN = "bench.example/claims";
    private static final int PROOFS = 1000;
    /** Claims signed between the first checkpoint and the second. */
    private static final int MORE = 1000;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The file size per claim issue 10 measured at 100,000 claims; its target is half of it. */
    private static final int ISSUE_BYTES_PER_CLAIM = 6_200;

    private final Harness.Settings settings;
    private final Child child;
    private final RawRates raw;
    private final Report report;

    EndToEnd(Harness.Settings settings, Child child, RawRates raw, Report report) {
        this.settings = settings;
        this.child = child;
        this.raw = raw;
        this.report = report;
    }

    ObjectNode run(long claims, Path directory) throws Exception {
        ObjectNode run = MAPPER.createObjectNode();
        run.put("claims", claims);
        report.heading("end to end, " + String.format("%,d", claims) + " claims");
        NamedKey ledgerKey = new NamedKey(ORIGIN, Ed25519PrivateKey.generate(new SecureRandom()));
        NamedKey editor = new NamedKey("bench.editor", Ed25519PrivateKey.generate(new SecureRandom()));
        LedgerLocation location = LedgerLocation.of(directory.resolve("ledger").toString());
        SourceText article = Seed.article();
        Path claimsPath = directory.resolve("bench-claims.json");
        Seed.writeClaimsFile(claimsPath, claims);

        double signBefore = raw.sign();
        long entries;
        double seconds;
        double[] phases;
        double appendCpu;
        try (Ledger ledger = Ledger.create(location, ORIGIN, ledgerKey, Clock.systemUTC())) {
            ledger.enroll(ledgerKey, editor.name(), editor.publicKey());
            ledger.addSource(editor, article, new SourceMetadata("bench", null, null, null, Language.IT));
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            // When the check told its last claim, and when the last entry was signed: the rest is the commit.
            long[] phaseEnds = new long[2];
            // The seed's claims over and over: duplicates by design, so the check for them is left out.
            ledger.sign(editor, ClaimsFile.open(claimsPath, "bench-claims.json"), null, true, done -> {
                if (done == claims) {
                    phaseEnds[0] = System.nanoTime();
                } else if (done == 2 * claims) {
                    phaseEnds[1] = System.nanoTime();
                }
                if (done % 10_000 == 0) {
                    report.progress("sign: " + done + " of " + 2 * claims + " steps (check, then append)");
                }
            });
            long end = System.nanoTime();
            appendCpu = cpuStart < 0 ? -1 : (processCpuNanos() - cpuStart) / 1e9;
            seconds = (end - start) / 1e9;
            phases = new double[] {(phaseEnds[0] - start) / 1e9, (phaseEnds[1] - phaseEnds[0]) / 1e9,
                    (end - phaseEnds[1]) / 1e9};
            entries = ledger.store().size();
        }
        double signAfter = raw.sign();
        double rawSignCpu = raw.signCpuPer1000();
        double rawSign = (signBefore + signAfter) / 2;
        double appendRate = claims / seconds;
        run.put("append_entries_per_s", round(appendRate));
        run.put("append_seconds", round(seconds));
        run.put("raw_sign_per_s_1_thread", round(rawSign));
        run.put("append_over_raw_sign", ratio(appendRate / rawSign));
        putCpu(run, "append", appendCpu, claims, "raw_sign", rawSignCpu);
        ObjectNode phaseSeconds = run.putObject("append_phase_seconds");
        phaseSeconds.put("check", round(phases[0]));
        phaseSeconds.put("sign", round(phases[1]));
        phaseSeconds.put("commit", round(phases[2]));
        report.line(String.format("append: %,d claims from one streamed claims file in one transaction (checked, then "
                + "signed): %.1f s (check %.1f, sign %.1f, commit %.1f), %,.0f entries/s; raw sign (1 thread) "
                + "%,.0f/s before, %,.0f/s after: append / raw sign = %.2f (target >= 0.60)", claims, seconds,
                phases[0], phases[1], phases[2], appendRate, signBefore, signAfter, appendRate / rawSign));
        report.line(cpuLine("append", "the harness's own process", appendCpu, claims, "claims", "raw sign",
                rawSignCpu));

        Path file = directory.resolve("ledger.mv.db");
        long bytes = Files.size(file);
        run.put("file_bytes", bytes);
        run.put("bytes_per_claim", round((double) bytes / claims));
        report.line(String.format("ledger file: %,d bytes, %,.0f bytes per claim (%d entries)", bytes,
                (double) bytes / claims, entries));

        verify(run, directory, location, ledgerKey, entries);
        if (claims <= settings.compactMax()) {
            compact(run, directory, location, claims);
        } else {
            report.line(String.format("compact: not measured for %,d claims (--compact-max %,d)", claims,
                    settings.compactMax()));
        }
        checkpointAndProofs(run, location, ledgerKey, editor);
        return run;
    }

    private void verify(ObjectNode run, Path directory, LedgerLocation location, NamedKey ledgerKey, long entries)
            throws Exception {
        Path trust = directory.resolve("newsroom.vkey");
        Files.writeString(trust, VerifierKey.of(ORIGIN, ledgerKey.publicKey()).format() + "\n", StandardCharsets.UTF_8);
        int cores = Runtime.getRuntime().availableProcessors();
        double allBefore = raw.verify(cores);
        double oneBefore = raw.verify(1);
        Child.Result result = child.run(directory, Map.of("HOME", directory.toString(),
                "CLAIMLEDGER_STATE", directory.resolve("state").toString()), List.of("-Xmx" + settings.verifyHeap()),
                "verify", "--ledger", location.display(), "--trust", trust.toString(), "--json");
        double allAfter = raw.verify(cores);
        double oneAfter = raw.verify(1);
        double rawVerifyCpu = raw.verifyCpuPer1000();
        if (result.exitCode() != 0) {
            throw new IllegalStateException("verify of the benchmark ledger exited " + result.exitCode() + ": "
                    + result.err().strip() + " " + result.out().substring(0, Math.min(4000, result.out().length())));
        }
        JsonNode verified = MAPPER.readTree(result.out());
        if (verified.path("entries").asLong() != entries || !verified.path("ok").asBoolean()) {
            throw new IllegalStateException("verify did not check all " + entries + " entries cleanly: " + result.out());
        }
        double rate = entries / result.seconds();
        double rawAll = (allBefore + allAfter) / 2;
        double rawOne = (oneBefore + oneAfter) / 2;
        run.put("verify_seconds", round(result.seconds()));
        run.put("verify_entries_per_s", round(rate));
        run.put("raw_verify_per_s_all_cores", round(rawAll));
        run.put("raw_verify_per_s_1_thread", round(rawOne));
        run.put("verify_over_raw_verify_all_cores", ratio(rate / rawAll));
        run.put("verify_over_raw_verify_1_thread", ratio(rate / rawOne));
        run.put("verify_heap_limit", settings.verifyHeap());
        run.put("verify_peak_resident_mb", result.peakResidentBytes() >> 20);
        putCpu(run, "verify", result.cpuSeconds(), entries, "raw_verify", rawVerifyCpu);
        report.line(String.format("verify (command line, own process, -Xmx%s): %,d entries in %.1f s, %,.0f entries/s, "
                + "peak resident %d MB; raw verify %,.0f/s on %d cores, %,.0f/s on 1: verify / raw = %.2f on all cores "
                + "(target >= 0.85), %.2f of one core", settings.verifyHeap(), entries, result.seconds(), rate,
                result.peakResidentBytes() >> 20, rawAll, cores, rawOne, rate / rawAll, rate / rawOne));
        report.line(cpuLine("verify", "its process", result.cpuSeconds(), entries, "entries", "raw verify",
                rawVerifyCpu));
    }

    /**
     * CPU seconds of a run, per 1,000 entries, beside one thread's CPU seconds for 1,000 raw Ed25519 operations:
     * their ratio is the share of the run's CPU that the signatures alone would need (1.0: nothing but them). Less
     * disturbed by a busy machine than rates, which count time spent waiting for a core; a negative CPU time
     * (the system does not tell it) is left out.
     */
    static void putCpu(ObjectNode run, String name, double cpuSeconds, long count, String rawName, double rawPer1000) {
        if (cpuSeconds < 0) {
            return;
        }
        double per1000 = cpuSeconds / count * 1000;
        run.put(name + "_cpu_seconds", round(cpuSeconds));
        run.put(name + "_cpu_seconds_per_1000", ratio(per1000));
        run.put(rawName + "_cpu_seconds_per_1000", ratio(rawPer1000));
        run.put(rawName + "_cpu_over_" + name + "_cpu", ratio(rawPer1000 / per1000));
    }

    static String cpuLine(String name, String whose, double cpuSeconds, long count, String unit, String rawName,
            double rawPer1000) {
        if (cpuSeconds < 0) {
            return name + " CPU: not measured (the system does not tell it)";
        }
        double per1000 = cpuSeconds / count * 1000;
        return String.format("%s CPU (%s, every thread): %.1f s, %.3f s per 1,000 %s; %s %.3f s per 1,000 on one "
                + "thread: %s / %s CPU = %.2f", name, whose, cpuSeconds, per1000, unit, rawName, rawPer1000, rawName,
                name, rawPer1000 / per1000);
    }

    /** CPU time of this whole process so far (every thread), or -1 where the JVM does not tell it. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /**
     * 'claimledger compact' as a user runs it (its own process, the same heap limit as verify's), after verify so that
     * its own verification finds the auditor state verify left; the checkpoint and proofs then run on the compacted file.
     */
    private void compact(ObjectNode run, Path directory, LedgerLocation location, long claims) throws Exception {
        Child.Result result = child.run(directory, Map.of("HOME", directory.toString(),
                "CLAIMLEDGER_STATE", directory.resolve("state").toString()), List.of("-Xmx" + settings.verifyHeap()),
                "compact", "--ledger", location.display(), "--json");
        if (result.exitCode() != 0) {
            throw new IllegalStateException("compact of the benchmark ledger exited " + result.exitCode() + ": "
                    + result.err().strip());
        }
        JsonNode compacted = MAPPER.readTree(result.out());
        long before = compacted.path("bytesBefore").asLong();
        long after = Files.size(location.h2File());
        if (after != compacted.path("bytesAfter").asLong() || !compacted.path("clean").asBoolean()) {
            throw new IllegalStateException("compact says " + result.out() + ", and the file has " + after + " bytes");
        }
        double perClaim = (double) after / claims;
        run.put("compact_seconds", round(result.seconds()));
        run.put("compact_rewrite_seconds", round(compacted.path("compactSeconds").asDouble()));
        JsonNode steps = compacted.path("stepSeconds");
        steps.fieldNames().forEachRemaining(step -> run.put("compact_" + step + "_seconds",
                round(steps.path(step).asDouble())));
        run.put("compact_peak_resident_mb", result.peakResidentBytes() >> 20);
        run.put("compacted_file_bytes", after);
        run.put("compacted_bytes_per_claim", round(perClaim));
        run.put("compacted_over_signed", ratio((double) after / before));
        report.line(String.format("compact (command line, own process, -Xmx%s): %.1f s, %.1f s of it copying, rewriting, "
                + "comparing and replacing (%.1f, %.1f, %.1f and %.1f s; the rest snapshots and verifies first), peak "
                + "resident %d MB; file %,d -> %,d bytes, "
                + "%,.0f bytes per claim, %.2f of the signed file (target <= %,d bytes per claim, half the %,d issue 10 "
                + "measured)", settings.verifyHeap(), result.seconds(), compacted.path("compactSeconds").asDouble(),
                steps.path("copying").asDouble(), steps.path("compacting").asDouble(), steps.path("comparing").asDouble(),
                steps.path("replacing").asDouble(), result.peakResidentBytes() >> 20, before, after, perClaim, (double) after / before,
                ISSUE_BYTES_PER_CLAIM / 2, ISSUE_BYTES_PER_CLAIM));
    }

    private void checkpointAndProofs(ObjectNode run, LedgerLocation location, NamedKey ledgerKey, NamedKey editor)
            throws Exception {
        try (Ledger ledger = Ledger.open(location, Clock.systemUTC())) {
            long size = ledger.store().size();
            long heapBefore = Harness.heapAfterCollection();
            long start = System.nanoTime();
            Checkpoints.create(ledger, ledgerKey);
            double checkpointMillis = (System.nanoTime() - start) / 1e6;
            long heapAfter = Harness.heapAfterCollection();
            Random random = new Random(42);
            start = System.nanoTime();
            for (int i = 0; i < PROOFS; i++) {
                Proofs.inclusion(ledger, Math.floorMod(random.nextLong(), size));
            }
            double inclusion = (System.nanoTime() - start) / 1e6 / PROOFS;
            start = System.nanoTime();
            for (int i = 0; i < PROOFS; i++) {
                Proofs.consistency(ledger, 1 + Math.floorMod(random.nextLong(), size), null);
            }
            double consistency = (System.nanoTime() - start) / 1e6 / PROOFS;
            // A second checkpoint, MORE claims later: anchored on the first, it reads only the entries after it.
            ledger.sign(editor, ClaimsFile.of(Seed.claimsFile(MORE), "bench-more.json"), null, true, done -> { });
            start = System.nanoTime();
            Checkpoints.create(ledger, ledgerKey);
            double secondMillis = (System.nanoTime() - start) / 1e6;
            run.put("checkpoint_ms", round(checkpointMillis));
            run.put("second_checkpoint_ms", round(secondMillis));
            run.put("inclusion_proof_ms", round(inclusion));
            run.put("consistency_proof_ms", round(consistency));
            run.put("heap_after_gc_mb_before_checkpoint", heapBefore >> 20);
            run.put("heap_after_gc_mb_after_checkpoint", heapAfter >> 20);
            report.line(String.format("checkpoint of %,d entries: %.1f ms; %d random proofs as 'prove' serves them: "
                    + "inclusion %.2f ms, consistency %.2f ms each; heap after a forced collection %d MB, %d MB after "
                    + "the checkpoint", size, checkpointMillis, PROOFS, inclusion, consistency, heapBefore >> 20,
                    heapAfter >> 20));
            report.line(String.format("then %,d more claims and a second checkpoint (anchored on the first, only the "
                    + "new entries read): %.1f ms", MORE, secondMillis));
        }
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    static double ratio(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
