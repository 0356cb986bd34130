package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The newsroom and two witnesses, end to end from the command line: cosignatures stored with the checkpoint, carried
 * in proofs and bundles, and demanded by auditors with a quorum. The split view: a fork of the ledger (same origin,
 * same ledger key, another entry 20) that no witness cosigned, even with the genuine ledger's cosignature copied in.
 */
class WitnessQuorumTest {
    @TempDir
    static Path template;

    @TempDir
    Path dir;

    private Cli cli;

    @BeforeAll
    static void newsroomAndTwoWitnesses() throws Exception {
        Cli cli = SeededLedger.shared().copyTo(template);
        cli.ok("checkpoint", "--ledger", "news", "--ledger-key", "ledger.key", "--out", "cp20.txt");
        Cli.copy(template.resolve("news.mv.db"), template.resolve("fork.mv.db"));
        cli.ok("claim", "retract", "5", "--reason", "said in 2023", "--ledger", "news", "--key", "giulia.key");
        cli.ok("checkpoint", "--ledger", "news", "--ledger-key", "ledger.key", "--out", "cp21.txt");
        cli.ok("prove", "--ledger", "news", "--consistency", "20", "21", "--out", "p20-21.txt");
        cli.ok("claim", "retract", "6", "--reason", "not what the minister said", "--ledger", "fork", "--key",
                "giulia.key");
        cli.ok("checkpoint", "--ledger", "fork", "--ledger-key", "ledger.key", "--out", "fork21.txt");
        StringBuilder list = new StringBuilder("# the witnesses this newsroom and its auditors rely on\n");
        for (String w : List.of("w1", "w2", "w3")) {
            cli.ok("witness", "new", "--name", "witness.example/" + w, "--out", w + ".key");
            String vkey = cli.ok("key", "vkey", w + ".key").out();
            Files.writeString(template.resolve(w + ".vkey"), vkey);
            if (!w.equals("w3")) {
                list.append(vkey);
            }
        }
        Files.writeString(template.resolve("witnesses.txt"), list.toString());
        cli.ok("witness", "cosign", "cp20.txt", "--log-key", "ledger.vkey", "--key", "w1.key", "--state", "w1");
        String w1 = cli.ok("witness", "cosign", "cp21.txt", "--proof", "p20-21.txt", "--log-key", "ledger.vkey",
                "--key", "w1.key", "--state", "w1").out();
        String w2 = cli.ok("witness", "cosign", "cp21.txt", "--log-key", "ledger.vkey", "--key", "w2.key", "--state",
                "w2").out();
        Files.writeString(template.resolve("w1.cosig"), w1);
        Files.writeString(template.resolve("cosigs.txt"), w1 + "\n" + w2);
        Files.writeString(template.resolve("w3.cosig"), cli.ok("witness", "cosign", "cp21.txt", "--log-key",
                "ledger.vkey", "--key", "w3.key", "--state", "w3").out());
    }

    @BeforeEach
    void copyOfTheTemplate() {
        SeededLedger.copyFiles(template, dir);
        cli = new Cli(dir);
    }

    private Cli.Result verify(String ledger, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("verify", "--ledger", ledger, "--trust", "ledger.vkey",
                "--state", "auditor", "--witnesses", "witnesses.txt"));
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    @Test
    void cosignaturesStoredWithTheCheckpoint_meetTheAuditorsQuorum_inTheLedgerProofsAndBundles() throws Exception {
        Cli.Result added = cli.ok("checkpoint", "cosign", "--ledger", "news", "--add", "cosigs.txt", "--witnesses",
                "witnesses.txt");
        assertTrue(added.out().startsWith("stored the cosignature of witness.example/w1+"), added.out());
        assertTrue(added.out().contains(" on checkpoint 21 of newsroom.example/claims"), added.out());
        assertEquals(2, added.out().lines().count(), added.out());
        Cli.Result again = cli.ok("checkpoint", "cosign", "--ledger", "news", "--add", "w1.cosig", "--witnesses",
                "witnesses.txt");
        assertTrue(again.out().startsWith("already held the cosignature of witness.example/w1+"), again.out());

        Cli.Result verified = verify("news", "--quorum", "2");
        assertEquals(0, verified.code(), verified.toString());
        assertTrue(verified.out().contains("witnessed: the latest checkpoint (21 entries): 2 of the 2 listed witnesses "
                + "cosigned it (2 needed): witness.example/w1+"), verified.out());

        cli.ok("prove", "3", "--ledger", "news", "--out", "p3.txt");
        assertEquals(3, cli.read("p3.txt").lines().filter(line -> line.startsWith("\u2014 ")).count());
        Cli.Result proof = cli.run("verify-proof", "p3.txt", "--leaf", "p3.txt.leaf", "--trust", "ledger.vkey",
                "--witnesses", "witnesses.txt");
        assertEquals(0, proof.code(), proof.toString());
        assertTrue(proof.out().contains("; witnessed: 2 of the 2 listed witnesses cosigned it"), proof.out());
        cli.ok("checkpoint", "show", "--ledger", "news", "--out", "cosigned21.txt");
        Cli.Result consistent = cli.run("verify-proof", "p20-21.txt", "--old", "cp20.txt", "--new", "cosigned21.txt",
                "--trust", "ledger.vkey", "--witnesses", "witnesses.txt", "--quorum", "2");
        assertEquals(0, consistent.code(), consistent.toString());
        Cli.Result unwitnessed = cli.run("verify-proof", "p20-21.txt", "--old", "cp20.txt", "--new", "cp21.txt",
                "--trust", "ledger.vkey", "--witnesses", "witnesses.txt", "--quorum", "1");
        assertEquals(1, unwitnessed.code(), unwitnessed.toString());
        assertTrue(unwitnessed.out().startsWith("proof INVALID: not witnessed: the new checkpoint is the log's, but 0 "
                + "of the 2 listed witnesses cosigned it (1 needed): witness.example/w1+"), unwitnessed.out());
        assertTrue(unwitnessed.out().contains(": did not cosign it"), unwitnessed.out());

        cli.ok("export", "--ledger", "news", "--out", "bundle21");
        Cli.Result bundle = cli.run("verify", "--bundle", "bundle21", "--trust", "ledger.vkey", "--state", "auditor",
                "--witnesses", "witnesses.txt");
        assertEquals(0, bundle.code(), bundle.toString());
        assertTrue(bundle.out().contains("witnessed: the latest checkpoint (21 entries): 2 of the 2"), bundle.out());
    }

    @Test
    void theReport_holdsTheLatestCheckpointToTheWitnesses_andListsItsCosignatures() throws Exception {
        cli.ok("checkpoint", "cosign", "--ledger", "news", "--add", "w1.cosig", "--witnesses", "witnesses.txt");
        Cli.Result one = cli.run("report", "--ledger", "news", "--trust", "ledger.vkey", "--witnesses",
                "witnesses.txt", "--quorum", "1", "--out", "site1");
        assertEquals(0, one.code(), one.toString());
        String index = cli.read("site1/index.html");
        assertTrue(index.contains("a cosignature (a witness; verify held the checkpoint to the listed witnesses"), index);
        assertTrue(index.contains("witness.example/w1"), index);

        Cli.Result two = cli.run("report", "--ledger", "news", "--trust", "ledger.vkey", "--witnesses",
                "witnesses.txt", "--quorum", "2", "--out", "site2");
        assertEquals(1, two.code(), two.toString());
        String failed = cli.read("site2/index.html");
        assertTrue(failed.contains("not witnessed: the latest checkpoint (21 entries): 1 of the 2 listed witnesses "
                + "cosigned it (2 needed)"), failed);

        Cli.Result unchecked = cli.run("report", "--ledger", "news", "--trust", "ledger.vkey", "--out", "site3");
        assertEquals(0, unchecked.code(), unchecked.toString());
        assertTrue(cli.read("site3/index.html").contains("not checked: give the report --witnesses FILE"));
    }

    @Test
    void readOnlyViews_listShowAndHead_nameTheCheckpointsAndTheirCosigners() throws Exception {
        cli.ok("checkpoint", "cosign", "--ledger", "news", "--add", "w1.cosig", "--witnesses", "witnesses.txt");
        cli.ok("claim", "retract", "7", "--reason", "wrong figure", "--ledger", "news", "--key", "giulia.key");
        byte[] before = Files.readAllBytes(dir.resolve("news.mv.db"));
        List<String> listed = cli.ok("checkpoint", "list", "--ledger", "news").out().lines().toList();
        assertEquals(2, listed.size(), listed.toString());
        assertTrue(listed.get(0).startsWith("20 entries  root "), listed.get(0));
        assertTrue(listed.get(0).endsWith("signed by newsroom.example/claims+" + listed.get(0).split("claims\\+")[1]
                .split(" ")[0] + "  no cosignatures"), listed.get(0));
        assertTrue(listed.get(1).matches("21 entries  root \\S+  signed by newsroom\\.example/claims\\+[0-9a-f]{8}  "
                + "cosigned by witness\\.example/w1\\+[0-9a-f]{8} \\(\\S+Z\\)"), listed.get(1));

        Cli.Result shown = cli.ok("checkpoint", "show", "20", "--ledger", "news");
        assertEquals(cli.read("cp20.txt"), shown.out());
        Cli.Result missing = cli.run("checkpoint", "show", "7", "--ledger", "news");
        assertEquals(13, missing.code(), missing.toString());
        assertTrue(missing.err().startsWith("claimledger: the ledger has no checkpoint of 7 entries"), missing.err());

        List<String> head = cli.ok("head", "--ledger", "news").out().lines().toList();
        assertEquals("newsroom.example/claims", head.get(0));
        assertTrue(head.get(1).startsWith("22 entries  root "), head.toString());
        assertTrue(head.get(2).startsWith("latest checkpoint: 21 entries  root ") && head.get(2).endsWith("(1 entry since)"),
                head.toString());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(dir.resolve("news.mv.db"))),
                "the read-only views leave the ledger file byte for byte as it was");
        // The head's root is the one a checkpoint of 22 entries signs.
        cli.ok("checkpoint", "--ledger", "news", "--ledger-key", "ledger.key", "--out", "cp22.txt");
        assertTrue(cli.read("cp22.txt").contains("\n22\n" + head.get(1).substring("22 entries  root ".length()) + "\n"),
                cli.read("cp22.txt"));
    }

    @Test
    void theSplitView_anAuditorWithQuorumOne_rejectsTheFork_evenWithTheGenuineCosignatureCopiedIn() throws Exception {
        Cli.Result refused = cli.run("checkpoint", "cosign", "--ledger", "fork", "--add", "w1.cosig", "--witnesses",
                "witnesses.txt");
        assertEquals(3, refused.code(), refused.toString());
        assertTrue(refused.err().startsWith("claimledger: w1.cosig:1: the cosignature by witness.example/w1+"),
                refused.err());
        assertTrue(refused.err().contains("verifies on none of the ledger's 2 stored checkpoints"), refused.err());

        Cli.Result unwitnessed = verify("fork", "--quorum", "1", "--json");
        assertEquals(1, unwitnessed.code(), unwitnessed.toString());
        Reports.Finding none = Reports.find(Reports.findings(unwitnessed.out()), null, "witness", "cosignatures");
        assertTrue(none.message().contains("0 of the 2 listed witnesses cosigned it (1 needed)"), none.message());

        // Whoever holds the fork's database copies the genuine ledger's cosignature in with plain SQL.
        try (Attacker attacker = new Attacker(dir.resolve("fork"))) {
            attacker.execute("INSERT INTO cl_cosignatures (tree_size, line) VALUES (21, '"
                    + cli.read("w1.cosig").strip() + "')");
        }
        Cli.Result copied = verify("fork", "--quorum", "1", "--json");
        assertEquals(1, copied.code(), copied.toString());
        Reports.Finding finding = Reports.find(Reports.findings(copied.out()), null, "witness", "cosignatures");
        assertTrue(finding.message().startsWith("not witnessed: the latest checkpoint (21 entries): 0 of the 2 listed "
                + "witnesses cosigned it (1 needed): witness.example/w1+"), finding.message());
        assertTrue(finding.message().contains("the cosignature by witness witness.example/w1+"), finding.message());
        assertTrue(finding.message().contains("does not verify on this checkpoint"), finding.message());

        // The genuine ledger, with the same cosignature, passes.
        cli.ok("checkpoint", "cosign", "--ledger", "news", "--add", "w1.cosig", "--witnesses", "witnesses.txt");
        assertEquals(0, verify("news", "--quorum", "1").code());
    }

    @Test
    void badInput_isOneLineWithItsExitCode_andNothingIsStored() throws Exception {
        Files.writeString(dir.resolve("log-keys.txt"), cli.read("ledger.vkey"));
        Files.writeString(dir.resolve("twice.txt"), cli.read("w1.vkey") + cli.read("w1.vkey"));
        Files.writeString(dir.resolve("garbage.cosig"), "\u2014 witness.example/w1 notbase64!\n");
        record Case(int code, String start, String... args) {
        }
        List<Case> cases = List.of(
                new Case(2, "claimledger: --quorum 3 is not between 1 and the 2 witnesses listed in ", "verify",
                        "--ledger", "news", "--witnesses", "witnesses.txt", "--quorum", "3"),
                new Case(2, "claimledger: --quorum needs --witnesses FILE", "verify", "--ledger", "news", "--quorum", "1"),
                new Case(3, "claimledger: " + dir.resolve("log-keys.txt") + ":1: ", "verify", "--ledger", "news",
                        "--witnesses", "log-keys.txt"),
                new Case(3, "claimledger: " + dir.resolve("twice.txt") + ":2: witness witness.example/w1+", "verify-proof",
                        "p20-21.txt", "--old", "cp20.txt", "--new", "cp21.txt", "--trust", "ledger.vkey", "--witnesses",
                        "twice.txt"),
                new Case(9, "claimledger: w3.cosig:1: the cosignature is by witness.example/w3+", "checkpoint", "cosign",
                        "--ledger", "news", "--add", "w3.cosig", "--witnesses", "witnesses.txt"),
                new Case(3, "claimledger: garbage.cosig:1: signature is not valid base64", "checkpoint", "cosign",
                        "--ledger", "news", "--add", "garbage.cosig", "--witnesses", "witnesses.txt"),
                new Case(6, "claimledger: witness list " + dir.resolve("missing.txt") + " does not exist", "checkpoint",
                        "cosign", "--ledger", "news", "--add", "cosigs.txt", "--witnesses", "missing.txt"));
        for (Case c : cases) {
            Cli.Result result = cli.run(c.args());
            assertEquals(c.code(), result.code(), c + "\n" + result);
            assertTrue(result.err().startsWith(c.start()), c + "\n" + result);
            assertEquals(1, result.err().lines().count(), result.toString());
            assertEquals("", result.out(), result.toString());
        }
        assertTrue(cli.ok("checkpoint", "list", "--ledger", "news").out().contains("no cosignatures"),
                "nothing was stored");
        assertTrue(!cli.ok("checkpoint", "list", "--ledger", "news").out().contains("cosigned by"));
    }
}
