package org.claimledger.note;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The golden cosignatures in fixtures/cosignatures: reproducible byte for byte; the good one verifies with the
 * witness's published vkey on the checkpoint the log signed; each bad one is refused with its exact message.
 */
class GoldenCosignaturesTest {
    private static final Path DIR = GoldenCosignatures.DIR;

    @BeforeAll
    static void writeFixturesIfAsked() throws IOException {
        GoldenNotes.writeIfAsked(DIR, GoldenCosignatures.files());
    }

    @Test
    void fixtureFiles_areExactlyWhatTheGeneratorWrites() throws IOException {
        Map<String, byte[]> expected = GoldenCosignatures.files();
        List<String> failures = new ArrayList<>();
        expected.forEach((name, content) -> {
            Path path = DIR.resolve(name);
            try {
                if (!Files.exists(path)) {
                    failures.add(name + " is missing");
                } else if (!Arrays.equals(content, Files.readAllBytes(path))) {
                    failures.add(name + " differs from the generator's output");
                }
            } catch (IOException e) {
                failures.add(name + ": " + e);
            }
        });
        try (Stream<Path> onDisk = Files.list(DIR)) {
            onDisk.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("README.md") && !expected.containsKey(name))
                    .forEach(name -> failures.add(name + " is not made by the generator"));
        }
        assertEquals(List.of(), failures, "rewrite with -Dclaimledger.writeFixtures=true if the change is meant");
    }

    @Test
    void goodCosignature_verifiesWithThePublishedWitnessKey_onTheCheckpointTheLogSigned() throws Exception {
        SignedNote note = SignedNote.parse(Files.readAllBytes(DIR.resolve("good_cosigned_checkpoint.txt")));
        note.verify(List.of(ledgerKey()));
        assertEquals(GoldenCosignatures.TIMESTAMP, witnessKey().cosignedAt(note));
    }

    @Test
    void errorFixtures_areRefusedWithTheExactMessageInTheirErrFile() throws Exception {
        List<String> failures = new ArrayList<>();
        CosignerKey witness = witnessKey();
        List<String> cases;
        try (Stream<Path> files = Files.list(DIR)) {
            cases = files.map(p -> p.getFileName().toString()).filter(name -> name.matches("error_.*\\.txt")).sorted()
                    .toList();
        }
        assertEquals(GoldenCosignatures.errorNames().stream().sorted().toList(), cases);
        for (String name : cases) {
            String expected = Files.readString(DIR.resolve(name.replace(".txt", ".err")), StandardCharsets.UTF_8).strip();
            SignedNote note = SignedNote.parse(Files.readAllBytes(DIR.resolve(name)));
            note.verify(List.of(ledgerKey()));
            try {
                long at = witness.cosignedAt(note);
                failures.add(name + ": accepted, at " + at);
            } catch (NoteException e) {
                if (!expected.equals(e.getMessage())) {
                    failures.add(name + ": " + e.getMessage() + "\n  expected: " + expected);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    private static VerifierKey ledgerKey() throws IOException, MalformedNoteException {
        return VerifierKey.parse(Files.readString(GoldenNotes.DIR.resolve("test-ledger.vkey"), StandardCharsets.UTF_8)
                .strip());
    }

    private static CosignerKey witnessKey() throws IOException, MalformedNoteException {
        return CosignerKey.parse(Files.readString(DIR.resolve("witness.vkey"), StandardCharsets.UTF_8).strip());
    }
}
