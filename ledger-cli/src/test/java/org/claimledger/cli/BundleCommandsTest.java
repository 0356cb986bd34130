package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export and verify --bundle through the real command line. */
class BundleCommandsTest {
    @TempDir
    Path directory;

    Cli cli;
    Path ledgerFile;

    @BeforeEach
    void seed() throws Exception {
        cli = new Cli(directory);
        ledgerFile = cli.seedDemoLedger().location().h2File();
    }

    @Test
    void exportThenVerifyBundle_withoutTheDatabase_isClean() throws Exception {
        cli.ok("checkpoint");
        Cli.Result exported = cli.ok("export", "--out", "bundle");
        assertTrue(exported.out().startsWith("exported 20 entries, 1 source text and 1 signed checkpoint of "
                + "demo.newsroom.example/claims to " + cli.path("bundle")), exported.out());
        assertTrue(exported.out().contains("latest checkpoint: 20 entries, root "), exported.out());
        assertEquals("", exported.err());
        Files.delete(ledgerFile);
        Cli.Result verified = cli.ok("verify", "--bundle", "bundle", "--trust", "ledger.vkey", "--state", "auditor");
        assertTrue(verified.out().contains("verify: OK, checked 20 entries"), verified.out());
        assertTrue(verified.out().endsWith(", as trusted; remembered 20 entries (" + cli.path("auditor") + ")\n"),
                verified.out());
    }

    @Test
    void export_withoutACheckpoint_warnsOnStderr() {
        Cli.Result exported = cli.ok("export", "--out", "bundle");
        assertTrue(exported.err().startsWith("claimledger: warning: the ledger has no signed checkpoint"), exported.err());
    }

    @Test
    void verifyBundle_withAnEditedLeaf_reportsTheEntryAndFieldAndTheCheckpoint() throws Exception {
        cli.ok("checkpoint");
        cli.ok("export", "--out", "bundle");
        Path entries = cli.path("bundle/entries.jsonl");
        Files.writeString(entries, Files.readString(entries).replace("\"value\":\"9000000\"", "\"value\":\"8000000\""));
        Cli.Result result = cli.run("verify", "--bundle", "bundle", "--trust", "ledger.vkey", "--state", "s");
        assertEquals(1, result.code(), result::toString);
        assertTrue(result.out().contains("field-changed  body.figures[0].value"), result.out());
        assertTrue(result.out().contains("ledger  checkpoint  root: history rewritten: the ledger's own checkpoint for "
                + "size 20 has root "), result.out());
    }

    @Test
    void verify_withBothLedgerAndBundle_isAUsageError() throws Exception {
        cli.ok("export", "--out", "bundle");
        Cli.Result result = cli.run("verify", "--bundle", "bundle", "--ledger", ledgerFile.toString());
        assertEquals(2, result.code(), result::toString);
        assertTrue(result.err().contains("give --ledger or --bundle, not both"), result.err());
    }

    @Test
    void verifyBundle_ofADirectoryThatIsNoBundle_isNotALedger() throws Exception {
        Files.createDirectories(cli.path("empty"));
        Cli.Result result = cli.run("verify", "--bundle", "empty");
        assertEquals(10, result.code(), result::toString);
        assertTrue(result.err().contains("is not an audit bundle: it has no manifest.json"), result.err());
    }
}
