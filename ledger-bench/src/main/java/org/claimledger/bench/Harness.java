package org.claimledger.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The benchmark harness: JMH micro-benchmarks of the per-entry work, then end-to-end runs at each ledger size asked
 * for, every figure printed beside the raw Ed25519 rates measured in the same run and written to a JSON file.
 * Temporary ledgers are deleted at the end. Usage (README, "Performance"):
 *
 * <pre>
 * ./claimledger bench [--claims 100000,1000000] [--out bench.json] [--micro-seconds 1] [--no-micro] [--keep DIR]
 * </pre>
 */
public final class Harness {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What to run; see {@link #parse}. */
    record Settings(List<Long> claims, Path out, int microSeconds, boolean micro, int microForks, String verifyHeap,
            long rawMillis, int startupRuns, int gitBaseline, Path root, Path keep, long bulkSign, long compactMax) {
    }

    static final String USAGE = "usage: claimledger bench [--claims N,N...] "
            + "[--out FILE.json] [--micro-seconds S] [--micro-forks F] [--no-micro] [--verify-heap SIZE] "
            + "[--raw-millis MS] [--startup-runs N] [--git-baseline CLAIMS (0: none)] [--root CHECKOUT] "
            + "[--keep DIR (leave the ledgers there, to profile)] "
            + "[--bulk-sign CLAIMS (sign a file of that many distinct claims on the command line; 0: none)] "
            + "[--compact-max CLAIMS (compact only the runs of at most that many claims; 0: none; default: every run)]";

    /** --help: the usage goes to standard output and the harness exits 0, as every other command's help does. */
    static final class HelpRequested extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HelpRequested() {
            super("help requested", null, false, false);
        }
    }

    private Harness() {
    }

    public static void main(String[] args) throws Exception {
        // The ledgers made in this process run H2 as the command line runs it (ledger-cli/src/dist/conf/jvm.options):
        // without H2's cache of equal values, which hashes every leaf it writes or reads. Set before H2 first loads.
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
        Settings settings;
        try {
            settings = parse(args);
        } catch (HelpRequested e) {
            System.out.println(USAGE);
            return;
        } catch (IllegalArgumentException e) {
            System.err.println("claimledger bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        run(settings, System.out, System.err);
    }

    static Settings parse(String... args) {
        List<Long> claims = List.of(100_000L, 1_000_000L);
        Path out = Path.of("bench-results.json");
        int microSeconds = 1;
        boolean micro = true;
        int forks = 1;
        String heap = "128m";
        long rawMillis = 3000;
        int startupRuns = 5;
        int gitBaseline = 2000;
        Path root = Path.of(System.getProperty("claimledger.root", "."));
        Path keep = null;
        long bulkSign = 0;
        long compactMax = Long.MAX_VALUE;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--claims" -> claims = Arrays.stream(value(args, ++i, arg).split(","))
                        .map(String::strip).map(Long::parseLong).toList();
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--micro-seconds" -> microSeconds = Integer.parseInt(value(args, ++i, arg));
                case "--micro-forks" -> forks = Integer.parseInt(value(args, ++i, arg));
                case "--no-micro" -> micro = false;
                case "--verify-heap" -> heap = value(args, ++i, arg);
                case "--raw-millis" -> rawMillis = Long.parseLong(value(args, ++i, arg));
                case "--startup-runs" -> startupRuns = Integer.parseInt(value(args, ++i, arg));
                case "--git-baseline" -> gitBaseline = Integer.parseInt(value(args, ++i, arg));
                case "--root" -> root = Path.of(value(args, ++i, arg));
                case "--keep" -> keep = Path.of(value(args, ++i, arg));
                case "--bulk-sign" -> bulkSign = Long.parseLong(value(args, ++i, arg));
                case "--compact-max" -> compactMax = Long.parseLong(value(args, ++i, arg));
                case "-h", "--help" -> throw new HelpRequested();
                default -> throw new IllegalArgumentException("unknown option " + arg + " (see --help)");
            }
        }
        if (claims.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("--claims takes positive counts");
        }
        if (gitBaseline < 0) {
            throw new IllegalArgumentException("--git-baseline takes a count of claims, or 0 for none");
        }
        if (compactMax < 0) {
            throw new IllegalArgumentException("--compact-max takes a count of claims, or 0 for no compaction");
        }
        if (bulkSign < 0) {
            throw new IllegalArgumentException("--bulk-sign takes a count of claims, or 0 for none");
        }
        return new Settings(claims, out, microSeconds, micro, forks, heap, rawMillis, startupRuns, gitBaseline, root,
                keep, bulkSign, compactMax);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    static ObjectNode run(Settings settings, PrintStream out, PrintStream err) throws Exception {
        return run(settings, out, err, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** The same, with its temporary ledgers (unless --keep names a folder) made under scratchParent. */
    static ObjectNode run(Settings settings, PrintStream out, PrintStream err, Path scratchParent) throws Exception {
        Report report = new Report(out, err);
        ObjectNode results = MAPPER.createObjectNode();
        ObjectNode machine = results.putObject("machine");
        int cores = Runtime.getRuntime().availableProcessors();
        machine.put("cores", cores);
        machine.put("java", System.getProperty("java.vm.name") + " " + Runtime.version());
        machine.put("load_average_at_start", loadAverage());
        report.line(String.format("claimledger bench: %d cores, %s, load average %s (the machine is %s)", cores,
                Runtime.version(), loadAverage(), busy() ? "busy: trust the ratios, not the rates" : "quiet"));

        if (settings.micro()) {
            results.set("micro", micro(settings, report, cores));
        }
        Path scratch = settings.keep() != null ? Files.createDirectories(settings.keep())
                : Files.createTempDirectory(scratchParent, "claimledger-bench");
        try {
            RawRates raw = new RawRates(MicroBenchmarks.sampleEntry(Ed25519PrivateKey.generate(new java.security.SecureRandom()))
                    .storedCommitment().signedBytes(), settings.rawMillis());
            Child child = new Child(launcherOptions(settings), absoluteClassPath());
            // Start-up is measured as a user meets it: through the checkout's ./claimledger (its runtime and
            // class-data sharing archives), when there is one.
            Path launcher = settings.root().resolve("claimledger");
            Child user = (settings.startupRuns() > 0 || settings.gitBaseline() > 0) && Files.isRegularFile(launcher)
                    ? Child.launcher(launcher, scratch.resolve("launcher")) : child;
            if (settings.startupRuns() > 0) {
                results.set("startup", Startup.measure(settings, user, scratch.resolve("startup"), report));
            }
            if (settings.gitBaseline() > 0) {
                results.set("git_baseline", new GitBaseline(user, report, 3).run(settings.gitBaseline(),
                        scratch.resolve("git-baseline")));
            }
            if (settings.bulkSign() > 0) {
                Path directory = scratch.resolve("bulk-sign");
                results.set("bulk_sign", new BulkSign(child, raw, report).run(settings.bulkSign(), directory));
                if (settings.keep() == null) {
                    delete(directory);
                }
            }
            ArrayNode runs = results.putArray("runs");
            for (long claims : settings.claims()) {
                Path directory = Files.createDirectories(scratch.resolve("claims-" + claims));
                runs.add(new EndToEnd(settings, child, raw, report).run(claims, directory));
                if (settings.keep() == null) {
                    delete(directory);
                }
            }
        } finally {
            if (settings.keep() == null) {
                delete(scratch);
            }
        }
        machine.put("load_average_at_end", loadAverage());
        Files.writeString(settings.out(), MAPPER.writeValueAsString(results) + "\n", StandardCharsets.UTF_8);
        report.heading("written to " + settings.out().toAbsolutePath());
        return results;
    }

    /** This process's class path with every entry absolute: the command lines it starts run in other folders. */
    private static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static List<String> launcherOptions(Settings settings) throws IOException {
        return Child.launcherOptions(settings.root().resolve("ledger-cli/src/dist/conf/jvm.options"));
    }

    private static ObjectNode micro(Settings settings, Report report, int cores) throws Exception {
        report.heading("micro-benchmarks (JMH, " + settings.microSeconds() + " s iterations: 3 warm-up, 5 measured, "
                + settings.microForks() + " fork)");
        ObjectNode micro = MAPPER.createObjectNode();
        Map<String, Integer> threads = new java.util.LinkedHashMap<>();
        threads.put("", 1);
        threads.put("ed25519Verify", cores);
        for (Map.Entry<String, Integer> run : threads.entrySet()) {
            OptionsBuilder options = new OptionsBuilder();
            options.include(MicroBenchmarks.class.getName() + "." + (run.getKey().isEmpty() ? "" : run.getKey() + "$"))
                    .warmupIterations(3).measurementIterations(5)
                    .warmupTime(TimeValue.seconds(settings.microSeconds()))
                    .measurementTime(TimeValue.seconds(settings.microSeconds()))
                    .forks(settings.microForks()).threads(run.getValue()).verbosity(VerboseMode.SILENT);
            List<RunResult> results = new ArrayList<>(new Runner(options.build()).run());
            results.sort(Comparator.comparing(r -> r.getParams().getBenchmark()));
            for (RunResult result : results) {
                String name = result.getParams().getBenchmark().replaceAll(".*\\.", "")
                        + (run.getValue() > 1 ? "_" + run.getValue() + "_threads" : "");
                double score = result.getPrimaryResult().getScore();
                double error = result.getPrimaryResult().getScoreError();
                ObjectNode figure = micro.putObject(name);
                figure.put("ops_per_s", EndToEnd.round(score));
                figure.put("error", Double.isNaN(error) ? null : EndToEnd.round(error));
                report.line(String.format("%-42s %,14.0f ops/s%s", name, score,
                        Double.isNaN(error) ? "" : String.format(" ± %,.0f", error)));
            }
        }
        double fast = micro.path("ed25519Sign").path("ops_per_s").asDouble();
        double slow = micro.path("ed25519SignDerivingPublicKey").path("ops_per_s").asDouble();
        if (fast > 0 && slow > 0) {
            report.line(String.format("signing with the public key given: %.2f x the rate without it", fast / slow));
        }
        return micro;
    }

    /** Used heap after a forced collection, in bytes. */
    static long heapAfterCollection() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** The 1-, 5- and 15-minute load averages from /proc/loadavg, or "unknown". */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static boolean busy() {
        try {
            return Double.parseDouble(loadAverage().split(" ")[0]) > Runtime.getRuntime().availableProcessors() / 2.0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
