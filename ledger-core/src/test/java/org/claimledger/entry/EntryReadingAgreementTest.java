package org.claimledger.entry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.canonical.Jcs;
import org.claimledger.testing.LedgerVectors;
import org.junit.jupiter.api.Test;

/**
 * Entry.parse reads a canonical leaf's field digests without building them (their bytes are located and compared
 * in place). On the ledger vectors and on seeded random edits of them (most aimed at the digests), it must accept
 * exactly the leaves a reading with Jackson accepts, give the same tree and stored digests, and say the digests match
 * the fields exactly when the Jackson tree's digests equal the fields' digests computed from that tree.
 */
class EntryReadingAgreementTest {
    private static final ObjectMapper JACKSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Set<String> MEMBERS = Set.of("v", "seq", "prev", "time", "type", "signer", "body", "commit",
            "sig");

    @Test
    void vectorLeaves_areReadAsJacksonReadsThem_andTheirDigestsMatch() throws Exception {
        for (byte[] leaf : LedgerVectors.leaves()) {
            assertTrue(Entry.parse(leaf).commitmentMatchesFields());
            assertAgrees(leaf, "vector");
        }
    }

    @Test
    void editedLeaves_areAcceptedAndMatchedExactlyAsTheJacksonReadingSays() throws Exception {
        long seed = Long.getLong("fuzz.seed", 20261130L);
        Random random = new Random(seed);
        List<byte[]> originals = LedgerVectors.leaves();
        int accepted = 0;
        int matching = 0;
        int cases = Integer.getInteger("entry.cases", 3000);
        for (int i = 0; i < cases; i++) {
            byte[] original = originals.get(random.nextInt(originals.size()));
            byte[] edited = edit(original, random);
            Boolean matches = assertAgrees(edited, "seed " + seed + ", case " + i);
            if (matches != null) {
                accepted++;
                matching += matches ? 1 : 0;
            }
        }
        // Enough of each kind for the comparison to have been tested.
        assertTrue(accepted > cases / 5 && matching > 20 && accepted - matching > cases / 10,
                "accepted " + accepted + ", matching " + matching + " of " + cases);
    }

    /** Returns null when the leaf was refused, else whether its digests matched its fields. */
    private static Boolean assertAgrees(byte[] leaf, String label) throws Exception {
        ObjectNode reference = referenceEnvelope(leaf);
        Entry entry;
        try {
            entry = Entry.parse(leaf);
        } catch (MalformedEntryException e) {
            if (reference != null) {
                fail(label + ": refused (" + e.field() + ": " + e.getMessage() + ") what Jackson accepts: "
                        + new String(leaf, StandardCharsets.UTF_8));
            }
            return null;
        }
        if (reference == null) {
            fail(label + ": accepted what Jackson refuses: " + new String(leaf, StandardCharsets.UTF_8));
        }
        assertEquals(reference, entry.envelope(), label);
        assertEquals(reference.get("commit"), entry.commitNode(), label);
        Map<String, String> stored = textDigests(reference.get("commit"));
        Map<String, String> now = FieldCommitment.of(reference).digests();
        boolean matches = now.equals(stored);
        assertEquals(matches, entry.commitmentMatchesFields(), label + ": " + new String(leaf, StandardCharsets.UTF_8));
        assertEquals(now, entry.recomputedCommitment().digests(), label);
        try {
            FieldCommitment read = entry.storedCommitment();
            assertEquals(FieldCommitment.read(reference.get("commit")).digests(), read.digests(), label);
            assertArrayEquals(read.signedBytes(), entry.signedBytes(), label);
        } catch (MalformedEntryException e) {
            // Refused exactly when the general reading of the same node refuses it.
            try {
                FieldCommitment.read(reference.get("commit"));
                fail(label + ": the stored digests were refused, but read from Jackson's tree");
            } catch (IllegalArgumentException expected) {
                assertEquals(expected.getMessage(), e.getMessage(), label);
            }
        }
        for (String pointer : now.keySet()) {
            JsonNode node = reference.at(pointer);
            assertEquals(node.isTextual() ? node.textValue() : Jcs.canonicalString(node), entry.valueAt(pointer), label);
        }
        return matches;
    }

    /** The commit node's members whose values are text, as the digests the old comparison looked up. */
    private static Map<String, String> textDigests(JsonNode commit) {
        Map<String, String> digests = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = commit.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            // A non-text value can never equal a digest: keep it as something no digest is.
            digests.put(member.getKey(), member.getValue().isTextual() ? member.getValue().textValue() : "\u0000");
        }
        return digests;
    }

    /** Jackson's tree when the leaf is canonical JSON of an envelope of the right layout, else null. */
    private static ObjectNode referenceEnvelope(byte[] leaf) {
        JsonNode tree;
        try {
            tree = JACKSON.readTree(leaf);
            if (tree == null || !tree.isObject() || !Arrays.equals(Jcs.canonicalize(tree), leaf)) {
                return null;
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
            if (!MEMBERS.contains(names.next())) {
                return null;
            }
        }
        JsonNode v = tree.get("v");
        JsonNode seq = tree.get("seq");
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() != 1
                || seq == null || !seq.isIntegralNumber() || !seq.canConvertToLong() || seq.longValue() < 0) {
            return null;
        }
        for (String text : List.of("prev", "time", "type", "signer", "sig")) {
            if (tree.get(text) == null || !tree.get(text).isTextual()) {
                return null;
            }
        }
        if (!tree.get("prev").textValue().matches("[0-9a-f]{64}")) {
            return null;
        }
        try {
            EntryTime.parse(tree.get("time").textValue());
            Base64.getDecoder().decode(tree.get("sig").textValue());
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (tree.get("body") == null || !tree.get("body").isObject() || tree.get("commit") == null
                || !tree.get("commit").isObject()) {
            return null;
        }
        return (ObjectNode) tree;
    }

    /** One edit, mostly inside the digests: a digit, a value's type or length, a member added, removed or renamed. */
    private static byte[] edit(byte[] original, Random random) {
        String text = new String(original, StandardCharsets.UTF_8);
        int commit = text.indexOf("\"commit\":{") + "\"commit\":".length();
        int commitEnd = text.indexOf('}', commit) + 1;
        String[] replacements = {"1", "{}", "[]", "\"ab\"", "\"\"", "null", "{\"x\":\"y\"}", "[\"a\"]", "\"\\u0001\""};
        switch (random.nextInt(9)) {
            case 0 -> { // a hex digit of a digest changed, sometimes to an upper-case or non-hex letter
                int at = commit + 1 + random.nextInt(commitEnd - commit - 2);
                while (text.charAt(at) == '"' || text.charAt(at) == ':' || text.charAt(at) == ',') {
                    at--;
                }
                char c = "0123456789abcdefAg".charAt(random.nextInt(18));
                return (text.substring(0, at) + c + text.substring(at + 1)).getBytes(StandardCharsets.UTF_8);
            }
            case 1 -> { // a digest replaced by another kind of value
                List<int[]> values = values(text, commit, commitEnd);
                int[] value = values.get(random.nextInt(values.size()));
                return (text.substring(0, value[0]) + replacements[random.nextInt(replacements.length)]
                        + text.substring(value[1])).getBytes(StandardCharsets.UTF_8);
            }
            case 2 -> { // a member removed
                List<int[]> members = members(text, commit, commitEnd);
                int[] member = members.get(random.nextInt(members.size()));
                int from = member[0];
                int to = member[1];
                if (text.charAt(to) == ',') {
                    to++;
                } else if (text.charAt(from - 1) == ',') {
                    from--;
                }
                return (text.substring(0, from) + text.substring(to)).getBytes(StandardCharsets.UTF_8);
            }
            case 3 -> { // a member added where it sorts, or out of order
                String name = random.nextBoolean() ? "/body/zz" : "/a" + random.nextInt(3);
                String digest = "\"" + "0".repeat(64) + "\"";
                return (text.substring(0, commit + 1) + "\"" + name + "\":" + digest + ","
                        + text.substring(commit + 1)).getBytes(StandardCharsets.UTF_8);
            }
            case 4 -> { // the whole commitment replaced
                return (text.substring(0, commit) + replacements[random.nextInt(replacements.length)]
                        + text.substring(commitEnd)).getBytes(StandardCharsets.UTF_8);
            }
            case 5 -> { // a member renamed (a digit or letter of its pointer)
                List<int[]> members = members(text, commit, commitEnd);
                int[] member = members.get(random.nextInt(members.size()));
                int at = member[0] + 2 + random.nextInt(3);
                return (text.substring(0, at) + "abz0~/".charAt(random.nextInt(6)) + text.substring(at + 1))
                        .getBytes(StandardCharsets.UTF_8);
            }
            case 6 -> { // a signed field changed (its digest no longer matches)
                int body = text.indexOf("\"body\":{") + 8;
                int at = body + random.nextInt(commit - body - 12);
                char c = text.charAt(at);
                char to = Character.isDigit(c) ? (char) ('0' + random.nextInt(10)) : Character.isLetter(c) ? 'q' : c;
                return (text.substring(0, at) + to + text.substring(at + 1)).getBytes(StandardCharsets.UTF_8);
            }
            case 7 -> { // any byte anywhere
                byte[] out = original.clone();
                out[random.nextInt(out.length)] = (byte) random.nextInt(256);
                return out;
            }
            default -> {
                return original.clone();
            }
        }
    }

    /** [start, end) of each member ("name":"value") of the commitment. */
    private static List<int[]> members(String text, int commit, int commitEnd) {
        List<int[]> members = new ArrayList<>();
        int at = commit + 1;
        while (at < commitEnd - 1) {
            int end = text.indexOf('"', text.indexOf(':', at) + 2) + 1;
            members.add(new int[] {at, end});
            at = end + 1;
        }
        return members;
    }

    private static List<int[]> values(String text, int commit, int commitEnd) {
        List<int[]> values = new ArrayList<>();
        for (int[] member : members(text, commit, commitEnd)) {
            values.add(new int[] {text.indexOf(':', member[0]) + 1, member[1]});
        }
        return values;
    }
}
