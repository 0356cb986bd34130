package org.claimledger.keys;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.InvalidSignatureException;
import org.claimledger.crypto.KeyFingerprint;
import org.claimledger.entry.KeyBody;
import org.claimledger.json.FieldException;
import org.claimledger.json.JsonFields;

/**
 * The proof a ledger-key entry carries: the new ledger key's signature over a statement naming the origin, the
 * key it replaces and itself. The old key's signature on the entry says "I hand over"; the proof says "and I,
 * the successor, hold the key and accept", so nobody can name as successor a key they do not hold.
 */
public final class LedgerKeySuccession {
    static final String CONTEXT = "claimledger/ledger-key/v1\n";

    private LedgerKeySuccession() {
    }

    /** The signed statement: the context line, then origin, old key id and new key id, each ended by a newline. */
    public static byte[] statement(String origin, String oldKeyId, String newKeyId) {
        return (CONTEXT + origin + "\n" + oldKeyId + "\n" + newKeyId + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The proof for a body: base64 of the new key's signature over the statement. */
    public static String prove(String origin, String oldKeyId, Ed25519PrivateKey newKey) {
        byte[] signature = newKey.sign(statement(origin, oldKeyId, KeyFingerprint.of(newKey.publicKey())));
        return Base64.getEncoder().encodeToString(signature);
    }

    /**
     * Checks a ledger-key body: the new key is named after the origin (it signs checkpoints under that name) and
     * the proof verifies. Throws naming body.key.name or body.proof.
     */
    public static void check(String origin, String oldKeyId, KeyBody newKey, JsonFields body) throws FieldException {
        if (!newKey.name().equals(origin)) {
            throw new FieldException(body.at("key") + "/name", "the new ledger key must be named after the origin "
                    + origin + " (it signs checkpoints under that name), got '" + newKey.name() + "'");
        }
        if (!body.has("proof")) {
            throw new FieldException(body.at("proof"), "the ledger-key entry carries no proof that the holder of key "
                    + newKey.id() + " accepts the succession");
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(body.text("proof"));
        } catch (IllegalArgumentException e) {
            throw new FieldException(body.at("proof"), "body.proof is not base64");
        }
        try {
            newKey.publicKey().verify(statement(origin, oldKeyId, newKey.id()), signature);
        } catch (InvalidSignatureException e) {
            throw new FieldException(body.at("proof"), "body.proof is not a signature by the new key " + newKey.id()
                    + " over the succession statement (origin " + origin + ", old key " + oldKeyId + ")");
        }
    }
}
