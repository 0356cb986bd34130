package org.claimledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.claimledger.model.SourceEncodingException;
import org.claimledger.model.SourceText;
import org.claimledger.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Source texts, fuzzed: decoding refuses what is not UTF-8 and names the byte; normalizing is idempotent (the
 * ledger normalizes stored texts again when it reads them, so a text that changed would no longer match its own
 * id); spans and searches agree with the text. Then source files through verify --source and extract.
 */
class SourceFuzzTest {
    @TempDir
    Path dir;

    private static Mutations corpus() throws Exception {
        return new Mutations(java.util.List.of(Files.readAllBytes(Cli.SEED_ARTICLE),
                "\uFEFF\u00c8 pi\u00f9 \u00abvero\u00bb di \u201ccos\u00ec\u201d: 11.000 soldati\r\n\uD83D\uDCF0 e\u0301\r"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void sourceText_decodesStrictly_normalizesIdempotently_andSpansAgreeWithTheText() throws Exception {
        Mutations mutations = corpus();
        Fuzz.run("source", Fuzz.cases(3_000), mutations::next, (input, random) -> {
            SourceText text;
            try {
                text = SourceText.fromFileBytes(input);
            } catch (SourceEncodingException e) {
                Fuzz.assertMessage(e.getMessage());
                return;
            }
            Fuzz.expect(SourceText.normalize(text.text()).equals(text.text()), "normalizing a normalized text changes it");
            Fuzz.expect(SourceText.fromString(text.text()).id().equals(text.id()), "the id survives reading it back");
            String chars = text.text();
            if (chars.isEmpty()) {
                return;
            }
            int start = random.nextInt(chars.length());
            int end = start + random.nextInt(Math.min(chars.length() - start, 200) + 1);
            if (Character.isLowSurrogate(chars.charAt(start)) || end < chars.length() && Character.isLowSurrogate(chars.charAt(end))) {
                return;
            }
            Span span = text.spanOfChars(start, end);
            String under = text.textAt(span);
            Fuzz.expect(chars.substring(start, end).equals(under), "the text under a span is the text");
            if (end > start) {
                for (Span found : text.find(under)) {
                    Fuzz.expect(under.equals(text.textAt(found)), "find returns spans holding the needle");
                }
            }
        });
    }

    @Test
    void sourceFiles_throughTheCommandLine_areCheckedOrRefused() throws Exception {
        Mutations mutations = corpus();
        Cli cli = SeededLedger.shared().copyTo(dir);
        Fuzz.run("source-cli", Fuzz.cases(60), mutations::next, (input, random) -> {
            Files.write(dir.resolve("fuzz.txt"), input);
            if (random.nextBoolean()) {
                Fuzz.assertOutcome(cli.run("verify", "--ledger", "news", "--trust", "ledger.vkey", "--source", "fuzz.txt"),
                        Set.of(0, 1, 3, 6));
            } else {
                Fuzz.assertOutcome(cli.run("extract", "fuzz.txt", "--lang", random.nextBoolean() ? "it" : "en"),
                        Set.of(0, 3, 6));
            }
        });
    }
}
