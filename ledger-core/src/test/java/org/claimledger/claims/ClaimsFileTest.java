package org.claimledger.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.InputLimits;
import org.claimledger.model.Language;
import org.claimledger.model.Qualifier;
import org.claimledger.model.SourceText;
import org.claimledger.model.Span;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ClaimsFileTest {
    private static ClaimsFile read(String text) throws LedgerException {
        return ClaimsFile.read(text.getBytes(StandardCharsets.UTF_8), "c.json");
    }

    @Test
    void read_syntaxError_givesLineAndColumn() {
        LedgerException e = assertThrows(LedgerException.class, () -> read("{\n \"v\": 1,\n \"claims\": [,]\n}"));
        assertEquals(Failure.MALFORMED_INPUT, e.failure());
        assertEquals("c.json:3:13", e.getMessage().substring(0, 11));
    }

    @Test
    void read_unknownQualifier_namesTheField() {
        LedgerException e = assertThrows(LedgerException.class, () -> read("{\"v\":1,\"claims\":[{\"quote\":\"q\",\n"
                + "\"figures\":[{\"text\":\"3\",\"value\":\"3\",\n\"qualifier\":\"roughly\"}]}]}"));
        assertEquals("c.json:3:13: claims[0].figures[0].qualifier: qualifier must be one of exactly, at-least, more-than, "
                + "about, nearly, up-to, at-most, less-than; got 'roughly'", e.getMessage());
    }

    @Test
    void read_unclosedArray_isOneLine_withoutAnExcerptOfTheDocument() {
        LedgerException e = assertThrows(LedgerException.class, () -> read("{\"v\": 1,\n \"claims\": [\n {\"quote\": \"q\"}\n}"));
        assertEquals("c.json:4:1: not valid JSON: Unexpected close marker '}': expected ']'", e.getMessage());
    }

    @Test
    void read_qualifierOfAHundredThousandCharacters_isQuotedShort() {
        LedgerException e = assertThrows(LedgerException.class, () -> read("{\"v\":1,\"claims\":[{\"quote\":\"q\",\n"
                + "\"figures\":[{\"text\":\"3\",\"value\":\"3\",\"qualifier\":\"" + "x".repeat(100_000) + "\"}]}]}"));
        assertEquals("c.json:2:48: claims[0].figures[0].qualifier: qualifier must be one of exactly, at-least, more-than, "
                + "about, nearly, up-to, at-most, less-than; got '" + "x".repeat(100) + "... (100000 characters)'",
                e.getMessage());
    }

    @Test
    void read_duplicateMember_isRefused() {
        LedgerException e = assertThrows(LedgerException.class, () -> read("{\"v\":1,\"v\":1,\"claims\":[]}"));
        assertEquals(Failure.MALFORMED_INPUT, e.failure());
    }

    @Test
    void open_readsTheSourceAndLanguage_afterTheClaims_andCountsClaimsWithoutKeepingThem() throws Exception {
        String source = "a".repeat(64);
        ClaimsFile file = ClaimsFile.of(("{\"claims\": [{\"quote\": \"q\"}, {\"quote\": 3}],\n \"v\": 1, \"source\": \""
                + source + "\", \"lang\": \"en\"}").getBytes(StandardCharsets.UTF_8), "c.json");
        assertEquals(source, file.sourceId());
        assertEquals(Language.EN, file.language());
        assertEquals(2, file.claimCount());
        try (ClaimsFile.Reader reader = file.reader()) {
            assertEquals("q", reader.next().draft().quote());
            ClaimsFile.Item second = reader.next();
            assertEquals("c.json:1:39: claims[1].quote must be a string", second.problem().line());
            assertEquals(null, reader.next());
            reader.requireUnchanged();
        }
    }

    @Test
    @Timeout(60) // without the copy, the second read waits for a writer that never comes
    void open_aPipe_readsItOnce_andStreamsItsClaimsFromAPrivateCopy(@TempDir Path dir) throws Exception {
        // 'sign <(extract ...)': a file that can be read only once, yet a claims file is read twice.
        Path pipe = dir.resolve("claims.pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available here");
        byte[] bytes = "{\"v\": 1, \"claims\": [{\"quote\": \"one\"}, {\"quote\": \"two\"}]}"
                .getBytes(StandardCharsets.UTF_8);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(pipe)) {
                out.write(bytes);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        ClaimsFile file = ClaimsFile.open(pipe, "claims.pipe");
        writer.get();
        assertEquals(2, file.claimCount());
        try (ClaimsFile.Reader reader = file.reader()) {
            assertEquals("one", reader.next().draft().quote());
            assertEquals("two", reader.next().draft().quote());
            assertEquals(null, reader.next());
            reader.requireUnchanged();
        }
    }

    @Test
    void read_notUtf8_namesTheOffsetOfTheFirstBadByte_likeTheWholeFileDecoder() {
        byte[] bytes = "{\"v\":1,\"claims\":[{\"quote\":\"caff\u00e8 \u00e8\"}]}".getBytes(StandardCharsets.UTF_8);
        bytes[31] = (byte) 0xE8; // "è" as Windows-1252 writes it, then a space where UTF-8 would go on
        bytes[32] = ' ';
        LedgerException e = assertThrows(LedgerException.class, () -> ClaimsFile.read(bytes, "c.json"));
        assertEquals(Failure.UNREADABLE_INPUT, e.failure());
        assertEquals("c.json: not valid UTF-8 at byte 31; convert the file to UTF-8 (for example: iconv -f "
                + "WINDOWS-1252 -t UTF-8)", e.getMessage());
    }

    @Test
    void read_aClaimLargerThanAClaimMayBe_isRefusedAtItsStart_beforeItIsReadWhole() {
        String figures = "{\"text\": \"3\", \"value\": \"3\"},".repeat(InputLimits.CLAIM_BYTES / 20);
        LedgerException e = assertThrows(LedgerException.class, () -> read("{\"v\": 1, \"claims\": [\n  {\"quote\": "
                + "\"q\", \"figures\": [" + figures + "{}]}]}"));
        assertEquals(Failure.MALFORMED_INPUT, e.failure());
        assertEquals("c.json:2:3: a claim is larger than 4 MiB, the most one claim may hold (SPEC.md §16); it is not a "
                + "claim ClaimLedger reads", e.getMessage());
    }

    @Test
    void reader_ofAFileChangedSinceItWasOpened_failsAtTheEnd() throws Exception {
        byte[] bytes = "{\"v\":1,\"claims\":[{\"quote\":\"one\"}]}".getBytes(StandardCharsets.UTF_8);
        ClaimsFile file = ClaimsFile.of(bytes, "c.json");
        bytes[bytes.length - 7] = 'O';
        try (ClaimsFile.Reader reader = file.reader()) {
            assertEquals("One", reader.next().draft().quote());
            LedgerException e = assertThrows(LedgerException.class, reader::requireUnchanged);
            assertEquals(Failure.UNREADABLE_INPUT, e.failure());
            assertEquals("claims file c.json changed while it was being read; nothing was signed; sign it again once "
                    + "it is no longer being written", e.getMessage());
        }
    }

    @Test
    void resolve_findsSpansInBytes_andReadsFiguresInTheSourceLanguage() throws Exception {
        SourceText source = SourceText.fromString("Già «più di 11.000 soldati» e 3.000 altri.");
        ClaimsFile file = read("{\"v\":1,\"claims\":[{\"quote\":\"più di 11.000 soldati\",\"figures\":[{\"text\":\"11.000\","
                + "\"value\":\"11000\",\"qualifier\":\"more-than\",\"unit\":\"soldati\"}]}]}");
        var claim = new ClaimResolver(source, Language.IT).resolve(file.claims().get(0));
        assertEquals(new Span(7, 29), claim.quote().span());
        assertEquals(new Span(15, 21), claim.figures().get(0).span(), "«(2) più(4) space di space = 15");
        assertEquals(Qualifier.MORE_THAN, claim.figures().get(0).qualifier());
    }

    @Test
    void resolve_englishReadingOfAnItalianFigure_isAMismatch() throws Exception {
        SourceText source = SourceText.fromString("more than 11.000 troops");
        ClaimsFile file = read("{\"v\":1,\"claims\":[{\"quote\":\"more than 11.000 troops\",\"figures\":[{\"text\":\"11.000\","
                + "\"value\":\"11000\"}]}]}");
        ClaimProblem problem = assertThrows(ClaimProblem.class,
                () -> new ClaimResolver(source, Language.EN).resolve(file.claims().get(0)));
        assertEquals(Failure.FIGURE_MISMATCH, problem.failure());
        assertEquals("/claims/0/figures/0/value", problem.pointer());
    }
}
