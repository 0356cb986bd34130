package org.claimledger.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.stream.Stream;

import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.ledger.Ledger;
import org.claimledger.store.Head;
import org.claimledger.store.LedgerLocation;
import org.claimledger.store.LedgerStore;
import org.claimledger.testing.TestLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** This machine's memory of a ledger, held against a real H2 file cut while a command has it open. */
class LedgerMemoryTest {
    @TempDir
    Path directory;

    TestLedger test;
    LedgerMemory memory;

    @BeforeEach
    void build() throws Exception {
        test = TestLedger.build(directory.resolve("ledger"));
        memory = new LedgerMemory(new StateDirectory(directory.resolve("state")));
    }

    private long remembered() throws LedgerException {
        return memory.seen(LedgerMemory.locationOf(test.location())).size();
    }

    @Test
    void anAppend_afterTheTailWasCutWhileTheLedgerWasOpen_isRefusedUnderTheHeadLock() throws Exception {
        try (Ledger ledger = test.open()) {
            memory.keepWatch(ledger.store());
            assertEquals(20, remembered());
            // A first append reopens the file for writing; until then H2 would hand the SQL below this JVM's
            // read-only database.
            ledger.enroll(test.ledgerKey(), "marco", Ed25519PrivateKey.generate(new SecureRandom()).publicKey());
            assertEquals(21, remembered());
            // Another process cuts the tail between this command's check and its append (the passphrase prompt).
            test.sql("DELETE FROM cl_entries WHERE seq >= 19");
            LedgerException refused = assertThrows(LedgerException.class, () -> ledger.enroll(test.ledgerKey(), "anna",
                    Ed25519PrivateKey.generate(new SecureRandom()).publicKey()));
            assertEquals(Failure.LOST_HISTORY, refused.failure());
            assertTrue(refused.getMessage().contains("it has 19 entries, but this machine saw 21 (entries 19 to 20 are "
                    + "gone;"), refused.getMessage());
            assertEquals(19, ledger.store().size(), "nothing was appended");
        }
    }

    @Test
    void anEmptyLedger_isRememberedAsNothing_andNeverDamagesTheMemory() throws Exception {
        // What an init killed between creating the tables and appending the genesis entry leaves.
        LedgerLocation empty = LedgerLocation.of(directory.resolve("empty").toString());
        String location = LedgerMemory.locationOf(empty);
        try (LedgerStore store = LedgerStore.create(empty)) {
            memory.keepWatch(store);
        }
        assertNull(memory.seen(location), "an empty ledger leaves nothing to remember");
        memory.saw(location, new Head(0, null), "empty.example/claims");
        assertNull(memory.seen(location).head());
        assertEquals("empty.example/claims", memory.seen(location).origin());
    }

    @Test
    void appendsAreRemembered_andTheMemoryNeverMovesBackwards() throws Exception {
        try (Ledger ledger = test.open()) {
            memory.keepWatch(ledger.store());
            ledger.enroll(test.ledgerKey(), "marco", Ed25519PrivateKey.generate(new SecureRandom()).publicKey());
            assertEquals(21, remembered());
            // A command that finishes late with what it saw earlier must not undo what another one recorded.
            memory.saw(LedgerMemory.locationOf(test.location()), ledger.store().head(), null);
            String location = LedgerMemory.locationOf(test.location());
            memory.saw(location, new Head(1, ledger.store().leafHashAt(0)), "older");
            assertEquals(21, remembered());
            assertEquals("older", memory.seen(location).origin());
        }
        try (Stream<Path> files = Files.list(directory.resolve("state/ledgers"))) {
            assertEquals(1, files.count(), "no temporary files are left behind");
        }
    }

    /** Lets the memory watch the test ledger, then edits its file on disk: the first match of regex is replaced. */
    private void forgeMemoryFile(String regex, String replacement) throws Exception {
        try (Ledger ledger = test.open()) {
            memory.keepWatch(ledger.store());
        }
        Path file;
        try (Stream<Path> files = Files.list(directory.resolve("state/ledgers"))) {
            file = files.findFirst().orElseThrow();
        }
        String text = Files.readString(file);
        String forged = text.replaceFirst(regex, replacement);
        assertTrue(!forged.equals(text), "the edit must change the file: " + text);
        Files.writeString(file, forged);
    }

    @Test
    void aVersionBeyond64Bits_isNotReadAsVersion1() throws Exception {
        // 2^64 + 1: Jackson's asLong would make it 1.
        forgeMemoryFile("\"v\"\\s*:\\s*1,", "\"v\": 18446744073709551617,");
        LedgerException refused = assertThrows(LedgerException.class, this::remembered);
        assertEquals(Failure.STORAGE, refused.failure());
        assertTrue(refused.getMessage().contains("is damaged (it is not a version 1 ledger memory file"),
                refused.getMessage());
    }

    @Test
    void aSecondSizeMember_thatWouldMakeTheMemoryForgetTheTail_isRefusedAsDamaged() throws Exception {
        // A reader that lets the last duplicate win would remember 1 entry, and accept a ledger cut to one.
        forgeMemoryFile("(\"size\"\\s*:\\s*20),", "$1, \"size\" : 1,");
        LedgerException refused = assertThrows(LedgerException.class, this::remembered);
        assertEquals(Failure.STORAGE, refused.failure());
        assertTrue(refused.getMessage().matches("(?s)[^\\n]* is damaged \\(line 4, column \\d+: Duplicate field 'size'\\); "
                + "restore the file, or remove it [^\\n]*"), refused.getMessage());
    }
}
