package org.claimledger.entry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.canonical.CanonicalReader;
import org.claimledger.canonical.Jcs;
import org.claimledger.crypto.Hex;
import org.claimledger.input.Excerpt;
import org.claimledger.json.FieldException;
import org.claimledger.json.JsonFields;
import org.claimledger.merkle.TreeHash;

/**
 * One ledger entry as stored: its exact leaf bytes (canonical JSON) and the members read from them.
 * Parsing checks the layout only; whether the entry is genuine is the verifier's question.
 */
public final class Entry {
    /**
     * Jackson's mapper, for the general path only: it is built when a leaf first needs it, since making one costs more
     * CPU at start than a short verify spends on its entries, and stored leaves are canonical.
     */
    private static final class General {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** The members the field commitment does not cover. */
    private static final Set<String> UNCOMMITTED = Set.of(Envelope.COMMIT, Envelope.SIG);
    private static final Set<String> MEMBERS = Set.of(Envelope.V, Envelope.SEQ, Envelope.PREV, Envelope.TIME,
            Envelope.TYPE, Envelope.SIGNER, Envelope.BODY, Envelope.COMMIT, Envelope.SIG);

    private final byte[] leaf;
    private final ObjectNode envelope;
    private final long seq;
    private final String prev;
    private final String time;
    private final String type;
    private final String signer;
    private final ObjectNode body;
    /** The stored commitment's tree, from the general path only: a canonical leaf's is read when asked for. */
    private final JsonNode commit;
    private final byte[] sig;
    private final java.time.Instant instant;
    /**
     * Where each field's bytes are in the leaf (null when the leaf was not canonical, so not read in one pass). The
     * envelope of a canonical leaf then has no "commit" member: the digests are located, not built.
     */
    private final CanonicalReader.Read located;
    private byte[] hash;

    private Entry(byte[] leaf, ObjectNode envelope, long seq, String prev, String time, String type, String signer,
            ObjectNode body, JsonNode commit, byte[] sig, java.time.Instant instant, CanonicalReader.Read located) {
        this.leaf = leaf;
        this.envelope = envelope;
        this.seq = seq;
        this.prev = prev;
        this.time = time;
        this.type = type;
        this.signer = signer;
        this.body = body;
        this.commit = commit;
        this.sig = sig;
        this.instant = instant;
        this.located = located;
    }

    /**
     * Parses leaf bytes, which must be the canonical JSON of an entry envelope. A canonical leaf is read in one pass
     * ({@link CanonicalReader}), which also locates every field's bytes; anything else is read again with a general
     * parser only to say what is wrong with it.
     */
    public static Entry parse(byte[] leaf) throws MalformedEntryException {
        CanonicalReader.Read read;
        try {
            read = CanonicalReader.readObject(leaf, UNCOMMITTED, Envelope.COMMIT);
        } catch (CanonicalReader.NotCanonicalException e) {
            return parseGeneral(leaf);
        }
        return parse(leaf, read.root(), read);
    }

    /** The general path: Jackson, then the canonical form compared byte for byte. */
    private static Entry parseGeneral(byte[] leaf) throws MalformedEntryException {
        JsonNode tree;
        try {
            tree = General.MAPPER.readTree(leaf);
        } catch (IOException e) {
            throw new MalformedEntryException("leaf", "leaf is not JSON: " + firstLine(e.getMessage()));
        }
        if (tree == null || !tree.isObject()) {
            throw new MalformedEntryException("leaf", "leaf is not a JSON object");
        }
        return parse(leaf, (ObjectNode) tree, null);
    }

    private static Entry parse(byte[] leaf, ObjectNode envelope, CanonicalReader.Read read)
            throws MalformedEntryException {
        for (var it = envelope.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!MEMBERS.contains(name)) {
                throw new MalformedEntryException(name, "unknown entry member '" + Excerpt.of(name) + "'");
            }
        }
        JsonNode v = envelope.get(Envelope.V);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() != Envelope.VERSION) {
            throw new MalformedEntryException(Envelope.V, "entry format version must be " + Envelope.VERSION + ", got "
                    + (v == null ? "none" : v.toString()));
        }
        JsonNode seq = envelope.get(Envelope.SEQ);
        if (seq == null || !seq.canConvertToLong() || !seq.isIntegralNumber() || seq.longValue() < 0) {
            throw new MalformedEntryException(Envelope.SEQ, "seq must be a non-negative integer");
        }
        String prev = text(envelope, Envelope.PREV);
        if (!Hex.isHash(prev)) {
            throw new MalformedEntryException(Envelope.PREV, "prev must be 64 lowercase hex digits");
        }
        String time = text(envelope, Envelope.TIME);
        java.time.Instant instant;
        try {
            instant = EntryTime.parse(time);
        } catch (IllegalArgumentException e) {
            throw new MalformedEntryException(Envelope.TIME, e.getMessage());
        }
        String type = text(envelope, Envelope.TYPE);
        String signer = text(envelope, Envelope.SIGNER);
        JsonNode body = envelope.get(Envelope.BODY);
        if (body == null || !body.isObject()) {
            throw new MalformedEntryException(Envelope.BODY, "body must be an object");
        }
        JsonNode commit = read == null ? envelope.get(Envelope.COMMIT) : null;
        int[] commitRange = read == null ? null : read.member(Envelope.COMMIT);
        if (read == null ? commit == null || !commit.isObject() : commitRange == null || leaf[commitRange[0]] != '{') {
            throw new MalformedEntryException(Envelope.COMMIT, "commit must be an object");
        }
        byte[] sig;
        try {
            sig = Base64.getDecoder().decode(text(envelope, Envelope.SIG));
        } catch (IllegalArgumentException e) {
            throw new MalformedEntryException(Envelope.SIG, "sig is not base64");
        }
        if (read == null) {
            byte[] canonical;
            try {
                canonical = Jcs.canonicalize(envelope);
            } catch (IllegalArgumentException e) {
                // A number RFC 8785 cannot write, such as 1e400 (infinite as a double): found by the entry fuzz suite.
                throw new MalformedEntryException("leaf", "leaf bytes are not canonical JSON (RFC 8785): " + e.getMessage());
            }
            if (!Arrays.equals(canonical, leaf)) {
                throw new MalformedEntryException("leaf", "leaf bytes are not in canonical JSON form (RFC 8785)");
            }
        }
        return new Entry(leaf, envelope, seq.longValue(), prev, time, type, signer, (ObjectNode) body, commit, sig, instant,
                read);
    }

    private static String text(ObjectNode envelope, String member) throws MalformedEntryException {
        JsonNode node = envelope.get(member);
        if (node == null || !node.isTextual()) {
            throw new MalformedEntryException(member, member + " must be a string");
        }
        return node.textValue();
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    public byte[] leaf() {
        return leaf.clone();
    }

    public int leafLength() {
        return leaf.length;
    }

    public String leafText() {
        return new String(leaf, StandardCharsets.UTF_8);
    }

    /** The RFC 9162 leaf hash of the leaf bytes: what the next entry's prev and the Merkle tree commit to. */
    public byte[] hash() {
        if (hash == null) {
            hash = TreeHash.leafHash(leaf);
        }
        return hash.clone();
    }

    public ObjectNode envelope() {
        return located == null ? envelope.deepCopy() : whole();
    }

    /** A canonical leaf's whole tree, digests included, read again (for display and findings, not the scan). */
    private ObjectNode whole() {
        try {
            return CanonicalReader.readObject(leaf, Set.of()).root();
        } catch (CanonicalReader.NotCanonicalException e) {
            throw new IllegalStateException("a leaf read as canonical was not on a second reading", e);
        }
    }

    public long seq() {
        return seq;
    }

    public String prev() {
        return prev;
    }

    public String time() {
        return time;
    }

    /** The entry's time; parsing already checked its form. */
    public java.time.Instant instant() {
        return instant;
    }

    /** The type code as written; {@link EntryType#fromCode} gives null for codes this version does not know. */
    public String typeCode() {
        return type;
    }

    public EntryType type() {
        return EntryType.fromCode(type);
    }

    public String signer() {
        return signer;
    }

    public ObjectNode body() {
        return body.deepCopy();
    }

    /**
     * The body's fields to read, without the copy {@link #body} makes (verify reads every claim's body once): the
     * nodes are the entry's own, so nothing may change them.
     */
    public JsonFields bodyFields() throws FieldException {
        return JsonFields.of(body, "/body");
    }

    /** The stored commitment node (unchecked: see {@link FieldCommitment#read}); of a canonical leaf, its slice read. */
    public JsonNode commitNode() {
        if (located == null) {
            return commit.deepCopy();
        }
        int[] range = located.member(Envelope.COMMIT);
        try {
            return CanonicalReader.readObject(Arrays.copyOfRange(leaf, range[0], range[1]), Set.of()).root();
        } catch (CanonicalReader.NotCanonicalException e) {
            throw new IllegalStateException("a leaf read as canonical held a commitment that is not", e);
        }
    }

    /**
     * The digests of the fields as they are now. The leaf is canonical, so each field's canonical form is its slice
     * of the leaf: hashed where it lies, not serialized again.
     */
    public FieldCommitment recomputedCommitment() {
        if (located == null) {
            return FieldCommitment.of(envelope);
        }
        return FieldCommitment.ofSlices(leaf, located);
    }

    /**
     * True when the stored commitment is exactly the digests of the fields as they are now (so {@link #storedCommitment}
     * reads and equals {@link #recomputedCommitment}); false says only that the two must be compared in full.
     */
    public boolean commitmentMatchesFields() {
        return located != null && FieldCommitment.matchesSlices(leaf, located);
    }

    /**
     * The bytes the entry's signature covers, made from the stored commitment (check it with
     * {@link #storedCommitment} first): the commitment's own canonical bytes, as they lie in the leaf.
     */
    public byte[] signedBytes() throws MalformedEntryException {
        if (located == null) {
            return storedCommitment().signedBytes();
        }
        int[] range = located.member(Envelope.COMMIT);
        return FieldCommitment.signedBytes(leaf, range[0], range[1]);
    }

    /** The digests stored in the entry, which its signature covers. */
    public FieldCommitment storedCommitment() throws MalformedEntryException {
        try {
            return FieldCommitment.read(located == null ? commit : commitNode());
        } catch (IllegalArgumentException e) {
            throw new MalformedEntryException(Envelope.COMMIT, e.getMessage());
        }
    }

    /**
     * The value now at a JSON pointer, as canonical JSON text, or null when there is none. Of a canonical leaf the
     * tree holds everything but the commitment, so only a pointer into the commitment reads the leaf again.
     */
    public String valueAt(String pointer) {
        boolean inCommit = pointer.equals("/" + Envelope.COMMIT) || pointer.startsWith("/" + Envelope.COMMIT + "/");
        JsonNode node = (located == null || !inCommit ? envelope : whole()).at(pointer);
        return node.isMissingNode() ? null : (node.isTextual() ? node.textValue() : Jcs.canonicalString(node));
    }

    public byte[] sig() {
        return sig.clone();
    }
}
