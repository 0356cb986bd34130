package org.claimledger.entry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.canonical.CanonicalReader;
import org.claimledger.canonical.Jcs;
import org.claimledger.crypto.Hex;
import org.claimledger.crypto.Sha256;

/**
 * An entry body made ready to sign: its canonical bytes and the commitment members of its fields (pointer and
 * digest, in canonical order), none of which depends on where in the ledger the entry will go. Bodies are prepared
 * on every core; only what depends on the previous entry (seq, prev, time, the signature) is left for the one
 * thread that chains them ({@link Envelope#sign(long, byte[], java.time.Instant, EntryType, SignableBody,
 * org.claimledger.crypto.Ed25519PrivateKey)}).
 */
public final class SignableBody {
    private final byte[] canonical;
    /** The commitment's members for /body/..., canonical JSON ("pointer":"digest" joined by commas). */
    private final byte[] commitMembers;
    /** SHA-256 state after the first bytes of every leaf of this body ({@link Envelope#leafStartDigest}), or null. */
    private final MessageDigest leafStart;

    private SignableBody(byte[] canonical, byte[] commitMembers) {
        this(canonical, commitMembers, null);
    }

    private SignableBody(byte[] canonical, byte[] commitMembers, MessageDigest leafStart) {
        this.canonical = canonical;
        this.commitMembers = commitMembers;
        this.leafStart = leafStart;
    }

    /**
     * The same body with the hash of its leaf's first bytes worked out now (on a thread that prepares bodies ahead),
     * so that the thread that chains and signs entries only hashes what depends on the chain.
     */
    public SignableBody withLeafStartHashed() {
        return new SignableBody(canonical, commitMembers, Envelope.leafStartDigest(this));
    }

    /** Prepares a body: its bytes are taken now, so later changes to the node do not reach what is signed. */
    public static SignableBody of(ObjectNode body) {
        try {
            return ofCanonical(Jcs.canonicalize(body));
        } catch (CanonicalReader.NotCanonicalException e) {
            throw new IllegalStateException("a body's canonical form did not read as canonical: " + e.getMessage(), e);
        }
    }

    /**
     * Prepares a body from its canonical bytes (RFC 8785, as {@link Jcs#canonicalize} writes a JSON object): the
     * commitment's members are worked out here, so a body can be canonicalized on one thread (a claims file's
     * check) and made ready to sign on another (the signing's read-back). Bytes that are not a canonical object fail.
     */
    public static SignableBody ofCanonical(byte[] canonical) throws CanonicalReader.NotCanonicalException {
        CanonicalReader.Read read = CanonicalReader.readObject(canonical, Set.of());
        Map<String, String> digests = new TreeMap<>();
        MessageDigest sha256 = Sha256.newDigest();
        if (canonical.length == 2) {
            // {}: the body as a whole is the one field.
            digests.put("/" + Envelope.BODY, Hex.encode(sha256.digest(canonical)));
        } else {
            for (int i = 0; i < read.fields(); i++) {
                sha256.update(canonical, read.start(i), read.end(i) - read.start(i));
                digests.put("/" + Envelope.BODY + read.pointer(i), Hex.encode(sha256.digest()));
            }
        }
        StringBuilder members = new StringBuilder(digests.size() * 100);
        for (Map.Entry<String, String> digest : digests.entrySet()) {
            if (members.length() > 0) {
                members.append(',');
            }
            members.append(Jcs.canonicalString(JsonNodeFactory.instance.textNode(digest.getKey()))).append(":\"")
                    .append(digest.getValue()).append('"');
        }
        return new SignableBody(canonical, members.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Its bytes: the canonical body's and the members'. */
    public int size() {
        return canonical.length + commitMembers.length;
    }

    MessageDigest leafStart() {
        return leafStart;
    }

    byte[] canonical() {
        return canonical;
    }

    byte[] commitMembers() {
        return commitMembers;
    }
}
