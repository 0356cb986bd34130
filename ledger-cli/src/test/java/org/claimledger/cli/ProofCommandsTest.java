package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;

import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.note.Checkpoint;
import org.claimledger.note.NoteSigner;
import org.claimledger.note.VerifierKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProofCommandsTest {
    @TempDir
    Path directory;

    Cli cli;

    @BeforeEach
    void seed() throws Exception {
        cli = new Cli(directory);
        cli.seedDemoLedger();
    }

    @Test
    void checkpoint_printsTheSignedNote_andTheTrustedVkeyOpensIt() throws Exception {
        Cli.Result result = cli.ok("checkpoint");
        Checkpoint opened = Checkpoint.open(result.out().getBytes(StandardCharsets.UTF_8), "demo.newsroom.example/claims",
                List.of(VerifierKey.parse(cli.read("ledger.vkey").strip())));
        assertEquals(20, opened.size());
        assertTrue(result.err().contains("at 20 entries, root "), result.err());
        assertTrue(result.err().contains("stored in the ledger"), result.err());
        assertTrue(result.out().startsWith("demo.newsroom.example/claims\n20\n"), result.out());
    }

    @Test
    void checkpoint_withOut_writesExactlyTheNoteItWouldPrint() throws Exception {
        String printed = cli.ok("checkpoint").out();
        Cli.Result written = cli.ok("checkpoint", "--out", "published/checkpoint.txt");
        assertEquals(printed, cli.read("published/checkpoint.txt"));
        assertTrue(written.out().contains("already stored in the ledger (no entries since)"), written.out());
    }

    @Test
    void checkpoint_withTheWrongPassphrase_exitsWithTheKeyCode() {
        Cli.Result result = cli.run("checkpoint", "--passphrase-file", write("wrong", "not the passphrase\n").toString());
        assertEquals(7, result.code(), result::toString);
        assertEquals("", result.out());
    }

    @Test
    void proveAndVerifyProof_inclusionRoundTrip_exitsZero() throws Exception {
        cli.ok("checkpoint", "--out", "checkpoint.txt");
        Cli.Result proved = cli.ok("prove", "7", "--out", "entry7.tlog-proof");
        assertTrue(proved.out().contains("inclusion proof of entry 7 in the checkpoint of 20 entries (5 hashes) written to"),
                proved.out());
        assertArrayEquals(cli.ok("show", "7", "--leaf").out().getBytes(StandardCharsets.UTF_8),
                Files.readAllBytes(cli.path("entry7.tlog-proof.leaf")));
        assertTrue(cli.read("entry7.tlog-proof").startsWith("c2sp.org/tlog-proof@v1\nindex 7\n"));
        assertTrue(cli.read("entry7.tlog-proof").endsWith(cli.read("checkpoint.txt")));
        Cli.Result verified = cli.ok("verify-proof", "entry7.tlog-proof", "--leaf", "entry7.tlog-proof.leaf",
                "--trust", "ledger.vkey");
        assertTrue(verified.out().startsWith("proof OK: entry 7 is in the tree of 20 entries of demo.newsroom.example/claims"),
                verified.out());
    }

    @Test
    void verifyProof_needsNoDatabase() throws Exception {
        cli.ok("checkpoint");
        cli.ok("prove", "3", "--out", "p");
        Files.delete(directory.resolve("demo-ledger.mv.db"));
        assertEquals(10, cli.run("show", "3").code());
        cli.ok("verify-proof", "p", "--leaf", "p.leaf", "--trust", "ledger.vkey");
    }

    @Test
    void verifyProof_proofForAnotherIndex_isInvalidAndNamesBothEntries() throws Exception {
        cli.ok("checkpoint");
        cli.ok("prove", "5", "--out", "five");
        cli.ok("prove", "6", "--out", "six");
        Cli.Result wrongLeaf = cli.run("verify-proof", "five", "--leaf", "six.leaf", "--trust", "ledger.vkey");
        assertEquals(1, wrongLeaf.code(), wrongLeaf::toString);
        assertEquals("proof INVALID: the leaf is entry 6 but the proof is for index 5: this proof is for another entry\n",
                wrongLeaf.out());
        // The index line edited to match the leaf: the audit path no longer leads to the signed root.
        Files.writeString(cli.path("five"), cli.read("five").replace("index 5\n", "index 6\n"));
        Cli.Result edited = cli.run("verify-proof", "five", "--leaf", "six.leaf", "--trust", "ledger.vkey");
        assertEquals(1, edited.code(), edited::toString);
        assertTrue(edited.out().startsWith("proof INVALID: inclusion proof for leaf 6 in a tree of size 20: computed root "),
                edited.out());
    }

    @Test
    void verifyProof_checkpointSignedByAnotherKey_isInvalidAndNamesTheSigner() throws Exception {
        cli.ok("checkpoint");
        cli.ok("prove", "4", "--out", "four");
        String proof = cli.read("four");
        int blank = proof.indexOf("\n\n");
        Checkpoint checkpoint = Checkpoint.parse(proof.substring(blank + 2, proof.indexOf("\n\n", blank + 2) + 1));
        NoteSigner impostor = new NoteSigner("demo.newsroom.example/claims", Ed25519PrivateKey.generate(new SecureRandom()));
        Files.writeString(cli.path("four"), proof.substring(0, blank + 2) + checkpoint.sign(impostor).format());
        Cli.Result result = cli.run("verify-proof", "four", "--leaf", "four.leaf", "--trust", "ledger.vkey");
        assertEquals(1, result.code(), result::toString);
        assertTrue(result.out().startsWith("proof INVALID: proof checkpoint: note is not signed by a trusted key (trusted: "
                + "demo.newsroom.example/claims+"), result.out());
        String impostorId = impostor.verifierKey().format().split("\\+")[1];
        assertTrue(result.out().contains("signed by: demo.newsroom.example/claims+" + impostorId + ")"), result.out());
    }

    @Test
    void verifyProof_leafSavedWithATrailingNewline_saysSo() throws Exception {
        cli.ok("checkpoint");
        cli.ok("prove", "2", "--out", "two");
        Files.write(cli.path("two.leaf"), (cli.read("two.leaf") + "\n").getBytes(StandardCharsets.UTF_8));
        Cli.Result result = cli.run("verify-proof", "two", "--leaf", "two.leaf", "--trust", "ledger.vkey");
        assertEquals(1, result.code(), result::toString);
        assertTrue(result.out().contains("the leaf file ends with a newline"), result.out());
    }

    @Test
    void proveConsistency_betweenTwoCheckpoints_verifiesOffline() throws Exception {
        cli.ok("checkpoint", "--out", "old.txt");
        enrollEditors(3);
        cli.ok("checkpoint", "--out", "new.txt");
        Cli.Result proved = cli.ok("prove", "--consistency", "20", "--out", "c.txt");
        assertTrue(proved.out().startsWith("consistency proof from 20 to 23 entries ("), proved.out());
        assertTrue(cli.read("c.txt").startsWith("claimledger consistency proof v1\nold 20\nnew 23\n"));
        Cli.Result verified = cli.ok("verify-proof", "c.txt", "--old", "old.txt", "--new", "new.txt", "--trust", "ledger.vkey");
        assertEquals("proof OK: the checkpoint old.txt is a prefix of new.txt: the log only grew between them\n",
                verified.out());
        Cli.Result swapped = cli.run("verify-proof", "c.txt", "--old", "new.txt", "--new", "old.txt", "--trust", "ledger.vkey");
        assertEquals(1, swapped.code(), swapped::toString);
        assertEquals("proof INVALID: the proof is from size 20 to 23 but the checkpoints have sizes 23 and 20\n",
                swapped.out());
    }

    @Test
    void proveConsistency_printsTheProofOnStdout_withAnExplicitNewSize_onceACheckpointCoversIt() {
        enrollEditors(2);
        Cli.Result unchecked = cli.run("prove", "--consistency", "7", "21");
        assertEquals(13, unchecked.code(), unchecked::toString);
        assertTrue(unchecked.err().contains("no checkpoint yet"), unchecked.err());
        cli.ok("checkpoint");
        Cli.Result result = cli.ok("prove", "--consistency", "7", "21");
        assertTrue(result.out().startsWith("claimledger consistency proof v1\nold 7\nnew 21\n"), result.out());
    }

    @Test
    void prove_withoutACheckpoint_exitsNotFoundAndSaysWhatToRun() {
        Cli.Result result = cli.run("prove", "3");
        assertEquals(13, result.code(), result::toString);
        assertTrue(result.err().startsWith("claimledger: the ledger has no checkpoint yet; sign one with "
                + "'claimledger checkpoint"), result.err());
    }

    @Test
    void prove_withoutArguments_isAUsageError() {
        Cli.Result result = cli.run("prove");
        assertEquals(2, result.code(), result::toString);
    }

    @Test
    void verifyProof_ofAFileThatIsNoProof_isMalformedInput() {
        write("notes.txt", "hello\n");
        Cli.Result result = cli.run("verify-proof", "notes.txt", "--trust", "ledger.vkey");
        assertEquals(3, result.code(), result::toString);
        assertTrue(result.err().contains("is not a proof file: its first line is \"hello\""), result.err());
    }

    private void enrollEditors(int n) {
        for (int i = 0; i < n; i++) {
            Path keyFile = cli.path("editor" + i + ".key");
            cli.ok("key", "new", "--name", "editor" + i, "--out", keyFile.toString());
            cli.ok("key", "enroll", keyFile.toString());
        }
    }

    private Path write(String name, String text) {
        try {
            return Files.writeString(cli.path(name), text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
