package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'claimledger report' from the command line, on real ledgers and bundles; what a browser shows is ReportBrowserTest's. */
class ReportCommandTest {
    /** Every element the report writes: anything else in a page came out of a ledger text unescaped. */
    private static final Set<String> ELEMENTS = Set.of("html", "head", "meta", "link", "title", "style", "body", "a",
            "header", "main", "footer", "section", "nav", "article", "div", "p", "span", "h1", "h2", "h3", "h4", "dl", "dt",
            "dd", "ul", "ol", "li", "table", "caption", "thead", "tbody", "tr", "th", "td", "code", "time", "strong",
            "blockquote", "pre");
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)");

    @TempDir
    Path dir;

    private SeededLedger seeded;
    private Cli cli;

    @BeforeEach
    void copySeedLedger() {
        seeded = SeededLedger.shared();
        cli = seeded.copyTo(dir);
    }

    @Test
    void report_fromTheLedger_andFromItsBundle_givesTheSamePages() throws IOException {
        Cli.Result fromLedger = cli.ok("report", "--ledger", "news", "--out", "site", "--trust", "ledger.vkey");
        assertTrue(fromLedger.out().startsWith("wrote the report of newsroom.example/claims (20 entries, 1 source, "
                + "17 claims; verify: nothing wrong) to " + dir.resolve("site")), fromLedger.out());
        assertTrue(fromLedger.out().contains("open " + dir.resolve("site").resolve("index.html").toUri()), fromLedger.out());
        cli.ok("report", "--bundle", seeded.bundle().toString(), "--out", "offline", "--trust", "ledger.vkey");
        String page = "sources/" + seeded.sourceId() + ".html";
        assertEquals(cli.read("site/" + page), cli.read("offline/" + page), "the bundle holds the same ledger");
        assertEquals(List.of("index.html", "sources", page), files(dir.resolve("offline")));
        String index = cli.read("offline/index.html");
        assertTrue(index.contains("<span class=\"label ok\">Verified</span>"), index);
        assertTrue(index.contains("is trusted by " + dir.resolve("ledger.vkey")), index);
        assertTrue(index.contains("<pre class=\"note v\">newsroom.example/claims\n20\n"), "the latest checkpoint, verbatim");
    }

    @Test
    void report_json_saysWhereToOpenIt_andHowBigItIs() throws IOException {
        JsonNode result = Reports.parse(cli.ok("report", "--ledger", "news", "--out", "site", "--json").out());
        assertEquals(dir.resolve("site/index.html").toUri().toString(), result.path("open").asText());
        assertEquals(17, result.path("claims").asInt());
        assertEquals(0, result.path("findings").asInt());
        assertEquals(2, result.path("pages").asInt());
        long bytes = Files.size(dir.resolve("site/index.html"))
                + Files.size(dir.resolve("site/sources/" + seeded.sourceId() + ".html"));
        assertEquals(bytes, result.path("bytes").asLong());
        assertTrue(cli.read("site/index.html").contains("Trust not checked"), "without --trust the report says so");
    }

    @Test
    void report_refusesAFolderThatIsNotEmpty_andWritesNothing() throws IOException {
        Files.createDirectories(dir.resolve("site"));
        Files.writeString(dir.resolve("site/keep.txt"), "mine");
        Cli.Result refused = cli.run("report", "--ledger", "news", "--out", "site");
        assertEquals(14, refused.code(), refused.toString());
        assertEquals("claimledger: " + dir.resolve("site") + " is not empty; write the report into a new directory\n",
                refused.err());
        assertEquals(List.of("keep.txt"), files(dir.resolve("site")));
        try (Stream<Path> all = Files.list(dir)) {
            assertTrue(all.noneMatch(path -> path.getFileName().toString().contains("partial")), "no staging left");
        }
    }

    @Test
    void report_givenALedgerAndABundle_isAUsageError() {
        Cli.Result both = cli.run("report", "--ledger", "news", "--bundle", seeded.bundle().toString(), "--out", "site");
        assertEquals(2, both.code(), both.toString());
        assertTrue(both.err().contains("give --ledger or --bundle, not both"), both.err());
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void hostileTexts_comeOutEscaped_andOnlyTheReportsOwnElementsAreInAnyPage() throws IOException {
        String quote = "<script>alert(1)</script> officials said 5 <img src=x onerror=\"alert(2)\"> tanks";
        HostileReport.addTo(cli, quote);
        cli.ok("report", "--ledger", "news", "--out", "site");
        for (String page : files(dir.resolve("site"))) {
            if (!page.endsWith(".html")) {
                continue;
            }
            String html = cli.read("site/" + page);
            Set<String> elements = new TreeSet<>();
            Matcher tag = TAG.matcher(html);
            while (tag.find()) {
                elements.add(tag.group(2).toLowerCase());
            }
            elements.removeAll(ELEMENTS);
            assertEquals(Set.of(), elements, "elements in " + page + " that the report does not write");
            assertEquals(1, html.split("<style", -1).length - 1, "one stylesheet, the report's own, in " + page);
        }
        String hostile = Files.readString(onlySourcePageContaining("Breaking &amp; developing"), StandardCharsets.UTF_8);
        assertTrue(hostile.contains("&lt;script&gt;alert(1)&lt;/script&gt; officials said"), hostile);
        assertTrue(hostile.contains(escaped(HostileReport.STATEMENT)));
        assertTrue(hostile.contains(escaped(HostileReport.REASON)));
        assertTrue(hostile.contains(escaped(HostileReport.KEY_NAME)));
        assertTrue(cli.read("site/index.html").contains(escaped(HostileReport.TITLE)));
    }

    @Test
    void editedSourceText_isShownOnItsPage_asChanged() throws Exception {
        try (Attacker attacker = new Attacker(dir.resolve("news"))) {
            attacker.execute("UPDATE cl_sources SET content = REPLACE(content, '9 milioni', '8 milioni')");
        }
        Cli.Result result = cli.run("report", "--ledger", "news", "--out", "site");
        assertEquals(1, result.code(), result.toString());
        String page = cli.read("site/sources/" + seeded.sourceId() + ".html");
        assertTrue(page.contains("<li class=\"finding\" data-kind=\"source-hash\" data-entry=\"2\""), page);
        assertTrue(page.contains("<span class=\"label bad\">Changed</span> The text below is the text stored now"), page);
        assertTrue(page.contains("8 milioni"), "the text as stored now is shown");
    }

    @Test
    void missingSourceText_isShownOnItsPage() throws Exception {
        try (Attacker attacker = new Attacker(dir.resolve("news"))) {
            attacker.execute("DELETE FROM cl_sources");
        }
        Cli.Result result = cli.run("report", "--ledger", "news", "--out", "site");
        assertEquals(1, result.code(), result.toString());
        String page = cli.read("site/sources/" + seeded.sourceId() + ".html");
        assertTrue(page.contains("data-kind=\"source-missing\" data-entry=\"2\""), page);
        assertTrue(page.contains("The ledger holds no text for this source."), page);
        assertEquals(17, page.split("<article class=\"card", -1).length - 1, "every claim still has its card");
    }

    @Test
    void demo_endsByWritingTheReport_andSaysWhereToOpenIt() throws IOException {
        Cli.Result demo = cli.ok("demo", "--dir", "demo");
        Path index = dir.resolve("demo/report/index.html");
        assertTrue(demo.out().strip().endsWith("open " + index.toUri()), demo.out());
        assertTrue(Files.isRegularFile(index));
        String page;
        try (Stream<Path> pages = Files.list(dir.resolve("demo/report/sources"))) {
            page = Files.readString(pages.findFirst().orElseThrow(), StandardCharsets.UTF_8);
        }
        assertTrue(page.contains("<article class=\"card has-findings\" id=\"claim-8\""), "the edited claim's card");
    }

    private Path onlySourcePageContaining(String text) throws IOException {
        try (Stream<Path> pages = Files.list(dir.resolve("site/sources"))) {
            List<Path> matching = pages.filter(path -> {
                try {
                    return Files.readString(path, StandardCharsets.UTF_8).contains(text);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertEquals(1, matching.size(), matching.toString());
            return matching.get(0);
        }
    }

    /** Text as an HTML page must hold it. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(path -> !path.equals(root)).map(path -> root.relativize(path).toString()).sorted().toList();
        }
    }
}
