package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.note.Checkpoint;
import org.claimledger.note.NoteSigner;
import org.claimledger.note.SignedNote;
import org.claimledger.verify.PinStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify with the auditor's state and published checkpoints, through the real command line. */
class VerifyStateCommandTest {
    @TempDir
    Path directory;

    Cli cli;
    Path ledgerFile;

    @BeforeEach
    void seed() throws Exception {
        cli = new Cli(directory);
        ledgerFile = cli.seedDemoLedger().location().h2File();
    }

    private void enrollEditor(String name) {
        cli.ok("key", "new", "--name", name, "--out", name + ".key");
        cli.ok("key", "enroll", name + ".key");
    }

    @Test
    void verify_remembersTheLedgerInTheStateDirectory_andCatchesARollbackOfTheFile() throws Exception {
        cli.ok("checkpoint", "--out", "cp20.txt");
        Files.copy(ledgerFile, cli.path("backup.mv.db"));
        Cli.Result first = cli.ok("verify", "--trust", "ledger.vkey", "--state", "auditor");
        assertTrue(first.out().endsWith(", as trusted; remembered 20 entries (" + cli.path("auditor") + ")\n"),
                first.out());
        enrollEditor("marco");
        cli.ok("checkpoint", "--out", "cp21.txt");
        Cli.Result second = cli.ok("verify", "--trust", "ledger.vkey", "--state", "auditor");
        assertTrue(second.out().contains("note: the ledger extends the auditor's last verified state: 20 entries"),
                second.out());
        Files.copy(cli.path("backup.mv.db"), ledgerFile, StandardCopyOption.REPLACE_EXISTING);
        Cli.Result rolledBack = cli.run("verify", "--trust", "ledger.vkey", "--state", "auditor");
        assertEquals(1, rolledBack.code(), rolledBack::toString);
        assertTrue(rolledBack.out().startsWith("ledger  checkpoint  tree_size: rolled back or truncated: the ledger has "
                + "20 entries, but this machine saw 21 at " + ledgerFile.toRealPath() + " (" + cli.path("auditor")
                + "/ledgers/"), rolledBack.out());
        assertTrue(rolledBack.out().contains("): entry 20 was cut off, or the database was replaced by an older copy\n"),
                rolledBack.out());
        assertTrue(rolledBack.out().contains("    expected: at least 21 entries\n    actual:   20 entries\n"),
                rolledBack.out());
        assertTrue(rolledBack.out().contains("verify: FAILED, checked 20 entries"), rolledBack.out());
    }

    @Test
    void verify_truncatedTail_isCaughtOnFirstUseByTheLedgersOwnCheckpoint() throws Exception {
        enrollEditor("marco");
        enrollEditor("anna");
        cli.ok("checkpoint");
        String base = ledgerFile.toString().substring(0, ledgerFile.toString().length() - ".mv.db".length());
        try (Attacker attacker = new Attacker(Path.of(base))) {
            attacker.execute("DELETE FROM cl_entries WHERE seq >= 21");
            attacker.execute("DELETE FROM cl_tree WHERE (idx + 1) * CAST(POWER(2, lvl) AS BIGINT) > 21");
        }
        Cli.Result result = cli.run("verify", "--trust", "ledger.vkey", "--state", "fresh", "--json");
        assertEquals(1, result.code(), result::toString);
        assertTrue(result.out().contains("\"kind\" : \"checkpoint\""), result.out());
        assertTrue(result.out().contains("rolled back or truncated: the ledger has 21 entries, but the ledger's own "
                + "checkpoint for size 22 has 22 (root "), result.out());
    }

    @Test
    void verify_withoutStateOption_keepsStateUnderHome() throws Exception {
        cli.ok("verify");
        assertTrue(Files.isDirectory(cli.path("home/.claimledger/pins")));
    }

    @Test
    void verifyCheckpoint_publishedNewerThanTheLedger_isARollback() throws Exception {
        Files.copy(ledgerFile, cli.path("backup.mv.db"));
        enrollEditor("marco");
        cli.ok("checkpoint", "--out", "published.txt");
        Files.copy(cli.path("backup.mv.db"), ledgerFile, StandardCopyOption.REPLACE_EXISTING);
        Cli.Result result = cli.run("verify", "--trust", "ledger.vkey", "--checkpoint", "published.txt", "--state", "fresh");
        assertEquals(1, result.code(), result::toString);
        assertTrue(result.out().contains("rolled back or truncated: the ledger has 20 entries, but checkpoint "
                + cli.path("published.txt") + " has 21 (root "), result.out());
    }

    @Test
    void verifyCheckpoint_signedByAnotherKey_isAFindingThatNamesTheSigner() throws Exception {
        String note = cli.ok("checkpoint").out();
        SignedNote signed = SignedNote.parse(note.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        NoteSigner impostor = new NoteSigner("demo.newsroom.example/claims", Ed25519PrivateKey.generate(new SecureRandom()));
        Files.writeString(cli.path("forged.txt"), Checkpoint.parse(signed.text()).sign(impostor).format());
        Cli.Result result = cli.run("verify", "--trust", "ledger.vkey", "--checkpoint", "forged.txt", "--state", "s");
        assertEquals(1, result.code(), result::toString);
        assertTrue(result.out().startsWith("ledger  checkpoint  checkpoint: checkpoint " + cli.path("forged.txt")
                + " is not a checkpoint signed by the ledger key: note is not signed by a trusted key"), result.out());
        PinStore.Pin pin = new PinStore(cli.path("s")).load("demo.newsroom.example/claims");
        assertEquals(1, pin.ledgerKeys().size(), "the key is pinned whatever the run found");
        assertNull(pin.verified(), "a finding about the ledger as a whole leaves no clean prefix to remember");
        assertTrue(result.out().endsWith("remembered no entries, as a finding concerns the ledger as a whole or its first entry ("
                + cli.path("s") + ")\n"), result.out());
    }

    @Test
    void verifyCheckpoint_missingOrMalformed_isBadInputNotAFinding() throws Exception {
        Cli.Result missing = cli.run("verify", "--checkpoint", "nope.txt", "--state", "s");
        assertEquals(6, missing.code(), missing::toString);
        Files.writeString(cli.path("junk.txt"), "not a note\n");
        Cli.Result junk = cli.run("verify", "--checkpoint", "junk.txt", "--state", "s");
        assertEquals(3, junk.code(), junk::toString);
        assertTrue(junk.err().startsWith("claimledger: checkpoint file " + cli.path("junk.txt")
                + " is not a signed checkpoint: note has no blank line"), junk.err());
    }
}
