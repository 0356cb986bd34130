package org.claimledger.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class FieldCommitmentTest {
    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) new ObjectMapper().readTree(text);
    }

    @Test
    void of_digestsEveryScalarByJsonPointer_skippingCommitAndSig() throws Exception {
        ObjectNode envelope = json("{\"v\":1,\"body\":{\"a/b\":\"x\",\"t~\":[1,{}],\"e\":[]},\"commit\":{},\"sig\":\"s\"}");
        Set<String> pointers = FieldCommitment.of(envelope).digests().keySet();
        assertEquals(new TreeSet<>(Set.of("/v", "/body/a~1b", "/body/t~0/0", "/body/t~0/1", "/body/e")), pointers);
    }

    @Test
    void changingOneValue_changesExactlyItsDigest() throws Exception {
        ObjectNode before = json("{\"body\":{\"figures\":[{\"value\":\"9000000\",\"text\":\"9 milioni\"}]},\"time\":\"t\"}");
        ObjectNode after = before.deepCopy();
        ((ObjectNode) after.path("body").path("figures").path(0)).put("value", "8000000");
        Map<String, String> a = FieldCommitment.of(before).digests();
        Map<String, String> b = FieldCommitment.of(after).digests();
        for (String pointer : a.keySet()) {
            if (pointer.equals("/body/figures/0/value")) {
                assertNotEquals(a.get(pointer), b.get(pointer));
            } else {
                assertEquals(a.get(pointer), b.get(pointer), pointer);
            }
        }
    }

    @Test
    void digest_isSha256OfTheCanonicalValue() throws Exception {
        // SHA-256 of the 9 bytes "9000000" with its quotes: the JCS form of the JSON string.
        String digest = FieldCommitment.of(json("{\"x\":\"9000000\"}")).digests().get("/x");
        assertEquals(org.claimledger.crypto.Hex.encode(org.claimledger.crypto.Sha256.hash(
                "\"9000000\"".getBytes(java.nio.charset.StandardCharsets.UTF_8))), digest);
    }
}
