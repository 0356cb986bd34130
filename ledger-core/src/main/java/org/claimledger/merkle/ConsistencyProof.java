package org.claimledger.merkle;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

import org.claimledger.input.Excerpt;

/** The proof that a tree of {@link #oldSize} leaves is a prefix of one of {@link #newSize} (RFC 9162 2.1.4). */
public final class ConsistencyProof {
    public static final String HEADER = "claimledger consistency proof v1";
    private static final String KIND = "consistency proof";

    private final long oldSize;
    private final long newSize;
    private final List<byte[]> hashes;

    private ConsistencyProof(long oldSize, long newSize, List<byte[]> hashes) {
        this.oldSize = oldSize;
        this.newSize = newSize;
        this.hashes = hashes;
    }

    /** Holds the values as given; {@link #verify} checks every one of them. */
    public static ConsistencyProof of(long oldSize, long newSize, List<byte[]> hashes) {
        return new ConsistencyProof(oldSize, newSize, ProofHashes.copyOf(hashes));
    }

    public long oldSize() {
        return oldSize;
    }

    public long newSize() {
        return newSize;
    }

    public List<byte[]> hashes() {
        return ProofHashes.copyOf(hashes);
    }

    /**
     * Parses the plain text form (fixtures/proofs/README.md): the header line, "old N", "new N",
     * then one base64 hash per line, every line ending in a newline.
     */
    public static ConsistencyProof parse(String text) throws MalformedProofException {
        ProofLines lines = new ProofLines(text, KIND);
        String header = lines.next();
        if (!header.equals(HEADER)) {
            throw new MalformedProofException(KIND + " must start with the line \"" + HEADER + "\", got \"" + Excerpt.of(header) + "\"");
        }
        long oldSize = lines.number("old");
        long newSize = lines.number("new");
        List<byte[]> hashes = new ArrayList<>();
        lines.hashes(hashes, false);
        return new ConsistencyProof(oldSize, newSize, List.copyOf(hashes));
    }

    /** The plain text form that {@link #parse} reads. */
    public String format() {
        StringBuilder out = new StringBuilder(HEADER).append('\n')
                .append("old ").append(oldSize).append('\n')
                .append("new ").append(newSize).append('\n');
        hashes.forEach(hash -> out.append(ProofHashes.base64(hash)).append('\n'));
        return out.toString();
    }

    /** The number of hashes a proof from {@code oldSize} to a larger {@code newSize} has. */
    static int expectedLength(long oldSize, long newSize) {
        int inner = 64 - Long.numberOfLeadingZeros((oldSize - 1) ^ (newSize - 1));
        int border = Long.bitCount((oldSize - 1) >>> inner);
        int shift = Long.numberOfTrailingZeros(oldSize);
        boolean oldIsPowerOfTwo = oldSize == 1L << shift;
        return inner - shift + border + (oldIsPowerOfTwo ? 0 : 1);
    }

    /**
     * Checks that the tree with {@code oldRoot} is a prefix of the tree with {@code newRoot}.
     * An old size of 0 is refused: every tree extends the empty one, so such a proof shows
     * nothing, and a caller holding an empty checkpoint has nothing to check.
     */
    public void verify(byte[] oldRoot, byte[] newRoot) throws ProofException {
        if (oldSize < 0 || newSize < 0) {
            throw new ProofException("tree sizes must not be negative, got " + oldSize + " and " + newSize);
        }
        if (oldSize > newSize) {
            throw new ProofException("old tree size " + oldSize + " is larger than new tree size " + newSize);
        }
        if (oldSize == 0) {
            throw new ProofException("a consistency proof from the empty tree (old size 0) proves nothing");
        }
        if (oldSize == newSize) {
            verifySameSize(oldRoot, newRoot);
            return;
        }
        ProofHashes.requireLength("old root", oldRoot);
        ProofHashes.requireLength("new root", newRoot);
        int expected = expectedLength(oldSize, newSize);
        if (hashes.size() != expected) {
            throw new ProofException("consistency proof from size " + oldSize + " to " + newSize
                    + " must have " + expected + " hashes, got " + hashes.size());
        }
        ProofHashes.requireLengths("consistency proof", hashes);
        walk(oldRoot, newRoot);
    }

    // Equal sizes are consistent exactly when the roots are the same bytes; no hashing happens, so
    // no length is required (the shared vectors accept a 12-byte pair of equal "roots" here).
    private void verifySameSize(byte[] oldRoot, byte[] newRoot) throws ProofException {
        if (!hashes.isEmpty()) {
            throw new ProofException("consistency proof between trees of equal size " + oldSize
                    + " must be empty, got " + hashes.size() + " hashes");
        }
        if (oldRoot == null || newRoot == null || !MessageDigest.isEqual(oldRoot, newRoot)) {
            throw new ProofException("trees of equal size " + oldSize + " have different roots: old root "
                    + describe(oldRoot) + ", new root " + describe(newRoot));
        }
    }

    // RFC 9162 section 2.1.4.2, steps 2 to 7.
    private void walk(byte[] oldRoot, byte[] newRoot) throws ProofException {
        List<byte[]> path = new ArrayList<>(hashes);
        if (Long.bitCount(oldSize) == 1) {
            path.add(0, oldRoot);
        }
        long fn = oldSize - 1;
        long sn = newSize - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                throw new ProofException("consistency proof from size " + oldSize + " is longer than the tree is high");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = TreeHash.nodeHash(c, fr);
                sr = TreeHash.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                sr = TreeHash.nodeHash(sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            throw new ProofException("consistency proof from size " + oldSize + " is shorter than the tree is high");
        }
        compare("old", fr, oldRoot);
        compare("new", sr, newRoot);
    }

    private void compare(String which, byte[] computed, byte[] expected) throws ProofException {
        if (!MessageDigest.isEqual(computed, expected)) {
            throw new ProofException("consistency proof from size " + oldSize + " to " + newSize + ": computed "
                    + which + " root " + ProofHashes.base64(computed) + ", expected " + which + " root "
                    + ProofHashes.base64(expected));
        }
    }

    private static String describe(byte[] root) {
        return root == null ? "none" : ProofHashes.base64(root);
    }
}
