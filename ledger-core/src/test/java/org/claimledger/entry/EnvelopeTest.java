package org.claimledger.entry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.canonical.Jcs;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.Hex;
import org.claimledger.crypto.KeyFingerprint;
import org.claimledger.merkle.TreeHash;
import org.junit.jupiter.api.Test;

/**
 * Signing writes the commitment and the leaf out directly; the bytes must be exactly those of SPEC.md §5 computed
 * the long way (the envelope as a tree, every field's digest from its own RFC 8785 form, the whole serialized).
 * Ed25519 signatures are deterministic, so the two leaves must be byte for byte the same.
 */
class EnvelopeTest {
    private static final Ed25519PrivateKey KEY = Ed25519PrivateKey.fromSeed(new byte[32]);
    private static final Ed25519PrivateKey OTHER = Ed25519PrivateKey.fromSeed(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
            11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});

    @Test
    void sign_writesTheLeafSpecMdDefines_forEveryKindOfBody() throws Exception {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode awkward = nodes.objectNode();
        awkward.putObject("a/b").put("~x", "tab\t \"quoted\" back\\slash \u0001 è più «» “così” 😀");
        awkward.putObject("empty");
        awkward.putArray("list").add(1).add(-2_147_483_649L).add(new BigInteger("9007199254740993")).addArray();
        awkward.put("ratio", 1.5).put("tiny", 1e-7).put("t", true).putNull("n");
        for (int i = 0; i < 12; i++) {
            awkward.withArray("many").add(nodes.objectNode().put("i", i));
        }
        List<ObjectNode> bodies = new java.util.ArrayList<>(List.of(awkward, nodes.objectNode(),
                (ObjectNode) nodes.objectNode().set("only", nodes.arrayNode())));
        JsonNode seedClaims = new ObjectMapper().readTree(Files.readString(Path.of("..", "fixtures", "claims",
                "seed-claims.json")));
        for (JsonNode claim : seedClaims.get("claims")) {
            bodies.add((ObjectNode) claim);
        }
        long seq = 0;
        for (ObjectNode body : bodies) {
            for (EntryType type : List.of(EntryType.CLAIM, EntryType.KEY_REVOKE)) {
                byte[] prev = Hex.decode("%064x".formatted(seq * 7919));
                Instant time = Instant.parse("2025-06-02T09:00:00.123Z").plusSeconds(seq);
                Entry entry = Envelope.sign(seq, prev, time, type, body, KEY);
                assertArrayEquals(theLongWay(seq, prev, time, type, body), entry.leaf(), "entry " + seq);
                assertEquals(entry.recomputedCommitment().digests(), entry.storedCommitment().digests());
                KEY.publicKey().verify(entry.signedBytes(), entry.sig());
                // The bulk path: the body canonicalized on one thread, made ready to sign from those bytes on another,
                // the leaf's start hashed ahead.
                SignableBody prepared = SignableBody.ofCanonical(Jcs.canonicalize(body)).withLeafStartHashed();
                Envelope.SignedLeaf signed = Envelope.signLeaf(seq, prev, time, type, prepared, KEY);
                assertArrayEquals(entry.leaf(), signed.leaf(), "entry " + seq);
                assertArrayEquals(TreeHash.leafHash(entry.leaf()), signed.hash(), "entry " + seq);
                // Another key in between: each leaf names its own signer.
                Envelope.SignedLeaf other = Envelope.signLeaf(seq, prev, time, type, prepared, OTHER);
                assertEquals(KeyFingerprint.of(OTHER.publicKey()), Entry.parse(other.leaf()).signer());
                assertArrayEquals(TreeHash.leafHash(other.leaf()), other.hash());
                seq += 1_000_000_007L;
            }
        }
    }

    private static byte[] theLongWay(long seq, byte[] prev, Instant time, EntryType type, ObjectNode body) {
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        envelope.put("v", 1).put("seq", seq).put("prev", Hex.encode(prev)).put("time", EntryTime.format(time))
                .put("type", type.code()).put("signer", KeyFingerprint.of(KEY.publicKey()));
        envelope.set("body", body.deepCopy());
        FieldCommitment commitment = FieldCommitment.of(envelope);
        envelope.set("commit", commitment.toJson());
        envelope.put("sig", Base64.getEncoder().encodeToString(KEY.sign(commitment.signedBytes())));
        return Jcs.canonicalize(envelope);
    }
}
