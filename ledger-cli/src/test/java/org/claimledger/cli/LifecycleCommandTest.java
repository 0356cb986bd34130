package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimledger.crypto.Hex;
import org.claimledger.crypto.KeyFile;
import org.claimledger.crypto.KeyFingerprint;
import org.claimledger.crypto.Sha256;
import org.claimledger.failure.LedgerException;
import org.claimledger.store.LedgerLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editorial lifecycle on the seed article, from the command line: sign its claims, correct a figure (against
 * the corrected article) and an attribution, retract a claim, rotate an editor key, revoke another, rotate the
 * ledger key; verify stays clean and history shows each step.
 */
class LifecycleCommandTest {
    private static final Path ARTICLE = Path.of("..", "fixtures", "000_24432489f640e24b.txt").toAbsolutePath();
    private static final Path CLAIMS = Path.of("..", "fixtures", "claims", "seed-claims.json").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORIGIN = "newsroom.example/claims";
    private static final long SHELLS = 9;
    private static final long NK_NEWS = 17;
    private static final long SHOIGU = 16;

    @TempDir
    Path directory;

    private Cli session;

    private Cli.Result ok(String... args) {
        Cli.Result run = session.run(args);
        assertEquals(0, run.code(), () -> String.join(" ", args) + "\n" + run);
        session.advance(Duration.ofMinutes(5));
        return run;
    }

    @BeforeEach
    void signTheSeedArticle() throws IOException {
        session = new Cli(directory).env(LedgerOption.ENV, directory.resolve("news").toString());
        String vkey = ok("init", "--origin", ORIGIN, "--key-out", "ledger.key").out().lines()
                .filter(line -> line.startsWith(ORIGIN + "+")).findFirst().orElseThrow();
        Files.writeString(directory.resolve("trusted.vkey"), vkey + "\n");
        ok("key", "new", "--name", "giulia.rossi", "--out", "giulia.key");
        ok("key", "new", "--name", "marco.bianchi", "--out", "marco.key");
        ok("key", "enroll", "giulia.key", "--ledger-key", "ledger.key");
        ok("key", "enroll", "marco.key", "--ledger-key", "ledger.key");
        ok("source", "add", ARTICLE.toString(), "--lang", "it", "--key", "giulia.key");
        assertEquals("signed 17 claims as entries 4 to 20\n", ok("sign", CLAIMS.toString(), "--key", "giulia.key").out());
    }

    private void correctShellsAgainstTheCorrectedArticle() throws IOException {
        String corrected = Files.readString(ARTICLE, StandardCharsets.UTF_8).replace("9 milioni", "8 milioni");
        Files.writeString(directory.resolve("corrected.txt"), corrected);
        ok("source", "add", "corrected.txt", "--lang", "it", "--key", "marco.key");
        String correctedId = Hex.encode(Sha256.hash(corrected.getBytes(StandardCharsets.UTF_8)));
        Cli.Result run = ok("claim", "correct", Long.toString(SHELLS), "--source", correctedId.substring(0, 12),
                "--quote", "Putin avrebbe spedito a Kim 8 milioni di colpi di artiglieria e munizioni nel 2024",
                "--set", "figures[0].text=8 milioni", "--set", "figures[0].value=8000000",
                "--reason", "The MSMT report says 8 million shells; the article was corrected", "--key", "marco.key");
        assertTrue(run.out().startsWith("entry 22: corrected claim 9 (version 2): "), run.out());
        assertTrue(run.out().contains("\n    figures[0].value: 9000000 -> 8000000\n"), run.out());
    }

    @Test
    void fullLifecycle_verifiesClean_andHistoryShowsEachStep() throws IOException {
        correctShellsAgainstTheCorrectedArticle();
        ok("claim", "correct", Long.toString(NK_NEWS), "--set", "attribution.who=NK News",
                "--reason", "The portal is called NK News", "--key", "giulia.key");
        assertEquals("entry 24: retracted claim 16: Shoigu said this in 2023, not at this meeting\n",
                ok("claim", "retract", Long.toString(SHOIGU), "--reason", "Shoigu said this in 2023, not at this meeting",
                        "--key", "giulia.key").out());
        ok("key", "new", "--name", "giulia.rossi-2025", "--out", "giulia2.key");
        String rotatedFrom = session.now().toString();
        Cli.Result rotated = ok("key", "rotate", "giulia.rossi", "--new-key", "giulia2.key",
                "--from", rotatedFrom, "--reason", "new laptop", "--ledger-key", "ledger.key");
        assertTrue(rotated.out().startsWith("entries 25-26: enrolled giulia.rossi-2025 "), rotated.out());
        ok("key", "revoke", "marco.bianchi", "--reason", "left the newsroom", "--ledger-key", "ledger.key");
        ok("key", "new", "--name", ORIGIN, "--out", "ledger2.key");
        Cli.Result ledgerRotated = ok("key", "rotate-ledger", "--new-key", "ledger2.key",
                "--reason", "yearly rotation", "--ledger-key", "ledger.key");
        assertTrue(ledgerRotated.out().startsWith("entry 28: ledger key "), ledgerRotated.out());
        ok("key", "new", "--name", "luca.verdi", "--out", "luca.key");
        ok("key", "enroll", "luca.key", "--ledger-key", "ledger2.key");
        ok("claim", "add", "--source", "4d76809f", "--quote", "481 lavoratori in Russia",
                "--figure", "481", "--value", "481", "--key", "giulia2.key");

        Cli.Result verify = session.run("verify", "--trust", "trusted.vkey");
        assertEquals(0, verify.code(), verify.toString());
        assertTrue(verify.out().contains("history: claim 9 changed by correction entry 22 (signed by marco.bianchi, "
                + "reason: The MSMT report says 8 million shells; the article was corrected)\n"), verify.out());
        assertTrue(verify.out().contains("history: claim 16 retracted by entry 24 (signed by giulia.rossi, reason: "
                + "Shoigu said this in 2023, not at this meeting)\n"), verify.out());
        assertTrue(verify.out().contains("verify: OK, checked 31 entries: 18 claims (2 corrections, 1 retraction), "),
                verify.out());

        String history = ok("history", Long.toString(SHELLS)).out();
        assertEquals(List.of(
                "claim 9: 2 versions, current version entry 22",
                "v1  entry 9  2025-06-01T09:30:00.000Z  claim  signed by giulia.rossi (" + keyId("giulia.key") + ")",
                "v2  entry 22  2025-06-01T09:40:00.000Z  correction  signed by marco.bianchi (" + keyId("marco.key") + ")",
                "    reason: The MSMT report says 8 million shells; the article was corrected",
                "    figures[0].text: 9 milioni -> 8 milioni",
                "    figures[0].value: 9000000 -> 8000000"),
                history.lines().filter(line -> !line.contains("quote.text") && !line.contains("source:")
                        && !line.startsWith("    \"")).toList());

        JsonNode nk = JSON.readTree(ok("history", Long.toString(NK_NEWS), "--json").out());
        assertEquals(2, nk.path("versions").asInt());
        JsonNode change = nk.path("steps").path(1).path("changes");
        assertEquals(1, change.size(), change.toString());
        assertEquals("attribution.who", change.path(0).path("field").asText());
        assertEquals("Nk News", change.path(0).path("before").asText());
        assertEquals("NK News", change.path(0).path("after").asText());

        JsonNode shoigu = JSON.readTree(ok("history", Long.toString(SHOIGU), "--json").out());
        assertTrue(shoigu.path("retracted").asBoolean());
        assertEquals("retraction", shoigu.path("steps").path(1).path("type").asText());
        assertEquals("Shoigu said this in 2023, not at this meeting", shoigu.path("steps").path(1).path("reason").asText());

        String keys = ok("key", "list").out();
        assertTrue(keys.contains("  editor  revoked  giulia.rossi "), keys);
        assertTrue(keys.contains("until " + rotatedFrom.replace("Z", ".000Z") + " (entry 26: new laptop; successor "), keys);
        assertTrue(keys.contains("  editor  revoked  marco.bianchi "), keys);
        assertTrue(keys.contains("  ledger  replaced " + ORIGIN), keys);
        assertTrue(keys.contains("  ledger  active   " + ORIGIN), keys);
    }

    @Test
    void claims_listCurrentVersions_markRetractions_andFilter() throws IOException {
        correctShellsAgainstTheCorrectedArticle();
        ok("claim", "retract", Long.toString(SHOIGU), "--reason", "misattributed", "--key", "giulia.key");

        String all = ok("claims").out();
        assertTrue(all.endsWith("17 claims (1 corrected, 1 retracted)\n"), all);
        assertTrue(all.contains("    9  corrected v2  marco.bianchi      \"Putin avrebbe spedito a Kim 8 milioni"), all);
        assertTrue(all.contains("   16  retracted v1  giulia.rossi "), all);
        assertTrue(ok("claims", "--current").out().endsWith("16 claims (1 corrected, 0 retracted)\n"));
        JsonNode big = JSON.readTree(ok("claims", "--min", "1000000", "--json").out());
        assertEquals(1, big.size());
        assertEquals(9, big.path(0).path("claim").asLong());
        assertEquals("8000000", big.path(0).path("version").path("figures").path(0).path("value").asText());
        assertEquals(List.of(17L), ids(ok("claims", "--who", "nk news", "--json").out()));
        assertEquals(List.of(9L), ids(ok("claims", "--signer", "marco.bianchi", "--json").out()));
        assertEquals(List.of(9L), ids(ok("claims", "--source", correctedPrefix(), "--json").out()));
        assertEquals(List.of(20L), ids(ok("claims", "--min", "200", "--max", "500", "--json").out()));
    }

    @Test
    void correctingARetractedClaim_exits14_withOneLineOnStderr() {
        ok("claim", "retract", Long.toString(SHOIGU), "--reason", "misattributed", "--key", "giulia.key");
        Cli.Result run = session.run("claim", "correct", Long.toString(SHOIGU), "--set", "statement=x",
                "--reason", "fix", "--key", "giulia.key");
        assertEquals(14, run.code(), run.toString());
        assertEquals("", run.out());
        assertEquals("claimledger: claim 16 was retracted by entry 21 (misattributed) and cannot be corrected; "
                + "sign a new claim instead\n", run.err());
    }

    @Test
    void correctionErrors_haveTheirOwnExitCodes() {
        assertEquals(2, session.run("claim", "correct", "9", "--set", "statement=x", "--key", "giulia.key").code(),
                "--reason is required");
        Cli.Result missing = session.run("claim", "correct", "99", "--set", "statement=x", "--reason", "r",
                "--key", "giulia.key");
        assertEquals(13, missing.code(), missing.toString());
        assertEquals("claimledger: there is no claim 99; 'claimledger claims' lists the claims by id\n", missing.err());
        Cli.Result contradiction = session.run("claim", "correct", "9", "--set", "figures[0].value=8000000",
                "--reason", "r", "--key", "giulia.key");
        assertEquals(5, contradiction.code(), contradiction.toString());
        Cli.Result badField = session.run("claim", "correct", "9", "--set", "figures[3].value=1",
                "--reason", "r", "--key", "giulia.key");
        assertEquals(ExitCodes.USAGE, badField.code(), badField.toString());
        assertEquals("claimledger: --set figures[3].value: the claim has 1 figure(s), figures[0] to figures[0]; "
                + "use --figure to give the whole list\n", badField.err());
        Cli.Result hugeIndex = session.run("claim", "correct", "9", "--set", "figures[99999999999].value=1",
                "--reason", "r", "--key", "giulia.key");
        assertEquals(ExitCodes.USAGE, hugeIndex.code(), "an index no int holds is out of range, not exit 70: " + hugeIndex);
        assertEquals("claimledger: --set figures[99999999999].value: the claim has 1 figure(s), figures[0] to "
                + "figures[0]; use --figure to give the whole list\n", hugeIndex.err());
    }

    @Test
    void correction_fromAClaimsFile_replacesTheWholeVersion() throws IOException {
        Files.writeString(directory.resolve("new-version.json"), """
                {"v": 1, "claims": [{
                  "quote": "Bene per Pyongyang che, come ha spiegato il portale Nk News, potrebbe trarre vantaggio dall'integrazione del Pantsir con le sue varianti nazionali dell'S-300 russo, o potenzialmente dell'S-400, creando un sistema di difesa aerea \\"a due livelli\\" almeno nei pressi di Pyongyang per proteggere la leadership del Paese.",
                  "figures": [],
                  "attribution": {"who": "NK News", "kind": "publication", "cue": "ha spiegato",
                                  "text": "come ha spiegato il portale Nk News"}
                }]}
                """);
        Cli.Result run = ok("claim", "correct", Long.toString(NK_NEWS), "--file", "new-version.json",
                "--reason", "the two levels are not a figure; the portal is called NK News", "--key", "giulia.key", "--json");
        JsonNode result = JSON.readTree(run.out());
        assertEquals(2, result.path("version").asInt());
        List<String> fields = new ArrayList<>();
        result.path("changes").forEach(change -> fields.add(change.path("field").asText()));
        assertTrue(fields.containsAll(List.of("attribution.who", "figures", "figures[0].value")), fields.toString());
    }

    @Test
    void deletedRevocation_isNamedByVerify_asAChainBreak() throws SQLException {
        ok("key", "revoke", "marco.bianchi", "--reason", "left the newsroom", "--ledger-key", "ledger.key");
        ok("claim", "correct", Long.toString(NK_NEWS), "--set", "attribution.who=NK News", "--reason", "name",
                "--key", "giulia.key");
        LedgerLocation location = LedgerLocation.of(directory.resolve("news").toString());
        try (Connection connection = DriverManager.getConnection(location.jdbcUrl(), "", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TRIGGER cl_entries_append_only");
            statement.execute("DELETE FROM cl_entries WHERE seq = 21");
        }
        Cli.Result verify = session.run("verify", "--trust", "trusted.vkey");
        assertEquals(1, verify.code(), verify.toString());
        assertTrue(verify.out().contains("entry 22  chain-broken  prev: "), verify.out());
        assertTrue(verify.out().contains("entry 22  entry-missing  seq: entry 21 is missing: the ledger jumps from "
                + "entry 20 to entry 22\n"), verify.out());
    }

    private String correctedPrefix() throws IOException {
        byte[] corrected = Files.readAllBytes(directory.resolve("corrected.txt"));
        return Hex.encode(Sha256.hash(corrected)).substring(0, 12);
    }

    private String keyId(String keyFile) {
        try {
            return KeyFingerprint.of(KeyFile.read(directory.resolve(keyFile)).publicKey());
        } catch (LedgerException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static List<Long> ids(String json) throws IOException {
        List<Long> ids = new ArrayList<>();
        JSON.readTree(json).forEach(claim -> ids.add(claim.path("claim").asLong()));
        return ids;
    }
}
