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
import org.claimledger.crypto.Hex;
import org.claimledger.crypto.KeyFile;
import org.claimledger.crypto.NamedKey;
import org.claimledger.entry.EntryType;
import org.claimledger.ledger.Ledger;
import org.claimledger.ledger.SourceMetadata;
import org.claimledger.merkle.TreeHash;
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
            Files.copy(cli.path("news.mv.db"), cli.path("rotated.mv.db"));
            Files.copy(cli.path("news.mv.db"), cli.path("rotated-2.mv.db"));
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
     * Whoever holds the retired K1 and the database replaces the checkpoint K1 signed before the rotation by one of a
     * tree of their own, and edits the stored nodes to match it. The newsroom's first checkpoint under K2 must still
     * sign the root of its entries: a checkpoint of a replaced key is no anchor (SPEC.md section 11), as that key
     * may be the thief's. Works on its own copy of the ledger as it was right after the rotation.
     */
    @Test
    void checkpointForgedWithTheRetiredKey_isNoAnchorForTheFirstCheckpointUnderTheNewKey() throws Exception {
        byte[] edited = Hex.decodeHash("ab".repeat(32));
        try (Attacker attacker = new Attacker(cli.path("rotated"))) {
            byte[][] leaf = new byte[20][];
            for (int seq = 16; seq < 20; seq++) {
                leaf[seq] = TreeHash.leafHash(attacker.leaf(seq).getBytes(StandardCharsets.UTF_8));
            }
            // The border of 19 entries (nodes over 0-15, 16-17 and 18), the first edited, folded with entry 19.
            byte[] forgedRoot = TreeHash.nodeHash(edited, TreeHash.nodeHash(TreeHash.nodeHash(leaf[16], leaf[17]),
                    TreeHash.nodeHash(leaf[18], leaf[19])));
            String forged = new String(Checkpoint.of(ORIGIN, 20, forgedRoot).sign(new NoteSigner(ORIGIN, retired().key()))
                    .bytes(), StandardCharsets.UTF_8);
            attacker.execute("UPDATE cl_tree SET hash = '" + Hex.encode(edited) + "' WHERE lvl = 4 AND idx = 0");
            assertEquals(1, attacker.execute("UPDATE cl_checkpoints SET note = '" + forged + "' WHERE tree_size = 20"));
        }

        Cli.Result signed = cli.run("checkpoint", "--ledger", "rotated", "--ledger-key", "ledger2.key", "--json");
        assertEquals(0, signed.code(), signed.toString());
        Cli.Result verify = cli.run("verify", "--ledger", "rotated", "--trust", "ledger2.vkey", "--state", "auditor-3",
                "--json");
        assertEquals(ExitCodes.VERIFY_FAILED, verify.code(), verify.toString());
        assertEquals(Reports.parse(verify.out()).path("root").asText(), Reports.parse(signed.out()).path("root").asText(),
                "the newsroom signs the root of its entries, not of the tree the retired key signed");
        List<Reports.Finding> findings = Reports.findings(verify.out());
        assertEquals(Hex.encode(edited), Reports.find(findings, null, "tree", "cl_tree").actual());
        Reports.Finding rewritten = Reports.find(findings, null, "checkpoint", "root");
        assertTrue(rewritten.message().contains("the ledger's own checkpoint for size 20 has root"), rewritten.message());
        assertEquals(2, findings.size(), "the forged checkpoint and the edited node; the newsroom's is sound: " + findings);
    }

    /**
     * The retired K1 signs a checkpoint of the true root for a size after the hand-over, stored in the ledger: a
     * checkpoint of 21 entries is K2's to sign, so verify names it, and prove does not serve proofs against it.
     */
    @Test
    void checkpointOfTheRetiredKeyForASizeAfterTheHandOver_isAFinding_andProveDoesNotServeIt() throws Exception {
        String root = Reports.parse(cli.ok("verify", "--ledger", "rotated-2", "--trust", "ledger2.vkey", "--state",
                "auditor-4", "--json").out()).path("root").asText();
        String forged = new String(Checkpoint.of(ORIGIN, 21, java.util.Base64.getDecoder().decode(root))
                .sign(new NoteSigner(ORIGIN, retired().key())).bytes(), StandardCharsets.UTF_8);
        try (Attacker attacker = new Attacker(cli.path("rotated-2"))) {
            attacker.execute("INSERT INTO cl_checkpoints (tree_size, note) VALUES (21, '" + forged + "')");
        }

        Cli.Result verify = cli.run("verify", "--ledger", "rotated-2", "--trust", "ledger2.vkey", "--state", "auditor-4",
                "--json");
        assertEquals(ExitCodes.VERIFY_FAILED, verify.code(), verify.toString());
        List<Reports.Finding> findings = Reports.findings(verify.out());
        Reports.Finding finding = Reports.find(findings, null, "checkpoint", "cl_checkpoints");
        assertTrue(finding.message().startsWith("the ledger's own checkpoint for size 21 is signed by a ledger key of "
                + "this chain that does not sign trees of 21 entries"), finding.message());
        assertEquals(1, findings.size(), findings.toString());

        Cli.Result prove = cli.run("prove", "3", "--ledger", "rotated-2");
        assertEquals(12, prove.code(), prove.toString());
        assertEquals("", prove.out());
        assertTrue(prove.err().contains("the latest stored checkpoint is not signed by the ledger key that signs trees "
                + "of 21 entries"), prove.err());
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
