package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What catches an editor's slips before they are signed for good: sign --dry-run lists every problem of a claims
 * file, a claim already signed and current is not signed twice, and source add checks the text, its language
 * and its date.
 */
class EditorSafetyNetTest {
    private static final String SHELLS = "{\"quote\": \"Putin avrebbe spedito a Kim 9 milioni di colpi di artiglieria e "
            + "munizioni nel 2024\", \"figures\": [{\"text\": \"9 milioni\", \"value\": \"9000000\"}]}";

    @RegisterExtension
    static final SeededLedgerPerClass seeded = new SeededLedgerPerClass();

    @TempDir
    Path dir;

    Cli cli;

    @BeforeEach
    void copyLedger() {
        cli = seeded.copyTo(dir);
    }

    private int entries() {
        return Reports.parse(cli.ok("log", "--ledger", "news", "--json").out()).size();
    }

    private void write(String name, String... lines) throws IOException {
        Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private String header() {
        return "{\"v\": 1, \"source\": \"" + seeded.sourceId() + "\", \"claims\": [";
    }

    @Test
    void dryRun_reportsEveryProblemWithFileLineColumnAndField_signsNothing_needsNoKey() throws IOException {
        write("review.json",
                header(),
                "  {\"quote\": \"questa iniziativa, gestita da 11 membri delle Nazioni Unite\", \"figures\": []},",
                "  {\"quote\": 12},",
                "  {\"quote\": \"Putin ha spedito 12 milioni di colpi\", \"figures\": []},",
                "  {\"quote\": \"almeno 100 missili balistici\", \"figures\": [{\"text\": \"100\", \"value\": \"1000\"}]},",
                "  {\"quote\": \"questa iniziativa, gestita da 11 membri delle Nazioni Unite\", \"figures\": []}",
                "]}");
        int before = entries();
        Cli.Result result = cli.env(Passphrases.ENV, null).run("sign", "review.json", "--ledger", "news", "--dry-run");

        assertEquals(3, result.code(), "the first problem's exit code: " + result);
        List<String> lines = result.out().lines().toList();
        assertEquals(5, lines.size(), result.out());
        assertTrue(lines.get(0).startsWith("review.json:3:13: claims[1].quote"), lines.get(0));
        assertTrue(lines.get(1).startsWith("review.json:4:13: claims[2].quote: 'Putin ha spedito 12 milioni di colpi' "
                + "is not in source"), lines.get(1));
        assertTrue(lines.get(2).startsWith("review.json:5:82: claims[3].figures[0].value: figure text '100' reads as 100 "
                + "but value is 1000"), lines.get(2));
        assertTrue(lines.get(3).startsWith("review.json:6:3: claims[4]: the same quote span and figures as claims[0] of "
                + "this file"), lines.get(3));
        assertTrue(lines.get(3).endsWith("claims[0] of this file; remove one, or pass --allow-duplicates"), lines.get(3));
        assertEquals("dry run: 4 of 5 claims of review.json cannot be signed (4 problems); nothing was signed", lines.get(4));
        assertEquals("", result.err());
        assertEquals(before, entries(), "nothing was signed");

        JsonNode json = Reports.parse(cli.run("sign", "review.json", "--ledger", "news", "--dry-run", "--json").out());
        assertEquals(5, json.path("claims").asInt());
        assertEquals(1, json.path("signable").asInt());
        assertEquals(List.of(3, 4, 5, 14), json.path("problems").findValues("code").stream().map(JsonNode::asInt).toList());
    }

    @Test
    void sign_withSeveralProblems_namesTheFirst_andSaysHowManyMore() throws IOException {
        write("review.json", header(),
                "  {\"quote\": 12},",
                "  {\"quote\": \"Putin ha spedito 12 milioni di colpi\", \"figures\": []}",
                "]}");
        Cli.Result result = cli.run("sign", "review.json", "--ledger", "news", "--key", "giulia.key");
        assertEquals(3, result.code(), result.toString());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().contains("review.json:2:13: claims[0].quote"), result.err());
        assertTrue(result.err().strip().endsWith("; nothing was signed (1 more problem: 'claimledger sign --dry-run' "
                + "lists every one)"), result.err());
    }

    @Test
    void dryRun_ofAGoodFile_exitsZero() throws IOException {
        write("new.json", header(), "  {\"quote\": \"481 lavoratori in Russia\", \"figures\": [{\"text\": \"481\", "
                + "\"value\": \"481\"}]}", "]}");
        Cli.Result result = cli.ok("sign", "new.json", "--ledger", "news", "--dry-run");
        assertEquals("dry run: all 1 claims of new.json can be signed; nothing was signed\n", result.out());
    }

    @Test
    void sign_claimsAlreadySignedAndCurrent_isRefused_unlessDuplicatesAreAllowed() {
        int before = entries();
        Cli.Result again = cli.run("sign", "claims.json", "--ledger", "news", "--key", "giulia.key");
        assertEquals(14, again.code(), again.toString());
        assertTrue(again.err().contains("claims.json:6:5: claims[0]: claim 3 already says this (the same quote span and "
                + "figures, signed and current); to change it use 'claimledger claim correct 3', to sign it again anyway "
                + "pass --allow-duplicates; nothing was signed (16 more problems"), again.err());
        assertEquals(before, entries());

        Cli.Result allowed = cli.ok("sign", "claims.json", "--ledger", "news", "--key", "giulia.key", "--allow-duplicates");
        assertTrue(allowed.out().startsWith("signed 17 claims"), allowed.out());
    }

    @Test
    void claimAdd_ofWhatACurrentClaimSays_isRefused_butARetractedOneMayBeSignedAgain() throws IOException {
        String[] shells = {"claim", "add", "--ledger", "news", "--key", "giulia.key", "--source", seeded.sourceId(),
                "--quote", "Putin avrebbe spedito a Kim 9 milioni di colpi di artiglieria e munizioni nel 2024",
                "--figure", "9 milioni", "--value", "9000000"};
        Cli.Result refused = cli.run(shells);
        assertEquals(14, refused.code(), refused.toString());
        assertTrue(refused.err().contains("claim 8 already says this"), refused.err());
        assertTrue(refused.err().contains("'claimledger claim correct 8'"), refused.err());

        cli.ok("claim", "retract", "8", "--reason", "withdrawn", "--ledger", "news", "--key", "giulia.key");
        write("again.json", header(), "  " + SHELLS, "]}");
        cli.ok("sign", "again.json", "--ledger", "news", "--key", "giulia.key");
        Cli.Result twice = cli.run(shells);
        assertEquals(14, twice.code(), "the new claim is current: " + twice);
    }

    @Test
    void sourceAdd_refusesAnEmptyFile() throws IOException {
        write("empty.txt", "   ");
        Cli.Result result = cli.run("source", "add", "empty.txt", "--lang", "it", "--ledger", "news", "--key", "giulia.key");
        assertEquals(3, result.code(), result.toString());
        assertEquals("claimledger: source file empty.txt is empty (only white space); there is no text to register\n",
                result.err());
    }

    @Test
    void sourceAdd_refusesALanguageTheTextIsNotWrittenIn() throws IOException {
        Files.copy(Cli.FIXTURES.resolve("articles").resolve("en_port_traffic.txt"), dir.resolve("port.txt"));
        int before = entries();
        Cli.Result result = cli.run("source", "add", "port.txt", "--lang", "it", "--ledger", "news", "--key", "giulia.key");
        assertEquals(ExitCodes.USAGE, result.code(), result.toString());
        assertTrue(result.err().startsWith("claimledger: --lang it does not fit port.txt: the text reads as English, not "
                + "Italian ("), result.err());
        assertTrue(result.err().contains("so register it with --lang en"), result.err());
        assertEquals(before, entries());
        cli.ok("source", "add", "port.txt", "--lang", "en", "--ledger", "news", "--key", "giulia.key");
    }

    @Test
    void sourceAdd_refusesAPublicationDateThatIsNotADate() throws IOException {
        Files.copy(Cli.FIXTURES.resolve("articles").resolve("it_energia_rinnovabili.txt"), dir.resolve("energia.txt"));
        Cli.Result result = cli.run("source", "add", "energia.txt", "--lang", "it", "--published", "yesterday",
                "--ledger", "news", "--key", "giulia.key");
        assertEquals(ExitCodes.USAGE, result.code(), result.toString());
        assertTrue(result.err().contains("'yesterday' is not an ISO 8601 date; write 2025, 2025-06, 2025-06-01 or "
                + "2025-06-01T09:30:00+02:00"), result.err());
        Cli.Result month = cli.ok("source", "add", "energia.txt", "--lang", "it", "--published", "2025-06",
                "--ledger", "news", "--key", "giulia.key", "--json");
        assertEquals("2025-06", Reports.parse(month.out()).path("entry").path("body").path("published").asText());
    }
}
