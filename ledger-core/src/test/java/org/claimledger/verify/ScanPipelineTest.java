package org.claimledger.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.store.EntryConsumer;
import org.claimledger.store.StoredEntry;
import org.claimledger.store.StoredTree;
import org.junit.jupiter.api.Test;

/**
 * verify's read-ahead when something fails halfway: the failure reaches the caller as it was thrown, and the
 * reading thread has ended by then, so the caller may close the database at once.
 */
class ScanPipelineTest {
    private static final int ROWS = 50 * ScanPipeline.BATCH;

    /**
     * Rows that are not entries (each a malformed-entry finding), failing with the given exception after some, and
     * read slowly (20 ms a row) from row slowFrom on.
     */
    private static LedgerFeed feed(LedgerException failure, long failAfter, long slowFrom) {
        return new LedgerFeed() {
            @Override
            public void forEachEntry(EntryConsumer consumer) throws LedgerException {
                for (long seq = 0; seq < ROWS; seq++) {
                    if (seq == failAfter) {
                        throw failure;
                    }
                    if (seq >= slowFrom) {
                        try {
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                    consumer.accept(new StoredEntry(seq, ("not an entry " + seq).getBytes(StandardCharsets.UTF_8)));
                }
            }

            @Override
            public String sourceText(String id) {
                return null;
            }

            @Override
            public List<StoredEntry> revocations() {
                return List.of();
            }

            @Override
            public List<Long> checkpointSizes() {
                return List.of();
            }

            @Override
            public String checkpoint(long treeSize) {
                return null;
            }

            @Override
            public StoredTree storedTree() {
                return null;
            }
        };
    }

    private static boolean readerAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.isAlive() && thread.getName().equals("claimledger-verify-read"));
    }

    @Test
    void everyRowIsCheckedInOrder() throws LedgerException {
        VerifyReport report = Verifier.verify(feed(null, -1, ROWS));
        assertEquals(ROWS, report.entries());
        List<Finding> malformed = report.findings().stream().filter(f -> f.kind() == FindingKind.MALFORMED_ENTRY)
                .toList();
        assertEquals(ROWS, malformed.size());
        for (int i = 0; i < ROWS; i++) {
            assertEquals(i, malformed.get(i).seq());
        }
        assertFalse(readerAlive());
    }

    @Test
    void aFeedFailingHalfway_failsVerifyWithItsOwnException() {
        LedgerException failure = new LedgerException(Failure.STORAGE, "the disk went away");
        LedgerException thrown = assertThrows(LedgerException.class,
                () -> Verifier.verify(feed(failure, ROWS / 2, ROWS)));
        assertSame(failure, thrown);
        assertFalse(readerAlive());
    }

    @Test
    void theCheckingThreadFailingHalfway_stopsTheReadingBeforeVerifyReturns() {
        LedgerException failure = new LedgerException(Failure.STORAGE, "the leaf file cannot be written");
        long[] leaves = {0};
        LedgerFeed slowAfterThreeBatches = feed(null, -1, 3 * ScanPipeline.BATCH);
        LedgerException thrown = assertThrows(LedgerException.class, () -> Verifier.verify(slowAfterThreeBatches,
                origin -> List.of(), leafHash -> {
                    if (++leaves[0] == 2 * ScanPipeline.BATCH) {
                        throw failure;
                    }
                }));
        assertSame(failure, thrown);
        assertFalse(readerAlive(), "the reading thread outlived verify");
    }
}
