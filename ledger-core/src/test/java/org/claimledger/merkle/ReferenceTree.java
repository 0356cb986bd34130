package org.claimledger.merkle;

import java.util.ArrayList;
import java.util.List;

/** RFC 9162 section 2.1 written as the recursive definitions, over a list of leaf hashes: the model the stored tree is checked against. */
final class ReferenceTree {
    private final List<byte[]> leaves;

    ReferenceTree(List<byte[]> leafHashes) {
        this.leaves = leafHashes;
    }

    byte[] root(int n) {
        return mth(0, n);
    }

    // MTH(D[from:to]).
    private byte[] mth(int from, int to) {
        int n = to - from;
        if (n == 0) {
            return TreeHash.emptyRoot();
        }
        if (n == 1) {
            return leaves.get(from);
        }
        int k = largestPowerOfTwoBelow(n);
        return TreeHash.nodeHash(mth(from, from + k), mth(from + k, to));
    }

    // PATH(m, D[0:n]).
    List<byte[]> path(int m, int n) {
        return path(m, 0, n);
    }

    private List<byte[]> path(int m, int from, int to) {
        int n = to - from;
        List<byte[]> out = new ArrayList<>();
        if (n == 1) {
            return out;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            out.addAll(path(m, from, from + k));
            out.add(mth(from + k, to));
        } else {
            out.addAll(path(m - k, from + k, to));
            out.add(mth(from, from + k));
        }
        return out;
    }

    // PROOF(m, D[0:n]) = SUBPROOF(m, D[0:n], true).
    List<byte[]> proof(int m, int n) {
        return subproof(m, 0, n, true);
    }

    private List<byte[]> subproof(int m, int from, int to, boolean b) {
        int n = to - from;
        List<byte[]> out = new ArrayList<>();
        if (m == n) {
            if (!b) {
                out.add(mth(from, to));
            }
            return out;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            out.addAll(subproof(m, from, from + k, b));
            out.add(mth(from + k, to));
        } else {
            out.addAll(subproof(m - k, from + k, to, false));
            out.add(mth(from, from + k));
        }
        return out;
    }

    private static int largestPowerOfTwoBelow(int n) {
        int k = 1;
        while (k << 1 < n) {
            k <<= 1;
        }
        return k;
    }
}
