package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.claims.ClaimsFile;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.KeyFile;
import org.claimledger.crypto.NamedKey;
import org.claimledger.entry.EntryType;
import org.claimledger.ledger.Ledger;
import org.claimledger.ledger.SourceMetadata;
import org.claimledger.model.Language;
import org.claimledger.model.SourceText;
import org.claimledger.store.LedgerLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 item 3, performed: a newsroom rotates its ledger key K1 to K2 after a suspected leak; whoever holds
 * the retired K1 builds a whole new ledger under the same origin (genesis by K1, an editor of their own, a
 * made-up article and claim) and ends it with a rotation to K2 carrying the genuine ledger's proof, copied
 * verbatim. An auditor who trusts only K2 must not be told that ledger is fine.
 */
class LedgerKeyReplayTest {
    private static final String ORIGIN = "newsroom.example/claims";

    @TempDir
    Path dir;

    @Test
    void forgedLedgerEndingInACopiedHandOverProof_isRefusedAtTheRotationEntry_underTheCurrentKey() throws Exception {
        Cli cli = new Cli(dir);
        cli.seedLedger();
        cli.ok("key", "new", "--name", ORIGIN, "--out", "ledger2.key");
        cli.ok("key", "rotate-ledger", "--ledger", "news", "--new-key", "ledger2.key", "--reason", "suspected leak",
                "--ledger-key", "ledger.key");
        Files.writeString(cli.path("ledger2.vkey"), cli.ok("key", "vkey", "ledger2.key").out());
        Cli.Result genuine = cli.run("verify", "--ledger", "news", "--trust", "ledger2.vkey", "--state", "auditor-1");
        assertEquals(0, genuine.code(), genuine.toString());

        JsonNode rotation = Reports.parse(cli.ok("show", "20", "--ledger", "news", "--leaf").out());
        assertEquals("ledger-key", rotation.path("type").asText());

        NamedKey retired = KeyFile.read(cli.path("ledger.key")).unlock(Cli.PASSPHRASE.toCharArray());
        NamedKey mallory = new NamedKey("mallory", Ed25519PrivateKey.generate(new SecureRandom()));
        Clock clock = Clock.fixed(cli.now(), ZoneOffset.UTC);
        SourceText fake = SourceText.fromString("Il ministro ha detto che sono stati spediti 7 milioni di colpi.\n");
        String claims = "{\"v\": 1, \"source\": \"" + fake.id() + "\", \"claims\": [{\"quote\": "
                + "\"sono stati spediti 7 milioni di colpi\", \"figures\": [{\"text\": \"7 milioni\", "
                + "\"value\": \"7000000\", \"qualifier\": \"exactly\"}]}]}";
        ObjectNode copied = (ObjectNode) rotation.path("body").deepCopy();
        try (Ledger ledger = Ledger.create(LedgerLocation.of(cli.path("forged").toString()), ORIGIN, retired, clock)) {
            ledger.enroll(retired, mallory.name(), mallory.publicKey());
            ledger.addSource(mallory, fake, new SourceMetadata("Notizie", null, null, null, Language.IT));
            ledger.signClaims(mallory, ClaimsFile.read(claims.getBytes(StandardCharsets.UTF_8), "claims.json"), null);
            long seq = ledger.store().append(appender ->
                    appender.append(EntryType.LEDGER_KEY, copied, retired.key(), clock.instant(), null)).seq();
            assertEquals(4, seq);
        }

        Cli.Result verify = cli.run("verify", "--ledger", "forged", "--trust", "ledger2.vkey", "--state", "auditor-2",
                "--json");
        assertEquals(ExitCodes.VERIFY_FAILED, verify.code(), verify.toString());
        List<Reports.Finding> findings = Reports.findings(verify.out());
        Reports.Finding proof = Reports.find(findings, 4L, "ledger-key", "body.proof");
        assertTrue(proof.message().contains("was made at another place in another history"), proof.message());
        Reports.find(findings, null, "trust", "genesis.body.key");
        assertEquals(2, findings.size(), findings.toString());
    }
}
