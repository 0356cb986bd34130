package org.claimledger.canonical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.testing.LedgerVectors;
import org.junit.jupiter.api.Test;

/**
 * The one-pass reader must accept exactly the objects that Jackson reads and whose RFC 8785 form is their own bytes,
 * build the same tree Jackson builds, and locate each field at the bytes Jcs would write for it. Checked on the
 * ledger vectors, on objects with every kind of value, and on seeded random edits of both.
 */
class CanonicalReaderTest {
    private static final ObjectMapper JACKSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    @Test
    void ledgerVectors_areReadAsJacksonReadsThem_withEveryFieldLocated() throws Exception {
        List<byte[]> leaves = LedgerVectors.leaves();
        assertEquals(5, leaves.size());
        for (byte[] leaf : leaves) {
            assertSameAsGeneralPath(leaf);
        }
    }

    @Test
    void everyKindOfValue_isReadAndLocated() throws Exception {
        byte[] canonical = Jcs.canonicalize(awkward());
        CanonicalReader.Read read = assertSameAsGeneralPath(canonical);
        Set<String> pointers = new HashSet<>();
        for (int i = 0; i < read.fields(); i++) {
            pointers.add(read.pointer(i));
        }
        assertTrue(pointers.containsAll(List.of("/a~1b/~0x", "/empty", "/list/0", "/list/3/inner", "/none/0", "/quote")),
                pointers.toString());
        assertTrue(pointers.stream().noneMatch(p -> p.startsWith("/skipped")), pointers.toString());
    }

    @Test
    void nonCanonicalSpellings_areRefused() {
        for (String text : List.of("{ }", "{\"a\":1 }", "{\"b\":1,\"a\":2}", "{\"a\":1,\"a\":1}", "{\"a\":-0}",
                "{\"a\":1.0}", "{\"a\":1E3}", "{\"a\":1e21}", "{\"a\":01}", "{\"a\":\"\\u0041\"}", "{\"a\":\"\\/\"}",
                "{\"a\":\"\\u001F\"}", "{\"a\":\"\\u0008\"}", "{\"a\":9007199254740993}", "{\"a\":1}\n", "[1]", "",
                "{\"a\":tru}", "{\"a\":\"\u0001\"}", "{\"a\":\"x}", "{\"a\":1e400}")) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertThrows(CanonicalReader.NotCanonicalException.class, () -> CanonicalReader.readObject(bytes, Set.of()),
                    text);
            assertTrue(!generalPathAccepts(bytes), "the general path accepts " + text);
        }
    }

    @Test
    void canonicalSpellings_ofNumbersAndEscapes_areAccepted() throws Exception {
        for (String text : List.of("{\"a\":1e+21}", "{\"a\":1.5}", "{\"a\":-0.000001}", "{\"a\":1e-7}",
                "{\"a\":9007199254740992}", "{\"a\":\"\\u001f\\b\\t\\n\\f\\r\\\"\\\\\"}", "{\"a\":2147483648}",
                "{\"a\":-2147483649}", "{\"a\":\"è😀\u007f\"}", "{\"\":[[],{}]}")) {
            assertSameAsGeneralPath(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void deepNesting_isRefusedWithoutRunningOutOfStack() {
        byte[] deep = ("{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}").getBytes(StandardCharsets.UTF_8);
        assertThrows(CanonicalReader.NotCanonicalException.class, () -> CanonicalReader.readObject(deep, Set.of()));
    }

    @Test
    void randomEdits_areAcceptedExactlyWhenTheGeneralPathAcceptsThem() throws Exception {
        long seed = Long.getLong("canonical.seed", 20261130L);
        Random random = new Random(seed);
        List<byte[]> originals = new ArrayList<>(LedgerVectors.leaves());
        originals.add(Jcs.canonicalize(awkward()));
        String[] inserts = {" ", "\n", ",", "\"", "\\", "\\u0041", "\\u001f", "0", "-", ".5", "e1", "}", "]", "{",
                "[", "null", "\u00e8", "\\n", ":", "\"a\":1,"};
        int accepted = 0;
        for (int i = 0; i < Integer.getInteger("canonical.cases", 4000); i++) {
            byte[] original = originals.get(random.nextInt(originals.size()));
            byte[] edited = edit(original, random, inserts);
            boolean general = generalPathAccepts(edited);
            try {
                CanonicalReader.Read read = CanonicalReader.readObject(edited, Set.of("skipped"));
                if (!general) {
                    fail("seed " + seed + ", case " + i + ": accepted what the general path refuses: "
                            + new String(edited, StandardCharsets.UTF_8));
                }
                assertEquals(JACKSON.readTree(edited), read.root(), "seed " + seed + ", case " + i);
                assertUntreedReadingAgrees(edited, read, "seed " + seed + ", case " + i);
                accepted++;
            } catch (CanonicalReader.NotCanonicalException e) {
                for (String untreed : List.of("skipped", "a/b", "list")) {
                    assertThrows(CanonicalReader.NotCanonicalException.class,
                            () -> CanonicalReader.readObject(edited, Set.of("skipped"), untreed),
                            "seed " + seed + ", case " + i + ": read without a tree of " + untreed);
                }
                if (general) {
                    fail("seed " + seed + ", case " + i + ": refused (" + e.getMessage() + ") what the general path "
                            + "accepts: " + new String(edited, StandardCharsets.UTF_8));
                }
            }
        }
        assertTrue(accepted > 20, "too few edits kept the bytes canonical to test anything: " + accepted);
    }

    @Test
    void aMemberReadWithoutATree_isLocatedAsAFlatObjectOfStrings_onlyWhenItIsOne() throws Exception {
        byte[] flat = "{\"a\":1,\"c\":{\"/x\":\"1\",\"/y\":\"\u00e8\\n\"},\"d\":2}".getBytes(StandardCharsets.UTF_8);
        CanonicalReader.Read read = assertUntreedReadingAgrees(flat, CanonicalReader.readObject(flat, Set.of("skipped")), "flat");
        assertEquals(2, read.flat().size());
        assertEquals(1, read.flat().indexOf("/y"));
        assertTrue(read.flat().indexOf("/z") < 0);
        for (String value : List.of("[{\"/x\":\"1\"}]", "{\"/x\":1}", "{\"/x\":{\"/y\":\"1\"}}", "\"s\"", "[]")) {
            byte[] bytes = ("{\"a\":1,\"c\":" + value + "}").getBytes(StandardCharsets.UTF_8);
            assertEquals(null, assertUntreedReadingAgrees(bytes, CanonicalReader.readObject(bytes, Set.of("skipped")), value)
                    .flat(), value);
        }
    }

    /**
     * Reading member "c" (and each other top-level member in turn) without a tree accepts the same bytes, leaves only
     * that member out of the tree, locates the same fields, and gives it as flat exactly when it is an object of
     * strings, with each value where it is. Plain is the reading of the same bytes with a tree of everything but
     * "skipped". Returns the reading of "c".
     */
    private static CanonicalReader.Read assertUntreedReadingAgrees(byte[] bytes, CanonicalReader.Read plain, String label)
            throws Exception {
        ObjectNode whole = (ObjectNode) JACKSON.readTree(bytes);
        CanonicalReader.Read ofC = null;
        List<String> names = new ArrayList<>();
        whole.fieldNames().forEachRemaining(names::add);
        names.add("c");
        for (String untreed : names) {
            CanonicalReader.Read read = CanonicalReader.readObject(bytes, Set.of("skipped"), untreed);
            ObjectNode expected = whole.deepCopy();
            expected.remove(untreed);
            assertEquals(expected, read.root(), label + ", " + untreed);
            assertEquals(plain.fields(), read.fields(), label);
            for (int i = 0; i < read.fields(); i++) {
                assertEquals(plain.pointer(i), read.pointer(i), label);
                assertEquals(plain.start(i), read.start(i), label);
                assertEquals(plain.end(i), read.end(i), label);
            }
            JsonNode value = whole.get(untreed);
            boolean flat = value != null && value.isObject();
            for (var it = flat ? value.fields() : java.util.Collections.<java.util.Map.Entry<String, JsonNode>>emptyIterator();
                    it.hasNext(); ) {
                flat &= it.next().getValue().isTextual();
            }
            if (!flat) {
                assertEquals(null, read.flat(), label + ", " + untreed);
            } else {
                assertEquals(value.size(), read.flat().size(), label);
                for (var it = value.fields(); it.hasNext(); ) {
                    var member = it.next();
                    int index = read.flat().indexOf(member.getKey());
                    assertTrue(index >= 0, label + ", " + member.getKey());
                    int start = read.flat().valueStart(index);
                    JsonNode there = JACKSON.readTree(Arrays.copyOfRange(bytes, start,
                            start + Jcs.canonicalize(member.getValue()).length));
                    assertEquals(member.getValue(), there, label + ", " + member.getKey());
                }
            }
            if (untreed.equals("c")) {
                ofC = read;
            }
        }
        return ofC;
    }

    /** Mostly one edit (an insertion, a deletion, a changed byte); a few leave the bytes as they were. */
    private static byte[] edit(byte[] original, Random random, String[] inserts) {
        int at = random.nextInt(original.length + 1);
        switch (random.nextInt(5)) {
            case 0 -> {
                byte[] insert = inserts[random.nextInt(inserts.length)].getBytes(StandardCharsets.UTF_8);
                byte[] out = new byte[original.length + insert.length];
                System.arraycopy(original, 0, out, 0, at);
                System.arraycopy(insert, 0, out, at, insert.length);
                System.arraycopy(original, at, out, at + insert.length, original.length - at);
                return out;
            }
            case 1 -> {
                if (at == original.length) {
                    return original.clone();
                }
                byte[] out = new byte[original.length - 1];
                System.arraycopy(original, 0, out, 0, at);
                System.arraycopy(original, at + 1, out, at, original.length - at - 1);
                return out;
            }
            case 2 -> {
                byte[] out = original.clone();
                if (at < out.length) {
                    out[at] = (byte) (random.nextBoolean() ? random.nextInt(128) : random.nextInt(256));
                }
                return out;
            }
            case 3 -> {
                byte[] out = original.clone();
                // A digit changed: still canonical unless it makes a leading zero.
                for (int i = at; i < out.length; i++) {
                    if (out[i] >= '0' && out[i] <= '9') {
                        out[i] = (byte) ('0' + random.nextInt(10));
                        break;
                    }
                }
                return out;
            }
            default -> {
                return original.clone();
            }
        }
    }

    /** Strings with escapes and non-ASCII text, names needing pointer escapes, numbers of each size, empties. */
    private static ObjectNode awkward() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.putObject("a/b").put("~x", "tab\there \"quoted\" back\\slash \u0001 è più «» “così” 😀");
        root.putObject("empty");
        root.putArray("list").add(1).add(-2_147_483_649L).add(new BigInteger("9007199254740992")).add(nodes.objectNode()
                .put("inner", 1.5));
        root.putArray("none").addArray();
        root.put("quote", "9 milioni");
        root.put("small", 1e-7);
        root.put("big", 1e21);
        root.put("zero", 0);
        root.putObject("skipped").put("x", "not located");
        root.put("t", true).put("f", false).putNull("n");
        return root;
    }

    private static CanonicalReader.Read assertSameAsGeneralPath(byte[] canonical) throws Exception {
        CanonicalReader.Read read = CanonicalReader.readObject(canonical, Set.of("skipped"));
        JsonNode general = JACKSON.readTree(canonical);
        assertEquals(general, read.root());
        assertArrayEquals(canonical, Jcs.canonicalize(general));
        for (int i = 0; i < read.fields(); i++) {
            byte[] slice = Arrays.copyOfRange(canonical, read.start(i), read.end(i));
            assertArrayEquals(Jcs.canonicalize(general.at(read.pointer(i))), slice, read.pointer(i));
        }
        for (var names = general.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            int[] range = read.member(name);
            assertArrayEquals(Jcs.canonicalize(general.get(name)), Arrays.copyOfRange(canonical, range[0], range[1]), name);
        }
        assertUntreedReadingAgrees(canonical, read, "canonical");
        return read;
    }

    private static boolean generalPathAccepts(byte[] bytes) {
        try {
            JsonNode tree = JACKSON.readTree(bytes);
            return tree != null && tree.isObject() && Arrays.equals(Jcs.canonicalize(tree), bytes);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
