package org.claimledger.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.KeyFingerprint;
import org.claimledger.entry.KeyBody;
import org.claimledger.json.FieldException;
import org.claimledger.json.JsonFields;
import org.junit.jupiter.api.Test;

/** The succession statement and proof of spec/lifecycle.md §10.5, with the vector printed there. */
class LedgerKeySuccessionTest {
    private static final String ORIGIN = "newsroom.example/claims";
    private static final Ed25519PrivateKey OLD = key(1);
    private static final Ed25519PrivateKey NEW = key(10);

    private static Ed25519PrivateKey key(int fill) {
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) fill);
        return Ed25519PrivateKey.fromSeed(seed);
    }

    private static JsonFields body(KeyBody key, String proof) throws FieldException {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("key", key.toJson());
        body.put("reason", "rotation");
        if (proof != null) {
            body.put("proof", proof);
        }
        return JsonFields.of(body, "/body");
    }

    @Test
    void statement_isTheContextLineThenOriginOldIdNewId_eachEndedByANewline() {
        String oldId = KeyFingerprint.of(OLD.publicKey());
        String newId = KeyFingerprint.of(NEW.publicKey());
        assertEquals("claimledger/ledger-key/v1\n" + ORIGIN + "\n" + oldId + "\n" + newId + "\n",
                new String(LedgerKeySuccession.statement(ORIGIN, oldId, newId), StandardCharsets.UTF_8));
        assertEquals(116, LedgerKeySuccession.statement(ORIGIN, oldId, newId).length);
    }

    @Test
    void proof_fromFixedKeys_isTheSpecVector_andChecks() throws FieldException {
        String oldId = KeyFingerprint.of(OLD.publicKey());
        String proof = LedgerKeySuccession.prove(ORIGIN, oldId, NEW);
        assertEquals(VECTOR_PROOF, proof);
        LedgerKeySuccession.check(ORIGIN, oldId, new KeyBody(ORIGIN, NEW.publicKey()), body(new KeyBody(ORIGIN,
                NEW.publicKey()), proof));
    }

    @Test
    void check_refusesProofsForAnotherOldKeyOrOrigin_orByAnotherKey_namingBodyProof() throws FieldException {
        String oldId = KeyFingerprint.of(OLD.publicKey());
        KeyBody next = new KeyBody(ORIGIN, NEW.publicKey());
        String otherOld = LedgerKeySuccession.prove(ORIGIN, KeyFingerprint.of(key(2).publicKey()), NEW);
        String otherOrigin = LedgerKeySuccession.prove("other.example/claims", oldId, NEW);
        String otherSigner = LedgerKeySuccession.prove(ORIGIN, oldId, key(3));
        for (String proof : new String[] {otherOld, otherOrigin, otherSigner}) {
            FieldException e = assertThrows(FieldException.class,
                    () -> LedgerKeySuccession.check(ORIGIN, oldId, next, body(next, proof)));
            assertEquals("body.proof", e.fieldName());
        }
        FieldException missing = assertThrows(FieldException.class,
                () -> LedgerKeySuccession.check(ORIGIN, oldId, next, body(next, null)));
        assertEquals("body.proof", missing.fieldName());
        KeyBody misnamed = new KeyBody("ledger-2", NEW.publicKey());
        FieldException name = assertThrows(FieldException.class, () -> LedgerKeySuccession.check(ORIGIN, oldId, misnamed,
                body(misnamed, LedgerKeySuccession.prove(ORIGIN, oldId, NEW))));
        assertEquals("body.key.name", name.fieldName());
    }

    /** Reproduced independently with Python's cryptography package (Ed25519, seeds 32 x 0x01 and 32 x 0x0a). */
    private static final String VECTOR_PROOF =
            "kBqz5HZDqPoQR56Pg+lmQSYRfxP/PNCl4lUeyCOQJ9Cp0VIgX1WK677S2YekktKRp2v64S0s5kbIomWBT+kDBA==";
}
