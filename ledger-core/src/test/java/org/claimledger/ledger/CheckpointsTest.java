package org.claimledger.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;

import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.NamedKey;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.merkle.CompactRange;
import org.claimledger.merkle.ConsistencyProof;
import org.claimledger.merkle.ProofException;
import org.claimledger.merkle.TlogProof;
import org.claimledger.merkle.TreeHash;
import org.claimledger.note.Checkpoint;
import org.claimledger.testing.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointsTest {
    @TempDir
    Path directory;

    TestLedger test;

    @BeforeEach
    void build() throws Exception {
        test = TestLedger.build(directory);
    }

    /** The root recomputed from the leaves alone, as an auditor would. */
    private byte[] scannedRoot(Ledger ledger, long size) throws LedgerException {
        CompactRange range = CompactRange.empty();
        ledger.store().forEachEntry(0, size, stored -> range.append(TreeHash.leafHash(stored.leaf())));
        return range.root();
    }

    @Test
    void create_signsTheRootOfEveryEntry_withTheLedgerKeyUnderTheOrigin() throws Exception {
        try (Ledger ledger = test.open()) {
            Checkpoints.Signed signed = Checkpoints.create(ledger, test.ledgerKey());
            assertTrue(signed.stored());
            Checkpoint opened = Checkpoint.open(signed.note().bytes(), test.origin(), List.of(test.vkey()));
            assertEquals(TestLedger.SEED_ENTRIES, opened.size());
            assertArrayEquals(scannedRoot(ledger, TestLedger.SEED_ENTRIES), opened.root());
            assertEquals(signed.note().format(), ledger.store().latestCheckpoint());
            assertTrue(signed.note().format().startsWith(test.origin() + "\n20\n"));
        }
    }

    @Test
    void create_twiceWithoutNewEntries_returnsTheSameNoteAndStoresNothingNew() throws Exception {
        try (Ledger ledger = test.open()) {
            Checkpoints.Signed first = Checkpoints.create(ledger, test.ledgerKey());
            Checkpoints.Signed second = Checkpoints.create(ledger, test.ledgerKey());
            assertFalse(second.stored());
            assertEquals(first.note(), second.note());
            assertEquals(List.of(20L), ledger.store().checkpointSizes());
        }
    }

    @Test
    void create_withAnotherKey_isRefusedAndStoresNothing() throws Exception {
        NamedKey other = new NamedKey(test.origin(), Ed25519PrivateKey.generate(new SecureRandom()));
        try (Ledger ledger = test.open()) {
            LedgerException e = assertThrows(LedgerException.class, () -> Checkpoints.create(ledger, other));
            assertEquals(Failure.KEY_NOT_AUTHORIZED, e.failure());
            assertTrue(e.getMessage().contains("is not the current ledger key"), e.getMessage());
            assertEquals(List.of(), ledger.store().checkpointSizes());
        }
    }

    @Test
    void inclusion_forEveryEntry_verifiesAgainstTheCheckpointWithTheTrustedKey() throws Exception {
        test.grow(3);
        try (Ledger ledger = test.open()) {
            Checkpoints.create(ledger, test.ledgerKey());
            for (long seq = 0; seq < 23; seq++) {
                Proofs.Inclusion inclusion = Proofs.inclusion(ledger, seq);
                TlogProof parsed = TlogProof.parse(inclusion.proof().bytes());
                assertEquals(seq, parsed.index());
                assertArrayEquals(ledger.store().entry(seq).leaf(), inclusion.leaf());
                parsed.verify(TreeHash.leafHash(inclusion.leaf()), test.origin(), List.of(test.vkey()));
            }
        }
    }

    @Test
    void inclusion_ofAnotherEntrysLeaf_doesNotVerify() throws Exception {
        try (Ledger ledger = test.open()) {
            Checkpoints.create(ledger, test.ledgerKey());
            Proofs.Inclusion five = Proofs.inclusion(ledger, 5);
            byte[] sixLeaf = ledger.store().entry(6).leaf();
            ProofException e = assertThrows(ProofException.class,
                    () -> five.proof().verify(TreeHash.leafHash(sixLeaf), test.origin(), List.of(test.vkey())));
            assertTrue(e.getMessage().startsWith("inclusion proof for leaf 5 in a tree of size 20: computed root"),
                    e.getMessage());
        }
    }

    @Test
    void inclusion_beyondTheLatestCheckpoint_namesTheCheckpointSize() throws Exception {
        try (Ledger ledger = test.open()) {
            Checkpoints.create(ledger, test.ledgerKey());
        }
        test.grow(1);
        try (Ledger ledger = test.open()) {
            LedgerException e = assertThrows(LedgerException.class, () -> Proofs.inclusion(ledger, 20));
            assertEquals(Failure.NOT_FOUND, e.failure());
            assertTrue(e.getMessage().contains("which has 20 entries"), e.getMessage());
        }
    }

    @Test
    void inclusion_withoutAnyCheckpoint_saysToSignOne() throws Exception {
        try (Ledger ledger = test.open()) {
            LedgerException e = assertThrows(LedgerException.class, () -> Proofs.inclusion(ledger, 0));
            assertEquals(Failure.NOT_FOUND, e.failure());
            assertTrue(e.getMessage().contains("claimledger checkpoint"), e.getMessage());
        }
    }

    @Test
    void create_afterTheLastCheckpoint_readsOnlyTheNewEntries_andSignsTheirRoot() throws Exception {
        try (Ledger ledger = test.open()) {
            Checkpoints.create(ledger, test.ledgerKey());
        }
        test.grow(3);
        // An entry under the signed checkpoint edited with its tree left alone: the new checkpoint extends the signed
        // history (the stored nodes agree with its root), so the edit stays evidence instead of being signed over.
        test.editFigure();
        try (Ledger ledger = test.open()) {
            Checkpoints.Signed signed = Checkpoints.create(ledger, test.ledgerKey());
            assertEquals(23, signed.checkpoint().size());
            assertEquals(null, signed.warning());
            assertArrayEquals(new org.claimledger.merkle.MerkleTree(ledger.store().treeNodes(), 23).root(23),
                    signed.checkpoint().root());
            assertFalse(java.util.Arrays.equals(scannedRoot(ledger, 23), signed.checkpoint().root()));
        }
    }

    @Test
    void create_whenAnEntryAfterTheLastCheckpointIsMissing_signsNothing() throws Exception {
        try (Ledger ledger = test.open()) {
            Checkpoints.create(ledger, test.ledgerKey());
        }
        test.grow(3);
        test.sql("DELETE FROM cl_entries WHERE seq = 21");
        try (Ledger ledger = test.open()) {
            LedgerException e = assertThrows(LedgerException.class, () -> Checkpoints.create(ledger, test.ledgerKey()));
            assertEquals(Failure.STORAGE, e.failure());
            assertTrue(e.getMessage().contains(": entry 21 is missing (the next stored entry is 22); run 'claimledger "
                    + "verify'; nothing was signed"), e.getMessage());
            assertEquals(List.of(20L), ledger.store().checkpointSizes());
        }
    }

    @Test
    void create_whenTheTreeDisagreesWithTheSignedRoot_andTheEntriesNoLongerChain_signsNothing() throws Exception {
        try (Ledger ledger = test.open()) {
            Checkpoints.create(ledger, test.ledgerKey());
        }
        test.grow(1);
        test.editFigure();
        test.sql("UPDATE cl_tree SET hash = '" + "ab".repeat(32) + "' WHERE lvl = 4 AND idx = 0");
        try (Ledger ledger = test.open()) {
            LedgerException e = assertThrows(LedgerException.class, () -> Checkpoints.create(ledger, test.ledgerKey()));
            assertEquals(Failure.STORAGE, e.failure());
            assertTrue(e.getMessage().contains(": entry " + (test.figureSeq() + 1) + " does not link to the entry "
                    + "before it"), e.getMessage());
            assertEquals(List.of(20L), ledger.store().checkpointSizes());
        }
    }

    @Test
    void create_atAnEarlierSize_signsTheRootTheLedgerHadThen_andAProofJoinsItToTheLatest() throws Exception {
        test.grow(3);
        try (Ledger ledger = test.open()) {
            Checkpoint latest = Checkpoints.create(ledger, test.ledgerKey()).checkpoint();
            Checkpoints.Signed earlier = Checkpoints.create(ledger, test.ledgerKey(), 7L);
            assertTrue(earlier.stored());
            assertEquals(7, earlier.checkpoint().size());
            assertArrayEquals(scannedRoot(ledger, 7), earlier.checkpoint().root());
            Proofs.consistency(ledger, 7, null).verify(earlier.checkpoint().root(), latest.root());
            assertEquals(List.of(7L, 23L), ledger.store().checkpointSizes());
            LedgerException beyond = assertThrows(LedgerException.class,
                    () -> Checkpoints.create(ledger, test.ledgerKey(), 24L));
            assertEquals(Failure.NOT_FOUND, beyond.failure());
            assertEquals("the ledger has 23 entries, so there is no tree of size 24 to sign", beyond.getMessage());
        }
    }

    @Test
    void create_atAnEarlierSize_whoseEntriesWereEditedAfterALaterCheckpoint_signsNothing() throws Exception {
        try (Ledger ledger = test.open()) {
            Checkpoints.create(ledger, test.ledgerKey());
        }
        test.editFigure();
        try (Ledger ledger = test.open()) {
            LedgerException e = assertThrows(LedgerException.class,
                    () -> Checkpoints.create(ledger, test.ledgerKey(), test.figureSeq() + 1));
            assertEquals(Failure.STORAGE, e.failure());
            assertTrue(e.getMessage().contains("entries are not shown to be a prefix of the signed checkpoint for size "
                    + "20"), e.getMessage());
            assertEquals(List.of(20L), ledger.store().checkpointSizes());
        }
    }

    @Test
    void inclusion_afterTheTreeNodesWereAltered_isRefusedInsteadOfServed() throws Exception {
        try (Ledger ledger = test.open()) {
            Checkpoints.create(ledger, test.ledgerKey());
        }
        test.sql("UPDATE cl_tree SET hash = '" + "ab".repeat(32) + "' WHERE lvl = 0 AND idx = 4");
        try (Ledger ledger = test.open()) {
            LedgerException e = assertThrows(LedgerException.class, () -> Proofs.inclusion(ledger, 5));
            assertEquals(Failure.STORAGE, e.failure());
            assertTrue(e.getMessage().contains("no longer match the checkpoint for size 20"), e.getMessage());
        }
    }

    @Test
    void consistency_betweenTwoCheckpoints_verifiesAgainstTheirRoots() throws Exception {
        Checkpoint old;
        try (Ledger ledger = test.open()) {
            old = Checkpoints.create(ledger, test.ledgerKey()).checkpoint();
        }
        test.grow(5);
        try (Ledger ledger = test.open()) {
            Checkpoint current = Checkpoints.create(ledger, test.ledgerKey()).checkpoint();
            assertEquals(25, current.size());
            ConsistencyProof proof = Proofs.consistency(ledger, 20, null);
            assertEquals(20, proof.oldSize());
            assertEquals(25, proof.newSize());
            ConsistencyProof.parse(proof.format()).verify(old.root(), current.root());
            for (long size = 1; size <= 25; size++) {
                Proofs.consistency(ledger, size, 25L).verify(scannedRoot(ledger, size), current.root());
            }
        }
    }

    @Test
    void consistency_toASizeBeyondTheLedger_isNotFound() throws Exception {
        try (Ledger ledger = test.open()) {
            LedgerException e = assertThrows(LedgerException.class, () -> Proofs.consistency(ledger, 3, 21L));
            assertEquals(Failure.NOT_FOUND, e.failure());
            assertEquals("the ledger has 20 entries, so there is no tree of size 21", e.getMessage());
            LedgerException zero = assertThrows(LedgerException.class, () -> Proofs.consistency(ledger, 0, 20L));
            assertEquals(Failure.INVALID_REQUEST, zero.failure());
        }
    }

    @Test
    void latest_storedNoteSignedByAnotherKey_doesNotOpen() throws Exception {
        NamedKey impostor = new NamedKey(test.origin(), Ed25519PrivateKey.generate(new SecureRandom()));
        String forged;
        try (Ledger ledger = test.open()) {
            forged = Checkpoint.of(test.origin(), 20, scannedRoot(ledger, 20))
                    .sign(new org.claimledger.note.NoteSigner(test.origin(), impostor.key())).format();
            ledger.store().append(appender -> {
                appender.putCheckpoint(20, forged);
                return null;
            });
            LedgerException e = assertThrows(LedgerException.class, () -> Checkpoints.latest(ledger));
            assertEquals(Failure.STORAGE, e.failure());
            assertTrue(e.getMessage().contains("note is not signed by a trusted key"), e.getMessage());
        }
    }
}
