package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures that used to leave debris or no way on: a failed init leaves no key behind, a passphrase prompt says
 * what it wants and gives three tries, a refused editor is told what will work, a name means one key.
 */
class DeadEndsTest {
    private static final String GOOD = "a long enough passphrase";

    @RegisterExtension
    static final SeededLedgerPerClass seeded = new SeededLedgerPerClass();

    @TempDir
    Path dir;

    @Test
    void init_onAnExistingLedger_asksNothingAndWritesNoKey() {
        Cli cli = seeded.copyTo(dir);
        ScriptedPrompt person = new ScriptedPrompt();
        Cli.Result result = cli.env(Passphrases.ENV, null).prompt(person)
                .run("init", "--ledger", "news", "--origin", "other.example/claims", "--key-out", "other.key");
        assertEquals(14, result.code(), result.toString());
        assertTrue(result.err().contains("a ledger already exists at"), result.err());
        assertEquals(List.of(), person.asked(), "refused before any passphrase is asked");
        assertFalse(Files.exists(dir.resolve("other.key")), "no orphan key");
    }

    @Test
    void init_whoseServerCannotBeReached_isRefusedBeforeAKeyIsWritten_soTheSameCommandWorksNext() {
        Cli cli = new Cli(dir);
        // Nothing listens on port 1: looking for a ledger there fails before any key is made.
        Cli.Result failed = cli.run("init", "--ledger", "jdbc:postgresql://127.0.0.1:1/claims", "--origin",
                "newsroom.example/claims", "--key-out", "ledger.key");
        assertEquals(12, failed.code(), failed.toString());
        assertFalse(Files.exists(dir.resolve("ledger.key")), "no orphan key");

        cli.ok("init", "--ledger", "news", "--origin", "newsroom.example/claims", "--key-out", "ledger.key");
        assertTrue(Files.exists(dir.resolve("ledger.key")));
    }

    @Test
    void init_whoseLedgerCannotBeCreated_removesTheKeyItWrote_soTheSameCommandWorksNext() throws Exception {
        Cli cli = new Cli(dir);
        // No ledger file is there, so init goes on and writes the key; creating the file fails (its folder is a file).
        Files.writeString(dir.resolve("notes.txt"), "not a folder\n");
        // H2 writes to the process's own stderr when it cannot write its trace file: catch whatever it prints.
        ByteArrayOutputStream engineOutput = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        Cli.Result failed;
        System.setErr(new PrintStream(engineOutput, true, StandardCharsets.UTF_8));
        try {
            failed = cli.run("init", "--ledger", "notes.txt/news", "--origin", "newsroom.example/claims",
                    "--key-out", "ledger.key");
        } finally {
            System.setErr(stderr);
        }
        assertEquals("", engineOutput.toString(StandardCharsets.UTF_8), "no stack trace from H2");
        assertEquals(1, failed.err().strip().lines().count(), failed.err());
        assertEquals(12, failed.code(), failed.toString());
        assertTrue(failed.err().contains("nothing was created (the key file " + dir.resolve("ledger.key")
                + " written for it was removed)"), failed.err());
        assertFalse(Files.exists(dir.resolve("ledger.key")), "no orphan key");

        cli.ok("init", "--ledger", "news", "--origin", "newsroom.example/claims", "--key-out", "ledger.key");
        assertTrue(Files.exists(dir.resolve("ledger.key")));
    }

    @Test
    void keyNew_overAnExistingFile_isRefusedBeforeThePassphraseIsAsked() {
        Cli cli = seeded.copyTo(dir);
        ScriptedPrompt person = new ScriptedPrompt();
        Cli.Result result = cli.env(Passphrases.ENV, null).prompt(person)
                .run("key", "new", "--name", "marco.bianchi", "--out", "giulia.key");
        assertEquals(14, result.code(), result.toString());
        assertTrue(result.err().contains("giulia.key already exists"), result.err());
        assertEquals(List.of(), person.asked());
    }

    @Test
    void newPassphrase_saysItsMinimumBeforeTyping_andAsksAgainWhenTooShortOrMistyped() throws Exception {
        Cli cli = new Cli(dir).env(Passphrases.ENV, null);
        ScriptedPrompt person = new ScriptedPrompt("short", GOOD, GOOD + "!", GOOD, GOOD);
        Cli.Result result = cli.prompt(person).run("key", "new", "--name", "marco.bianchi", "--out", "marco.key");
        assertEquals(0, result.code(), result.toString());
        assertEquals(List.of(
                "Passphrase for the new key marco.bianchi (at least 8 characters): ",
                "Passphrase for the new key marco.bianchi (at least 8 characters): ",
                "Repeat the passphrase: ",
                "Passphrase for the new key marco.bianchi (at least 8 characters): ",
                "Repeat the passphrase: "), person.asked());
        assertTrue(result.err().contains("that passphrase is shorter than 8 characters; try again (2 tries left)"),
                result.err());
        assertTrue(result.err().contains("the two passphrases differ; try again (1 try left)"), result.err());

        cli.env(Passphrases.ENV, GOOD);
        assertEquals("marco.bianchi", cli.ok("key", "vkey", "marco.key").out().split("\\+")[0],
                "the key was written with the passphrase typed twice");
        cli.ok("init", "--ledger", "news", "--origin", "newsroom.example/claims", "--key-out", "ledger.key");
        cli.ok("key", "enroll", "marco.key", "--ledger", "news", "--ledger-key", "ledger.key");
    }

    @Test
    void newPassphrase_tooShortThreeTimes_writesNothing() {
        Cli cli = new Cli(dir).env(Passphrases.ENV, null).prompt(new ScriptedPrompt("a", "ab", "abc"));
        Cli.Result result = cli.run("key", "new", "--name", "marco.bianchi", "--out", "marco.key");
        assertEquals(ExitCodes.USAGE, result.code(), result.toString());
        assertTrue(result.err().contains("the passphrase typed is too short: a key passphrase must have at least 8 "
                + "characters; nothing was written"), result.err());
        assertFalse(Files.exists(dir.resolve("marco.key")));
    }

    @Test
    void newPassphrase_tooShortInTheEnvironment_isRefusedAtOnce() {
        Cli.Result result = new Cli(dir).env(Passphrases.ENV, "short").prompt(new ScriptedPrompt())
                .run("key", "new", "--name", "marco.bianchi", "--out", "marco.key");
        assertEquals(ExitCodes.USAGE, result.code(), result.toString());
        assertTrue(result.err().contains("$CLAIMLEDGER_PASSPHRASE is too short"), result.err());
    }

    @Test
    void wrongPassphraseAtTheTerminal_getsThreeTries() {
        Cli cli = seeded.copyTo(dir).env(Passphrases.ENV, null);
        ScriptedPrompt person = new ScriptedPrompt("wrong one", "wrong two", Cli.PASSPHRASE);
        Cli.Result result = cli.prompt(person).run("checkpoint", "--ledger", "news", "--ledger-key", "ledger.key");
        assertEquals(0, result.code(), result.toString());
        assertEquals(3, person.asked().size(), person.asked().toString());
        assertTrue(person.asked().get(0).startsWith("Passphrase for key newsroom.example/claims (ledger.key)"),
                person.asked().toString());
        assertTrue(result.err().contains("wrong passphrase; try again (2 tries left)"), result.err());
        assertTrue(result.err().contains("wrong passphrase; try again (1 try left)"), result.err());

        Cli.Result thrice = cli.prompt(new ScriptedPrompt("wrong one", "wrong two", "wrong three"))
                .run("checkpoint", "--ledger", "news", "--ledger-key", "ledger.key");
        assertEquals(7, thrice.code(), thrice.toString());
        assertTrue(thrice.err().strip().endsWith("wrong passphrase for key file " + dir.resolve("ledger.key")
                + " (or the file was altered); try again"), thrice.err());
    }

    @Test
    void wrongPassphraseFromTheEnvironment_getsOneTry_andNoPrompt() {
        Cli.Result result = seeded.copyTo(dir).env(Passphrases.ENV, "not the passphrase").prompt(new ScriptedPrompt())
                .run("checkpoint", "--ledger", "news", "--ledger-key", "ledger.key");
        assertEquals(7, result.code(), result.toString());
        assertEquals(1, result.err().strip().lines().count(), result.err());
    }

    @Test
    void enroll_aSecondKeyUnderAnEnrolledName_isRefused_andTheNameStaysUnambiguous() {
        Cli cli = seeded.copyTo(dir);
        cli.ok("key", "new", "--name", "giulia.rossi", "--out", "giulia-again.key");
        Cli.Result result = cli.run("key", "enroll", "giulia-again.key", "--ledger", "news", "--ledger-key", "ledger.key");
        assertEquals(14, result.code(), result.toString());
        assertTrue(result.err().contains("an editor key named giulia.rossi is already enrolled"), result.err());
        assertTrue(result.err().contains("'claimledger key new --name giulia.rossi-2'"), result.err());
        assertTrue(result.err().contains("'claimledger key rotate giulia.rossi --new-key FILE'"), result.err());

        Cli.Result rotated = cli.run("key", "rotate", "giulia.rossi", "--new-key", "giulia-again.key", "--reason",
                "new laptop", "--ledger", "news", "--ledger-key", "ledger.key");
        assertEquals(14, rotated.code(), "a successor needs a name of its own too: " + rotated);

        cli.ok("key", "new", "--name", "newsroom.example/claims", "--out", "impostor.key");
        Cli.Result origin = cli.run("key", "enroll", "impostor.key", "--ledger", "news", "--ledger-key", "ledger.key");
        assertEquals(14, origin.code(), origin.toString());
        assertTrue(origin.err().contains("is the name of this ledger's key"), origin.err());

        // With a second giulia.rossi enrolled, this would be refused as ambiguous.
        cli.ok("key", "revoke", "giulia.rossi", "--reason", "left", "--ledger", "news", "--ledger-key", "ledger.key");
    }

    @Test
    void revokedEditor_isToldToUseTheSuccessor_orToMakeAKeyWithANewName() {
        Cli cli = seeded.copyTo(dir);
        cli.ok("key", "new", "--name", "giulia.rossi-2026", "--out", "giulia-2026.key");
        cli.ok("key", "rotate", "giulia.rossi", "--new-key", "giulia-2026.key", "--reason", "new laptop",
                "--ledger", "news", "--ledger-key", "ledger.key");
        Cli.Result rotated = cli.run("claim", "retract", "9", "--reason", "r", "--ledger", "news", "--key", "giulia.key");
        assertEquals(9, rotated.code(), rotated.toString());
        assertTrue(rotated.err().contains("it was replaced by giulia.rossi-2026 ("), rotated.err());
        assertFalse(rotated.err().contains("key enroll"), "enrolling it again would be refused: " + rotated.err());

        cli.ok("key", "revoke", "giulia.rossi-2026", "--reason", "left", "--ledger", "news", "--ledger-key", "ledger.key");
        Cli.Result revoked = cli.run("claim", "retract", "9", "--reason", "r", "--ledger", "news", "--key",
                "giulia-2026.key");
        assertEquals(9, revoked.code(), revoked.toString());
        assertTrue(revoked.err().contains("create a key with a new name ('claimledger key new --name "
                + "giulia.rossi-2026-2 --out FILE') and ask the ledger owner to enrol it"), revoked.err());
    }
}
