package org.claimledger.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.note.Checkpoint;
import org.claimledger.note.NoteSigner;
import org.claimledger.note.SignedNote;
import org.claimledger.note.VerifierKey;
import org.junit.jupiter.api.Test;

class TlogProofTest {
    private static final String ORIGIN = "log.example/tlog-proof-test";
    private static final int SIZE = 13;

    private final NoteSigner signer = new NoteSigner(ORIGIN, Ed25519PrivateKey.fromSeed(new byte[32]));
    private final List<VerifierKey> trusted = List.of(signer.verifierKey());
    private final List<byte[]> leaves = new ArrayList<>();
    private final InMemoryNodeStore store = new InMemoryNodeStore();
    private final SignedNote checkpoint;
    private final MerkleTree tree;

    TlogProofTest() throws TreeReadException {
        CompactRange range = CompactRange.empty();
        for (int i = 0; i < SIZE; i++) {
            leaves.add(TreeHash.leafHash(("claim " + i).getBytes(StandardCharsets.UTF_8)));
            store.putAll(range.append(leaves.get(i)));
        }
        tree = new MerkleTree(store, SIZE);
        checkpoint = Checkpoint.of(ORIGIN, SIZE, tree.root(SIZE)).sign(signer);
    }

    @Test
    void everyLeaf_roundTripsThroughTheFile_andVerifies_butNotAsItsNeighbour() throws Exception {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            TlogProof proof = TlogProof.of(i, tree.inclusionProof(i, SIZE).hashes(), checkpoint);
            TlogProof parsed = TlogProof.parse(proof.bytes());
            assertArrayEquals(proof.bytes(), parsed.bytes());
            parsed.verify(leaves.get(i), ORIGIN, trusted);
            if (i + 1 < SIZE) {
                try {
                    parsed.verify(leaves.get(i + 1), ORIGIN, trusted);
                    failures.add("proof of leaf " + i + " verifies leaf " + (i + 1));
                } catch (ProofException expected) {
                    // the neighbour's hash must not lead to the root
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void verify_untrustedCheckpoint_failsBeforeTheProofIsWalked() throws Exception {
        NoteSigner other = new NoteSigner(ORIGIN, Ed25519PrivateKey.fromSeed(new byte[] {
            1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}));
        SignedNote forged = Checkpoint.of(ORIGIN, SIZE, tree.root(SIZE)).sign(other);
        TlogProof proof = TlogProof.of(0, tree.inclusionProof(0, SIZE).hashes(), forged);
        ProofException e = assertThrows(ProofException.class, () -> proof.verify(leaves.get(0), ORIGIN, trusted));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("proof checkpoint: note is not signed by a trusted key"));
    }

    @Test
    void consistencyProofText_roundTrips_forEveryPairOfSizes() throws Exception {
        for (int n = 1; n <= SIZE; n++) {
            for (int m = 1; m <= n; m++) {
                ConsistencyProof proof = tree.consistencyProof(m, n);
                ConsistencyProof parsed = ConsistencyProof.parse(proof.format());
                assertEquals(proof.format(), parsed.format());
                parsed.verify(tree.root(m), tree.root(n));
            }
        }
    }
}
