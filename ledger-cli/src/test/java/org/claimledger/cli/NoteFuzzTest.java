package org.claimledger.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.claimledger.note.Checkpoint;
import org.claimledger.note.MalformedNoteException;
import org.claimledger.note.NoteException;
import org.claimledger.note.SignedNote;
import org.claimledger.note.VerifierKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signed notes, checkpoints, vkeys and trust files, fuzzed: a note either opens as the checkpoint the trusted
 * key signed, byte for byte the same tree, or is refused; a vkey parses to a key that prints back to itself, or is
 * refused. Then trust files through the real command line.
 */
class NoteFuzzTest {
    @TempDir
    Path dir;

    @Test
    void checkpoint_opensOnlyAsTheTreeTheKeySigned() throws Exception {
        List<byte[]> corpus = new ArrayList<>(GoldenTree.files(GoldenTree.NOTES, ".txt"));
        Mutations mutations = new Mutations(corpus);
        List<VerifierKey> trusted = List.of(GoldenTree.trusted());
        byte[] root = GoldenTree.root(GoldenTree.SIZE);
        Fuzz.run("checkpoint", Fuzz.cases(4_000), mutations::next, (input, random) -> {
            try {
                SignedNote.parse(input);
            } catch (MalformedNoteException e) {
                Fuzz.assertMessage(e.getMessage());
            }
            try {
                Checkpoint opened = Checkpoint.open(input, GoldenTree.ORIGIN, trusted);
                Fuzz.expect(opened.origin().equals(GoldenTree.ORIGIN) && opened.size() == GoldenTree.SIZE
                        && Arrays.equals(opened.root(), root), "a note that opens is the signed tree: " + opened);
            } catch (NoteException e) {
                Fuzz.assertMessage(e.getMessage());
            }
        });
    }

    @Test
    void vkey_parsesToAKeyThatPrintsBack_orIsRefused() throws Exception {
        Mutations mutations = Mutations.ofText(GoldenTree.trusted().format(),
                Files.readString(SeededLedger.shared().path("ledger.vkey")).strip());
        Fuzz.run("vkey", Fuzz.cases(4_000), mutations::next, (input, random) -> {
            String text = new String(input, StandardCharsets.UTF_8);
            try {
                VerifierKey key = VerifierKey.parse(text);
                Fuzz.expect(VerifierKey.parse(key.format()).equals(key), "round trip of " + key.format());
                Fuzz.expect(key.format().equalsIgnoreCase(text), "the key is what the text says: " + key.format());
            } catch (MalformedNoteException e) {
                Fuzz.assertMessage(e.getMessage());
            }
        });
    }

    @Test
    void trustFile_throughTheCommandLine_trustsOnlyTheKeysItNames() throws Exception {
        String vkey = GoldenTree.trusted().format();
        Mutations mutations = Mutations.ofText(vkey + "\n", "# the newsroom's key\n\n" + vkey + "\n  \n",
                vkey + "\nwitness.example/w1+00000000+AQOhB7/zzhC+HXDdGOdLwJln5NYwm6UNXx3chmQSVTG4\n");
        Files.copy(GoldenTree.PROOFS.resolve("good_inclusion_index_2.tlog-proof"), dir.resolve("proof"));
        Files.write(dir.resolve("leaf"), GoldenTree.leaf(2));
        Cli cli = new Cli(dir);
        Fuzz.run("trust-file-cli", Fuzz.cases(100), mutations::next, (input, random) -> {
            Files.write(dir.resolve("fuzz.vkey"), input);
            Cli.Result result = cli.run("verify-proof", "proof", "--leaf", "leaf", "--trust", "fuzz.vkey");
            Fuzz.assertOutcome(result, Set.of(0, 1, 3, 6));
            if (result.code() == 0) {
                Fuzz.expect(new String(input, StandardCharsets.UTF_8).lines().map(String::strip)
                        .anyMatch(vkey::equalsIgnoreCase), "exit 0 only when the file names the signing key");
            }
        });
    }
}
