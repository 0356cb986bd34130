package org.claimledger.report;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.claimledger.claims.ClaimDraft;
import org.claimledger.claims.ClaimResolver;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.NamedKey;
import org.claimledger.entry.ClaimBody;
import org.claimledger.entry.EntryType;
import org.claimledger.ledger.Ledger;
import org.claimledger.ledger.SourceMetadata;
import org.claimledger.model.AttributionKind;
import org.claimledger.model.Claim;
import org.claimledger.model.Language;
import org.claimledger.model.Qualifier;
import org.claimledger.model.SourceText;
import org.claimledger.store.LedgerLocation;
import org.claimledger.store.LedgerStore;
import org.claimledger.store.LockWait;
import org.claimledger.verify.StoreFeed;

/**
 * How long the audit report takes, and how big its pages are, for a ledger of S sources with C claims each (each
 * claim a sentence with a figure and an attribution). Not a unit test: run it by hand.
 *
 * <pre>
 * mvn -B -q -pl ledger-core -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp ledger-core/target/classes:ledger-core/target/test-classes:$(cat ledger-core/target/cp.txt) \
 *     org.claimledger.report.ReportBenchmark 100 100
 * </pre>
 */
public final class ReportBenchmark {
    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sources = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int claimsEach = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path dir = Files.createTempDirectory("claimledger-report-bench");
        NamedKey ledgerKey = new NamedKey("bench.example/claims", Ed25519PrivateKey.generate(new SecureRandom()));
        NamedKey editor = new NamedKey("bench.editor", Ed25519PrivateKey.generate(new SecureRandom()));
        LedgerLocation location = LedgerLocation.of(dir.resolve("bench").toString());
        long start = System.nanoTime();
        try (Ledger ledger = Ledger.create(location, "bench.example/claims", ledgerKey, Clock.systemUTC())) {
            ledger.enroll(ledgerKey, editor.name(), editor.publicKey());
            for (int s = 0; s < sources; s++) {
                SourceText text = SourceText.fromString(article(s, claimsEach));
                ledger.addSource(editor, text, new SourceMetadata("Article " + s, "Bench News", null, "2025-06-01",
                        Language.EN));
                ClaimResolver resolver = new ClaimResolver(text, Language.EN);
                List<Claim> claims = new ArrayList<>();
                for (int i = 0; i < claimsEach; i++) {
                    claims.add(resolver.resolve(new ClaimDraft("/c", sentence(s, i), null, null, "tanks in district " + i,
                            List.of(new ClaimDraft.FigureDraft("/f", Integer.toString(10_000 + i), Integer.toString(10_000 + i),
                                    null, "tanks", Qualifier.EXACTLY, null, null, null)),
                            new ClaimDraft.AttributionDraft("/a", "office " + i, AttributionKind.ORGANIZATION, null,
                                    "(office " + i + ")", null))));
                }
                ledger.store().append(appender -> {
                    for (Claim claim : claims) {
                        appender.append(EntryType.CLAIM, ClaimBody.toJson(claim), editor.key(),
                                Clock.systemUTC().instant(), appender.size());
                    }
                    return null;
                });
            }
        }
        System.out.printf("built a ledger of %d sources x %d claims in %.1f s%n", sources, claimsEach, seconds(start));
        start = System.nanoTime();
        long cpu = processCpuNanos();
        Report.Written written;
        try (LedgerStore store = LedgerStore.openReadOnly(location, LockWait.NONE)) {
            written = Report.write(new StoreFeed(store), Report.Trust.none(), dir.resolve("site"), Instant.now());
        }
        double took = seconds(start);
        double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
        System.out.printf("report: %d entries, %d claims, %d findings -> %d pages, %.1f MB in all, largest page %d KB, "
                + "average %d KB, written in %.1f s, %.1f s of CPU (verify included)%n", written.entries(),
                written.claims(), written.findings(), written.pages(), written.bytes() / 1e6, written.largestPage() >> 10,
                (written.bytes() / written.pages()) >> 10, took, cpuSeconds);
        System.out.println("report in " + written.directory());
    }

    private static String article(int source, int claims) {
        StringBuilder text = new StringBuilder("Bench article ").append(source).append("\n\n");
        for (int i = 0; i < claims; i++) {
            text.append(sentence(source, i)).append(". Nothing else of note happened there that week.\n\n");
        }
        return text.toString();
    }

    private static String sentence(int source, int i) {
        return "In district " + i + " of region " + source + " officials counted " + (10_000 + i)
                + " tanks near the border (office " + i + ")";
    }

    /** CPU time of the whole process, all threads: on a shared machine the wall time alone says little. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
