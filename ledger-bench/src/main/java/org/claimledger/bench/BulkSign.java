package org.claimledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.crypto.KeyFile;
import org.claimledger.crypto.NamedKey;
import org.claimledger.ledger.Ledger;
import org.claimledger.model.SourceText;
import org.claimledger.store.LedgerLocation;

/**
 * `sign` of one large claims file on the command line, as an editor runs it, in its own process under a small heap:
 * a file of distinct claims (so the duplicate check runs in full) into a new ledger with -Xmx256m, then a small file
 * into that ledger with -Xmx128m; each with its time, rate and peak resident size, beside the raw single-thread
 * Ed25519 sign rate measured just before and after it.
 */
final class BulkSign {
    static final String FIRST_HEAP = "256m";
    static final String THEN_HEAP = "128m";
    /** Claims signed into the full ledger afterwards. */
    static final int THEN = 1_000;
    /** Quotes of 3 to 12 words at each word: distinct spans, so distinct claims. */
    private static final int LENGTHS = 10;
    private static final String PASSPHRASE = "bench passphrase, not secret";
    private static final String[] SYLLABLES = {"ba", "ce", "di", "fo", "gu", "la", "me", "ni", "po", "ru", "sa",
            "te", "vi", "zo", "an", "el", "or"};
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Child child;
    private final RawRates raw;
    private final Report report;

    BulkSign(Child child, RawRates raw, Report report) {
        this.child = child;
        this.raw = raw;
        this.report = report;
    }

    ObjectNode run(long claims, Path directory) throws Exception {
        report.heading("sign on the command line, " + String.format("%,d", claims) + " distinct claims in one file");
        Files.createDirectories(directory);
        Article article = Article.of((int) ((claims + THEN) / LENGTHS + 2 * LENGTHS));
        BenchLedger built = BenchLedger.create(directory.resolve("ledger"), article.text(), "bench",
                (ledger, editor, sourceId) -> { });
        LedgerLocation location = built.location();
        NamedKey editor = built.editor();
        String sourceId = built.sourceId();
        Path key = directory.resolve("editor.key");
        KeyFile.write(key, editor, PASSPHRASE.toCharArray(), new SecureRandom());
        Path first = directory.resolve("claims.json");
        article.writeClaims(first, sourceId, 0, claims);
        Path then = directory.resolve("more-claims.json");
        article.writeClaims(then, sourceId, claims, THEN);

        ObjectNode result = MAPPER.createObjectNode();
        result.put("claims", claims);
        result.put("claims_file_bytes", Files.size(first));
        sign(result, "first", directory, location, key, first, claims, FIRST_HEAP);
        sign(result, "then", directory, location, key, then, THEN, THEN_HEAP);
        return result;
    }

    private void sign(ObjectNode result, String name, Path directory, LedgerLocation location, Path key, Path file,
            long claims, String heap) throws Exception {
        long entriesBefore;
        try (Ledger ledger = Ledger.open(location, Clock.systemUTC())) {
            entriesBefore = ledger.store().size();
        }
        double signBefore = raw.sign();
        Child.Result signed = child.run(directory, Map.of("HOME", directory.toString(), "CLAIMLEDGER_STATE",
                directory.resolve("state").toString(), "CLAIMLEDGER_PASSPHRASE", PASSPHRASE), List.of("-Xmx" + heap),
                "sign", file.getFileName().toString(), "--ledger", location.display(), "--key", key.toString());
        double signAfter = raw.sign();
        double rawSignCpu = raw.signCpuPer1000();
        if (signed.exitCode() != 0) {
            throw new IllegalStateException("sign of " + file.getFileName() + " exited " + signed.exitCode() + ": "
                    + signed.err().strip());
        }
        double rawSign = (signBefore + signAfter) / 2;
        double rate = claims / signed.seconds();
        ObjectNode run = result.putObject(name);
        run.put("claims", claims);
        run.put("entries_before", entriesBefore);
        run.put("heap_limit", heap);
        run.put("seconds", EndToEnd.round(signed.seconds()));
        run.put("claims_per_s", EndToEnd.round(rate));
        run.put("peak_resident_mb", signed.peakResidentBytes() >> 20);
        run.put("raw_sign_per_s_1_thread", EndToEnd.round(rawSign));
        run.put("sign_over_raw_sign", EndToEnd.ratio(rate / rawSign));
        EndToEnd.putCpu(run, "sign", signed.cpuSeconds(), claims, "raw_sign", rawSignCpu);
        report.line(String.format("sign %,d claims (%s, %,d bytes) into a ledger of %,d entries, -Xmx%s: %.1f s, "
                + "%,.0f claims/s, peak resident %d MB; raw sign (1 thread) %,.0f/s before, %,.0f/s after: sign / raw "
                + "sign = %.2f (target >= 0.60; the whole command: start, key, check, sign)", claims,
                file.getFileName(), Files.size(file), entriesBefore, heap, signed.seconds(), rate,
                signed.peakResidentBytes() >> 20, signBefore, signAfter, rate / rawSign));
        report.line(EndToEnd.cpuLine("sign", "its process: start, key, check, sign", signed.cpuSeconds(), claims,
                "claims", "raw sign", rawSignCpu));
    }

    /** A made-up article of words without digits, and where each word starts and ends (bytes: ASCII only). */
    record Article(SourceText text, String raw, int[] starts, int[] ends) {
        static Article of(int words) {
            Random random = new Random(7);
            StringBuilder text = new StringBuilder(words * 8);
            int[] starts = new int[words];
            int[] ends = new int[words];
            for (int i = 0; i < words; i++) {
                starts[i] = text.length();
                int syllables = 2 + random.nextInt(3);
                for (int s = 0; s < syllables; s++) {
                    text.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                }
                ends[i] = text.length();
                text.append(i % 12 == 11 ? ".\n" : " ");
            }
            String raw = text.toString();
            return new Article(SourceText.fromString(raw), raw, starts, ends);
        }

        /** Claims from..from+count, claim k quoting 3 + k % 10 words from word k / 10 with its span. */
        void writeClaims(Path file, String sourceId, long from, long count) throws IOException {
            try (JsonGenerator out = MAPPER.getFactory().createGenerator(Files.newOutputStream(file))) {
                out.writeStartObject();
                out.writeNumberField("v", 1);
                out.writeStringField("source", sourceId);
                out.writeStringField("lang", "it");
                out.writeArrayFieldStart("claims");
                for (long k = from; k < from + count; k++) {
                    int word = (int) (k / LENGTHS);
                    int last = word + 2 + (int) (k % LENGTHS);
                    out.writeStartObject();
                    out.writeStringField("quote", raw.substring(starts[word], ends[last]));
                    out.writeObjectFieldStart("span");
                    out.writeNumberField("start", starts[word]);
                    out.writeNumberField("end", ends[last]);
                    out.writeEndObject();
                    out.writeStringField("statement", "Claim " + k + " of the benchmark.");
                    out.writeEndObject();
                }
                out.writeEndArray();
                out.writeEndObject();
            }
        }
    }
}
