package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The report as a reader sees it: pages written by 'claimledger report' are opened in a real headless Chromium and
 * the rendered DOM is asserted on (what is highlighted, where findings are, what the keyboard does, what printing
 * keeps), with screenshots of the index and of the seed article's page saved under target/report-screenshots/.
 * Without Chromium (Debian's chromium package; .ci/run installs it) these tests are skipped and say so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserTest {
    static final Path SCREENSHOTS = Path.of("target", "report-screenshots");
    /** The figure colour of report.css (--figure), as Chromium computes it: proof the inline stylesheet applied. */
    private static final String FIGURE_BACKGROUND = "rgb(255, 196, 112)";
    private static final String QUOTE_BACKGROUND = "rgb(255, 240, 160)";
    private static final String HOSTILE_QUOTE = "<script>window.__pwned = 1</script> officials said 5 "
            + "<img src=x onerror=\"window.__pwned = 2\"> tanks";

    private Path dir;
    private Chromium chromium;
    private Cli cli;
    private String seedSource;
    private String hostileSource;
    private Path site;
    private Path tampered;

    @BeforeAll
    void writeReportsAndStartChromium() throws Exception {
        Optional<Path> binary = Chromium.binary();
        if (binary.isEmpty()) {
            System.err.println("ReportBrowserTest: SKIPPED, no Chromium here (install Debian's chromium package, as "
                    + ".ci/run does, or pass -Dclaimledger.chromium=PATH)");
        }
        Assumptions.assumeTrue(binary.isPresent(), "Chromium is not installed: the browser tests are skipped");
        dir = Files.createTempDirectory("claimledger-report-browser");
        SeededLedger seeded = SeededLedger.shared();
        seedSource = seeded.sourceId();
        Path tamperedDir = Files.createDirectory(dir.resolve("tampered"));
        Cli attacked = seeded.copyTo(tamperedDir);
        try (Attacker attacker = new Attacker(tamperedDir.resolve("news"))) {
            attacker.replaceInLeaf(8, "\"value\":\"9000000\"", "\"value\":\"8000000\"");
        }
        Cli.Result report = attacked.run("report", "--ledger", "news", "--out", "site", "--trust", "ledger.vkey");
        assertEquals(1, report.code(), report.toString());
        tampered = tamperedDir.resolve("site");

        cli = seeded.copyTo(Files.createDirectory(dir.resolve("clean")));
        cli.ok("claim", "correct", "8", "--set", "figures[0].unit=colpi di artiglieria", "--reason",
                "the report counts shells only", "--ledger", "news", "--key", "giulia.key");
        cli.ok("claim", "retract", "15", "--reason", "said in 2023, not at this meeting", "--ledger", "news", "--key",
                "giulia.key");
        hostileSource = HostileReport.addTo(cli, HOSTILE_QUOTE);
        cli.ok("report", "--ledger", "news", "--out", "site", "--trust", "ledger.vkey");
        site = cli.path("site");
        chromium = Chromium.start(binary.get());
    }

    @AfterAll
    void stopChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        if (dir != null) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private Path page(Path report, String sourceId) {
        return report.resolve("sources").resolve(sourceId + ".html");
    }

    @Test
    void seedPage_highlightsExactlyTheSignedCurrentClaims_andTheFigureSpanOnItsText() throws Exception {
        Chromium.Tab tab = chromium.tab(1400, 1000).open(page(site, seedSource));
        List<Long> current = new ArrayList<>();
        for (JsonNode claim : Reports.parse(cli.ok("claims", "--current", "--json", "--ledger", "news").out())) {
            if (claim.path("version").path("source").asText().equals(seedSource)) {
                current.add(claim.path("claim").asLong());
            }
        }
        assertEquals(16, current.size(), "17 seed claims, one retracted: " + current);
        JsonNode highlighted = tab.eval("[...new Set([...document.querySelectorAll('.article a.hl[data-q]')]"
                + ".flatMap(a => a.dataset.q.split(' ').map(Number)))].sort((a, b) => a - b)");
        assertEquals(current.toString(), highlighted.toString().replace(",", ", "),
                "every current claim of the source is highlighted in its text, and no other");
        assertEquals(current.toString(), tab.eval("[...document.querySelectorAll('.card:not([data-status=retracted])')]"
                + ".map(c => Number(c.dataset.claim))").toString().replace(",", ", "), "one card per current claim");

        // Claim 8's first figure, "9 milioni": the pieces marked as it read exactly that, inside claim 8's quote,
        // drawn in the figure colour.
        assertEquals("9 milioni", tab.eval("[...document.querySelectorAll('.article a.hl[data-f~=\"8:0\"]')]"
                + ".map(a => a.textContent).join('')").asText());
        assertEquals(true, tab.eval("[...document.querySelectorAll('.article a.hl[data-f~=\"8:0\"]')]"
                + ".every(a => a.dataset.q.split(' ').includes('8'))").asBoolean());
        assertEquals(FIGURE_BACKGROUND, tab.eval("getComputedStyle(document.querySelector('.article a.hl[data-f~=\"8:0\"]'))"
                + ".backgroundColor").asText());
        assertEquals(QUOTE_BACKGROUND, tab.eval("getComputedStyle([...document.querySelectorAll('.article a.hl.q')]"
                + ".find(a => !a.dataset.f && !a.dataset.a)).backgroundColor").asText());
        // The text as registered is all there, in order: marks add elements, not characters.
        String article = Files.readString(Cli.SEED_ARTICLE);
        assertEquals(article, tab.eval("document.querySelector('.article').textContent").asText());

        tab.screenshot(SCREENSHOTS.resolve("seed-article.png"));

        // Selecting the figure (brought into view first, as a reader sees it before clicking) shows claim 8's card
        // beside the text, both in view.
        Chromium.Tab small = chromium.tab(1100, 760).open(page(site, seedSource));
        small.eval("(f => { f.scrollIntoView({block: 'center'}); f.click(); })"
                + "(document.querySelector('.article a.hl[data-f~=\"8:0\"]'))");
        assertEquals("#claim-8", small.eval("location.hash").asText());
        JsonNode inView = small.eval("['.article a.hl[data-f~=\"8:0\"]', '#claim-8 h3'].map(s => { const r = document"
                + ".querySelector(s).getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })");
        assertEquals("[true,true]", inView.toString(), "the marked figure and its card are both on screen");
        small.screenshot(SCREENSHOTS.resolve("seed-article-claim-8.png"));
        Chromium.Tab index = chromium.tab(1400, 1000).open(site.resolve("index.html"));
        index.screenshot(SCREENSHOTS.resolve("index.png"));
        assertEquals("Verified", index.eval("document.querySelector('#verdict .label').textContent").asText());
        assertEquals("17", index.eval("document.querySelector('#count-current').textContent").asText(),
                "the seed's 16 and the hostile source's one");
        assertEquals("1", index.eval("document.querySelector('#count-retracted').textContent").asText());
    }

    @Test
    void correctedClaim_isFlagged_andRetractedClaim_isStruckThrough_withTheirHistory() {
        Chromium.Tab tab = chromium.tab(1400, 1000).open(page(site, seedSource));
        assertEquals("corrected", tab.eval("document.querySelector('#claim-8').dataset.status").asText());
        assertEquals("\"corrected\"", tab.eval("getComputedStyle([...document.querySelectorAll('.article a.end-cor')]"
                + ".find(a => a.dataset.q.split(' ').includes('8')), '::after').content").asText(),
                "the corrected claim's quote ends with a 'corrected' label");
        JsonNode change = tab.eval("[...document.querySelectorAll('#claim-8 .history table.diff tr')].slice(1)"
                + ".map(tr => [...tr.cells].map(td => td.textContent))");
        assertEquals("[[\"figures[0].unit\",\"colpi di artiglieria e munizioni\",\"colpi di artiglieria\"]]",
                change.toString());
        assertTrue(tab.eval("document.querySelector('#claim-8 .history').textContent").asText()
                .contains("the report counts shells only"));

        assertEquals("retracted", tab.eval("document.querySelector('#claim-15').dataset.status").asText());
        JsonNode struck = tab.eval("[...document.querySelectorAll('.article a.hl[data-r~=\"15\"]')]"
                + ".filter(a => !a.dataset.q).map(a => getComputedStyle(a).textDecorationLine)");
        assertFalse(struck.isEmpty(), "the retracted claim's quote is still in the text");
        struck.forEach(line -> assertEquals("line-through", line.asText()));
        assertEquals(false, tab.eval("[...document.querySelectorAll('.article a.hl[data-q]')]"
                + ".some(a => a.dataset.q.split(' ').includes('15'))").asBoolean(), "a retracted claim is not highlighted");
        assertTrue(tab.eval("document.querySelector('#claim-15 .history').textContent").asText()
                .contains("said in 2023, not at this meeting"));
    }

    @Test
    void tamperedLedger_showsTheFindingOnTheEditedClaimsCard_withBothValues() throws Exception {
        Chromium.Tab tab = chromium.tab(1400, 1000).open(page(tampered, seedSource));
        JsonNode cardsWithFindings = tab.eval("[...document.querySelectorAll('.card.has-findings')].map(c => c.id)");
        assertEquals("[\"claim-8\"]", cardsWithFindings.toString(), "only the edited claim's card carries findings");
        JsonNode findings = tab.eval("[...document.querySelectorAll('#claim-8 li.finding')].map(li => [li.dataset.kind, "
                + "li.dataset.field, li.querySelector('.expected').textContent, li.querySelector('.actual').textContent])");
        assertTrue(findings.toString().contains("[\"figure-value\",\"body.figures[0].value\",\"9000000\",\"8000000\"]"),
                findings.toString());
        assertTrue(findings.toString().contains("[\"field-changed\",\"body.figures[0].value\","), findings.toString());
        assertEquals("8000000", tab.eval("document.querySelector('#claim-8 tr[data-figure=\"0\"] .value').textContent")
                .asText());
        assertTrue(tab.eval("document.querySelector('#claim-8 tr[data-figure=\"0\"]').classList.contains('flagged')")
                .asBoolean(), "the edited figure's row is flagged");
        assertEquals("FINDING", tab.eval("document.querySelector('#claim-8 li.finding .label').innerText").asText(),
                "a text label, not colour alone");
        assertEquals("rgb(176, 0, 32)", tab.eval("getComputedStyle(document.querySelector('#claim-8 li.finding'))"
                + ".borderLeftColor").asText());
        tab.screenshot(SCREENSHOTS.resolve("tampered-article.png"));

        Chromium.Tab index = chromium.tab(1400, 1000).open(tampered.resolve("index.html"));
        JsonNode onIndex = index.eval("[...document.querySelectorAll('#ledger-findings li.finding')]"
                + ".map(li => li.dataset.kind + ' ' + (li.dataset.entry || '-'))");
        assertTrue(onIndex.toString().contains("\"chain-broken 9\""), "the broken link is a chain finding: " + onIndex);
        assertTrue(onIndex.toString().contains("\"checkpoint -\""), "the signed checkpoint no longer holds: " + onIndex);
        assertFalse(onIndex.toString().contains("figure-value"), "claim findings stay on their card: " + onIndex);
        assertTrue(index.eval("document.querySelector('#verdict .label').textContent").asText().endsWith("findings"));
        index.screenshot(SCREENSHOTS.resolve("tampered-index.png"));
    }

    @Test
    void hostileTexts_renderAsText_andRunNothing() throws Exception {
        for (Path file : List.of(page(site, hostileSource), site.resolve("index.html"))) {
            Chromium.Tab tab = chromium.tab(1200, 900).open(file);
            assertTrue(tab.eval("window.__pwned === undefined").asBoolean(), "no script ran in " + file);
            assertEquals(0, tab.eval("document.querySelectorAll('script, img, svg, iframe, object, embed').length").asInt(),
                    "no element came out of the ledger's texts in " + file);
            assertEquals(0, tab.eval("[...document.querySelectorAll('*')].filter(e => [...e.attributes]"
                    + ".some(a => a.name.startsWith('on'))).length").asInt(), "no event handler in " + file);
            assertEquals(List.of(), tab.complaints(), "no console output, exception or blocked content in " + file);
        }
        Chromium.Tab tab = chromium.tab(1200, 900).open(page(site, hostileSource));
        assertTrue(tab.eval("document.title").asText().startsWith(HostileReport.TITLE));
        JsonNode card = tab.eval("(() => { const c = document.querySelector('.card'); return [c.querySelector("
                + "'blockquote').textContent, c.querySelector('.figures td.v + td.v + td.v').textContent, "
                + "c.querySelector('.attribution dd').textContent, c.textContent.includes("
                + "'" + HostileReport.REASON + "')]; })()");
        assertEquals(HOSTILE_QUOTE, card.get(0).asText(), "the quote reads as written, markup and all");
        assertEquals(HostileReport.UNIT, card.get(1).asText());
        assertEquals(HostileReport.WHO, card.get(2).asText());
        assertTrue(card.get(3).asBoolean(), "the correction's reason is shown as text");
        assertTrue(tab.eval("document.querySelector('.article').textContent").asText().contains(HOSTILE_QUOTE));
        assertEquals("5", tab.eval("[...document.querySelectorAll('.article a.hl.f')].map(a => a.textContent).join('')")
                .asText());
        tab.screenshot(SCREENSHOTS.resolve("hostile-article.png"));
    }

    @Test
    void pages_requestNothingButThemselves_andPrintKeepsTheMarksInOneColumn() {
        for (Path file : List.of(site.resolve("index.html"), page(site, seedSource), page(site, hostileSource))) {
            Chromium.Tab tab = chromium.tab(1200, 900).open(file);
            assertEquals(List.of(file.toUri().toString()), tab.requests(), "the only request is the page itself");
        }
        Chromium.Tab tab = chromium.tab(1200, 900).open(page(site, seedSource));
        assertEquals("auto", tab.eval("getComputedStyle(document.querySelector('.pane')).overflowY").asText());
        tab.media("print");
        assertEquals("block", tab.eval("getComputedStyle(document.querySelector('.layout')).display").asText());
        assertEquals("visible", tab.eval("getComputedStyle(document.querySelector('.pane')).overflowY").asText());
        assertEquals("none", tab.eval("getComputedStyle(document.querySelector('nav.claims')).display").asText());
        assertEquals(FIGURE_BACKGROUND, tab.eval("getComputedStyle(document.querySelector('.article a.hl.f'))"
                + ".backgroundColor").asText(), "printing keeps the highlights");
        assertEquals("exact", tab.eval("getComputedStyle(document.documentElement).printColorAdjust").asText());
    }

    @Test
    void keyboard_movesFromClaimToClaimInTheText_andEnterOpensTheCard() {
        Chromium.Tab tab = chromium.tab(1400, 1000).open(page(site, seedSource));
        tab.press("Tab", "Tab", 9);
        assertEquals("skip", tab.eval("document.activeElement.className").asText(), "the first stop skips to the content");
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < 200 && stops.size() < 4; i++) {
            tab.press("Tab", "Tab", 9);
            JsonNode focused = tab.eval("(() => { const e = document.activeElement; return e.closest('.article') "
                    + "? e.getAttribute('href') : null; })()");
            if (!focused.isNull()) {
                stops.add(focused.asText());
            }
        }
        assertEquals(List.of("#claim-3", "#claim-3", "#claim-5", "#claim-4"), stops, "claim 3's quote, then its "
                + "attribution (a separate passage), then claim 5's attribution, which comes before claim 4's quote");
        tab.press("Enter", "Enter", 13);
        assertEquals("#claim-4", tab.eval("location.hash").asText());
        assertTrue(tab.eval("document.querySelector('#claim-4').matches(':target')").asBoolean());
        assertEquals("solid", tab.eval("getComputedStyle(document.querySelector('#claim-4')).outlineStyle").asText(),
                "the selected card is outlined");
    }
}
