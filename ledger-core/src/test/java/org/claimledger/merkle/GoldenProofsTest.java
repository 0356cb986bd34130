package org.claimledger.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.claimledger.note.GoldenNotes;
import org.claimledger.note.MalformedNoteException;
import org.claimledger.note.VerifierKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** fixtures/proofs: reproducible, good proofs verify and format back unchanged, bad ones fail with their exact message. */
class GoldenProofsTest {
    private static final Path DIR = GoldenProofs.DIR;

    @BeforeAll
    static void writeFixturesIfAsked() throws IOException, TreeReadException {
        GoldenNotes.writeIfAsked(DIR, GoldenProofs.files());
    }

    private static List<VerifierKey> trusted() throws IOException, MalformedNoteException {
        String vkey = Files.readString(GoldenNotes.DIR.resolve("test-ledger.vkey"), StandardCharsets.UTF_8).strip();
        return List.of(VerifierKey.parse(vkey));
    }

    private static List<Path> list(String regex) throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.getFileName().toString().matches(regex)).sorted().toList();
        }
    }

    @Test
    void fixtureFiles_areExactlyWhatTheGeneratorWrites() throws IOException, TreeReadException {
        Map<String, byte[]> expected = GoldenProofs.files();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : expected.entrySet()) {
            Path path = DIR.resolve(file.getKey());
            if (!Files.exists(path) || !Arrays.equals(file.getValue(), Files.readAllBytes(path))) {
                failures.add(file.getKey() + " is missing or differs from the generator's output");
            }
        }
        for (Path path : list("[^.].*")) {
            String name = path.getFileName().toString();
            if (!name.equals("README.md") && !expected.containsKey(name)) {
                failures.add(name + " is not made by the generator");
            }
        }
        assertEquals(List.of(), failures, "rewrite with -Dclaimledger.writeFixtures=true if the change is meant");
    }

    @Test
    void goodProofs_verify_andFormatBackByteForByte() throws Exception {
        List<Path> inclusion = list("good_.*\\.tlog-proof");
        for (Path file : inclusion) {
            byte[] bytes = Files.readAllBytes(file);
            TlogProof proof = TlogProof.parse(bytes);
            proof.verify(GoldenProofs.leafHash(proof.index()), GoldenNotes.ORIGIN, trusted());
            assertArrayEquals(bytes, proof.bytes(), file.toString());
        }
        MerkleTree tree = new MerkleTree(GoldenProofs.store(), GoldenNotes.TREE_SIZE);
        List<Path> consistency = list("good_consistency_.*\\.txt");
        for (Path file : consistency) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            ConsistencyProof proof = ConsistencyProof.parse(text);
            proof.verify(tree.root(proof.oldSize()), tree.root(proof.newSize()));
            assertEquals(text, proof.format(), file.toString());
        }
        assertEquals(2, inclusion.size());
        assertEquals(2, consistency.size());
        TlogProof withExtra = TlogProof.parse(Files.readAllBytes(DIR.resolve("good_inclusion_index_4_with_extra.tlog-proof")));
        assertEquals("claimledger entry 4", new String(withExtra.extra().orElseThrow(), StandardCharsets.UTF_8));
    }

    @Test
    void errorProofs_failWithTheExactMessageInTheirErrFile() throws Exception {
        MerkleTree tree = new MerkleTree(GoldenProofs.store(), GoldenNotes.TREE_SIZE);
        List<VerifierKey> trusted = trusted();
        List<String> failures = new ArrayList<>();
        List<Path> cases = list("error_.*\\.(tlog-proof|txt)");
        for (Path file : cases) {
            String name = file.getFileName().toString();
            Path err = file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".err");
            if (!Files.exists(err)) {
                failures.add(name + " has no .err file");
                continue;
            }
            String expected = Files.readString(err, StandardCharsets.UTF_8);
            expected = expected.substring(0, expected.length() - 1);
            byte[] bytes = Files.readAllBytes(file);
            try {
                if (name.endsWith(".tlog-proof")) {
                    TlogProof proof = TlogProof.parse(bytes);
                    proof.verify(GoldenProofs.leafHash(proof.index()), GoldenNotes.ORIGIN, trusted);
                } else {
                    ConsistencyProof proof = ConsistencyProof.parse(new String(bytes, StandardCharsets.UTF_8));
                    proof.verify(tree.root(Math.min(proof.oldSize(), 5)), tree.root(Math.min(proof.newSize(), 5)));
                }
                failures.add(name + ": accepted, want \"" + expected + "\"");
            } catch (MalformedProofException | ProofException e) {
                if (!e.getMessage().equals(expected)) {
                    failures.add(name + ": got \"" + e.getMessage() + "\", want \"" + expected + "\"");
                }
            }
        }
        assertTrue(cases.size() >= 25, "expected at least 25 error proofs, found " + cases.size());
        assertEquals(List.of(), failures);
    }
}
