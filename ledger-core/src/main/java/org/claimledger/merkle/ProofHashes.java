package org.claimledger.merkle;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/** Checks shared by the proof verifiers: lengths first, then a readable form for mismatches. */
final class ProofHashes {
    private ProofHashes() {
    }

    static List<byte[]> copyOf(List<byte[]> hashes) {
        List<byte[]> copy = new ArrayList<>(hashes.size());
        for (byte[] hash : hashes) {
            copy.add(hash == null ? null : hash.clone());
        }
        return Collections.unmodifiableList(copy);
    }

    static void requireLength(String what, byte[] hash) throws ProofException {
        if (hash == null || hash.length != TreeHash.LENGTH) {
            throw new ProofException(what + " must be " + TreeHash.LENGTH + " bytes, got "
                    + (hash == null ? "none" : hash.length));
        }
    }

    static void requireLengths(String proofKind, List<byte[]> hashes) throws ProofException {
        for (int i = 0; i < hashes.size(); i++) {
            requireLength(proofKind + " hash " + i, hashes.get(i));
        }
    }

    static String base64(byte[] hash) {
        return Base64.getEncoder().encodeToString(hash);
    }
}
