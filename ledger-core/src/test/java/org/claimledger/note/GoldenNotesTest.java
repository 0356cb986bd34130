package org.claimledger.note;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The golden notes in fixtures/notes: reproducible, good ones open, bad ones fail with their exact message. */
class GoldenNotesTest {
    private static final Path DIR = GoldenNotes.DIR;

    @BeforeAll
    static void writeFixturesIfAsked() throws IOException {
        GoldenNotes.writeIfAsked(DIR, GoldenNotes.files());
    }

    private static List<VerifierKey> trusted() throws IOException, MalformedNoteException {
        String vkey = Files.readString(DIR.resolve("test-ledger.vkey"), StandardCharsets.UTF_8).strip();
        return List.of(VerifierKey.parse(vkey));
    }

    @Test
    void fixtureFiles_areExactlyWhatTheGeneratorWrites() throws IOException {
        Map<String, byte[]> expected = GoldenNotes.files();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : expected.entrySet()) {
            Path path = DIR.resolve(file.getKey());
            if (!Files.exists(path)) {
                failures.add(file.getKey() + " is missing");
            } else if (!java.util.Arrays.equals(file.getValue(), Files.readAllBytes(path))) {
                failures.add(file.getKey() + " differs from the generator's output");
            }
        }
        try (Stream<Path> onDisk = Files.list(DIR)) {
            onDisk.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("README.md") && !name.startsWith(".") && !expected.containsKey(name))
                    .forEach(name -> failures.add(name + " is not made by the generator"));
        }
        assertEquals(List.of(), failures, "rewrite with -Dclaimledger.writeFixtures=true if the change is meant");
    }

    @Test
    void errorFixtures_failWithTheExactMessageInTheirErrFile() throws IOException, MalformedNoteException {
        List<VerifierKey> trusted = trusted();
        List<String> failures = new ArrayList<>();
        List<Path> cases;
        try (Stream<Path> files = Files.list(DIR)) {
            cases = files.filter(p -> p.getFileName().toString().matches("error_.*\\.txt")).sorted().toList();
        }
        for (Path note : cases) {
            Path err = note.resolveSibling(note.getFileName().toString().replace(".txt", ".err"));
            if (!Files.exists(err)) {
                failures.add(note.getFileName() + " has no .err file");
                continue;
            }
            String expected = Files.readString(err, StandardCharsets.UTF_8);
            expected = expected.substring(0, expected.length() - 1);
            try {
                Checkpoint opened = Checkpoint.open(Files.readAllBytes(note), GoldenNotes.ORIGIN, trusted);
                failures.add(note.getFileName() + ": accepted as " + opened + ", want \"" + expected + "\"");
            } catch (NoteException e) {
                if (!e.getMessage().equals(expected)) {
                    failures.add(note.getFileName() + ": got \"" + e.getMessage() + "\", want \"" + expected + "\"");
                }
            }
        }
        assertTrue(cases.size() >= 30, "expected at least 30 error fixtures, found " + cases.size());
        assertEquals(List.of(), failures);
    }

    @Test
    void goodFixtures_openToTheGoldenCheckpoint_andFormatBackByteForByte() throws IOException, NoteException {
        for (String name : List.of("good_checkpoint.txt", "good_checkpoint_witnessed.txt")) {
            byte[] bytes = Files.readAllBytes(DIR.resolve(name));
            Checkpoint checkpoint = Checkpoint.open(bytes, GoldenNotes.ORIGIN, trusted());
            assertEquals(GoldenNotes.checkpoint(), checkpoint, name);
            assertEquals(GoldenNotes.TREE_SIZE, checkpoint.size(), name);
            assertArrayEquals(bytes, SignedNote.parse(bytes).bytes(), name);
        }
    }

    @Test
    void errorFixtures_areMalformedOrUnverified_asTheirKindSays() throws IOException, MalformedNoteException {
        byte[] wrongKey = Files.readAllBytes(DIR.resolve("error_signed_by_wrong_key.txt"));
        byte[] leadingZero = Files.readAllBytes(DIR.resolve("error_size_leading_zero.txt"));
        List<VerifierKey> trusted = trusted();
        org.junit.jupiter.api.Assertions.assertThrows(NoteVerificationException.class,
                () -> Checkpoint.open(wrongKey, GoldenNotes.ORIGIN, trusted));
        org.junit.jupiter.api.Assertions.assertThrows(MalformedNoteException.class,
                () -> Checkpoint.open(leadingZero, GoldenNotes.ORIGIN, trusted));
    }
}
