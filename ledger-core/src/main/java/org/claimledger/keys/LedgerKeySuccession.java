package org.claimledger.keys;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.Ed25519PublicKey;
import org.claimledger.crypto.InvalidSignatureException;
import org.claimledger.crypto.KeyFingerprint;
import org.claimledger.entry.ChainLink;
import org.claimledger.entry.KeyBody;
import org.claimledger.json.FieldException;
import org.claimledger.json.JsonFields;

/**
 * The proof a ledger-key entry carries: the new ledger key's signature over a statement naming the origin, the
 * place in the history where the hand-over happens (the entry's seq and prev), the key it replaces and itself.
 * The old key's signature on the entry says "I hand over"; the proof says "and I, the successor, hold the key and
 * accept, here and nowhere else". So nobody can name as successor a key they do not hold, and a retired key
 * cannot carry a copied proof into a history of its own making: prev commits to every entry before the hand-over.
 */
public final class LedgerKeySuccession {
    static final String CONTEXT = "claimledger/ledger-key/v2\n";
    /** Version 1 named only origin and keys, so it could be replayed; it is recognized only to say so. */
    static final String CONTEXT_V1 = "claimledger/ledger-key/v1\n";

    private LedgerKeySuccession() {
    }

    /** The signed statement: the context line, then origin, seq, prev, old key id and new key id, each ended by LF. */
    public static byte[] statement(String origin, ChainLink place, String oldKeyId, String newKeyId) {
        return (CONTEXT + origin + "\n" + place.seq() + "\n" + place.prev() + "\n" + oldKeyId + "\n" + newKeyId + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] statementV1(String origin, String oldKeyId, String newKeyId) {
        return (CONTEXT_V1 + origin + "\n" + oldKeyId + "\n" + newKeyId + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The proof for a body: base64 of the new key's signature over the statement. */
    public static String prove(String origin, ChainLink place, String oldKeyId, Ed25519PrivateKey newKey) {
        byte[] signature = newKey.sign(statement(origin, place, oldKeyId, KeyFingerprint.of(newKey.publicKey())));
        return Base64.getEncoder().encodeToString(signature);
    }

    /**
     * Checks a ledger-key body at its place in the ledger: the new key is named after the origin (it signs
     * checkpoints under that name) and the proof verifies over the version 2 statement. Throws naming
     * body.key.name or body.proof.
     */
    public static void check(String origin, ChainLink place, String oldKeyId, KeyBody newKey, JsonFields body)
            throws FieldException {
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
        Ed25519PublicKey key = newKey.publicKey();
        if (verifies(key, statement(origin, place, oldKeyId, newKey.id()), signature)) {
            return;
        }
        if (verifies(key, statementV1(origin, oldKeyId, newKey.id()), signature)) {
            throw new FieldException(body.at("proof"), "body.proof is a version 1 proof (claimledger/ledger-key/v1), "
                    + "which names only the origin and the two keys, so anyone holding the old key can copy it into a "
                    + "ledger of their own; only version 2 proofs, bound to the entry's seq and prev, are accepted");
        }
        throw new FieldException(body.at("proof"), "body.proof is not a signature by the new key " + newKey.id()
                + " over the succession statement for this place in this ledger (origin " + origin + ", entry "
                + place.seq() + ", prev " + place.prev() + ", old key " + oldKeyId + "): the proof was made at "
                + "another place in another history, for another hand-over, or by another key");
    }

    private static boolean verifies(Ed25519PublicKey key, byte[] statement, byte[] signature) {
        try {
            key.verify(statement, signature);
            return true;
        } catch (InvalidSignatureException e) {
            return false;
        }
    }
}
