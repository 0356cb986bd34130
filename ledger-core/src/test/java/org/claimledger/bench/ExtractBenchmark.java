package org.claimledger.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.claimledger.extract.CandidateClaim;
import org.claimledger.extract.ClaimsFileWriter;
import org.claimledger.extract.Extractor;
import org.claimledger.model.Language;
import org.claimledger.model.SourceText;

/**
 * The cost of {@code extract} (extraction and the claims file) on texts of 50 KB, 500 KB and 5 MB per language,
 * made of the fixture articles (the older ones and the corpus's development half) one after the other until the
 * size is reached. Prints the CPU time of the extracting thread, which a loaded machine does not inflate as it does
 * wall time, and the throughput in MB/s: the same per MB at every size means extraction is linear in the text. Not
 * a unit test (timings are not assertions): run it by hand from the repository root.
 *
 * <pre>
 * mvn -B -q -pl ledger-core test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp ledger-core/target/classes:ledger-core/target/test-classes:$(cat ledger-core/target/cp.txt) \
 *     org.claimledger.bench.ExtractBenchmark [SIZE...]
 * </pre>
 */
public final class ExtractBenchmark {
    private static final int[] SIZES = {50_000, 500_000, 5_000_000};
    private static final Path ARTICLES = Path.of("fixtures", "articles");

    private ExtractBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Language language : List.of(Language.IT, Language.EN)) {
            String articles = articles(language);
            // warm up once, so the first size does not pay for class loading and compilation
            extract(articles, language);
            for (int size : sizes(args)) {
                String text = SourceText.fromString(repeat(articles, size)).text();
                long cpu = threads.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                int claims = extract(text, language);
                double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
                double wallSeconds = (System.nanoTime() - wall) / 1e9;
                double megabytes = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
                System.out.printf(Locale.ROOT, "%s %8.3f MB  %6d claims  cpu %7.2f s (%5.2f MB/s)  wall %7.2f s%n",
                        language.code(), megabytes, claims, cpuSeconds, megabytes / cpuSeconds, wallSeconds);
            }
        }
    }

    /** The sizes named as arguments (in bytes), else 50 KB, 500 KB and 5 MB. */
    private static int[] sizes(String[] args) {
        return args.length == 0 ? SIZES : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    }

    private static int extract(String text, Language language) {
        SourceText source = SourceText.fromString(text);
        List<CandidateClaim> claims = Extractor.extract(source.text(), language);
        ClaimsFileWriter.write(source, source.id(), language, claims);
        return claims.size();
    }

    /** The fixture articles of one language, older ones and the corpus's development half, blank lines between. */
    private static String articles(Language language) throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(ARTICLES, ARTICLES.resolve("corpus").resolve("dev"))) {
            try (Stream<Path> listed = Files.list(folder)) {
                listed.filter(p -> p.getFileName().toString().matches("(?:heldout\\d?_)?" + language.code() + "_.*\\.txt"))
                        .sorted().forEach(files::add);
            }
        }
        StringBuilder text = new StringBuilder();
        for (Path file : files) {
            text.append(Files.readString(file)).append("\n\n");
        }
        return text.toString();
    }

    private static String repeat(String articles, int size) {
        StringBuilder text = new StringBuilder(size + articles.length());
        while (text.length() < size) {
            text.append(articles);
        }
        return text.substring(0, size);
    }
}
