package org.claimledger.entry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.canonical.Jcs;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.Hex;
import org.claimledger.crypto.KeyFingerprint;
import org.claimledger.crypto.Sha256;
import org.claimledger.merkle.TreeHash;

/** Builds and signs entry envelopes; the member names and the signature context live here and only here. */
public final class Envelope {
    public static final int VERSION = 1;
    public static final String V = "v";
    public static final String SEQ = "seq";
    public static final String PREV = "prev";
    public static final String TIME = "time";
    public static final String TYPE = "type";
    public static final String SIGNER = "signer";
    public static final String BODY = "body";
    public static final String COMMIT = "commit";
    public static final String SIG = "sig";
    /** The prev of entry 0: 32 zero bytes. */
    public static final String GENESIS_PREV = "0".repeat(64);

    static final byte[] SIGNATURE_CONTEXT = "claimledger/entry/v1\n".getBytes(StandardCharsets.US_ASCII);

    private Envelope() {
    }

    /** Signs a new entry and returns it with its exact leaf bytes. */
    public static Entry sign(long seq, byte[] prevHash, Instant time, EntryType type, ObjectNode body, Ed25519PrivateKey key) {
        return sign(seq, prevHash, time, type, SignableBody.of(body), key);
    }

    /**
     * Signs a prepared body as the entry at seq. The commitment and the leaf are written out directly in canonical
     * form: the envelope's own members are a fixed set of ASCII strings and integers, and everything the body
     * contributes was made canonical when it was prepared (its pointers all sort before the envelope's: "/body/..."
     * comes before "/prev"). The leaf is then parsed like any stored one, so a slip here could never be signed.
     */
    public static Entry sign(long seq, byte[] prevHash, Instant time, EntryType type, SignableBody body,
            Ed25519PrivateKey key) {
        return parseSigned(signLeaf(seq, prevHash, time, type, body, key).leaf());
    }

    /** A leaf just signed and its leaf hash (RFC 9162: SHA-256 of 0x00 and the leaf). */
    public record SignedLeaf(byte[] leaf, byte[] hash) {
    }

    /**
     * The leaf bytes of {@link #sign}, not yet parsed, and their leaf hash: for a caller that signs many bodies in a
     * row and parses only the first leaf with {@link #parseSigned} (the bulk append: each leaf is this same
     * construction, and EnvelopeTest holds it byte for byte to the canonical form made the long way). Only what
     * depends on the chain (prev, seq, time) and the signature are worked out here: the envelope digests that depend
     * on the signer, type and version alone are worked out once, and the hash of the leaf's first bytes (the body and
     * its members, see {@link SignableBody#withLeafStartHashed()}) ahead when the body was prepared so.
     */
    public static SignedLeaf signLeaf(long seq, byte[] prevHash, Instant time, EntryType type, SignableBody body,
            Ed25519PrivateKey key) {
        String prev = Hex.encode(prevHash);
        String seqText = Jcs.canonicalString(JsonNodeFactory.instance.numberNode(seq));
        String timeText = EntryTime.format(time);
        Signer signer = Signer.of(key);
        byte[] members = body.commitMembers();
        StringBuilder envelopeDigests = new StringBuilder(6 * 80);
        envelopeDigests.append(",\"/").append(PREV).append("\":\"").append(digest(quoted(prev)))
                .append("\",\"/").append(SEQ).append("\":\"").append(digest(seqText))
                .append("\",\"/").append(SIGNER).append("\":\"").append(signer.digest())
                .append("\",\"/").append(TIME).append("\":\"").append(digest(quoted(timeText)))
                .append("\",\"/").append(TYPE).append("\":\"").append(TYPE_DIGESTS.get(type))
                .append("\",\"/").append(V).append("\":\"").append(VERSION_DIGEST).append("\"}");
        byte[] tail = envelopeDigests.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] context = SIGNATURE_CONTEXT;
        // The signed message is the context and the commitment: the commitment is written straight after it.
        byte[] message = new byte[context.length + 1 + members.length + tail.length];
        System.arraycopy(context, 0, message, 0, context.length);
        message[context.length] = '{';
        System.arraycopy(members, 0, message, context.length + 1, members.length);
        System.arraycopy(tail, 0, message, context.length + 1 + members.length, tail.length);
        byte[] signature = key.sign(message);

        byte[] canonicalBody = body.canonical();
        String after = ",\"" + PREV + "\":\"" + prev + "\",\"" + SEQ + "\":" + seqText + ",\"" + SIG + "\":\""
                + Base64.getEncoder().encodeToString(signature) + "\",\"" + SIGNER + "\":\"" + signer.name() + "\",\""
                + TIME + "\":\"" + timeText + "\",\"" + TYPE + "\":\"" + type.code() + "\",\"" + V + "\":" + VERSION + "}";
        byte[] end = after.getBytes(StandardCharsets.US_ASCII);
        int commitLength = message.length - context.length;
        byte[] leaf = new byte[LEAF_HEAD.length + canonicalBody.length + LEAF_MIDDLE.length + commitLength + end.length];
        int at = 0;
        for (byte[] part : new byte[][] {LEAF_HEAD, canonicalBody, LEAF_MIDDLE}) {
            System.arraycopy(part, 0, leaf, at, part.length);
            at += part.length;
        }
        System.arraycopy(message, context.length, leaf, at, commitLength);
        at += commitLength;
        System.arraycopy(end, 0, leaf, at, end.length);
        return new SignedLeaf(leaf, leafHash(leaf, body));
    }

    /** The leaf hash, from the hash of the leaf's first bytes when the body was prepared with it. */
    private static byte[] leafHash(byte[] leaf, SignableBody body) {
        MessageDigest start = body.leafStart();
        if (start == null) {
            return TreeHash.leafHash(leaf);
        }
        int done = leafStartLength(body);
        MessageDigest digest;
        try {
            digest = (MessageDigest) start.clone();
        } catch (CloneNotSupportedException e) {
            return TreeHash.leafHash(leaf);
        }
        digest.update(leaf, done, leaf.length - done);
        return digest.digest();
    }

    /**
     * SHA-256 of 0x00 (RFC 9162's leaf prefix) and the first bytes every leaf of this body starts with, whatever its
     * place in the chain: {"body":BODY,"commit":{MEMBERS (see {@link #signLeaf}).
     */
    static MessageDigest leafStartDigest(SignableBody body) {
        MessageDigest digest = Sha256.newDigest();
        digest.update(TreeHash.LEAF_PREFIX);
        digest.update(LEAF_HEAD);
        digest.update(body.canonical());
        digest.update(LEAF_MIDDLE);
        digest.update((byte) '{');
        digest.update(body.commitMembers());
        return digest;
    }

    private static int leafStartLength(SignableBody body) {
        return LEAF_HEAD.length + body.canonical().length + LEAF_MIDDLE.length + 1 + body.commitMembers().length;
    }

    private static final byte[] LEAF_HEAD = ("{\"" + BODY + "\":").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LEAF_MIDDLE = (",\"" + COMMIT + "\":").getBytes(StandardCharsets.US_ASCII);
    private static final Map<EntryType, String> TYPE_DIGESTS = new EnumMap<>(EntryType.class);
    private static final String VERSION_DIGEST = digest(Integer.toString(VERSION));

    static {
        for (EntryType type : EntryType.values()) {
            TYPE_DIGESTS.put(type, digest(quoted(type.code())));
        }
    }

    /** A key's fingerprint as entries name it, and the digest of that member; the last key's is kept. */
    private record Signer(Ed25519PrivateKey key, String name, String digest) {
        private static volatile Signer last;

        static Signer of(Ed25519PrivateKey key) {
            Signer signer = last;
            if (signer == null || signer.key() != key) {
                String name = KeyFingerprint.of(key.publicKey());
                signer = new Signer(key, name, Envelope.digest(quoted(name)));
                last = signer;
            }
            return signer;
        }
    }

    /**
     * A leaf just signed, parsed like any stored one: one that does not parse is a bug here. Every entry signed one at a
     * time is parsed here before it is stored; of a bulk run (Appender.appendInBulk) only
     * the first leaf is, which catches a slip in the construction, since it shows on every leaf. A leaf that would fail
     * to parse only for its own seq, time or body is caught by EnvelopeTest, not here.
     */
    public static Entry parseSigned(byte[] leaf) {
        try {
            return Entry.parse(leaf);
        } catch (MalformedEntryException e) {
            throw new IllegalStateException("a freshly signed entry failed to parse: " + e.getMessage(), e);
        }
    }

    private static String quoted(String ascii) {
        return "\"" + ascii + "\"";
    }

    private static String digest(String canonical) {
        return Hex.encode(Sha256.hash(canonical.getBytes(StandardCharsets.UTF_8)));
    }
}
