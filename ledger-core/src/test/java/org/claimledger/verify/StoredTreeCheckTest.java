package org.claimledger.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.claimledger.crypto.Hex;
import org.claimledger.failure.LedgerException;
import org.claimledger.merkle.CompactRange;
import org.claimledger.merkle.Node;
import org.claimledger.store.StoredNode;
import org.claimledger.store.StoredTree;
import org.junit.jupiter.api.Test;

/**
 * Reading the stored tree in table order first must change nothing the check reports: on stored trees tampered with
 * at random (rows deleted, altered, inserted at any level and index, moved to the end of the table, given a second
 * row), the findings and notes are exactly those of the level-by-level reading alone. The database attacks
 * themselves are in CheckpointAuditTest and the attack tests; this checks the two readings against each other.
 */
class StoredTreeCheckTest {
    /** A cl_tree in memory: rows with their place in table order, read as H2 reads them. */
    private static final class Table implements StoredTree {
        private final List<Placed> rows = new ArrayList<>();
        private final boolean tableOrder;
        /** Whether a reading resumed past a level's start gives two rows of one index the other way round. */
        private final boolean tiesTurn;

        Table(List<Placed> rows, boolean tableOrder) {
            this(rows, tableOrder, false);
        }

        Table(List<Placed> rows, boolean tableOrder, boolean tiesTurn) {
            this.rows.addAll(rows);
            this.tableOrder = tableOrder;
            this.tiesTurn = tiesTurn;
        }

        private static final Comparator<Placed> BY_KEY = Comparator.comparingInt((Placed p) -> p.node().level())
                .thenComparingLong(p -> p.node().index()).thenComparingLong(Placed::position);

        @Override
        public List<StoredNode> level(int level, long fromIndex, long skip, int limit) {
            Comparator<Placed> order = tiesTurn && fromIndex > 0 ? Comparator.comparingInt(
                    (Placed p) -> p.node().level()).thenComparingLong(p -> p.node().index())
                    .thenComparing(Placed::position, Comparator.reverseOrder()) : BY_KEY;
            return rows.stream().filter(p -> p.node().level() == level && p.node().index() >= fromIndex).sorted(order)
                    .skip(skip).limit(limit).map(Placed::node).toList();
        }

        @Override
        public List<StoredNode> outsideLevels(int levels, int limit) {
            List<StoredNode> below = rows.stream().filter(p -> p.node().level() < 0).sorted(BY_KEY).limit(limit)
                    .map(Placed::node).toList();
            List<StoredNode> out = new ArrayList<>(below);
            rows.stream().filter(p -> p.node().level() >= levels).sorted(BY_KEY).limit(limit - below.size())
                    .map(Placed::node).forEach(out::add);
            return out;
        }

        @Override
        public boolean hasTableOrder() {
            return tableOrder;
        }

        @Override
        public List<Placed> inTableOrder(long after, int limit) {
            return rows.stream().filter(p -> p.position() > after).sorted(Comparator.comparingLong(Placed::position))
                    .limit(limit).toList();
        }
    }

    private record Outcome(List<Finding> findings, List<String> notes) {
    }

    /** Random leaves, each entry's prev (the leaf before it), and the rows an append stores for them, in table order. */
    private record Ledger(List<byte[]> leaves, List<String> prevs, List<StoredTree.Placed> rows) {
        static Ledger random(int size, Random random) {
            Ledger ledger = new Ledger(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            CompactRange range = CompactRange.empty();
            for (int i = 0; i < size; i++) {
                byte[] leaf = new byte[32];
                random.nextBytes(leaf);
                ledger.prevs.add(i == 0 ? null : Hex.encode(ledger.leaves.get(i - 1)));
                ledger.leaves.add(leaf);
                for (Node node : range.append(leaf)) {
                    ledger.rows.add(new StoredTree.Placed(ledger.rows.size() + 1, new StoredNode(node.level(),
                            node.index(), Hex.encode(node.hash()))));
                }
            }
            return ledger;
        }
    }

    private static Outcome check(List<byte[]> leaves, List<String> prevs, List<StoredTree.Placed> rows,
            boolean tableOrder, int page) throws LedgerException {
        return check(leaves, prevs, new Table(rows, tableOrder), page);
    }

    private static Outcome check(List<byte[]> leaves, List<String> prevs, StoredTree table, int page)
            throws LedgerException {
        VerifyReport report = new VerifyReport();
        StoredTreeCheck check = new StoredTreeCheck(table, report, page);
        for (int i = 0; i < leaves.size(); i++) {
            check.settle(prevs.get(i));
            check.leaf(leaves.get(i));
        }
        check.finish();
        return new Outcome(report.findings(), report.notes());
    }

    @Test
    void tableOrderReportsExactlyWhatTheLevelByLevelReadingReports() throws Exception {
        long seed = Long.getLong("fuzz.seed", 1);
        Random random = new Random(seed);
        int tampered = 0;
        int duplicates = 0;
        for (int round = 0; round < 400; round++) {
            int size = random.nextInt(70);
            Ledger ledger = Ledger.random(size, random);
            List<byte[]> leaves = ledger.leaves();
            List<String> prevs = ledger.prevs();
            List<StoredTree.Placed> rows = ledger.rows();
            List<String> untouchedPrevs = new ArrayList<>(prevs);
            List<StoredTree.Placed> untouchedRows = new ArrayList<>(rows);
            int changes = round % 5 == 0 ? 0 : 1 + random.nextInt(4);
            boolean duplicated = round % 10 == 1;
            for (int c = 0; c < changes; c++) {
                tamper(random, rows, size, prevs, duplicated);
            }
            boolean changed = !rows.equals(untouchedRows) || !prevs.equals(untouchedPrevs);
            tampered += changed ? 1 : 0;
            duplicates += duplicated && changed ? 1 : 0;
            int page = 1 + random.nextInt(8);
            Outcome inOrder = check(leaves, prevs, rows, true, page);
            int r = round;
            Outcome levels = check(leaves, prevs, rows, false, page);
            assertEquals(levels, inOrder, () -> "seed " + seed + ", round " + r + ", page " + page);
            if (prevs.equals(untouchedPrevs) && !nodes(rows).equals(nodes(untouchedRows))) {
                // A row deleted, altered, added or stored twice (not only moved in the table, not an entry rewritten).
                assertFalse(inOrder.findings().isEmpty(), () -> "seed " + seed + ", round " + r + ": " + rows);
            } else if (!changed && size > 0) {
                assertTrue(inOrder.findings().isEmpty(), inOrder::toString);
                assertEquals(1, inOrder.notes().size(), inOrder::toString);
            }
        }
        // Rounds whose table or entries differ from the ledger as signed, not calls that may have changed nothing.
        assertTrue(tampered > 250, "tampered " + tampered);
        assertTrue(duplicates > 25, "rows stored twice " + duplicates);
    }

    /**
     * A second row for a node where a page of its level ends on the first: the next page resumes at that index and
     * skips only the rows already read there, so the second row is met and reported, in either reading; so is every
     * further one when a whole page holds nothing but rows for that node.
     */
    @Test
    void aNodeStoredTwiceBehindAPageBoundaryIsStillReported() throws Exception {
        Ledger ledger = Ledger.random(8, new Random(7));
        List<byte[]> leaves = ledger.leaves();
        List<String> prevs = ledger.prevs();
        List<StoredTree.Placed> rows = ledger.rows();
        assertTrue(check(leaves, prevs, rows, false, 2).findings().isEmpty());
        rows.add(new StoredTree.Placed(rows.size() + 1, new StoredNode(0, 1, "cd".repeat(32))));

        for (boolean tableOrder : new boolean[] {false, true}) {
            Outcome outcome = check(leaves, prevs, rows, tableOrder, 2);

            assertEquals(1, outcome.findings().size(), outcome::toString);
            Finding finding = outcome.findings().get(0);
            assertEquals(FindingKind.TREE, finding.kind());
            assertEquals("cd".repeat(32), finding.actual());
            assertTrue(finding.message().contains("stored tree node at level 0, index 1 is not a node of this "
                    + "ledger's tree"), finding::toString);
            assertTrue(outcome.notes().isEmpty(), outcome::toString);
        }

        rows.add(new StoredTree.Placed(rows.size() + 1, new StoredNode(0, 1, "ef".repeat(32))));
        rows.add(new StoredTree.Placed(rows.size() + 1, new StoredNode(0, 1, "ab".repeat(32))));
        Outcome three = check(leaves, prevs, rows, false, 2);
        assertEquals(List.of("cd".repeat(32), "ef".repeat(32), "ab".repeat(32)),
                three.findings().stream().map(Finding::actual).toList(), three::toString);
        assertEquals(three, check(leaves, prevs, rows, true, 2));
    }

    /**
     * SQL orders the rows by level and index and leaves two rows of one index (a dropped primary key) in any order,
     * which may differ from one reading to the next: a page boundary between them must not let a reading resumed
     * there meet the same row twice and never the other.
     */
    @Test
    void aNodeStoredTwice_isReported_whateverOrderEachReadingGivesTheTwoRows() throws Exception {
        Ledger ledger = Ledger.random(8, new Random(7));
        List<StoredTree.Placed> rows = ledger.rows();
        rows.add(new StoredTree.Placed(rows.size() + 1, new StoredNode(0, 1, "cd".repeat(32))));
        for (int page = 2; page <= 5; page++) {
            Outcome outcome = check(ledger.leaves(), ledger.prevs(), new Table(rows, false, true), page);
            assertTrue(outcome.findings().stream().anyMatch(f -> "cd".repeat(32).equals(f.actual())),
                    "page of " + page + ": " + outcome);
        }
    }

    /** The rows as nodes in key order, whatever their place in the table. */
    private static List<StoredNode> nodes(List<StoredTree.Placed> rows) {
        return rows.stream().map(StoredTree.Placed::node).sorted(Comparator.comparingInt(StoredNode::level)
                .thenComparingLong(StoredNode::index).thenComparing(StoredNode::hash)).toList();
    }

    private static void tamper(Random random, List<StoredTree.Placed> rows, int size, List<String> prevs,
            boolean duplicate) {
        long last = rows.stream().mapToLong(StoredTree.Placed::position).max().orElse(0);
        int which = rows.isEmpty() ? 0 : random.nextInt(rows.size());
        int kind = random.nextInt(6);
        switch (duplicate ? 3 : kind >= 3 ? kind + 1 : kind) {
            case 0 -> { // deleted
                if (!rows.isEmpty()) {
                    rows.remove(which);
                }
            }
            case 1 -> { // altered
                if (!rows.isEmpty()) {
                    StoredNode node = rows.get(which).node();
                    rows.set(which, new StoredTree.Placed(rows.get(which).position(), new StoredNode(node.level(),
                            node.index(), random.nextBoolean() ? "ab".repeat(32) : "not hex")));
                }
            }
            case 2 -> { // moved to the end of the table (deleted and inserted again)
                if (!rows.isEmpty()) {
                    rows.add(new StoredTree.Placed(last + 1, rows.remove(which).node()));
                }
            }
            case 3 -> { // a second row for a node (the primary key dropped), at the end or just after the first
                if (!rows.isEmpty()) {
                    StoredNode node = rows.get(which).node();
                    long position = random.nextBoolean() ? last + 1 : rows.get(which).position() + 1;
                    shiftFrom(rows, position);
                    rows.add(new StoredTree.Placed(position, new StoredNode(node.level(), node.index(),
                            random.nextBoolean() ? node.hash() : "cd".repeat(32))));
                }
            }
            case 4 -> { // a row inserted anywhere at any level and index, in or out of range
                StoredNode node = new StoredNode(random.nextInt(9) - 1, random.nextInt(size + 8) - 4, "ef".repeat(32));
                if (rows.stream().noneMatch(p -> p.node().level() == node.level() && p.node().index() == node.index())) {
                    long position = 1 + (long) random.nextInt((int) last + 1);
                    shiftFrom(rows, position);
                    rows.add(new StoredTree.Placed(position, node));
                }
            }
            case 5 -> { // two rows swap places in the table
                if (rows.size() > 1) {
                    int other = random.nextInt(rows.size());
                    StoredTree.Placed a = rows.get(which);
                    StoredTree.Placed b = rows.get(other);
                    rows.set(which, new StoredTree.Placed(a.position(), b.node()));
                    rows.set(other, new StoredTree.Placed(b.position(), a.node()));
                }
            }
            default -> { // an entry rewritten: its leaf node edited to what the next entry's prev now names
                if (!rows.isEmpty() && size > 1) {
                    int leaf = random.nextInt(size - 1);
                    String forged = "12".repeat(32);
                    prevs.set(leaf + 1, forged);
                    for (int i = 0; i < rows.size(); i++) {
                        StoredNode node = rows.get(i).node();
                        if (node.level() == 0 && node.index() == leaf) {
                            rows.set(i, new StoredTree.Placed(rows.get(i).position(), new StoredNode(0, leaf, forged)));
                        }
                    }
                }
            }
        }
    }

    private static void shiftFrom(List<StoredTree.Placed> rows, long position) {
        rows.replaceAll(p -> p.position() >= position ? new StoredTree.Placed(p.position() + 1, p.node()) : p);
    }
}
