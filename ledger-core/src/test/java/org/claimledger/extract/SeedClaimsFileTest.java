package org.claimledger.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimledger.claims.ClaimDraft;
import org.claimledger.claims.ClaimProblem;
import org.claimledger.claims.ClaimResolver;
import org.claimledger.claims.ClaimsFile;
import org.claimledger.model.Language;
import org.claimledger.model.SourceText;
import org.claimledger.numbers.FigureReader;
import org.claimledger.numbers.FigureTextException;
import org.claimledger.numbers.FigureValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The hand-annotated claims of the seed article: every quote, span and figure must hold against the article. */
class SeedClaimsFileTest {
    private static final Path ARTICLE = Path.of("..", "fixtures", "000_24432489f640e24b.txt");
    private static final Path CLAIMS = Path.of("..", "fixtures", "claims", "seed-claims.json");
    private static final Set<String> QUALIFIERS = Set.of("exactly", "at-least", "more-than", "about", "nearly",
            "up-to", "at-most", "less-than");
    private static final Set<String> KINDS = Set.of("person", "organization", "document", "publication");
    /** Digits in the article that are not figures: a date header, player timestamps, years, resolution numbers, models. */
    private static final Pattern NOT_FIGURES = Pattern.compile(
            "\\d{4}-\\d{2}|\\d{2}:\\d{2}|\\b(?:19|20)\\d{2}\\b|risoluzioni \\d+ e \\d+|S-\\d+");

    private static byte[] article;
    private static String articleText;
    private static JsonNode claims;

    @BeforeAll
    static void load() throws IOException {
        article = Files.readAllBytes(ARTICLE);
        articleText = new String(article, StandardCharsets.UTF_8);
        claims = new ObjectMapper().readTree(CLAIMS.toFile());
    }

    @Test
    void claimsFile_namesTheArticleByItsHash() throws NoSuchAlgorithmException {
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(article));
        assertEquals(1, claims.get("v").asInt());
        assertEquals("it", claims.get("lang").asText());
        assertEquals(hash, claims.get("source").asText());
    }

    @Test
    void everyQuoteFigureAndAttribution_matchesTheArticle() {
        List<String> problems = new ArrayList<>();
        for (JsonNode claim : claims.get("claims")) {
            String quote = claim.get("quote").asText();
            int occurrences = count(article, utf8(quote));
            int occurrence = claim.path("occurrence").asInt(1);
            if (occurrences == 0 || (occurrences > 1 && !claim.has("occurrence")) || occurrence > occurrences) {
                problems.add("quote occurs " + occurrences + " times, occurrence " + occurrence + ": " + quote);
                continue;
            }
            int start = nthIndex(article, utf8(quote), occurrence);
            checkSpan(claim.get("span"), quote, start, problems);
            for (JsonNode figure : claim.get("figures")) {
                checkFigure(figure, quote, start, problems);
            }
            JsonNode attribution = claim.get("attribution");
            if (attribution != null && !attribution.isNull()) {
                String text = attribution.get("text").asText();
                checkBytes(attribution.get("span"), text, problems);
                if (!KINDS.contains(attribution.get("kind").asText())) {
                    problems.add("unknown kind " + attribution.get("kind") + " for " + text);
                }
                if (!text.toLowerCase().contains(attribution.get("cue").asText().toLowerCase())) {
                    problems.add("cue " + attribution.get("cue") + " is not in " + text);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void claimsFile_resolvesAsSignWouldResolveIt() throws Exception {
        SourceText source = SourceText.fromFileBytes(article);
        ClaimsFile file = ClaimsFile.read(Files.readAllBytes(CLAIMS), CLAIMS.toString());
        ClaimResolver resolver = new ClaimResolver(source, file.language());
        List<String> problems = new ArrayList<>();
        for (ClaimDraft draft : file.claims()) {
            try {
                resolver.resolve(draft);
            } catch (ClaimProblem e) {
                problems.add(e.getMessage());
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(17, file.claims().size());
    }

    @Test
    void everyDigitInTheArticle_isAFigureOrAKnownIdentifier() {
        List<int[]> covered = new ArrayList<>();
        for (JsonNode claim : claims.get("claims")) {
            for (JsonNode figure : claim.get("figures")) {
                JsonNode span = figure.get("span");
                covered.add(new int[] {span.get("start").asInt(), span.get("end").asInt()});
            }
        }
        Matcher identifiers = NOT_FIGURES.matcher(articleText);
        while (identifiers.find()) {
            covered.add(new int[] {byteOffset(identifiers.start()), byteOffset(identifiers.end())});
        }
        List<String> missed = new ArrayList<>();
        Matcher digits = Pattern.compile("\\d+").matcher(articleText);
        while (digits.find()) {
            int start = byteOffset(digits.start());
            int end = byteOffset(digits.end());
            if (covered.stream().noneMatch(c -> c[0] <= start && end <= c[1])) {
                missed.add(digits.group() + " at byte " + start);
            }
        }
        assertEquals(List.of(), missed);
        assertTrue(covered.size() >= 9, "the seed article has at least nine figures");
    }

    private static void checkFigure(JsonNode figure, String quote, int quoteStart, List<String> problems) {
        String text = figure.get("text").asText();
        if (!quote.contains(text)) {
            problems.add("figure text '" + text + "' is not in its quote: " + quote);
            return;
        }
        checkBytes(figure.get("span"), text, problems);
        int start = figure.get("span").get("start").asInt();
        int end = figure.get("span").get("end").asInt();
        if (start < quoteStart || end > quoteStart + utf8(quote).length) {
            problems.add("figure span of '" + text + "' is outside its quote");
        }
        if (!QUALIFIERS.contains(figure.path("qualifier").asText("exactly"))) {
            problems.add("unknown qualifier " + figure.get("qualifier") + " for " + text);
        }
        try {
            FigureValue value = FigureReader.read(text, Language.IT);
            if (!value.valueText().equals(figure.get("value").asText())
                    || !String.valueOf(value.upperText()).equals(figure.path("upper").asText("null"))) {
                problems.add("'" + text + "' reads " + value.valueText() + " (upper " + value.upperText() + ") but the file says "
                        + figure.get("value") + " (upper " + figure.get("upper") + ")");
            }
        } catch (FigureTextException e) {
            problems.add(e.getMessage());
        }
    }

    private static void checkSpan(JsonNode span, String text, int expectedStart, List<String> problems) {
        if (span != null && span.get("start").asInt() != expectedStart) {
            problems.add("span starts at " + span.get("start") + " but the quote's occurrence is at " + expectedStart
                    + ": " + text);
        }
        checkBytes(span, text, problems);
    }

    private static void checkBytes(JsonNode span, String text, List<String> problems) {
        if (span == null) {
            return;
        }
        int start = span.get("start").asInt();
        int end = span.get("end").asInt();
        if (start < 0 || end > article.length || start > end
                || !Arrays.equals(Arrays.copyOfRange(article, start, end), utf8(text))) {
            problems.add("bytes " + start + ".." + end + " are not '" + text + "'");
        }
    }

    private static int byteOffset(int charIndex) {
        return utf8(articleText.substring(0, charIndex)).length;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static int count(byte[] haystack, byte[] needle) {
        int n = 0;
        while (nthIndex(haystack, needle, n + 1) >= 0) {
            n++;
        }
        return n;
    }

    private static int nthIndex(byte[] haystack, byte[] needle, int nth) {
        int found = -1;
        for (int seen = 0; seen < nth; seen++) {
            found = indexOf(haystack, needle, found + 1);
            if (found < 0) {
                return -1;
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
