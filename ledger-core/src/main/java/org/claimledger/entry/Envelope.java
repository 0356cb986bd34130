package org.claimledger.entry;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.canonical.Jcs;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.Hex;
import org.claimledger.crypto.KeyFingerprint;
import org.claimledger.crypto.Sha256;

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
        return parseSigned(signedLeaf(seq, prevHash, time, type, body, key));
    }

    /**
     * The leaf bytes of {@link #sign}, not yet parsed: for a caller that parses them with {@link #parseSigned}
     * elsewhere (on another thread, say), and always before the leaf is stored.
     */
    public static byte[] signedLeaf(long seq, byte[] prevHash, Instant time, EntryType type, SignableBody body,
            Ed25519PrivateKey key) {
        String prev = Hex.encode(prevHash);
        String seqText = Jcs.canonicalString(JsonNodeFactory.instance.numberNode(seq));
        String timeText = EntryTime.format(time);
        String signer = KeyFingerprint.of(key.publicKey());
        byte[] members = body.commitMembers();
        StringBuilder envelopeDigests = new StringBuilder(6 * 80);
        envelopeDigests.append(",\"/").append(PREV).append("\":\"").append(digest(quoted(prev)))
                .append("\",\"/").append(SEQ).append("\":\"").append(digest(seqText))
                .append("\",\"/").append(SIGNER).append("\":\"").append(digest(quoted(signer)))
                .append("\",\"/").append(TIME).append("\":\"").append(digest(quoted(timeText)))
                .append("\",\"/").append(TYPE).append("\":\"").append(digest(quoted(type.code())))
                .append("\",\"/").append(V).append("\":\"").append(digest(Integer.toString(VERSION))).append("\"}");
        byte[] tail = envelopeDigests.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] commit = new byte[1 + members.length + tail.length];
        commit[0] = '{';
        System.arraycopy(members, 0, commit, 1, members.length);
        System.arraycopy(tail, 0, commit, 1 + members.length, tail.length);
        byte[] signature = key.sign(FieldCommitment.signedBytes(commit, 0, commit.length));

        byte[] canonicalBody = body.canonical();
        String after = ",\"" + PREV + "\":\"" + prev + "\",\"" + SEQ + "\":" + seqText + ",\"" + SIG + "\":\""
                + Base64.getEncoder().encodeToString(signature) + "\",\"" + SIGNER + "\":\"" + signer + "\",\"" + TIME
                + "\":\"" + timeText + "\",\"" + TYPE + "\":\"" + type.code() + "\",\"" + V + "\":" + VERSION + "}";
        byte[] head = ("{\"" + BODY + "\":").getBytes(StandardCharsets.US_ASCII);
        byte[] middle = (",\"" + COMMIT + "\":").getBytes(StandardCharsets.US_ASCII);
        byte[] end = after.getBytes(StandardCharsets.US_ASCII);
        byte[] leaf = new byte[head.length + canonicalBody.length + middle.length + commit.length + end.length];
        int at = 0;
        for (byte[] part : new byte[][] {head, canonicalBody, middle, commit, end}) {
            System.arraycopy(part, 0, leaf, at, part.length);
            at += part.length;
        }
        return leaf;
    }

    /** A leaf just signed, parsed like any stored one: one that does not parse is a bug here, never stored. */
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
