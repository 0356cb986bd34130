package org.claimledger.merkle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

class MerkleTreeTest {
    private static final int MAX = 64;

    private static List<byte[]> leafHashes(int count) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            leaves.add(TreeHash.leafHash(("entry " + i).getBytes(StandardCharsets.UTF_8)));
        }
        return leaves;
    }

    private static InMemoryNodeStore storeOf(List<byte[]> leaves) {
        InMemoryNodeStore store = new InMemoryNodeStore();
        CompactRange range = CompactRange.empty();
        for (byte[] leaf : leaves) {
            store.putAll(range.append(leaf));
        }
        return store;
    }

    private static String b64(byte[] hash) {
        return Base64.getEncoder().encodeToString(hash);
    }

    private static List<String> b64(List<byte[]> hashes) {
        return hashes.stream().map(MerkleTreeTest::b64).toList();
    }

    @Test
    void treeHash_matchesRfc9162KnownValues() {
        assertEquals("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", b64(TreeHash.emptyRoot()));
        // RFC 6962 test data: the hash of the empty leaf.
        assertEquals("bjQLnP+zepicpUTmu3gKLHiQHT+zNzh2hRGjBhevoB0=", b64(TreeHash.leafHash(new byte[0])));
    }

    @Test
    void compactRange_rootMatchesReference_afterEveryAppend_andStoresOnlyCompleteSubtrees() {
        List<byte[]> leaves = leafHashes(MAX);
        ReferenceTree reference = new ReferenceTree(leaves);
        CompactRange range = CompactRange.empty();
        assertEquals(b64(TreeHash.emptyRoot()), b64(range.root()));
        int stored = 0;
        for (int n = 1; n <= MAX; n++) {
            List<Node> completed = range.append(leaves.get(n - 1));
            stored += completed.size();
            assertEquals(b64(reference.root(n)), b64(range.root()), "root at size " + n);
            assertEquals(2 * n - Integer.bitCount(n), stored, "nodes stored at size " + n);
            assertEquals(new Node(0, n - 1, leaves.get(n - 1)), completed.get(0));
            assertEquals(n, range.size());
        }
    }

    @Test
    void compactRange_completedBy_changesNothingUntilItsNodesAreAdded() {
        List<byte[]> leaves = leafHashes(MAX);
        ReferenceTree reference = new ReferenceTree(leaves);
        CompactRange range = CompactRange.empty();
        for (int n = 1; n <= MAX; n++) {
            List<Node> completed = range.completedBy(leaves.get(n - 1));
            assertEquals(n - 1, range.size());
            assertEquals(b64(reference.root(n - 1)), b64(range.root()), "root before leaf " + n);
            CompactRange copy = range.copy();
            assertEquals(copy.append(leaves.get(n - 1)), completed, "nodes of leaf " + n);
            range.add(completed);
            assertEquals(b64(reference.root(n)), b64(range.root()), "root at size " + n);
        }
        List<Node> next = range.completedBy(leaves.get(0));
        List<Node> notNext = CompactRange.empty().completedBy(leaves.get(0));
        assertThrows(IllegalArgumentException.class, () -> range.add(notNext));
        assertThrows(IllegalArgumentException.class, () -> range.add(next.subList(0, next.size() - 1)));
        assertEquals(MAX, range.size());
    }

    @Test
    void compactRange_loadedFromStore_continuesExactlyAsTheOriginal() throws TreeReadException {
        List<byte[]> leaves = leafHashes(MAX);
        InMemoryNodeStore store = storeOf(leaves.subList(0, 37));
        CompactRange original = CompactRange.empty();
        leaves.subList(0, 37).forEach(original::append);

        CompactRange loaded = CompactRange.load(37, store);
        assertEquals(Integer.bitCount(37), store.reads());
        assertEquals(b64(original.root()), b64(loaded.root()));
        for (int i = 37; i < MAX; i++) {
            assertEquals(original.append(leaves.get(i)), loaded.append(leaves.get(i)), "append of leaf " + i);
        }
        assertEquals(b64(new ReferenceTree(leaves).root(MAX)), b64(loaded.root()));
    }

    @Test
    void roots_matchReference_forEverySize() throws TreeReadException {
        List<byte[]> leaves = leafHashes(MAX);
        MerkleTree tree = new MerkleTree(storeOf(leaves), MAX);
        ReferenceTree reference = new ReferenceTree(leaves);
        for (int n = 0; n <= MAX; n++) {
            assertEquals(b64(reference.root(n)), b64(tree.root(n)), "root at size " + n);
        }
    }

    @Test
    void inclusionProofs_matchReference_verify_andFailForNeighbouringIndices() throws TreeReadException {
        List<byte[]> leaves = leafHashes(MAX);
        MerkleTree tree = new MerkleTree(storeOf(leaves), MAX);
        ReferenceTree reference = new ReferenceTree(leaves);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (int n = 1; n <= MAX; n++) {
            byte[] root = reference.root(n);
            for (int i = 0; i < n; i++) {
                InclusionProof proof = tree.inclusionProof(i, n);
                String where = "leaf " + i + " of " + n;
                if (!b64(reference.path(i, n)).equals(b64(proof.hashes()))) {
                    failures.add(where + ": proof differs from reference");
                }
                try {
                    proof.verify(leaves.get(i), root);
                } catch (ProofException e) {
                    failures.add(where + ": rejected: " + e.getMessage());
                }
                for (int other : new int[] {i - 1, i + 1}) {
                    InclusionProof moved = InclusionProof.of(other, n, proof.hashes());
                    byte[] leaf = leaves.get(Math.max(0, Math.min(other, MAX - 1)));
                    if (accepts(moved, leaves.get(i), root) || accepts(moved, leaf, root)) {
                        failures.add(where + ": the proof also verifies for index " + other);
                    }
                }
                checked++;
            }
        }
        assertEquals(MAX * (MAX + 1) / 2, checked);
        assertEquals(List.of(), failures);
    }

    private static boolean accepts(InclusionProof proof, byte[] leaf, byte[] root) {
        try {
            proof.verify(leaf, root);
            return true;
        } catch (ProofException e) {
            return false;
        }
    }

    @Test
    void consistencyProofs_matchReference_andVerify_forEveryPairOfSizes() throws TreeReadException {
        List<byte[]> leaves = leafHashes(MAX);
        MerkleTree tree = new MerkleTree(storeOf(leaves), MAX);
        ReferenceTree reference = new ReferenceTree(leaves);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (int n = 1; n <= MAX; n++) {
            for (int m = 1; m <= n; m++) {
                ConsistencyProof proof = tree.consistencyProof(m, n);
                String where = m + " -> " + n;
                if (!b64(reference.proof(m, n)).equals(b64(proof.hashes()))) {
                    failures.add(where + ": proof differs from reference");
                }
                try {
                    proof.verify(reference.root(m), reference.root(n));
                } catch (ProofException e) {
                    failures.add(where + ": rejected: " + e.getMessage());
                }
                if (m > 1 && m < n && accepts(proof, reference.root(m - 1), reference.root(n))) {
                    failures.add(where + ": accepts the root of size " + (m - 1) + " as the old root");
                }
                checked++;
            }
        }
        assertEquals(MAX * (MAX + 1) / 2, checked);
        assertEquals(List.of(), failures);
    }

    private static boolean accepts(ConsistencyProof proof, byte[] oldRoot, byte[] newRoot) {
        try {
            proof.verify(oldRoot, newRoot);
            return true;
        } catch (ProofException e) {
            return false;
        }
    }

    @Test
    void proofs_readLogarithmicallyManyNodes() throws TreeReadException {
        int size = (1 << 15) + 12345;
        InMemoryNodeStore store = storeOf(leafHashes(size));
        MerkleTree tree = new MerkleTree(store, size);
        int log = 64 - Long.numberOfLeadingZeros(size);
        long[][] cases = {{0, size}, {size - 1, size}, {12345, size}, {size / 2, size - 7}};
        for (long[] c : cases) {
            long before = store.reads();
            tree.inclusionProof(c[0], c[1]);
            long reads = store.reads() - before;
            assertTrue(reads <= 2L * log, "inclusion proof " + c[0] + " of " + c[1] + " read " + reads + " nodes");
        }
        long before = store.reads();
        tree.consistencyProof(1000, size);
        long reads = store.reads() - before;
        assertTrue(reads <= 2L * log, "consistency proof read " + reads + " nodes");
        before = store.reads();
        tree.root(size);
        assertEquals(Integer.bitCount(size), store.reads() - before);
    }

    @Test
    void inclusionProof_rootMismatch_namesComputedAndExpectedRoot() throws TreeReadException {
        List<byte[]> leaves = leafHashes(8);
        MerkleTree tree = new MerkleTree(storeOf(leaves), 8);
        byte[] wrongRoot = new ReferenceTree(leaves).root(7);
        ProofException e = assertThrows(ProofException.class,
                () -> tree.inclusionProof(3, 8).verify(leaves.get(3), wrongRoot));
        assertEquals("inclusion proof for leaf 3 in a tree of size 8: computed root " + b64(tree.root(8))
                + ", expected root " + b64(wrongRoot), e.getMessage());
    }

    @Test
    void inclusionProof_indexOutsideTree_isRejectedBeforeWalking() {
        ProofException e = assertThrows(ProofException.class,
                () -> InclusionProof.of(8, 8, List.of()).verify(new byte[32], new byte[32]));
        assertEquals("leaf index 8 is outside a tree of size 8", e.getMessage());
    }

    @Test
    void inclusionProof_wrongLength_namesExpectedCount() {
        ProofException e = assertThrows(ProofException.class,
                () -> InclusionProof.of(0, 8, List.of(new byte[32])).verify(new byte[32], new byte[32]));
        assertEquals("inclusion proof for leaf 0 in a tree of size 8 must have 3 hashes, got 1", e.getMessage());
    }

    @Test
    void consistencyProof_rootMismatch_namesComputedAndExpectedRoots() throws TreeReadException {
        List<byte[]> leaves = leafHashes(8);
        MerkleTree tree = new MerkleTree(storeOf(leaves), 8);
        ReferenceTree reference = new ReferenceTree(leaves);
        ProofException e = assertThrows(ProofException.class,
                () -> tree.consistencyProof(3, 8).verify(reference.root(3), reference.root(7)));
        assertEquals("consistency proof from size 3 to 8: computed new root " + b64(reference.root(8))
                + ", expected new root " + b64(reference.root(7)), e.getMessage());
    }

    @Test
    void consistencyProof_shrinkingTree_isRejected() {
        ProofException e = assertThrows(ProofException.class,
                () -> ConsistencyProof.of(5, 4, List.of()).verify(new byte[32], new byte[32]));
        assertEquals("old tree size 5 is larger than new tree size 4", e.getMessage());
    }

    @Test
    void tree_refusesArgumentsOutsideItsSize() {
        MerkleTree tree = new MerkleTree(new InMemoryNodeStore(), 4);
        assertThrows(IllegalArgumentException.class, () -> tree.root(5));
        assertThrows(IllegalArgumentException.class, () -> tree.inclusionProof(4, 4));
        assertThrows(IllegalArgumentException.class, () -> tree.inclusionProof(-1, 4));
        assertThrows(IllegalArgumentException.class, () -> tree.consistencyProof(0, 4));
        assertThrows(IllegalArgumentException.class, () -> tree.consistencyProof(3, 5));
    }

    @Test
    void missingNode_isReportedAsTreeReadException() {
        MerkleTree tree = new MerkleTree(new InMemoryNodeStore(), 4);
        TreeReadException e = assertThrows(TreeReadException.class, () -> tree.root(4));
        assertEquals("no stored node at level 2, index 0", e.getMessage());
    }

    @Test
    void nodeHash_refusesHashesOfTheWrongLength() {
        assertThrows(IllegalArgumentException.class, () -> TreeHash.nodeHash(new byte[31], new byte[32]));
        assertThrows(IllegalArgumentException.class, () -> TreeHash.nodeHash(new byte[32], new byte[33]));
    }
}
