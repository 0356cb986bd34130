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
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        envelope.put(V, VERSION);
        envelope.put(SEQ, seq);
        envelope.put(PREV, Hex.encode(prevHash));
        envelope.put(TIME, EntryTime.format(time));
        envelope.put(TYPE, type.code());
        envelope.put(SIGNER, KeyFingerprint.of(key.publicKey()));
        envelope.set(BODY, body.deepCopy());
        FieldCommitment commitment = FieldCommitment.of(envelope);
        byte[] signature = key.sign(commitment.signedBytes());
        envelope.set(COMMIT, commitment.toJson());
        envelope.put(SIG, Base64.getEncoder().encodeToString(signature));
        try {
            return Entry.parse(Jcs.canonicalize(envelope));
        } catch (MalformedEntryException e) {
            throw new IllegalStateException("a freshly signed entry failed to parse: " + e.getMessage(), e);
        }
    }
}
