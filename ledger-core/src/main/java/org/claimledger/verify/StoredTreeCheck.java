package org.claimledger.verify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.claimledger.crypto.Hex;
import org.claimledger.failure.LedgerException;
import org.claimledger.merkle.CompactRange;
import org.claimledger.merkle.Node;
import org.claimledger.store.StoredNode;
import org.claimledger.store.StoredTree;

/**
 * Checks every stored tree node as the scan goes, so that no proof is ever served from a node that does not hold:
 * each leaf node against the hash of the entry's leaf bytes, each node above against the node the entries give
 * (or, where a leaf node is already wrong, the one the stored leaves give: one edited node is one finding, not one
 * per ancestor). Each level's rows are read in index order a
 * page at a time (bounded memory) and matched with the nodes the scan completes, which come in the same order;
 * rows left over at the end were never nodes of this tree. A wrong, missing or extra row is a {@code tree} finding.
 * <p>
 * A leaf node that disagrees with its entry is held until the next entry is read: when that entry's prev is the
 * stored value, it is the entry that changed (chain-broken and the entry's own findings say so), not the tree.
 */
final class StoredTreeCheck {
    static final int PAGE = 1000;
    /** Problems reported one by one; the rest are counted in one more finding (a deleted entry shifts thousands). */
    static final int LISTED = 3;

    private final StoredTree stored;
    private final VerifyReport report;
    private final List<Level> levels = new ArrayList<>();
    /** The tree as the entries give it, and as the stored leaf nodes give it (the entry's hash where one is unusable). */
    private final CompactRange entryLeaves = CompactRange.empty();
    private final CompactRange storedLeaves = CompactRange.empty();
    private long checked;
    private long problems;
    private Finding heldLeaf;
    private String heldLeafValue;

    /** One level's stored rows not yet matched, read a page at a time. */
    private final class Level {
        private final int level;
        private final ArrayDeque<StoredNode> page = new ArrayDeque<>();
        private long nextIndex = Long.MIN_VALUE;
        private boolean exhausted;

        Level(int level) {
            this.level = level;
        }

        StoredNode peek() throws LedgerException {
            if (page.isEmpty() && !exhausted) {
                List<StoredNode> rows = stored.level(level, nextIndex, PAGE);
                page.addAll(rows);
                long last = rows.isEmpty() ? Long.MAX_VALUE : rows.get(rows.size() - 1).index();
                exhausted = rows.size() < PAGE || last == Long.MAX_VALUE;
                nextIndex = exhausted ? nextIndex : last + 1;
            }
            return page.peek();
        }

        /** The stored row for this index, or null when there is none; rows before it are extra and reported. */
        StoredNode take(long index) throws LedgerException {
            StoredNode row = peek();
            while (row != null && row.index() < index) {
                extra(row, "is not a node of this ledger's tree");
                page.poll();
                row = peek();
            }
            if (row == null || row.index() > index) {
                return null;
            }
            page.poll();
            return row;
        }
    }

    StoredTreeCheck(StoredTree stored, VerifyReport report) {
        this.stored = stored;
        this.report = report;
    }

    /**
     * The next entry's prev (null when it has none): settles a held leaf-node mismatch of the entry before. Call it
     * for every stored row before {@link #leaf}.
     */
    void settle(String nextPrev) {
        if (heldLeaf != null && (nextPrev == null || !nextPrev.equals(heldLeafValue))) {
            problem(heldLeaf);
        }
        heldLeaf = null;
        heldLeafValue = null;
    }

    /** The leaf hash of the next stored row, in order. */
    void leaf(byte[] leafHash) throws LedgerException {
        long index = entryLeaves.size();
        StoredNode row = level(0).take(index);
        byte[] storedLeaf = leafHash;
        if (row == null) {
            problem(Finding.of(null, FindingKind.TREE, "cl_tree", describe(0, index) + " is missing: proofs that need "
                    + "it cannot be served"));
        } else {
            checked++;
            if (!Hex.isEncodingOf(row.hash(), leafHash)) {
                String expected = Hex.encode(leafHash);
                heldLeaf = Finding.mismatch(null, FindingKind.TREE, "cl_tree", expected, row.hash(), describe(0, index)
                        + " is not the hash of the entry's leaf bytes: proofs served from it would not verify (prove "
                        + "refuses to serve them)");
                heldLeafValue = row.hash();
                storedLeaf = decodable(row.hash()) ? Hex.decodeHash(row.hash()) : leafHash;
            }
        }
        List<Node> fromEntries = entryLeaves.append(leafHash);
        List<Node> fromStored = storedLeaves.append(storedLeaf);
        for (int i = 1; i < fromEntries.size(); i++) {
            upper(fromEntries.get(i), fromStored.get(i));
        }
    }

    /**
     * A node above the leaves holds when it is the node the entries give, or the one the stored leaf nodes give (a
     * leaf node that disagrees with its entry is a finding of its own, or the entry's): so one edited node is one
     * finding, never one per ancestor. With every leaf node right, the two are the same node.
     */
    private void upper(Node fromEntries, Node fromStored) throws LedgerException {
        StoredNode row = level(fromEntries.level()).take(fromEntries.index());
        if (row == null) {
            problem(Finding.of(null, FindingKind.TREE, "cl_tree", describe(fromEntries.level(), fromEntries.index())
                    + " is missing: proofs that need it cannot be served"));
            return;
        }
        checked++;
        // Compared without encoding either hash: the scan's one ordered thread does this for about two nodes an entry.
        if (!Hex.isEncodingOf(row.hash(), fromEntries.hash()) && !Hex.isEncodingOf(row.hash(), fromStored.hash())) {
            String expected = Hex.encode(fromEntries.hash());
            String describe = describe(fromEntries.level(), fromEntries.index());
            problem(Finding.mismatch(null, FindingKind.TREE, "cl_tree", expected, row.hash(), describe + " is not the "
                    + "hash of the nodes below it: proofs served from it would not verify (prove refuses to serve them)"));
        }
    }

    private Level level(int level) {
        while (levels.size() <= level) {
            levels.add(new Level(levels.size()));
        }
        return levels.get(level);
    }

    /** After the scan: every stored row not matched is extra; then the count of what was not listed, or a note. */
    void finish() throws LedgerException {
        settle(null);
        long size = entryLeaves.size();
        String why = "is not a node of the tree of " + size + " entries: it was inserted, or left behind when entries "
                + "were removed";
        for (Level level : levels) {
            for (StoredNode row = level.peek(); row != null; row = level.peek()) {
                extra(row, why);
                level.page.poll();
            }
        }
        List<StoredNode> outside = stored.outsideLevels(levels.size(), PAGE);
        for (StoredNode row : outside) {
            extra(row, why);
        }
        if (problems > LISTED) {
            report.add(Finding.of(null, FindingKind.TREE, "cl_tree", (problems - LISTED) + (outside.size() == PAGE
                    ? " or more" : "") + " more stored tree nodes are wrong, missing or extra (" + LISTED
                    + " are listed): the stored tree does not match the entries"));
        } else if (problems == 0 && checked > 0) {
            report.note("every one of the ledger's " + checked + " stored tree nodes is the hash of its entries");
        }
    }

    private void extra(StoredNode row, String why) {
        problem(Finding.mismatch(null, FindingKind.TREE, "cl_tree", "(no node)", row.hash(), "stored tree node at "
                + "level " + row.level() + ", index " + row.index() + " " + why));
    }

    private void problem(Finding finding) {
        problems++;
        if (problems <= LISTED) {
            report.add(finding);
        }
    }

    private static boolean decodable(String hash) {
        try {
            Hex.decodeHash(hash);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String describe(int level, long index) {
        long first = index << level;
        long last = first + (1L << level) - 1;
        return "stored tree node at level " + level + ", index " + index + " (over "
                + (first == last ? "entry " + first : "entries " + first + " to " + last) + ")";
    }
}
