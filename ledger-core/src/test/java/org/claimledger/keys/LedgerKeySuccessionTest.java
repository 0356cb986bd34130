package org.claimledger.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.KeyFingerprint;
import org.claimledger.entry.ChainLink;
import org.claimledger.entry.KeyBody;
import org.claimledger.json.FieldException;
import org.claimledger.json.JsonFields;
import org.junit.jupiter.api.Test;

/** The succession statement and proof of SPEC.md §10.5, with the vector printed there. */
class LedgerKeySuccessionTest {
    private static final String ORIGIN = "newsroom.example/claims";
    /** Entry 28, after an entry whose leaf hash is SHA-256 of nothing (a recognizable stand-in). */
    private static final ChainLink HERE = new ChainLink(28,
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
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
    void statement_isTheContextLineThenOriginSeqPrevOldIdNewId_eachEndedByANewline() {
        String oldId = KeyFingerprint.of(OLD.publicKey());
        String newId = KeyFingerprint.of(NEW.publicKey());
        assertEquals("claimledger/ledger-key/v2\n" + ORIGIN + "\n28\n" + HERE.prev() + "\n" + oldId + "\n" + newId + "\n",
                new String(LedgerKeySuccession.statement(ORIGIN, HERE, oldId, newId), StandardCharsets.UTF_8));
        assertEquals(184, LedgerKeySuccession.statement(ORIGIN, HERE, oldId, newId).length);
    }

    @Test
    void proof_fromFixedKeys_isTheSpecVector_andChecks() throws FieldException {
        String oldId = KeyFingerprint.of(OLD.publicKey());
        String proof = LedgerKeySuccession.prove(ORIGIN, HERE, oldId, NEW);
        assertEquals(VECTOR_PROOF, proof);
        LedgerKeySuccession.check(ORIGIN, HERE, oldId, new KeyBody(ORIGIN, NEW.publicKey()), body(new KeyBody(ORIGIN,
                NEW.publicKey()), proof));
    }

    @Test
    void check_refusesProofsMadeElsewhere_forAnotherOldKeyOrOrigin_orByAnotherKey_namingBodyProof()
            throws FieldException {
        String oldId = KeyFingerprint.of(OLD.publicKey());
        KeyBody next = new KeyBody(ORIGIN, NEW.publicKey());
        String otherSeq = LedgerKeySuccession.prove(ORIGIN, new ChainLink(27, HERE.prev()), oldId, NEW);
        String otherPrev = LedgerKeySuccession.prove(ORIGIN, new ChainLink(28, "0".repeat(64)), oldId, NEW);
        String otherOld = LedgerKeySuccession.prove(ORIGIN, HERE, KeyFingerprint.of(key(2).publicKey()), NEW);
        String otherOrigin = LedgerKeySuccession.prove("other.example/claims", HERE, oldId, NEW);
        String otherSigner = LedgerKeySuccession.prove(ORIGIN, HERE, oldId, key(3));
        for (String proof : new String[] {otherSeq, otherPrev, otherOld, otherOrigin, otherSigner}) {
            FieldException e = assertThrows(FieldException.class,
                    () -> LedgerKeySuccession.check(ORIGIN, HERE, oldId, next, body(next, proof)));
            assertEquals("body.proof", e.fieldName());
            assertTrue(e.getMessage().contains("the proof was made at another place in another history"),
                    e.getMessage());
        }
        FieldException missing = assertThrows(FieldException.class,
                () -> LedgerKeySuccession.check(ORIGIN, HERE, oldId, next, body(next, null)));
        assertEquals("body.proof", missing.fieldName());
        KeyBody misnamed = new KeyBody("ledger-2", NEW.publicKey());
        FieldException name = assertThrows(FieldException.class, () -> LedgerKeySuccession.check(ORIGIN, HERE, oldId,
                misnamed, body(misnamed, LedgerKeySuccession.prove(ORIGIN, HERE, oldId, NEW))));
        assertEquals("body.key.name", name.fieldName());
    }

    @Test
    void check_refusesAVersion1Proof_sayingWhy() {
        String oldId = KeyFingerprint.of(OLD.publicKey());
        KeyBody next = new KeyBody(ORIGIN, NEW.publicKey());
        FieldException e = assertThrows(FieldException.class,
                () -> LedgerKeySuccession.check(ORIGIN, HERE, oldId, next, body(next, VECTOR_PROOF_V1)));
        assertEquals("body.proof", e.fieldName());
        assertTrue(e.getMessage().startsWith("body.proof is a version 1 proof (claimledger/ledger-key/v1)"),
                e.getMessage());
    }

    /** Reproduced independently with Python's cryptography package (Ed25519, seeds 32 x 0x01 and 32 x 0x0a). */
    private static final String VECTOR_PROOF =
            "QNkKXMl4EUSjGOQ8mUdIZEO7MN+JP7z5BnEWJgZxPf8DbLqHfjdX/DZ/shSExFiPIwOTNq5zTc49GIp4qVAnCw==";
    /** The version 1 proof for the same keys and origin, as builds before version 2 wrote it (refused now). */
    private static final String VECTOR_PROOF_V1 =
            "kBqz5HZDqPoQR56Pg+lmQSYRfxP/PNCl4lUeyCOQJ9Cp0VIgX1WK677S2YekktKRp2v64S0s5kbIomWBT+kDBA==";
}
