package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an editor and an auditor do on a fresh machine, through the real command line. */
class EditorWorkflowTest {
    @TempDir
    Path dir;

    @Test
    void newsroomSession_initEnrolRegisterSignListShowVerify() throws Exception {
        Cli cli = new Cli(dir);
        String sourceId = cli.seedLedger();

        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(dir.resolve("giulia.key")), "key files are owner-only");
        assertFalse(Files.readString(dir.resolve("giulia.key")).contains(Cli.PASSPHRASE), "the passphrase is not stored");

        Cli.Result added = cli.ok("claim", "add", "--ledger", "news", "--key", "giulia.key", "--source",
                sourceId.substring(0, 12), "--quote", "481 lavoratori in Russia, di cui 198 nel settore edile",
                "--figure", "481", "--value", "481", "--unit", "lavoratori",
                "--figure", "198", "--value", "198", "--unit", "lavoratori nel settore edile");
        assertTrue(added.out().startsWith("entry 20: signed claim 20: "), added.out());
        assertTrue(added.out().contains("[481 lavoratori] [198 lavoratori nel settore edile]"), added.out());

        Cli.Result log = cli.ok("log", "--ledger", "news");
        assertEquals(21, log.out().lines().count(), log.out());
        assertTrue(log.out().lines().findFirst().orElseThrow().contains("genesis"), log.out());
        assertTrue(log.out().contains("giulia.rossi"), "signers are shown by name: " + log.out());

        JsonNode shown = Reports.parse(cli.ok("show", "20", "--ledger", "news", "--json").out());
        JsonNode figure = shown.path("entry").path("body").path("figures").path(1);
        assertEquals("198", figure.path("value").asText());
        String article = Files.readString(dir.resolve("article.txt"), StandardCharsets.UTF_8);
        byte[] bytes = article.getBytes(StandardCharsets.UTF_8);
        int start = figure.path("span").path("start").asInt();
        int end = figure.path("span").path("end").asInt();
        assertEquals("198", new String(bytes, start, end - start, StandardCharsets.UTF_8), "spans are UTF-8 byte offsets");

        String leaf = cli.ok("show", "20", "--ledger", "news", "--leaf").out();
        assertTrue(leaf.startsWith("{\"body\":") && leaf.endsWith("}"), "the exact canonical leaf: " + leaf);

        Cli.Result first = cli.ok("verify", "--ledger", "news");
        assertTrue(first.out().contains("\nstate: first use of origin newsroom.example/claims: pinned its ledger key "), first.out());
        assertTrue(first.out().contains("verify: OK, checked 21 entries: 18 claims, 21 signatures"), first.out());
        Cli.Result second = cli.ok("verify", "--ledger", "news");
        assertTrue(second.out().contains("matches the pin"), second.out());
    }

    @Test
    void verify_differentLedgerUnderPinnedOrigin_isATrustFinding() {
        Cli cli = new Cli(dir);
        cli.seedLedger();
        cli.ok("verify", "--ledger", "news");
        cli.ok("init", "--ledger", "impostor", "--origin", "newsroom.example/claims", "--key-out", "impostor.key");
        Cli.Result result = cli.run("verify", "--ledger", "impostor", "--json");
        assertEquals(ExitCodes.VERIFY_FAILED, result.code(), result.toString());
        Reports.Finding trust = Reports.find(Reports.findings(result.out()), null, "trust", "genesis.body.key");
        assertTrue(trust.message().contains("differs from the one pinned"), trust.message());
    }

    @Test
    void verifySource_namesEveryClaimTheEditedArticleNoLongerSupports() throws Exception {
        Cli cli = new Cli(dir);
        cli.seedLedger();
        String article = Files.readString(dir.resolve("article.txt"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("article-as-published-now.txt"),
                article.replace("9 milioni di colpi", "8 milioni di colpi"), StandardCharsets.UTF_8);

        Cli.Result same = cli.ok("verify", "--ledger", "news", "--source", "article.txt");
        assertTrue(same.out().contains("is byte for byte the registered source"), same.out());

        Cli.Result result = cli.run("verify", "--ledger", "news", "--source", "article-as-published-now.txt", "--json");
        assertEquals(ExitCodes.VERIFY_FAILED, result.code(), result.toString());
        var findings = Reports.findings(result.out());
        assertEquals(1, findings.stream().filter(f -> f.field().equals("body.quote.text")).count(), findings.toString());
        Reports.Finding quote = findings.stream().filter(f -> f.field().equals("body.quote.text")).findFirst().orElseThrow();
        assertEquals("source-file-changed", quote.kind());
        assertTrue(quote.expected().contains("9 milioni") && quote.actual().contains("8 milioni"), quote.toString());
        Reports.Finding figure = Reports.find(findings, quote.entry(), "source-file-changed", "body.figures[0].text");
        assertEquals("9 milioni", figure.expected());
        assertEquals("8 milioni", figure.actual());
    }

    @Test
    void verifySource_aLineAddedOnTop_movesQuotesButChangesNothing() throws Exception {
        Cli cli = new Cli(dir);
        cli.seedLedger();
        String article = Files.readString(dir.resolve("article.txt"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("republished.txt"), "Aggiornato il 2 giugno.\n" + article, StandardCharsets.UTF_8);
        Cli.Result result = cli.ok("verify", "--ledger", "news", "--source", "republished.txt");
        assertTrue(result.out().contains("0 of 17 current claims match at their spans, 17 moved but unchanged, "
                + "0 no longer supported"), result.out());
    }
}
