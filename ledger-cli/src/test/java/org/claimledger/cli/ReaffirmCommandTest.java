package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recovering from a stolen key from the command line: the key is revoked from before what it signed, verify names
 * each entry and what to do, an editor re-affirms it, and verify is clean again with the story in its history.
 */
class ReaffirmCommandTest {
    static SeededLedger seeded;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildLedger() {
        seeded = SeededLedger.shared();
    }

    @Test
    void backdatedRevocation_thenReaffirm_verifyIsCleanAndTellsTheStory() {
        Cli cli = seeded.copyTo(dir).env(LedgerOption.ENV, "news");
        cli.ok("key", "new", "--name", "marco.bianchi", "--out", "marco.key");
        cli.ok("key", "enroll", "marco.key", "--ledger-key", "ledger.key");
        cli.ok("claim", "add", "--source", seeded.sourceId().substring(0, 12), "--quote",
                "questa iniziativa, gestita da 11 membri delle Nazioni Unite", "--figure", "11", "--value", "11",
                "--key", "marco.key");
        cli.ok("key", "revoke", "marco.bianchi", "--reason", "laptop stolen", "--from", "2025-06-01T00:00:00Z",
                "--ledger-key", "ledger.key");

        Cli.Result invalid = cli.run("verify", "--trust", "ledger.vkey");
        assertEquals(1, invalid.code(), invalid.toString());
        assertTrue(invalid.out().contains("entry 21  key-not-valid  signer: signer marco.bianchi ("), invalid.out());
        assertTrue(invalid.out().contains("if the newsroom stands by it, re-affirm it with a valid key ('claimledger "
                + "reaffirm 21 --reason ...'), or retract claim 21 ('claimledger claim retract 21 --reason ...')\n"),
                invalid.out());

        Cli.Result reaffirmed = cli.ok("reaffirm", "21", "--reason", "checked against the article", "--key",
                "giulia.key");
        assertEquals("entry 23: re-affirmed entry 21: checked against the article\n", reaffirmed.out());
        Cli.Result clean = cli.run("verify", "--trust", "ledger.vkey");
        assertEquals(0, clean.code(), clean.toString());
        assertTrue(clean.out().contains("history: entry 21 (claim 21) was signed by marco.bianchi ("), clean.out());
        assertTrue(clean.out().contains(") after its revocation from 2025-06-01T00:00:00.000Z (entry 22); re-affirmed by "
                + "giulia.rossi in entry 23 (reason: checked against the article)\n"), clean.out());
        assertTrue(cli.ok("show", "23").out().contains("re-affirms entry 21: checked against the article"));

        Cli.Result twice = cli.run("reaffirm", "21", "--reason", "again", "--key", "giulia.key");
        assertEquals(14, twice.code(), twice.toString());
        assertEquals("claimledger: entry 21 was already re-affirmed by entry 23 (checked against the article)\n",
                twice.err());
        Cli.Result valid = cli.run("reaffirm", "5", "--reason", "fine", "--key", "giulia.key");
        assertEquals(14, valid.code(), valid.toString());
        assertTrue(valid.err().contains("entry 5 needs no re-affirmation: its signer giulia.rossi ("), valid.err());
    }
}
