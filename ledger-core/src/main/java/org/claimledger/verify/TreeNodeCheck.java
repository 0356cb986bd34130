package org.claimledger.verify;

import java.security.MessageDigest;

import org.claimledger.merkle.ConsistencyProof;
import org.claimledger.merkle.MerkleTree;
import org.claimledger.merkle.NodeReader;
import org.claimledger.merkle.ProofException;
import org.claimledger.merkle.TreeReadException;

/**
 * Checks the stored tree nodes that checkpoints are signed over and proofs served from, against the roots the
 * scan computed: the root of the whole ledger, and a consistency proof from the auditor's last verified size,
 * which is exactly what the ledger would serve a client holding that older checkpoint.
 */
final class TreeNodeCheck {
    private TreeNodeCheck() {
    }

    /** Checks the root; returns the number of hashes of the verified consistency proof, or -1 when there is none. */
    static int check(VerifyReport report, NodeReader nodes, PinStore.TreeHead since) {
        long size = report.entries();
        if (size == 0) {
            return -1;
        }
        byte[] scanned = report.root();
        MerkleTree tree = new MerkleTree(nodes, size);
        try {
            byte[] stored = tree.root(size);
            if (!MessageDigest.isEqual(stored, scanned)) {
                report.add(Finding.mismatch(null, FindingKind.TREE, "cl_tree", CheckpointCheck.base64(scanned),
                        CheckpointCheck.base64(stored), "the stored tree nodes give root " + CheckpointCheck.base64(stored)
                                + " for " + size + " entries, but the entries give " + CheckpointCheck.base64(scanned)
                                + ": checkpoints signed and proofs served from this tree are wrong"));
                return -1;
            }
            if (since == null || since.size() < 1 || since.size() >= size) {
                return -1;
            }
            ConsistencyProof proof = tree.consistencyProof(since.size(), size);
            proof.verify(since.root(), scanned);
            return proof.hashes().size();
        } catch (TreeReadException e) {
            report.add(Finding.of(null, FindingKind.TREE, "cl_tree", "the stored tree is incomplete or damaged: " + e.getMessage()));
        } catch (ProofException e) {
            report.add(Finding.of(null, FindingKind.TREE, "cl_tree", "the consistency proof the ledger serves from size "
                    + since.size() + " to " + size + " does not verify against the roots the auditor computed: "
                    + e.getMessage()));
        }
        return -1;
    }
}
