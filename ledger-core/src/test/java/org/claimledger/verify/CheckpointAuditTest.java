package org.claimledger.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.failure.LedgerException;
import org.claimledger.ledger.Checkpoints;
import org.claimledger.ledger.Ledger;
import org.claimledger.note.Checkpoint;
import org.claimledger.note.NoteSigner;
import org.claimledger.state.LedgerMemory;
import org.claimledger.store.LedgerStore;
import org.claimledger.store.StoredNode;
import org.claimledger.testing.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The auditor's state and checkpoints against a real H2 file, attacked the ways a file's owner can. */
class CheckpointAuditTest {
    @TempDir
    Path directory;

    TestLedger test;
    PinStore state;

    @BeforeEach
    void build() throws Exception {
        test = TestLedger.build(directory.resolve("ledger"));
        state = new PinStore(directory.resolve("state"));
    }

    private VerifyReport verify() throws LedgerException {
        return verify(state, null);
    }

    /** As the command line verifies a database: with this machine's memory of its location beside the pins. */
    private VerifyReport verify(PinStore pins, Path published) throws LedgerException {
        return verify(pins, published, pins == null ? null
                : Audit.Place.database(new LedgerMemory(pins.directory()), test.location()));
    }

    private VerifyReport verify(PinStore pins, Path published, Audit.Place place) throws LedgerException {
        try (LedgerStore store = LedgerStore.open(test.location())) {
            return Audit.run(new StoreFeed(store), new Audit.Request(null, pins, null, null, published, place));
        }
    }

    private Checkpoint checkpoint() throws LedgerException {
        try (Ledger ledger = test.open()) {
            return Checkpoints.create(ledger, test.ledgerKey()).checkpoint();
        }
    }

    private static List<Finding> kind(VerifyReport report, FindingKind kind) {
        return report.findings().stream().filter(f -> f.kind() == kind).collect(Collectors.toList());
    }

    private static String describe(VerifyReport report) {
        return report.findings() + "\n" + report.notes();
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void firstRun_remembersTheTreeAndTheLatestCheckpoint() throws Exception {
        Checkpoint signed = checkpoint();
        VerifyReport report = verify();
        assertTrue(report.clean(), () -> describe(report));
        PinStore.Pin pin = state.load(test.origin());
        assertEquals(20, pin.verified().size());
        assertEquals(b64(report.root()), pin.verified().rootBase64());
        assertEquals(b64(signed.root()), b64(Checkpoint.parse(pin.checkpoint().substring(0, pin.checkpoint().indexOf("\n\n") + 1)).root()));
    }

    @Test
    void laterRun_afterGrowth_isClean_andEveryStoredTreeNodeIsChecked() throws Exception {
        checkpoint();
        assertTrue(verify().clean());
        test.grow(3);
        checkpoint();
        VerifyReport report = verify();
        assertTrue(report.clean(), () -> describe(report));
        assertTrue(report.notes().stream().anyMatch(n -> n.startsWith("the ledger extends the auditor's last verified "
                + "state: 20 entries (root ")), () -> describe(report));
        // 23 leaves; 11, 5, 2 and 1 nodes above them.
        assertTrue(report.notes().contains("every one of the ledger's 42 stored tree nodes is the hash of its entries"),
                () -> describe(report));
        assertEquals(23, state.load(test.origin()).verified().size());
    }

    @Test
    void rollback_toAnOlderCopyOfTheFile_isReportedWithBothSizesAndTheRoot() throws Exception {
        checkpoint();
        Path old = test.backup("old-copy.mv.db");
        assertTrue(verify().clean());
        test.grow(3);
        checkpoint();
        VerifyReport before = verify();
        assertTrue(before.clean(), () -> describe(before));
        test.rollBackTo(old);
        VerifyReport report = verify();
        List<Finding> found = kind(report, FindingKind.CHECKPOINT);
        assertEquals(1, found.size(), () -> describe(report));
        Finding finding = found.get(0);
        assertEquals("tree_size", finding.field());
        assertEquals("at least 23 entries", finding.expected());
        assertEquals("20 entries", finding.actual());
        assertTrue(finding.message().startsWith("rolled back or truncated: the ledger has 20 entries, but this machine "
                + "saw 23 at " + LedgerMemory.locationOf(test.location()) + " ("), finding.message());
        assertTrue(finding.message().endsWith("): entries 20 to 22 were cut off, or the database was replaced by an "
                + "older copy"), finding.message());
        assertEquals(1, report.findings().size(), () -> describe(report));
        assertEquals(23, state.load(test.origin()).verified().size(), "a failed run must not move the auditor's state");
    }

    @Test
    void truncatedTail_isCaughtOnFirstUse_byTheLedgersOwnCheckpoint() throws Exception {
        test.grow(3);
        checkpoint();
        test.truncateFrom(21);
        VerifyReport report = verify();
        List<Finding> found = kind(report, FindingKind.CHECKPOINT);
        assertEquals(1, found.size(), () -> describe(report));
        assertTrue(found.get(0).message().startsWith("rolled back or truncated: the ledger has 21 entries, but the "
                + "ledger's own checkpoint for size 23 has 23 (root "), found.get(0).message());
        assertNull(state.load(test.origin()).verified(), "nothing is remembered from a failed run");
    }

    @Test
    void truncatedTail_withItsCheckpointRowsDeleted_isCaughtByTheAuditorsState() throws Exception {
        test.grow(3);
        checkpoint();
        assertTrue(verify().clean());
        test.truncateFrom(21);
        test.sql("DELETE FROM cl_checkpoints WHERE tree_size > 21");
        VerifyReport report = verify();
        List<Finding> found = kind(report, FindingKind.CHECKPOINT);
        assertEquals(1, found.size(), () -> describe(report));
        assertEquals("at least 23 entries", found.get(0).expected());
        assertEquals("21 entries", found.get(0).actual());
    }

    @Test
    void entryChangedAfterACheckpoint_isNamedByEntryAndAsRewrittenHistory() throws Exception {
        Checkpoint signed = checkpoint();
        test.editFigure();
        VerifyReport report = verify(new PinStore(directory.resolve("fresh")), null);
        assertTrue(report.findings().stream().anyMatch(f -> f.seq() != null && f.seq() == test.figureSeq()
                && f.field().equals("body.figures[0].value")), () -> describe(report));
        List<Finding> found = kind(report, FindingKind.CHECKPOINT);
        assertEquals(1, found.size(), () -> describe(report));
        assertEquals("root", found.get(0).field());
        assertEquals(b64(signed.root()), found.get(0).expected());
        assertTrue(found.get(0).message().startsWith("history rewritten: the ledger's own checkpoint for size 20 has root "
                + b64(signed.root()) + " for the first 20 entries, but the ledger's entries 0 to 19 now give root "),
                found.get(0).message());
    }

    @Test
    void historyRewrittenWithValidSignatures_isCaughtOnlyByCheckpoints_andNamedAsSuch() throws Exception {
        test.grow(3);
        Checkpoint signed = checkpoint();
        assertTrue(verify().clean());
        // Someone holding the file and the ledger key replaces the last three entries with three others.
        test.truncateFrom(20);
        test.sql("DELETE FROM cl_checkpoints");
        test.grow(3);
        // The origin's pin alone, as for a bundle: its root is what catches the rewrite.
        VerifyReport report = verify(state, null, null);
        assertEquals(1, report.findings().size(), () -> describe(report));
        Finding finding = report.findings().get(0);
        assertEquals(FindingKind.CHECKPOINT, finding.kind());
        assertEquals("root", finding.field());
        assertEquals(b64(signed.root()), finding.expected());
        assertEquals(b64(report.root()), finding.actual());
        assertTrue(finding.message().startsWith("history rewritten: the auditor's last verified state ("), finding.message());
    }

    @Test
    void publishedCheckpoint_signedByAnotherKey_isAFinding() throws Exception {
        Checkpoint signed = checkpoint();
        NoteSigner impostor = new NoteSigner(test.origin(), Ed25519PrivateKey.generate(new SecureRandom()));
        Path forged = Files.writeString(directory.resolve("forged.txt"), signed.sign(impostor).format());
        VerifyReport report = verify(state, forged);
        List<Finding> found = kind(report, FindingKind.CHECKPOINT);
        assertEquals(1, found.size(), () -> describe(report));
        assertEquals("checkpoint", found.get(0).field());
        assertTrue(found.get(0).message().startsWith("checkpoint " + forged + " is not a checkpoint signed by the ledger "
                + "key: note is not signed by a trusted key (trusted: " + test.origin() + "+"), found.get(0).message());
    }

    @Test
    void publishedCheckpoint_newerThanTheLedger_meansRollback() throws Exception {
        Path old = test.backup("old.mv.db");
        test.grow(2);
        Path published = Files.writeString(directory.resolve("published.txt"), checkpointNote());
        test.rollBackTo(old);
        VerifyReport report = verify(null, published);
        List<Finding> found = kind(report, FindingKind.CHECKPOINT);
        assertEquals(1, found.size(), () -> describe(report));
        assertTrue(found.get(0).message().startsWith("rolled back or truncated: the ledger has 20 entries, but checkpoint "
                + published + " has 22 (root "), found.get(0).message());
    }

    @Test
    void publishedCheckpoint_thatHolds_isNotedAndBecomesTheAuditorsCheckpoint() throws Exception {
        Path published = Files.writeString(directory.resolve("published.txt"), checkpointNote());
        test.sql("DELETE FROM cl_checkpoints");
        VerifyReport report = verify(state, published);
        assertTrue(report.clean(), () -> describe(report));
        assertTrue(report.notes().contains("the ledger extends checkpoint " + published + ": 20 entries (root "
                + b64(report.root()) + ") then, 20 now"), () -> describe(report));
        assertEquals(Files.readString(published), state.load(test.origin()).checkpoint());
    }

    @Test
    void alteredTreeNode_isReportedByLevelAndIndex_withBothHashes() throws Exception {
        String stored;
        try (Ledger ledger = test.open()) {
            stored = org.claimledger.crypto.Hex.encode(ledger.store().treeNodes().node(4, 0));
        }
        test.sql("UPDATE cl_tree SET hash = '" + "cd".repeat(32) + "' WHERE lvl = 4 AND idx = 0");
        VerifyReport report = verify();
        List<Finding> found = kind(report, FindingKind.TREE);
        assertEquals(1, found.size(), () -> describe(report));
        assertEquals(stored, found.get(0).expected());
        assertEquals("cd".repeat(32), found.get(0).actual());
        assertEquals("stored tree node at level 4, index 0 (over entries 0 to 15) is not the hash of the nodes below "
                + "it: proofs served from it would not verify (prove refuses to serve them)", found.get(0).message());
    }

    @Test
    void missingAndInsertedTreeNodes_areEachNamed() throws Exception {
        test.sql("DELETE FROM cl_tree WHERE lvl = 1 AND idx = 3",
                "INSERT INTO cl_tree (lvl, idx, hash) VALUES (0, 20, '" + "ef".repeat(32) + "')");
        VerifyReport report = verify();
        List<String> messages = kind(report, FindingKind.TREE).stream().map(Finding::message).toList();
        assertEquals(List.of("stored tree node at level 1, index 3 (over entries 6 to 7) is missing: proofs that need it "
                + "cannot be served", "stored tree node at level 0, index 20 is not a node of the tree of 20 entries: it "
                + "was inserted, or left behind when entries were removed"), messages, () -> describe(report));
    }

    /**
     * The stored tree is read in table order first (H2 keeps rows in insertion order): rows deleted and written again
     * in another order are still every node, and a row at a negative index, which the table order meets only at its
     * end, is named as the level-by-level reading names it.
     */
    @Test
    void treeRowsWrittenAgainInAnotherOrder_areNoFinding_andANegativeIndexIsNamed() throws Exception {
        String leaf0;
        String leaf1;
        String pair;
        try (Ledger ledger = test.open()) {
            leaf0 = org.claimledger.crypto.Hex.encode(ledger.store().treeNodes().node(0, 0));
            leaf1 = org.claimledger.crypto.Hex.encode(ledger.store().treeNodes().node(0, 1));
            pair = org.claimledger.crypto.Hex.encode(ledger.store().treeNodes().node(1, 0));
        }
        test.sql("DELETE FROM cl_tree WHERE (lvl = 0 AND idx < 2) OR (lvl = 1 AND idx = 0)",
                "INSERT INTO cl_tree (lvl, idx, hash) VALUES (1, 0, '" + pair + "')",
                "INSERT INTO cl_tree (lvl, idx, hash) VALUES (0, 1, '" + leaf1 + "')",
                "INSERT INTO cl_tree (lvl, idx, hash) VALUES (0, 0, '" + leaf0 + "')");
        VerifyReport reordered = verify();
        assertTrue(reordered.clean(), () -> describe(reordered));
        assertTrue(reordered.notes().contains("every one of the ledger's 38 stored tree nodes is the hash of its "
                + "entries"), () -> describe(reordered));

        test.sql("INSERT INTO cl_tree (lvl, idx, hash) VALUES (2, -1, '" + "ef".repeat(32) + "')");
        VerifyReport report = verify();
        List<String> messages = kind(report, FindingKind.TREE).stream().map(Finding::message).toList();
        assertEquals(List.of("stored tree node at level 2, index -1 is not a node of this ledger's tree"), messages,
                () -> describe(report));
    }

    /**
     * With the primary key dropped, a second row for a node: the table order meets it where the level-by-level
     * reading would, and a level read gives both rows of the node (StoredTreeCheckTest shows that a page boundary
     * between them cannot hide one, whatever order each reading gives them; the check counts no rows to find it).
     */
    @Test
    void aSecondRowForANode_isReported_andALevelReadResumingThereMeetsIt() throws Exception {
        String leaf1;
        try (Ledger ledger = test.open()) {
            leaf1 = org.claimledger.crypto.Hex.encode(ledger.store().treeNodes().node(0, 1));
        }
        test.sql("ALTER TABLE cl_tree DROP PRIMARY KEY",
                "INSERT INTO cl_tree (lvl, idx, hash) VALUES (0, 1, '" + "cd".repeat(32) + "')");
        VerifyReport report = verify();
        List<Finding> found = kind(report, FindingKind.TREE);
        assertEquals(1, found.size(), () -> describe(report));
        assertEquals("cd".repeat(32), found.get(0).actual());
        assertEquals("stored tree node at level 0, index 1 is not a node of this ledger's tree", found.get(0).message());

        try (LedgerStore store = LedgerStore.open(test.location())) {
            // Both rows of the node, in whichever order the database gives them (it keeps none between them).
            List<String> atOne = store.storedTree().level(0, 1, 0, 2).stream().map(StoredNode::hash).sorted().toList();
            assertEquals(java.util.stream.Stream.of(leaf1, "cd".repeat(32)).sorted().toList(), atOne);
        }
    }

    @Test
    void withoutState_nothingIsRememberedAndTheLedgersCheckpointsStillCount() throws Exception {
        checkpoint();
        VerifyReport report = verify(null, null);
        assertTrue(report.clean(), () -> describe(report));
        assertNull(state.load(test.origin()));
        assertNotNull(report.rootAt(20));
    }

    private String checkpointNote() throws LedgerException {
        try (Ledger ledger = test.open()) {
            return Checkpoints.create(ledger, test.ledgerKey()).note().format();
        }
    }
}
