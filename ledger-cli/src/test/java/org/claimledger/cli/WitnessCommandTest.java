package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.claimledger.note.CosignerKey;
import org.claimledger.note.NoteSignature;
import org.claimledger.note.SignedNote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A witness from the command line, against real ledgers: two ledgers with the same origin and ledger key, one forked
 * after entry 19 (the split view), a ledger rolled back, restarts between every call (each command is a new
 * process's worth of state: only the state directory carries over), and the bad input a witness is handed.
 */
class WitnessCommandTest {
    @TempDir
    static Path template;

    @TempDir
    Path dir;

    private Cli cli;

    /** Built once: the newsroom's ledger and its fork, their checkpoints and proofs, and the witness's key. */
    @BeforeAll
    static void newsroomAndWitness() {
        Cli cli = SeededLedger.shared().copyTo(template);
        cli.ok("checkpoint", "--ledger", "news", "--ledger-key", "ledger.key", "--out", "cp20.txt");
        // The fork: a copy of the ledger at 20 entries that goes on another way, signed with the same ledger key.
        Cli.copy(template.resolve("news.mv.db"), template.resolve("fork.mv.db"));
        cli.ok("claim", "retract", "5", "--reason", "said in 2023", "--ledger", "news", "--key", "giulia.key");
        cli.ok("checkpoint", "--ledger", "news", "--ledger-key", "ledger.key", "--out", "cp21.txt");
        cli.ok("prove", "--ledger", "news", "--consistency", "20", "21", "--out", "p20-21.txt");
        cli.ok("claim", "retract", "6", "--reason", "not what the minister said", "--ledger", "fork", "--key",
                "giulia.key");
        cli.ok("checkpoint", "--ledger", "fork", "--ledger-key", "ledger.key", "--out", "fork21.txt");
        cli.ok("prove", "--ledger", "fork", "--consistency", "20", "21", "--out", "fork-p20-21.txt");
        cli.ok("claim", "retract", "7", "--reason", "wrong figure", "--ledger", "fork", "--key", "giulia.key");
        cli.ok("checkpoint", "--ledger", "fork", "--ledger-key", "ledger.key", "--out", "fork22.txt");
        cli.ok("prove", "--ledger", "fork", "--consistency", "21", "22", "--out", "fork-p21-22.txt");
        cli.ok("witness", "new", "--name", "witness.example/w1", "--out", "w1.key");
    }

    @BeforeEach
    void copyOfTheTemplate() {
        SeededLedger.copyFiles(template, dir);
        cli = new Cli(dir);
    }

    private Cli.Result cosign(String checkpoint, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("witness", "cosign", checkpoint, "--log-key",
                "ledger.vkey", "--key", "w1.key", "--state", "w1"));
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    private List<Path> evidence() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("w1/witness/evidence"))) {
            return files.sorted().toList();
        }
    }

    @Test
    void witnessNew_printsItsCosignatureVkey_andKeyVkeyPrintsTheSame() throws Exception {
        Cli.Result vkey = cli.ok("key", "vkey", "w1.key");
        CosignerKey key = CosignerKey.parse(vkey.out().strip());
        assertEquals("witness.example/w1", key.name());
        assertTrue(cli.read("w1.key").contains("\"type\" : \"claimledger-witness-key\""));
        Cli.Result again = cli.run("witness", "new", "--name", "witness.example/w2", "--out", "w2.key", "--json");
        assertEquals(0, again.code(), again.toString());
        assertTrue(Reports.parse(again.out()).path("vkey").asText().startsWith("witness.example/w2+"), again.out());
    }

    @Test
    void witnessNew_refusesAnExistingFileBeforeAskingForAPassphrase_andALookAlikeNameAsAWrongValue() throws Exception {
        String before = cli.read("w1.key");
        ScriptedPrompt person = new ScriptedPrompt();
        Cli.Result existing = cli.env(Passphrases.ENV, null).prompt(person)
                .run("witness", "new", "--name", "witness.example/w9", "--out", "w1.key");
        assertEquals(14, existing.code(), existing.toString());
        assertTrue(existing.err().contains("w1.key already exists"), existing.err());
        assertEquals(List.of(), person.asked());
        assertEquals(before, cli.read("w1.key"));
        Cli.Result cyrillic = cli.run("witness", "new", "--name", "witness.ex\u0430mple/w9", "--out", "w9.key");
        assertEquals(2, cyrillic.code(), cyrillic.toString());
        assertTrue(cyrillic.err().contains("witness name 'witness.ex\u0430mple/w9' cannot be used: ")
                && cyrillic.err().contains("; choose a name such as witness.example/w1"), cyrillic.toString());
        assertFalse(Files.exists(dir.resolve("w9.key")));
    }

    @Test
    void cosign_printsALineThatVerifiesOnTheCheckpoint_withThePublishedWitnessKey() throws Exception {
        Cli.Result first = cosign("cp20.txt");
        assertEquals(0, first.code(), first.toString());
        assertTrue(first.err().contains("the first of this log it has seen, taken on first use"), first.err());
        CosignerKey key = CosignerKey.parse(cli.ok("key", "vkey", "w1.key").out().strip());
        SignedNote cosigned = SignedNote.parse((cli.read("cp20.txt") + first.out()).getBytes());
        assertEquals(cli.now().getEpochSecond(), key.cosignedAt(cosigned));
        assertEquals(1, first.out().lines().count());
        NoteSignature.parse(first.out().strip(), "stdout");
    }

    @Test
    void theSplitView_theWitnessRefusesTheOtherHistory_atTheSameSizeAndLater_andKeepsTheEvidence() throws Exception {
        cli.ok("witness", "cosign", "cp20.txt", "--log-key", "ledger.vkey", "--key", "w1.key", "--state", "w1");
        assertEquals(0, cosign("cp21.txt", "--proof", "p20-21.txt").code());

        Cli.Result sameSize = cosign("fork21.txt", "--proof", "fork-p20-21.txt");
        assertEquals(17, sameSize.code(), sameSize.toString());
        assertEquals("", sameSize.out());
        assertTrue(sameSize.err().startsWith("claimledger: refused: checkpoint fork21.txt has root "), sameSize.err());
        assertTrue(sameSize.err().contains("the log signed two different histories of the same size (a fork)"));
        assertEquals(1, sameSize.err().lines().count(), sameSize.err());

        Cli.Result later = cosign("fork22.txt", "--proof", "fork-p21-22.txt");
        assertEquals(17, later.code(), later.toString());
        assertTrue(later.err().contains("is not shown to extend the last one cosigned"), later.err());

        List<Path> evidence = evidence();
        assertEquals(2, evidence.size());
        String kept = Files.readString(evidence.get(0)) + Files.readString(evidence.get(1));
        assertTrue(kept.contains(cli.read("fork21.txt").replace("\n", "\\n")), kept);
        assertTrue(kept.contains(cli.read("cp21.txt").replace("\n", "\\n")), kept);
    }

    @Test
    void rollback_aSmallerCheckpointAfterALargerOne_isRefusedAcrossRestarts() throws Exception {
        cli.ok("witness", "cosign", "cp21.txt", "--log-key", "ledger.vkey", "--key", "w1.key", "--state", "w1");
        // The newsroom's database restored from the backup of 20 entries: its checkpoint is the one of 20.
        Cli.Result rolledBack = cosign("cp20.txt");
        assertEquals(17, rolledBack.code(), rolledBack.toString());
        assertTrue(rolledBack.err().contains("has 20 entries, fewer than the 21 of the last one cosigned"),
                rolledBack.err());
        Cli.Result still = cosign("cp21.txt");
        assertEquals(0, still.code(), still.toString());
    }

    @Test
    void aLargerCheckpoint_needsTheProofFromTheSizeLastCosigned_exit18() throws Exception {
        cli.ok("witness", "cosign", "cp20.txt", "--log-key", "ledger.vkey", "--key", "w1.key", "--state", "w1");
        Cli.Result missing = cosign("cp21.txt");
        assertEquals(18, missing.code(), missing.toString());
        assertTrue(missing.err().contains("'claimledger prove --consistency 20 21'"), missing.err());
        cli.ok("prove", "--ledger", "news", "--consistency", "10", "21", "--out", "p10-21.txt");
        Cli.Result wrong = cosign("cp21.txt", "--proof", "p10-21.txt");
        assertEquals(18, wrong.code(), wrong.toString());
        assertTrue(wrong.err().startsWith("claimledger: proof p10-21.txt is from size 10 to 21, but this witness "
                + "cosigned checkpoint 20 of"), wrong.err());
    }

    @Test
    void badInput_isOneLineWithItsExitCode_andNothingIsRecorded() throws Exception {
        Files.writeString(dir.resolve("garbage.txt"), "not a checkpoint\n");
        Files.writeString(dir.resolve("garbage-proof.txt"), "claimledger consistency proof v1\nold 20\n");
        Files.writeString(dir.resolve("other.vkey"), cli.ok("key", "vkey", "w1.key").out());
        Files.writeString(dir.resolve("wrong-passphrase"), "not the passphrase\n");
        cli.ok("key", "new", "--name", "other.example/log", "--out", "other.key");
        Files.writeString(dir.resolve("other-log.vkey"), cli.ok("key", "vkey", "other.key").out());
        record Case(int code, String start, String... args) {
        }
        List<Case> cases = List.of(
                new Case(3, "claimledger: checkpoint garbage.txt is not a signed checkpoint: ", "garbage.txt"),
                new Case(3, "claimledger: proof garbage-proof.txt: ", "cp20.txt", "--proof", "garbage-proof.txt"),
                new Case(3, "claimledger: checkpoint cp20.txt is from log \"newsroom.example/claims\", and --log-key "
                        + "holds no key of that log (only of other.example/log)", "cp20.txt", "--log-key",
                        "other-log.vkey"),
                new Case(3, "claimledger: " + dir.resolve("other.vkey") + ":1: verifier key type must be 0x01 (Ed25519), "
                        + "got 0x04, a witness's cosignature key, not a log's", "cp20.txt", "--log-key", "other.vkey"),
                new Case(8, "claimledger: " + dir.resolve("giulia.key") + " is a signing key, and a witness key is "
                        + "needed here", "cp20.txt", "--key", "giulia.key"),
                new Case(7, "claimledger: wrong passphrase for key file", "cp20.txt", "--passphrase-file",
                        "wrong-passphrase"),
                new Case(6, "claimledger: checkpoint " + dir.resolve("missing.txt") + " does not exist", "missing.txt"));
        for (Case c : cases) {
            List<String> args = new java.util.ArrayList<>(List.of("witness", "cosign", "--state", "w1"));
            args.addAll(List.of(c.args()));
            for (String[] option : new String[][] {{"--log-key", "ledger.vkey"}, {"--key", "w1.key"}}) {
                if (!args.contains(option[0])) {
                    args.addAll(List.of(option));
                }
            }
            Cli.Result result = cli.run(args.toArray(String[]::new));
            assertEquals(c.code(), result.code(), c + "\n" + result);
            assertTrue(result.err().startsWith(c.start()), c + "\n" + result);
            assertEquals(1, result.err().lines().count(), result.toString());
            assertEquals("", result.out());
        }
        assertTrue(!Files.exists(dir.resolve("w1/witness")), "nothing was recorded");
        Cli.Result enrolWitness = cli.run("key", "enroll", "w1.key", "--ledger", "news", "--ledger-key", "ledger.key");
        assertEquals(8, enrolWitness.code(), enrolWitness.toString());
        assertTrue(enrolWitness.err().contains("is a witness key, and a signing key is needed here: a witness key only "
                + "cosigns checkpoints"), enrolWitness.err());
    }
}
