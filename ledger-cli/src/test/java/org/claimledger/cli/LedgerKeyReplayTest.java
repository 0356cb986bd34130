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
import org.claimledger.note.Checkpoint;
import org.claimledger.note.NoteSigner;
import org.claimledger.store.LedgerLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 item 3, performed: a newsroom rotates its ledger key K1 to K2 after a suspected leak; whoever holds the
 * retired K1 forges with it. Each test works on its own files beside the genuine ledger, built once.
 */
class LedgerKeyReplayTest {
    private static final String ORIGIN = "newsroom.example/claims";

    @TempDir
    static Path dir;

    static Cli cli;

    /** The genuine ledger: the 20 seed entries, a checkpoint of them signed by K1, the rotation to K2 (entry 20). */
    @BeforeAll
    static void genuineLedgerRotatesItsKey() {
        cli = new Cli(dir);
        cli.seedLedger();
        cli.ok("checkpoint", "--ledger", "news", "--ledger-key", "ledger.key", "--out", "checkpoint-20.txt");
        cli.ok("key", "new", "--name", ORIGIN, "--out", "ledger2.key");
        cli.ok("key", "rotate-ledger", "--ledger", "news", "--new-key", "ledger2.key", "--reason", "suspected leak",
                "--ledger-key", "ledger.key");
        try {
            Files.writeString(cli.path("ledger2.vkey"), cli.ok("key", "vkey", "ledger2.key").out());
            Files.writeString(cli.path("ledger1.vkey"), cli.ok("key", "vkey", "ledger.key").out());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static NamedKey retired() throws Exception {
        return KeyFile.read(cli.path("ledger.key")).unlock(Cli.PASSPHRASE.toCharArray());
    }

    /**
     * A whole new ledger under the same origin (genesis by K1, an editor of the thief's, a made-up article and
     * claim) ending in a rotation to K2 that carries the genuine ledger's proof, copied verbatim. An auditor who
     * trusts only K2 must not be told that ledger is fine.
     */
    @Test
    void forgedLedgerEndingInACopiedHandOverProof_isRefusedAtTheRotationEntry_underTheCurrentKey() throws Exception {
        Cli.Result genuine = cli.run("verify", "--ledger", "news", "--trust", "ledger2.vkey", "--state", "auditor-1");
        assertEquals(0, genuine.code(), genuine.toString());
        JsonNode rotation = Reports.parse(cli.ok("show", "20", "--ledger", "news", "--leaf").out());
        assertEquals("ledger-key", rotation.path("type").asText());

        NamedKey retired = retired();
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
        assertTrue(proof.message().contains("the proof was made at another place in another history"), proof.message());
        Reports.find(findings, null, "trust", "genesis.body.key");
        assertEquals(2, findings.size(), findings.toString());
    }

    /**
     * The checkpoint signed before the rotation opens with the retired key given as --old-trust, for a consistency
     * proof to a checkpoint the current key signed; a newer checkpoint the retired key signs proves nothing.
     */
    @Test
    void consistencyProofFromBeforeTheRotation_trustsTheRetiredKeyForTheOlderCheckpointOnly() throws Exception {
        cli.ok("checkpoint", "--ledger", "news", "--ledger-key", "ledger2.key", "--out", "checkpoint-21.txt");
        cli.ok("prove", "--ledger", "news", "--consistency", "20", "--out", "c.txt");
        Cli.Result currentKeyOnly = cli.run("verify-proof", "c.txt", "--old", "checkpoint-20.txt", "--new",
                "checkpoint-21.txt", "--trust", "ledger2.vkey");
        assertEquals(1, currentKeyOnly.code(), currentKeyOnly.toString());
        cli.ok("verify-proof", "c.txt", "--old", "checkpoint-20.txt", "--new", "checkpoint-21.txt", "--trust",
                "ledger2.vkey", "--old-trust", "ledger1.vkey");

        String note = cli.read("checkpoint-21.txt");
        Checkpoint genuine = Checkpoint.parse(note.substring(0, note.indexOf("\n\n") + 1));
        Files.write(cli.path("forged-21.txt"), Checkpoint.of(ORIGIN, 21, genuine.root())
                .sign(new NoteSigner(ORIGIN, retired().key())).bytes());
        Cli.Result forged = cli.run("verify-proof", "c.txt", "--old", "checkpoint-20.txt", "--new", "forged-21.txt",
                "--trust", "ledger2.vkey", "--old-trust", "ledger1.vkey");
        assertEquals(1, forged.code(), forged.toString());
        assertTrue(forged.out().startsWith("proof INVALID: new checkpoint: "), forged.out());
    }
}
