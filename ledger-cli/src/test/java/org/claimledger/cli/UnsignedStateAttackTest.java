package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 items 5 and 6, performed on a real H2 ledger with plain SQL (triggers dropped): the unsigned columns
 * and stored rows beside the entries (entry_hash, tree nodes, where a checkpoint is filed) are edited. Writers
 * must not be misled by them, and verify must name each, as a finding with exit 1, never an internal error.
 * The shared seed ledger holds 20 entries and a signed checkpoint of them.
 */
class UnsignedStateAttackTest {
    private static final String NOT_HEX = "zz" + "0".repeat(62);

    static SeededLedger seeded;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildLedger() {
        seeded = SeededLedger.shared();
    }

    private Cli attack(String... statements) throws SQLException {
        Cli cli = seeded.copyTo(dir);
        Attacker.run(dir.resolve("news"), statements);
        return cli;
    }

    private static List<Reports.Finding> verifyFails(Cli cli, String... more) {
        String[] args = concat(new String[] {"verify", "--ledger", "news", "--trust", "ledger.vkey", "--json"}, more);
        Cli.Result result = cli.run(args);
        assertEquals(ExitCodes.VERIFY_FAILED, result.code(), result.toString());
        assertEquals("", result.err());
        return Reports.findings(result.out());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static void addClaim(Cli cli) {
        // A claim the seed ledger does not hold yet: the same claim again would be refused as a duplicate.
        cli.ok("claim", "add", "--ledger", "news", "--source", seeded.sourceId().substring(0, 12), "--quote",
                "481 lavoratori in Russia", "--figure", "481", "--value", "481", "--key", "giulia.key");
    }

    @Test
    void editedEntryHash_isNamedAtItsEntry_andTheNextAppendStillChainsToTheLeaf() throws SQLException {
        Cli cli = attack("UPDATE cl_entries SET entry_hash = '" + "ab".repeat(32) + "' WHERE seq = 19");
        Reports.Finding edited = Reports.find(verifyFails(cli), 19L, "index-mismatch", "entry_hash");
        assertEquals("ab".repeat(32), edited.actual());

        addClaim(cli);
        List<Reports.Finding> after = verifyFails(cli);
        assertEquals(1, after.size(), "the new entry 20 chains to entry 19's leaf, not to the edited column: " + after);
        assertEquals(19L, after.get(0).entry());
    }

    @Test
    void nonHexEntryHash_isAFinding_andDoesNotStopAnAppend() throws SQLException {
        Cli cli = attack("UPDATE cl_entries SET entry_hash = '" + NOT_HEX + "' WHERE seq = 19");
        addClaim(cli);
        List<Reports.Finding> findings = verifyFails(cli);
        assertEquals(NOT_HEX, Reports.find(findings, 19L, "index-mismatch", "entry_hash").actual());
        assertEquals(1, findings.size(), findings.toString());
    }

    @Test
    void nonHexTreeNode_isATreeFinding_andAnAppendRefusesWithAStorageError() throws SQLException {
        // 20 entries: the root is composed of the nodes over entries 0-15 (level 4) and 16-19 (level 2).
        Cli cli = attack("UPDATE cl_tree SET hash = '" + NOT_HEX + "' WHERE lvl = 4 AND idx = 0");
        Reports.Finding tree = Reports.find(verifyFails(cli), null, "tree", "cl_tree");
        assertTrue(tree.message().contains("level 4, index 0"), tree.message());

        Cli.Result sign = cli.run("claim", "add", "--ledger", "news", "--source", seeded.sourceId().substring(0, 12),
                "--quote", "481 lavoratori in Russia", "--figure", "481", "--value", "481", "--key", "giulia.key");
        assertEquals(12, sign.code(), sign.toString());
        assertTrue(sign.err().contains("tree node at level 4, index 0 of "), sign.err());
        assertEquals(1, sign.err().lines().count(), sign.err());
    }

    @Test
    void checkpointFiledUnderAnotherSize_isACheckpointFinding() throws SQLException {
        Cli cli = seeded.copyTo(dir);
        try (Attacker attacker = new Attacker(dir.resolve("news"))) {
            attacker.execute("UPDATE cl_checkpoints SET tree_size = 5 WHERE tree_size = 20");
        }
        Reports.Finding filed = Reports.find(verifyFails(cli, "--state", "auditor"), null, "checkpoint",
                "cl_checkpoints");
        assertEquals("5", filed.expected());
        assertEquals("20", filed.actual());
    }

    @Test
    void bundleCheckpointFiledUnderAnotherSize_isACheckpointFinding() throws Exception {
        Cli cli = seeded.copyTo(dir);
        cli.ok("export", "--ledger", "news", "--out", "bundle");
        Files.move(cli.path("bundle/checkpoints/20.txt"), cli.path("bundle/checkpoints/5.txt"));
        Cli.Result result = cli.run("verify", "--bundle", "bundle", "--trust", "ledger.vkey", "--state", "auditor",
                "--json");
        assertEquals(ExitCodes.VERIFY_FAILED, result.code(), result.toString());
        Reports.Finding filed = Reports.find(Reports.findings(result.out()), null, "checkpoint", "cl_checkpoints");
        assertTrue(filed.message().contains("is stored under size 5 but signs size 20"), filed.message());
    }

    @Test
    void editedTreeNodeBeforeCheckpoint_theNewsroomStillSignsTheRootOfItsEntries_andIsWarned() throws SQLException {
        Cli cli = seeded.copyTo(dir);
        addClaim(cli);
        try (Attacker attacker = new Attacker(dir.resolve("news"))) {
            // The node over entries 0-15: part of the stored border the next checkpoint would have composed.
            attacker.execute("UPDATE cl_tree SET hash = '" + "ab".repeat(32) + "' WHERE lvl = 4 AND idx = 0");
        }
        Cli.Result signed = cli.run("checkpoint", "--ledger", "news", "--ledger-key", "ledger.key", "--json");
        assertEquals(0, signed.code(), signed.toString());
        assertTrue(signed.err().startsWith("claimledger: warning: the stored tree nodes for the first 20 entries do not "
                + "give the root of the signed checkpoint for that size"), signed.err());

        Cli.Result verify = cli.run("verify", "--ledger", "news", "--trust", "ledger.vkey", "--json");
        assertEquals(Reports.parse(verify.out()).path("root").asText(), Reports.parse(signed.out()).path("root").asText(),
                "the checkpoint signs the root of the entries, not of the edited node");
        List<Reports.Finding> findings = Reports.findings(verify.out());
        assertEquals(1, findings.size(), "the edited node, and no 'history rewritten' for the newsroom's checkpoint: "
                + findings);
        assertEquals("ab".repeat(32), Reports.find(findings, null, "tree", "cl_tree").actual());
    }

    @Test
    void editedTreeNodeBeforeProve_isNamedByVerify_andProveServesNothing() throws SQLException {
        Cli cli = seeded.copyTo(dir);
        try (Attacker attacker = new Attacker(dir.resolve("news"))) {
            // Entry 5's leaf hash: on entry 4's audit path, not on the border any root is composed from.
            attacker.execute("UPDATE cl_tree SET hash = '" + "ab".repeat(32) + "' WHERE lvl = 0 AND idx = 5");
        }
        Reports.Finding node = Reports.find(verifyFails(cli), null, "tree", "cl_tree");
        assertTrue(node.message().startsWith("stored tree node at level 0, index 5 (over entry 5) is not the hash"),
                node.message());

        Cli.Result prove = cli.run("prove", "4", "--ledger", "news");
        assertEquals(12, prove.code(), prove.toString());
        assertEquals("", prove.out());
    }

    @Test
    void editedTreeNodeBeforeConsistencyProve_isNotServed() throws SQLException {
        Cli cli = seeded.copyTo(dir);
        try (Attacker attacker = new Attacker(dir.resolve("news"))) {
            // The node over entries 10-11, one of the hashes of the proof from 10 to 20 entries.
            attacker.execute("UPDATE cl_tree SET hash = '" + "ab".repeat(32) + "' WHERE lvl = 1 AND idx = 5");
        }
        Cli.Result prove = cli.run("prove", "--consistency", "10", "--ledger", "news");
        assertEquals(12, prove.code(), prove.toString());
        assertEquals("", prove.out());
        assertTrue(prove.err().contains("the stored tree nodes no longer match the signed checkpoint for size 20"),
                prove.err());
    }
}
