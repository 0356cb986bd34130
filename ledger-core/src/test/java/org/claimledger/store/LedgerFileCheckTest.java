package org.claimledger.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.testing.TestLedger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The storage-level check of an embedded ledger file, on real files: ours, altered with SQL, and damaged. */
class LedgerFileCheckTest {
    @TempDir
    static Path template;
    static TestLedger seeded;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildLedger() throws Exception {
        seeded = TestLedger.build(template);
    }

    private Path copy(String name) throws Exception {
        Path file = dir.resolve(name + ".mv.db");
        Files.copy(seeded.h2File(), file);
        return file;
    }

    @Test
    void ledgerClaimLedgerCreated_holdsExactlyItsSchema_andNothingElse() {
        StoredSchemaReader.Contents contents = StoredSchemaReader.read(seeded.h2File());
        StoredSchema.Comparison comparison = StoredSchema.compare(contents.records());
        assertTrue(comparison.ledger());
        assertEquals(List.of(), comparison.foreign(), "every stored object is one Schema creates");
        assertEquals(List.of(), comparison.missing(), "every object Schema creates is stored as StoredSchema expects");
        assertEquals(List.of(), contents.foreignTypes());
        assertTrue(contents.records().stream().anyMatch(record -> record.sql().startsWith("SET CREATE_BUILD ")));
    }

    /**
     * H2 analyzes a table by itself after every 2,000 rows written and stores the selectivities it measured in the
     * table's definition; a ledger that let it would be refused as foreign by its own next command.
     */
    @Test
    void ledgerPastThousandsOfEntries_stillHoldsExactlyItsSchema() throws Exception {
        LedgerLocation location = LedgerLocation.of(dir.resolve("grown").toString());
        org.claimledger.crypto.Ed25519PrivateKey key = org.claimledger.crypto.Ed25519PrivateKey.fromSeed(new byte[32]);
        try (LedgerStore store = LedgerStore.create(location)) {
            store.append(appender -> {
                java.time.Instant now = java.time.Instant.parse("2025-06-02T09:00:00Z");
                for (int i = 0; i < 4_500; i++) {
                    appender.append(org.claimledger.entry.EntryType.SOURCE, com.fasterxml.jackson.databind.node
                            .JsonNodeFactory.instance.objectNode().put("n", i), key, now, null);
                }
                return null;
            });
        }
        StoredSchema.Comparison comparison = StoredSchema.compare(StoredSchemaReader.read(location.h2File()).records());
        assertEquals(List.of(), comparison.foreign(), "definitions rewritten by H2's automatic ANALYZE");
        LedgerFileCheck.requireOurs(location);
        try (LedgerStore reopened = LedgerStore.openReadOnly(location, LockWait.NONE)) {
            assertEquals(4_500, reopened.size());
        }
    }

    @Test
    void ledgerH2HasAnalyzed_isStillOurs() throws Exception {
        // H2 records each column's selectivity in a table's definition when it analyzes the table: by itself every
        // 2,000 rows in a ledger written before writers turned that off, or when anyone runs ANALYZE. Still ours.
        Path file = copy("analyzed");
        TestLedger.sqlOn(file, "ANALYZE");
        List<SchemaRecord> records = StoredSchemaReader.read(file).records();
        assertTrue(records.stream().anyMatch(record -> record.sql().contains(" SELECTIVITY ")), records.toString());
        assertEquals(List.of(), StoredSchema.compare(records).foreign());
        LedgerFileCheck.requireOurs(LedgerLocation.of(file.toString()));
    }

    @Test
    void droppedGuardTriggers_areMissingButNotForeign_soVerifyCanStillReportTheEdits() throws Exception {
        Path file = copy("dropped");
        TestLedger.sqlOn(file, "UPDATE cl_meta SET val = val");
        LedgerFileCheck.requireOurs(LedgerLocation.of(file.toString()));
        StoredSchema.Comparison comparison = StoredSchema.compare(StoredSchemaReader.read(file).records());
        assertEquals(List.of(), comparison.foreign());
        assertEquals(4, comparison.missing().size(), comparison.missing().toString());
        assertTrue(comparison.missing().stream().allMatch(record -> record.type() == SchemaRecord.TRIGGER));
    }

    @Test
    void h2DatabaseWithoutLedgerTables_isNotALedger_andIsNotOpened() throws Exception {
        Path file = dir.resolve("customers.mv.db");
        TestLedger.sqlOn(file, "CREATE TABLE customers (id INT)",
                "CREATE TRIGGER t BEFORE INSERT ON customers FOR EACH ROW CALL '" + AppendOnlyTrigger.class.getName() + "'");
        LedgerException refused = org.junit.jupiter.api.Assertions.assertThrows(LedgerException.class,
                () -> LedgerFileCheck.requireOurs(LedgerLocation.of(file.toString())));
        assertEquals(Failure.NOT_A_LEDGER, refused.failure(), refused.getMessage());
    }

    @Test
    void textFileNamedLikeALedger_isNotALedger() throws Exception {
        Path file = dir.resolve("notes.mv.db");
        Files.writeString(file, "just some notes\n".repeat(1000), StandardCharsets.UTF_8);
        LedgerException refused = org.junit.jupiter.api.Assertions.assertThrows(LedgerException.class,
                () -> LedgerFileCheck.requireOurs(LedgerLocation.of(file.toString())));
        assertEquals(Failure.NOT_A_LEDGER, refused.failure(), refused.getMessage());
    }

    /**
     * Damaged and crafted bytes, seeded and reproducible: the check either passes or refuses with a failure a
     * user can act on; nothing else escapes, nothing hangs, and the file is never written.
     */
    @Test
    void damagedFiles_areRefusedOrPass_neverThrowAnythingElse_andAreNeverWritten() throws Exception {
        long seed = 20_250_601L;
        Random random = new Random(seed);
        byte[] original = Files.readAllBytes(seeded.h2File());
        Set<Failure> expected = EnumSet.of(Failure.NOT_A_LEDGER, Failure.STORAGE, Failure.HOSTILE_FILE);
        for (int round = 0; round < 60; round++) {
            byte[] damaged = original.clone();
            int flips = 1 + random.nextInt(16);
            // Half the rounds hit the file's last quarter, where the latest chunk and its schema pages are.
            int from = round % 2 == 0 ? 0 : damaged.length * 3 / 4;
            for (int i = 0; i < flips; i++) {
                damaged[from + random.nextInt(damaged.length - from)] ^= (byte) (1 + random.nextInt(255));
            }
            Path file = dir.resolve("damaged" + round + ".mv.db");
            Files.write(file, damaged);
            try {
                LedgerFileCheck.requireOurs(LedgerLocation.of(file.toString()));
            } catch (LedgerException e) {
                assertTrue(expected.contains(e.failure()), "seed " + seed + " round " + round + ": " + e.failure()
                        + " " + e.getMessage());
                assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
            }
            assertArrayEquals(damaged, Files.readAllBytes(file), "seed " + seed + " round " + round + ": file unchanged");
        }
    }
}
