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
    private final ObjectNode body;
    private final byte[] canonical;
    /** The commitment's members for /body/..., canonical JSON ("pointer":"digest" joined by commas). */
    private final byte[] commitMembers;

    private SignableBody(ObjectNode body, byte[] canonical, byte[] commitMembers) {
        this.body = body;
        this.canonical = canonical;
        this.commitMembers = commitMembers;
    }

    /** Prepares a body (a copy is kept: later changes to the node do not reach what is signed). */
    public static SignableBody of(ObjectNode body) {
        ObjectNode copy = body.deepCopy();
        byte[] canonical = Jcs.canonicalize(copy);
        Map<String, String> digests = new TreeMap<>();
        MessageDigest sha256 = Sha256.newDigest();
        if (copy.isEmpty()) {
            digests.put("/" + Envelope.BODY, Hex.encode(sha256.digest(canonical)));
        } else {
            CanonicalReader.Read read;
            try {
                read = CanonicalReader.readObject(canonical, Set.of());
            } catch (CanonicalReader.NotCanonicalException e) {
                throw new IllegalStateException("a body's canonical form did not read as canonical: " + e.getMessage(), e);
            }
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
        return new SignableBody(copy, canonical, members.toString().getBytes(StandardCharsets.UTF_8));
    }

    ObjectNode body() {
        return body;
    }

    byte[] canonical() {
        return canonical;
    }

    byte[] commitMembers() {
        return commitMembers;
    }
}
