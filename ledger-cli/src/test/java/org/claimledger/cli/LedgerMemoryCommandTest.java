package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;

import org.claimledger.demo.Demo;
import org.claimledger.state.LedgerMemory;
import org.claimledger.state.StateDirectory;
import org.claimledger.store.LedgerLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command holds the ledger to this machine's memory of it (issue 12, item 1): a ledger that lost entries,
 * or was swapped for another, is refused with exit 16 before anything is appended to it, editors' commands
 * included.
 */
class LedgerMemoryCommandTest {
    @TempDir
    Path directory;

    Cli cli;
    Path ledgerFile;

    @BeforeEach
    void seed() throws Exception {
        cli = new Cli(directory);
        ledgerFile = cli.seedDemoLedger().location().h2File();
        cli.ok("key", "new", "--name", "marco", "--out", "marco.key");
    }

    private Attacker attacker() throws Exception {
        String path = ledgerFile.toString();
        return new Attacker(Path.of(path.substring(0, path.length() - ".mv.db".length())));
    }

    private long entries() throws Exception {
        try (Attacker attacker = attacker()) {
            return attacker.maxSeq() + 1;
        }
    }

    private Path memoryFile() {
        return new LedgerMemory(new StateDirectory(cli.path("home/.claimledger")))
                .fileFor(LedgerMemory.locationOf(LedgerLocation.of(ledgerFile.toString())));
    }

    @Test
    void enroll_onALedgerThatLostItsTail_isRefusedWithBothSizes_andAppendsNothing() throws Exception {
        cli.ok("log");
        try (Attacker attacker = attacker()) {
            attacker.execute("DELETE FROM cl_entries WHERE seq >= 16");
        }
        Cli.Result result = cli.run("key", "enroll", "marco.key");
        assertEquals(16, result.code(), result::toString);
        assertEquals("claimledger: " + ledgerFile + " no longer holds what this machine saw: it has 16 entries, but this "
                + "machine saw 20 (entries 16 to 19 are gone; remembered in " + memoryFile() + "). Nothing was changed. "
                + "Restore the ledger from a backup, or compare it with the newsroom's published checkpoints (claimledger "
                + "verify --checkpoint FILE); if the change is known and accepted, remove " + memoryFile() + ".\n",
                result.err());
        assertEquals(16, entries(), "nothing was appended to the cut ledger");
        Cli.Result log = cli.run("log");
        assertEquals(16, log.code(), "readers are told too: " + log);
    }

    @Test
    void sign_onALedgerReplacedByAnother_isRefused() throws Exception {
        cli.ok("log");
        Demo.Built other = Demo.build(Files.createDirectories(cli.path("other")), Files.readString(Cli.SEED_ARTICLE),
                Files.readAllBytes(Cli.SEED_CLAIMS), Clock.systemUTC(), line -> { });
        Files.copy(other.location().h2File(), ledgerFile, StandardCopyOption.REPLACE_EXISTING);
        Cli.Result result = cli.run("key", "enroll", "marco.key", "--ledger-key", "other/ledger.key");
        assertEquals(16, result.code(), result::toString);
        assertTrue(result.err().startsWith("claimledger: " + ledgerFile + " no longer holds what this machine saw: it has "
                + "20 entries and this machine saw 20, but entry 19 is not the one it saw (leaf hash "), result.err());
        assertTrue(result.err().contains("the ledger was replaced or its history rewritten"), result.err());
        assertEquals(20, entries());
    }

    @Test
    void ledgerGrownElsewhere_isNoLoss_andIsRemembered() throws Exception {
        cli.ok("log");
        cli.ok("key", "enroll", "marco.key", "--state", "another-machine");
        cli.ok("log");
        String memory = Files.readString(memoryFile());
        assertTrue(memory.contains("\"size\" : 21"), memory);
        try (Attacker attacker = attacker()) {
            attacker.execute("DELETE FROM cl_entries WHERE seq = 20");
        }
        assertEquals(16, cli.run("log").code());
    }

    @Test
    void appendsAreRemembered_soTheirLossIsCaughtAtTheNextCommand() throws Exception {
        cli.ok("key", "enroll", "marco.key");
        assertTrue(Files.readString(memoryFile()).contains("\"size\" : 21"));
        Path backup = cli.path("backup.mv.db");
        Files.copy(ledgerFile, backup);
        cli.ok("key", "new", "--name", "anna", "--out", "anna.key");
        cli.ok("key", "enroll", "anna.key");
        Files.copy(backup, ledgerFile, StandardCopyOption.REPLACE_EXISTING);
        Cli.Result result = cli.run("checkpoint");
        assertEquals(16, result.code(), result::toString);
        assertTrue(result.err().contains("it has 21 entries, but this machine saw 22 (entry 21 is gone;"), result.err());
    }

    @Test
    void init_whereThisMachineSawALedgerThatIsGone_isRefused() throws Exception {
        cli.ok("log");
        Files.delete(ledgerFile);
        Cli.Result result = cli.run("init", "--ledger", ledgerFile.toString(), "--origin", "newsroom.example/claims",
                "--key-out", "new-ledger.key");
        assertEquals(16, result.code(), result::toString);
        assertTrue(result.err().startsWith("claimledger: this machine saw a ledger of 20 entries at " + ledgerFile
                + " (remembered in " + memoryFile() + "), and it is gone; restore it from a backup"), result.err());
        assertFalse(Files.exists(cli.path("new-ledger.key")), "nothing was created");
        assertFalse(Files.exists(ledgerFile));
    }

    @Test
    void init_overALedgerThisMachineRemembers_isAConflict_andChangesNothing() throws Exception {
        cli.ok("log");
        byte[] ledgerBefore = Files.readAllBytes(ledgerFile);
        byte[] memoryBefore = Files.readAllBytes(memoryFile());
        Cli.Result result = cli.run("init", "--ledger", ledgerFile.toString(), "--origin", "newsroom.example/claims",
                "--key-out", "new-ledger.key");
        assertEquals(14, result.code(), result::toString);
        assertEquals("claimledger: a ledger already exists at " + ledgerFile + "; choose another --ledger path\n",
                result.err());
        assertFalse(Files.exists(cli.path("new-ledger.key")), "no key was written");
        assertArrayEquals(ledgerBefore, Files.readAllBytes(ledgerFile));
        assertArrayEquals(memoryBefore, Files.readAllBytes(memoryFile()));
    }

    @Test
    void unwritableStateDirectory_isOneLineNamingTheFile() throws Exception {
        Path state = Files.createDirectories(cli.path("locked-state"));
        try (ReadOnlyDirectory locked = ReadOnlyDirectory.of(state)) {
            Cli.Result result = cli.run("log", "--state", state.toString());
            assertEquals(12, result.code(), result::toString);
            assertTrue(result.err().startsWith("claimledger: cannot write this machine's ledger state " + state
                    + "/"), result.err());
            assertTrue(result.err().contains(": permission denied"), result.err());
            assertEquals(1, result.err().lines().count(), result.err());
        }
    }
}
