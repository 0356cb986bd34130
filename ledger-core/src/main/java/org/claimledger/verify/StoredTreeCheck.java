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
 * <p>
 * Where the store keeps the rows in the order they were inserted (H2), they are first read in that order, which is
 * the order the scan completes the nodes: one cursor over the table rather than a look-up per node. As long as each
 * row is the node expected next, nothing can be wrong. At the first row that is not, the check goes on level by
 * level from there, as above, having first reported the rows not yet read that fall where the levels were already
 * passed (an inserted negative index, a second row for a node) when the level-by-level check would have met them.
 */
final class StoredTreeCheck {
    static final int PAGE = 1000;
    /** Problems reported one by one; the rest are counted in one more finding (a deleted entry shifts thousands). */
    static final int LISTED = 3;
    private static final String NOT_OF_THIS_TREE = "is not a node of this ledger's tree";

    private final StoredTree stored;
    /** Rows per read. */
    private final int pageRows;
    private final VerifyReport report;
    private final List<Level> levels = new ArrayList<>();
    /** The tree as the entries give it, and as the stored leaf nodes give it (the entry's hash where one is unusable). */
    private final CompactRange entryLeaves = CompactRange.empty();
    /** Null while the rows are read in table order: until then the stored leaf nodes are the entries' own. */
    private CompactRange storedLeaves;
    /** The rows in table order while each has been the node expected next; null once one was not, or when there is none. */
    private TableOrder inOrder;
    private long checked;
    private long problems;
    private Finding heldLeaf;
    private String heldLeafValue;

    /** One level's stored rows not yet matched, read a page at a time. */
    private final class Level {
        private final int level;
        private final ArrayDeque<StoredNode> page = new ArrayDeque<>();
        /**
         * Where the next page starts: the last index of the page before, whose rows it reads again whole; or, when one
         * index filled that page, the rows already read at that index skipped.
         */
        private long nextIndex;
        private long readAtNext;
        private boolean exhausted;
        /** Rows found before this level was read from the database, due at its next take (see {@link #leaveTableOrder}). */
        private final Extras carried = new Extras();

        Level(int level, long fromIndex) {
            this.level = level;
            this.nextIndex = fromIndex;
        }

        StoredNode peek() throws LedgerException {
            if (page.isEmpty() && !exhausted) {
                List<StoredNode> rows = stored.level(level, nextIndex, readAtNext, pageRows);
                exhausted = rows.size() < pageRows;
                if (exhausted) {
                    page.addAll(rows);
                    return page.peek();
                }
                long last = rows.get(rows.size() - 1).index();
                int before = rows.size();
                while (before > 0 && rows.get(before - 1).index() == last) {
                    before--;
                }
                if (before > 0) {
                    // The rows of the last index are left for the next page, which reads them again, all of them:
                    // nothing orders two rows of one index (only a dropped primary key allows them), so two
                    // readings could each give the same one first, and a page boundary between them would hide one.
                    page.addAll(rows.subList(0, before));
                    readAtNext = 0;
                } else {
                    // One index fills the page (a page of rows for one node): read on past the rows already read.
                    page.addAll(rows);
                    readAtNext = last == nextIndex ? readAtNext + rows.size() : rows.size();
                }
                nextIndex = last;
            }
            return page.peek();
        }

        /** The stored row for this index, or null when there is none; rows before it are extra and reported. */
        StoredNode take(long index) throws LedgerException {
            carried.report(NOT_OF_THIS_TREE);
            StoredNode row = peek();
            while (row != null && row.index() < index) {
                extra(row, NOT_OF_THIS_TREE);
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

    /** Rows that are not nodes of the tree, reported in order: the first {@link #LISTED} kept, the rest counted. */
    private final class Extras {
        private final List<Sorted> first = new ArrayList<>();
        private long count;

        private record Sorted(long[] key, StoredNode row) {
        }

        void add(StoredNode row, long... key) {
            count++;
            first.add(new Sorted(key, row));
            first.sort((a, b) -> java.util.Arrays.compare(a.key(), b.key()));
            if (first.size() > LISTED) {
                first.remove(LISTED);
            }
        }

        void report(String why) {
            for (Sorted extra : first) {
                extra(extra.row(), why);
            }
            problems += count - first.size();
            first.clear();
            count = 0;
        }
    }

    /** The rows in the table's own order, a page at a time: looked ahead of to match an append's nodes, then taken. */
    private final class TableOrder {
        private final List<StoredTree.Placed> page = new ArrayList<>();
        private int next;
        private long after = Long.MIN_VALUE;
        private boolean exhausted;

        /** The row {@code ahead} rows past the next one not taken, or null when the table ends first. */
        StoredTree.Placed peek(int ahead) throws LedgerException {
            while (next + ahead >= page.size() && !exhausted) {
                page.subList(0, next).clear();
                next = 0;
                List<StoredTree.Placed> rows = stored.inTableOrder(after, pageRows);
                page.addAll(rows);
                exhausted = rows.size() < pageRows;
                after = rows.isEmpty() ? after : rows.get(rows.size() - 1).position();
                exhausted |= after == Long.MAX_VALUE;
            }
            return next + ahead < page.size() ? page.get(next + ahead) : null;
        }

        /** Takes the next rows when they are these nodes, in this order, with these hashes. */
        boolean take(List<Node> nodes) throws LedgerException {
            for (int i = 0; i < nodes.size(); i++) {
                StoredTree.Placed placed = peek(i);
                Node node = nodes.get(i);
                if (placed == null || placed.node().level() != node.level() || placed.node().index() != node.index()
                        || !Hex.isEncodingOf(placed.node().hash(), node.hash())) {
                    return false;
                }
            }
            next += nodes.size();
            return true;
        }

        /** Every row not taken yet, to the end of the table, a page in memory at a time. */
        void forEachLeft(java.util.function.Consumer<StoredNode> action) throws LedgerException {
            for (StoredTree.Placed placed = peek(0); placed != null; placed = peek(0)) {
                action.accept(placed.node());
                next++;
            }
        }
    }

    StoredTreeCheck(StoredTree stored, VerifyReport report) {
        this(stored, report, PAGE);
    }

    StoredTreeCheck(StoredTree stored, VerifyReport report, int pageRows) {
        this.stored = stored;
        this.pageRows = pageRows;
        this.report = report;
        if (stored.hasTableOrder()) {
            inOrder = new TableOrder();
        } else {
            storedLeaves = CompactRange.empty();
        }
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
        List<Node> fromEntries = entryLeaves.completedBy(leafHash);
        if (inOrder != null) {
            if (inOrder.take(fromEntries)) {
                entryLeaves.add(fromEntries);
                checked += fromEntries.size();
                return;
            }
            leaveTableOrder(index, entryLeaves.copy());
        }
        entryLeaves.add(fromEntries);
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
            levels.add(new Level(levels.size(), Long.MIN_VALUE));
        }
        return levels.get(level);
    }

    /**
     * Goes on level by level from a tree of {@code size} leaves, every row taken so far in table order having been
     * the node expected (each level is read on from the index after its last node). The rows not yet read that are
     * at an index a level already passed (below zero, or a second row for a node) are reported when the level-by-level
     * check would have met them: those it would have met by now, now, in that order; a second row for the last node
     * of a level, at that level's next node.
     */
    private void leaveTableOrder(long size, CompactRange leavesBefore) throws LedgerException {
        TableOrder order = inOrder;
        inOrder = null;
        storedLeaves = leavesBefore;
        for (int level = 0; level < 63 && size >> level > 0; level++) {
            levels.add(new Level(level, size >> level));
        }
        if (levels.isEmpty()) {
            return;
        }
        Extras passed = new Extras();
        order.forEachLeft(row -> {
            int level = row.level();
            if (level < 0 || level >= levels.size() || row.index() >= size >> level) {
                return; // Met by the level-by-level reading, which starts at each level's next node.
            }
            // The level-by-level check reports a row when it takes the first node after the row's index.
            long takenAt = row.index() < 0 ? 0 : row.index() + 1;
            if (takenAt == size >> level) {
                levels.get(level).carried.add(row, row.index());
            } else {
                passed.add(row, ((takenAt + 1) << level) - 1, level, row.index());
            }
        });
        passed.report(NOT_OF_THIS_TREE);
    }

    /** After the scan: every stored row not matched is extra; then the count of what was not listed, or a note. */
    void finish() throws LedgerException {
        settle(null);
        long size = entryLeaves.size();
        if (inOrder != null && inOrder.peek(0) != null) {
            leaveTableOrder(size, entryLeaves.copy());
        }
        boolean more = false;
        if (inOrder == null) {
            String why = "is not a node of the tree of " + size + " entries: it was inserted, or left behind when "
                    + "entries were removed";
            for (Level level : levels) {
                level.carried.report(why);
                for (StoredNode row = level.peek(); row != null; row = level.peek()) {
                    extra(row, why);
                    level.page.poll();
                }
            }
            List<StoredNode> outside = stored.outsideLevels(levels.size(), pageRows);
            for (StoredNode row : outside) {
                extra(row, why);
            }
            more = outside.size() == pageRows;
        }
        if (problems > LISTED) {
            report.add(Finding.of(null, FindingKind.TREE, "cl_tree", (problems - LISTED) + (more ? " or more" : "")
                    + " more stored tree nodes are wrong, missing or extra (" + LISTED + " are listed): the stored "
                    + "tree does not match the entries"));
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
