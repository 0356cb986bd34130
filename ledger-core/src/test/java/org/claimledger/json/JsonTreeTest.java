package org.claimledger.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The state files' reader and writer against what an ObjectMapper reads and writes, which they replace. */
class JsonTreeTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String DOCUMENT = "{\"v\": 2, \"origin\": \"news.example/claims \\u00e8\\n\\\"\", "
            + "\"size\": 9000000000, \"huge\": 18446744073709551617, \"ratio\": 0.25, \"ok\": true, \"none\": null, "
            + "\"ledgerKeys\": [\"a\", \"b\"], \"empty\": [], \"verified\": {\"size\": 20, \"root\": \"x\"}}";

    @Test
    void readsTheTreeAnObjectMapperReads_nodeTypesIncluded() throws IOException {
        JsonNode ours = JsonTree.read(DOCUMENT.getBytes(StandardCharsets.UTF_8));
        JsonNode theirs = MAPPER.readTree(DOCUMENT);
        assertEquals(theirs, ours);
        assertEquals(theirs.get("v").getClass(), ours.get("v").getClass());
        assertEquals(theirs.get("size").getClass(), ours.get("size").getClass());
        assertEquals(theirs.get("huge").getClass(), ours.get("huge").getClass());
    }

    @Test
    void writesTheBytesTheDefaultPrettyPrinterWrites_soStateFilesStayAsTheyWere() throws IOException {
        JsonNode tree = MAPPER.readTree(DOCUMENT);
        assertEquals(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n", JsonTree.pretty(tree));
    }

    @Test
    void refusesDuplicateMembers_trailingContent_andEmptyOrCutDocuments_inOneLineSayingWhere() {
        for (String bad : new String[] {"{\"size\": 20, \"size\": 1}", "{\"v\": 1} {\"v\": 2}", "{\"v\": 1} x", "",
                "   ", "{\"v\": 1", "[1, 2"}) {
            IOException refused = assertThrows(IOException.class,
                    () -> JsonTree.read(bad.getBytes(StandardCharsets.UTF_8)), bad);
            assertTrue(refused.getMessage().matches("line \\d+, column \\d+: [^\\n\\[]+"), refused.getMessage());
        }
    }

    @Test
    void bytesChangedAnywhere_parseOrFailWithOneLine_neverAnotherException() throws IOException {
        byte[] pin = JsonTree.pretty(MAPPER.readTree(DOCUMENT)).getBytes(StandardCharsets.UTF_8);
        long seed = Long.getLong("fuzz.seed", 1);
        Random random = new Random(seed);
        byte[] alphabet = "{}[]\",:0123456789.-+eE \n\\tfnru\u0000\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        for (int trial = 0; trial < 3000; trial++) {
            byte[] bytes = pin.clone();
            for (int change = 1 + random.nextInt(3); change > 0; change--) {
                bytes[random.nextInt(bytes.length)] = random.nextBoolean()
                        ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt(256);
            }
            try {
                JsonTree.read(bytes);
            } catch (IOException refused) {
                assertTrue(!refused.getMessage().contains("\n"), "seed " + seed + ", trial " + trial + ": "
                        + refused.getMessage());
            }
        }
    }
}
