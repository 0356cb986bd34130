package org.claimledger.entry;

import java.security.DigestException;
import java.security.MessageDigest;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.canonical.CanonicalReader;
import org.claimledger.canonical.Jcs;
import org.claimledger.crypto.Hex;
import org.claimledger.crypto.Sha256;

/**
 * The per-field digests an entry's signature covers: one SHA-256 per scalar (and per empty object or array),
 * keyed by its RFC 6901 JSON pointer. Because the signature covers the digests and not the values, an edit to a
 * value leaves the signature valid and the edited field's digest wrong, so verify can name the field.
 */
public final class FieldCommitment {
    private final Map<String, String> digests;

    private FieldCommitment(Map<String, String> digests) {
        this.digests = digests;
    }

    /** Computes the digests of every field of the envelope (the entry without "commit" and "sig"). */
    public static FieldCommitment of(ObjectNode envelope) {
        Map<String, String> digests = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = envelope.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getKey().equals(Envelope.COMMIT) && !field.getKey().equals(Envelope.SIG)) {
                flatten("/" + escape(field.getKey()), field.getValue(), digests);
            }
        }
        return new FieldCommitment(digests);
    }

    /** The digests of the fields a canonical reader located in the leaf: each the SHA-256 of its slice. */
    static FieldCommitment ofSlices(byte[] leaf, CanonicalReader.Read located) {
        Map<String, String> digests = new TreeMap<>();
        MessageDigest sha256 = Sha256.newDigest();
        for (int i = 0; i < located.fields(); i++) {
            sha256.update(leaf, located.start(i), located.end(i) - located.start(i));
            digests.put(located.pointer(i), Hex.encode(sha256.digest()));
        }
        return new FieldCommitment(digests);
    }

    /**
     * True when the stored commitment, read as a flat object of strings ({@link CanonicalReader.Read#flat}), holds
     * exactly the digests of the fields a canonical reader located: the same pointers, each with the lowercase hex of
     * its slice's SHA-256. Then {@link #read} of the stored node equals {@link #ofSlices}; this is that comparison for
     * the common case, without building either (the located pointers are distinct, so equal counts and each one found
     * make the two the same set).
     */
    static boolean matchesSlices(byte[] leaf, CanonicalReader.Read located) {
        CanonicalReader.Flat stored = located.flat();
        if (stored == null || stored.size() != located.fields()) {
            return false;
        }
        MessageDigest sha256 = Sha256.newDigest();
        // One buffer for every field's digest: verify runs this for each field of each entry it reads.
        byte[] digest = new byte[Sha256.LENGTH];
        try {
            for (int i = 0; i < located.fields(); i++) {
                int member = stored.indexOf(located.pointer(i));
                if (member < 0) {
                    return false;
                }
                sha256.update(leaf, located.start(i), located.end(i) - located.start(i));
                sha256.digest(digest, 0, digest.length);
                // The value's bytes after its opening quote: the digits, then the closing quote.
                int digits = stored.valueStart(member) + 1;
                int close = digits + 2 * digest.length;
                if (!Hex.isEncodingAt(leaf, digits, digest) || close >= leaf.length || leaf[close] != '"') {
                    return false;
                }
            }
        } catch (DigestException e) {
            throw new IllegalStateException("a SHA-256 digest did not fit in " + Sha256.LENGTH + " bytes", e);
        }
        return true;
    }

    /** Reads a stored commitment; throws IllegalArgumentException when it is not an object of hex digests. */
    public static FieldCommitment read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("commit must be an object");
        }
        Map<String, String> digests = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            if (!value.isTextual() || value.textValue().length() != 64) {
                throw new IllegalArgumentException("commit digest for " + field.getKey() + " must be 64 hex digits");
            }
            digests.put(field.getKey(), value.textValue());
        }
        return new FieldCommitment(digests);
    }

    private static void flatten(String pointer, JsonNode value, Map<String, String> digests) {
        if (value.isObject() && value.size() > 0) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                flatten(pointer + "/" + escape(field.getKey()), field.getValue(), digests);
            }
        } else if (value.isArray() && value.size() > 0) {
            for (int i = 0; i < value.size(); i++) {
                flatten(pointer + "/" + i, value.get(i), digests);
            }
        } else {
            digests.put(pointer, Hex.encode(Sha256.hash(Jcs.canonicalize(value))));
        }
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    public Map<String, String> digests() {
        return java.util.Collections.unmodifiableMap(digests);
    }

    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        digests.forEach(node::put);
        return node;
    }

    /** The bytes an entry signature covers: a fixed context line, then the canonical commitment. */
    public byte[] signedBytes() {
        byte[] body = Jcs.canonicalize(toJson());
        return signedBytes(body, 0, body.length);
    }

    /** The same, from the commitment's canonical bytes at [start, end) of an array. */
    static byte[] signedBytes(byte[] canonical, int start, int end) {
        byte[] context = Envelope.SIGNATURE_CONTEXT;
        byte[] message = new byte[context.length + end - start];
        System.arraycopy(context, 0, message, 0, context.length);
        System.arraycopy(canonical, start, message, context.length, end - start);
        return message;
    }
}
