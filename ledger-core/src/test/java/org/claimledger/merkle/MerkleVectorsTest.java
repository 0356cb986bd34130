package org.claimledger.merkle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every case in fixtures/vectors/merkle (transparency-dev/merkle testdata, copied with its licence notice), collected and asserted once. */
class MerkleVectorsTest {
    private static final Path VECTORS = Path.of("..", "fixtures", "vectors", "merkle");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void inclusionVectors_acceptExactlyTheWantErrFalseCases() throws IOException {
        List<String> failures = new ArrayList<>();
        List<Path> cases = jsonFiles(VECTORS.resolve("inclusion"));
        for (Path file : cases) {
            JsonNode v = JSON.readTree(file.toFile());
            InclusionProof proof = InclusionProof.of(v.get("leafIdx").asLong(), v.get("treeSize").asLong(), hashes(v.get("proof")));
            check(file, v.get("wantErr").asBoolean(), () -> proof.verify(bytes(v.get("leafHash")), bytes(v.get("root"))), failures);
        }
        assertTrue(cases.size() >= 98, "expected at least 98 inclusion vectors, found " + cases.size());
        assertEquals(List.of(), failures);
    }

    @Test
    void consistencyVectors_acceptExactlyTheWantErrFalseCases() throws IOException {
        List<String> failures = new ArrayList<>();
        List<Path> cases = jsonFiles(VECTORS.resolve("consistency"));
        for (Path file : cases) {
            JsonNode v = JSON.readTree(file.toFile());
            ConsistencyProof proof = ConsistencyProof.of(v.get("size1").asLong(), v.get("size2").asLong(), hashes(v.get("proof")));
            check(file, v.get("wantErr").asBoolean(), () -> proof.verify(bytes(v.get("root1")), bytes(v.get("root2"))), failures);
        }
        assertTrue(cases.size() >= 98, "expected at least 98 consistency vectors, found " + cases.size());
        assertEquals(List.of(), failures);
    }

    private interface Verification {
        void run() throws ProofException;
    }

    private static void check(Path file, boolean wantErr, Verification verification, List<String> failures) {
        try {
            verification.run();
            if (wantErr) {
                failures.add(file + ": accepted, want rejected");
            }
        } catch (ProofException e) {
            if (!wantErr) {
                failures.add(file + ": rejected (" + e.getMessage() + "), want accepted");
            }
        } catch (RuntimeException e) {
            failures.add(file + ": threw " + e);
        }
    }

    private static List<Path> jsonFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        if (array != null && !array.isNull()) {
            array.forEach(h -> hashes.add(bytes(h)));
        }
        return hashes;
    }

    private static byte[] bytes(JsonNode base64) {
        return base64 == null || base64.isNull() ? null : Base64.getDecoder().decode(base64.asText());
    }
}
