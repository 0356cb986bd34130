package org.claimledger.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import org.claimledger.claims.ClaimsFile;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sign checks its claims file, then signs the claims as checked under the head lock; these are the attacks on the
 * time in between, made for real: another editor signs the same claim, or the file is rewritten on disk.
 */
class StreamedSignTest {
    private static final String SOLDIERS = "{\"quote\": \"più di 11.000 soldati l'anno scorso\", \"figures\": [{\"text\": "
            + "\"11.000\", \"value\": \"11000\", \"qualifier\": \"more-than\", \"unit\": \"%s\"}]}";
    private static final String NO_FIGURE = "{\"quote\": \"più di 11.000 soldati l'anno scorso\", \"statement\": \"%s\"}";

    @TempDir
    Path dir;

    SeedLedger seed;
    Path file;

    @BeforeEach
    void build() throws Exception {
        seed = SeedLedger.build(dir);
        file = dir.resolve("c.json");
    }

    @AfterEach
    void close() throws LedgerException {
        seed.ledger.close();
    }

    private void write(String... claims) throws IOException {
        Files.writeString(file, "{\"v\": 1, \"source\": \"" + seed.sourceId + "\", \"claims\": [\n"
                + String.join(",\n", claims) + "]}", StandardCharsets.UTF_8);
    }

    /** Runs the action once, when the check of every claim is done and the signing has not begun. */
    private static LongConsumer betweenCheckAndSign(ClaimsFile claims, Action action) {
        boolean[] done = {false};
        return steps -> {
            if (steps == claims.claimCount() && !done[0]) {
                done[0] = true;
                try {
                    action.run();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
        };
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    @Test
    void streamed_signsEveryClaimInFileOrder() throws Exception {
        write(String.format(SOLDIERS, "soldati"), String.format(NO_FIGURE, "s"));
        ClaimsFile claims = ClaimsFile.open(file, "c.json");
        List<Long> steps = new ArrayList<>();
        EntryRange range = seed.ledger.sign(seed.giulia, claims, null, false, steps::add);
        assertEquals(2, range.count());
        assertEquals(seed.ledger.store().size() - 1, range.last());
        assertEquals(List.of(2L, 3L, 4L), steps);
        assertEquals("soldati", seed.ledger.entry(range.first()).body().path("figures").path(0).path("unit").asText());
        assertEquals("s", seed.ledger.entry(range.last()).body().path("statement").asText());
    }

    @Test
    void aClaimSignedByAnotherEditorAfterTheCheck_isRefusedUnderTheLock_andNothingIsAppended() throws Exception {
        write(String.format(NO_FIGURE, "s"), String.format(SOLDIERS, "soldati"));
        ClaimsFile claims = ClaimsFile.open(file, "c.json");
        long before = seed.ledger.store().size();
        try (Ledger other = Ledger.open(seed.location, seed.clock)) {
            LedgerException e = assertThrows(LedgerException.class, () -> seed.ledger.sign(seed.giulia, claims, null,
                    false, betweenCheckAndSign(claims, () -> other.sign(seed.marco, ClaimsFile.of(
                            ("{\"v\": 1, \"claims\": [" + String.format(SOLDIERS, "militari") + "]}")
                                    .getBytes(StandardCharsets.UTF_8), "marco.json"), seed.sourceId, false, done -> { }))));
            assertEquals(Failure.CONFLICT, e.failure());
            assertTrue(e.getMessage().startsWith("c.json:1:"), e.getMessage());
            assertTrue(e.getMessage().contains(": claims[1]: claim " + before + " already says this"), e.getMessage());
            assertTrue(e.getMessage().endsWith("; nothing was signed"), e.getMessage());
        }
        assertEquals(before + 1, seed.ledger.store().size(), "only marco's claim");
    }

    /**
     * The claims are signed ahead during the check on the head as it was then; another editor appends before the
     * transaction: none of those leaves may be written on the moved head, the claims are signed again on it.
     */
    @Test
    void anEntryAppendedByAnotherEditorAfterTheCheck_isChainedOn_notSignedPast() throws Exception {
        writeMany("s");
        ClaimsFile claims = ClaimsFile.open(file, "c.json");
        long before = seed.ledger.store().size();
        try (Ledger other = Ledger.open(seed.location, seed.clock)) {
            EntryRange range = seed.ledger.sign(seed.giulia, claims, null, true, betweenCheckAndSign(claims,
                    () -> other.sign(seed.marco, ClaimsFile.of(("{\"v\": 1, \"claims\": ["
                            + String.format(SOLDIERS, "militari") + "]}").getBytes(StandardCharsets.UTF_8), "marco.json"),
                            seed.sourceId, false, done -> { })));
            assertEquals(before + 1, range.first(), "after marco's claim");
            assertEquals(MANY, range.count());
        }
        assertEquals("militari", seed.ledger.entry(before).body().path("figures").path(0).path("unit").asText());
        assertEquals("s 0", seed.ledger.entry(before + 1).body().path("statement").asText());
        assertTrue(seed.verify().clean(), "verify finds nothing wrong");
    }

    @Test
    void aFileRewrittenAfterTheCheck_signsWhatWasChecked() throws Exception {
        write(String.format(NO_FIGURE, "checked"));
        ClaimsFile claims = ClaimsFile.open(file, "c.json");
        EntryRange range = seed.ledger.sign(seed.giulia, claims, null, false,
                betweenCheckAndSign(claims, () -> write(String.format(NO_FIGURE, "swapped"))));
        assertEquals(1, range.count());
        assertEquals("checked", seed.ledger.entry(range.first()).body().path("statement").asText());
        assertTrue(seed.verify().clean(), "verify finds nothing wrong");
    }

    @Test
    void duplicatesWithinAFile_areFoundAsItStreams_namingTheEarlierClaim() throws Exception {
        write(String.format(SOLDIERS, "soldati"), String.format(NO_FIGURE, "s"), String.format(SOLDIERS, "militari"));
        List<ClaimsFile.Problem> problems = new ArrayList<>();
        ClaimsCheck check = seed.ledger.checkClaims(ClaimsFile.open(file, "c.json"), null, false, problems::add);
        assertEquals(1, check.unsignable());
        assertEquals(1, problems.size());
        assertEquals("c.json:4:1: claims[2]: the same quote span and figures as claims[0] of this file; remove one, or "
                + "pass --allow-duplicates", problems.get(0).line());
    }

    /** A file of this many claims fills several batches of rows, so some are written by the writer thread. */
    private static final int MANY = 800;

    private void writeMany(String statement) throws IOException {
        writeMany(statement, MANY);
    }

    private void writeMany(String statement, int count) throws IOException {
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            claims.add(String.format(NO_FIGURE, statement + " " + i));
        }
        write(claims.toArray(String[]::new));
    }

    private long storedRows(String table) throws Exception {
        long[] count = {0};
        seed.ledger.close();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(seed.location.jdbcUrl(), "", "");
                java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            count[0] = rows.getLong(1);
        }
        seed.ledger = Ledger.open(seed.location, seed.clock);
        return count[0];
    }

    @Test
    void aWriteFailingInTheThirdBatch_stopsSigning_andLeavesTheLedgerAsItWas() throws Exception {
        long before = seed.ledger.store().size();
        long planted = before + 600;
        // What the writer will try to insert for entry `planted`, there already: its insert fails in the third batch.
        seed.sql("INSERT INTO cl_tree (lvl, idx, hash) VALUES (0, " + planted + ", '" + "ab".repeat(32) + "')");
        long entryRows = storedRows("cl_entries");
        long treeRows = storedRows("cl_tree");
        writeMany("s");
        LedgerException e = assertThrows(LedgerException.class, () -> seed.ledger.sign(seed.giulia,
                ClaimsFile.open(file, "c.json"), null, true, done -> { }));
        assertEquals(Failure.STORAGE, e.failure());
        long batch = before + 2 * 256;
        assertTrue(e.getMessage().startsWith("storage failure while appending entries " + batch + " to "
                + (batch + 255) + " in " + seed.location.display() + ": "), e.getMessage());
        assertTrue(e.getMessage().endsWith("; nothing was signed"), e.getMessage());
        assertEquals(before, seed.ledger.store().size());
        assertEquals(entryRows, storedRows("cl_entries"));
        assertEquals(treeRows, storedRows("cl_tree"));
    }

    @Test
    void aFileRewrittenWhileItIsChecked_signsNothing() throws Exception {
        // Four blocks of claims: when the first is handled, the second has been read and the last two have not.
        int count = 4 * ClaimBlocks.CLAIMS;
        writeMany("checked", count);
        ClaimsFile claims = ClaimsFile.open(file, "c.json");
        long before = seed.ledger.store().size();
        long entryRows = storedRows("cl_entries");
        boolean[] rewritten = {false};
        LedgerException e = assertThrows(LedgerException.class, () -> seed.ledger.sign(seed.giulia, claims, null,
                true, steps -> {
                    // The first block of the check is done; the rest of the file is still to be read.
                    if (steps < count && !rewritten[0]) {
                        rewritten[0] = true;
                        try {
                            writeMany("swapped", count);
                        } catch (IOException io) {
                            throw new AssertionError(io);
                        }
                    }
                }));
        assertTrue(rewritten[0]);
        assertEquals(Failure.UNREADABLE_INPUT, e.failure());
        assertEquals("claims file c.json changed while it was being read; nothing was signed; sign it again once it "
                + "is no longer being written", e.getMessage());
        assertEquals(before, seed.ledger.store().size());
        assertEquals(entryRows, storedRows("cl_entries"));
    }

    @Test
    void aFileOfManyBatchesRewrittenAfterTheCheck_signsEveryClaimAsChecked() throws Exception {
        writeMany("checked");
        ClaimsFile claims = ClaimsFile.open(file, "c.json");
        EntryRange range = seed.ledger.sign(seed.giulia, claims, null, true,
                betweenCheckAndSign(claims, () -> writeMany("swapped", 3)));
        assertEquals(MANY, range.count());
        for (long seq : new long[] {range.first(), range.first() + 300, range.last()}) {
            assertEquals("checked " + (seq - range.first()),
                    seed.ledger.entry(seq).body().path("statement").asText());
        }
        assertTrue(seed.verify().clean(), "verify finds nothing wrong");
    }

    @Test
    void aFileOfManyBatches_signsEveryClaimInOrder_andVerifies() throws Exception {
        writeMany("s");
        long before = seed.ledger.store().size();
        EntryRange range = seed.ledger.sign(seed.giulia, ClaimsFile.open(file, "c.json"), null, true, done -> { });
        assertEquals(MANY, range.count());
        assertEquals(before + MANY, seed.ledger.store().size());
        assertEquals("s 0", seed.ledger.entry(range.first()).body().path("statement").asText());
        assertEquals("s " + (MANY - 1), seed.ledger.entry(range.last()).body().path("statement").asText());
        assertTrue(seed.verify().clean(), "verify finds nothing wrong");
    }

    @Test
    void aLedgerOfManyBlocks_isReadForDuplicates_includingRetractionsInLaterBlocks() throws Exception {
        writeMany("s", 2 * SignedClaims.BLOCK + 100);
        EntryRange range = seed.ledger.sign(seed.giulia, ClaimsFile.open(file, "c.json"), null, true, done -> { });
        new Corrections(seed.ledger).retract(seed.giulia, range.first(), "said twice");
        write(String.format(NO_FIGURE, "again"));
        LedgerException e = assertThrows(LedgerException.class, () -> seed.ledger.sign(seed.giulia,
                ClaimsFile.open(file, "c.json"), null, false, done -> { }));
        assertEquals(Failure.CONFLICT, e.failure());
        assertTrue(e.getMessage().contains(": claims[0]: claim " + (range.first() + 1) + " already says this"),
                "the earliest claim that still stands: " + e.getMessage());
    }
}
