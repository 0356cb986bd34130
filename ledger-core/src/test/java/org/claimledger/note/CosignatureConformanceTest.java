package org.claimledger.note;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.Hex;
import org.junit.jupiter.api.Test;

/**
 * Cosignatures checked against c2sp.org/tlog-cosignature as written, by an implementation of its rules in this test
 * that shares no code with ClaimLedger's (the JDK's own Ed25519 and SHA-256, java.util.Base64): the key ID
 * SHA-256(name || 0x0A || 0x04 || key)[:4], the signed message "cosignature/v1\ntime T\n" + note text, and the
 * signature line's bytes key ID || u64 big-endian timestamp || Ed25519 signature. Plus the published values found
 * in the specification and in transparency-dev/formats.
 */
class CosignatureConformanceTest {
    private static final byte[] SEED = Hex.decode(GoldenCosignatures.WITNESS_SEED_HEX);
    private static final String NAME = GoldenCosignatures.WITNESS_NAME;
    private static final long TIME = 1_750_000_000L;
    private static final String TEXT = GoldenNotes.checkpoint().text();

    // ---- the specification's rules, independently ----

    private static byte[] specKeyId(String name, byte[] publicKey) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(name.getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) 0x0A);
        sha256.update((byte) 0x04);
        sha256.update(publicKey);
        return Arrays.copyOf(sha256.digest(), 4);
    }

    private static byte[] specMessage(long timestamp, String noteText) {
        return ("cosignature/v1\n" + "time " + Long.toString(timestamp) + "\n" + noteText).getBytes(StandardCharsets.UTF_8);
    }

    private static PublicKey jdkPublicKey(byte[] raw) throws Exception {
        byte[] prefix = HexFormat.of().parseHex("302a300506032b6570032100");
        byte[] encoded = new byte[prefix.length + raw.length];
        System.arraycopy(prefix, 0, encoded, 0, prefix.length);
        System.arraycopy(raw, 0, encoded, prefix.length, raw.length);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
    }

    private static byte[] publicKey() {
        return Ed25519PrivateKey.fromSeed(SEED).publicKey().bytes();
    }

    /** Verifies "— name base64(keyID || timestamp || sig)" on the note text as the specification says; false if not. */
    private static boolean specVerifies(String line, String noteText, String name, byte[] publicKey) throws Exception {
        if (!line.startsWith("\u2014 " + name + " ")) {
            return false;
        }
        byte[] payload;
        try {
            payload = Base64.getDecoder().decode(line.substring(("\u2014 " + name + " ").length()));
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (payload.length != 4 + 8 + 64 || !Arrays.equals(Arrays.copyOf(payload, 4), specKeyId(name, publicKey))) {
            return false;
        }
        long timestamp = ByteBuffer.wrap(payload, 4, 8).getLong();
        if (timestamp < 0) {
            return false;
        }
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initVerify(jdkPublicKey(publicKey));
        ed25519.update(specMessage(timestamp, noteText));
        try {
            return ed25519.verify(Arrays.copyOfRange(payload, 12, 76));
        } catch (java.security.SignatureException notAPoint) {
            return false; // The JDK refuses a signature whose R is not a curve point by throwing.
        }
    }

    /** Cosigns as the specification says, with the JDK's Ed25519: the line without its newline. */
    private static String specCosign(String noteText, long timestamp) throws Exception {
        PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519,
                SEED));
        Signature ed25519 = Signature.getInstance("Ed25519");
        ed25519.initSign(key);
        ed25519.update(specMessage(timestamp, noteText));
        byte[] payload = ByteBuffer.allocate(76).put(specKeyId(NAME, publicKey())).putLong(timestamp).put(ed25519.sign())
                .array();
        return "\u2014 " + NAME + " " + Base64.getEncoder().encodeToString(payload);
    }

    // ---- ClaimLedger against them ----

    @Test
    void aCosignatureMadeByClaimLedger_verifiesUnderTheSpecificationsRules() throws Exception {
        String line = GoldenCosignatures.witness().cosign(TEXT, TIME).line();
        assertTrue(specVerifies(line, TEXT, NAME, publicKey()), line);
        assertArrayEquals(specMessage(TIME, TEXT), CosignatureV1.message(TIME, TEXT));
        assertEquals(ByteBuffer.wrap(specKeyId(NAME, publicKey())).getInt(), GoldenCosignatures.witness().key().keyId());
    }

    @Test
    void aCosignatureMadeByTheSpecificationsRules_verifiesWithClaimLedger_andIsTheSameBytes() throws Exception {
        String line = specCosign(TEXT, TIME);
        CosignerKey key = CosignerKey.of(NAME, Ed25519PrivateKey.fromSeed(SEED).publicKey());
        assertEquals(TIME, key.verify(TEXT, NoteSignature.parse(line, "line")));
        // Ed25519 is deterministic: both implementations give the same line.
        assertEquals(line, GoldenCosignatures.witness().cosign(TEXT, TIME).line());
    }

    @Test
    void everyByteChanged_inTheCheckpointTheTimestampOrTheSignature_isRejectedByBoth() throws Exception {
        NoteSignature good = GoldenCosignatures.witness().cosign(TEXT, TIME);
        CosignerKey key = GoldenCosignatures.witness().key();
        List<String> accepted = new ArrayList<>();
        byte[] text = TEXT.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < text.length; i++) {
            byte[] changed = text.clone();
            changed[i] ^= 0x01;
            String altered = new String(changed, StandardCharsets.UTF_8);
            if (specVerifies(good.line(), altered, NAME, publicKey()) || claimLedgerAccepts(key, altered, good)) {
                accepted.add("checkpoint byte " + i);
            }
        }
        byte[] signature = good.signature();
        for (int i = 0; i < signature.length; i++) {
            byte[] changed = signature.clone();
            changed[i] ^= 0x01;
            NoteSignature altered = new NoteSignature(NAME, good.keyId(), changed);
            if (specVerifies(altered.line(), TEXT, NAME, publicKey()) || claimLedgerAccepts(key, TEXT, altered)) {
                accepted.add((i < 8 ? "timestamp" : "signature") + " byte " + i);
            }
        }
        assertEquals(List.of(), accepted);
    }

    private static boolean claimLedgerAccepts(CosignerKey key, String text, NoteSignature signature) {
        try {
            key.verify(text, signature);
            return true;
        } catch (NoteException e) {
            return false;
        }
    }

    // ---- published values ----

    @Test
    void publishedWitnessVkey_typeFour_parsesWithTheKeyIdItStates() throws Exception {
        // transparency-dev/formats note/note_cosigv1_test.go, "native algEd25519CosignatureV1 verifier".
        CosignerKey key = CosignerKey.parse("remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2");
        assertEquals(0xda77ade7, key.keyId());
        assertEquals(0xda77ade7, ByteBuffer.wrap(specKeyId("remora.n621.de", key.publicKey().bytes())).getInt());
        assertEquals("remora.n621.de+da77ade7+BOvN63jn/bLvkieywe8R6UYAtVtNbZpXh34x7onlmtw2", key.format());
    }

    @Test
    void publishedCosignatureLines_carryTheTimestampsTheirSourcesState() throws Exception {
        // c2sp.org/tlog-cosignature's example (signed message "time 1679315147"), and transparency-dev/formats'
        // TestCoSigV1Timestamp ("works": 1727964367).
        NoteSignature c2sp = NoteSignature.parse("\u2014 witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeo"
                + "lMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==", "the C2SP example");
        assertEquals(1679315147L, CosignatureV1.timestamp(c2sp));
        NoteSignature formats = new NoteSignature("w", 0x646846b9, Arrays.copyOfRange(Base64.getDecoder().decode(
                "ZGhGuQAAAABm/qTPeyKXD+R2rzyQsxPiP8mXum7qq/iF0u4vanlqJyocWODBt97w9uL+8qT7S5gxEHWWOworDcFiEBYJXORmnFBOBA=="),
                4, 76));
        assertEquals(1727964367L, CosignatureV1.timestamp(formats));
        // And their "wrong type of signature": a plain 68-byte note signature has no timestamp.
        NoteSignature plain = new NoteSignature("w", 0x7908d142, Arrays.copyOfRange(Base64.getDecoder().decode(
                "eQjRQm6eSKzFoiYalgwCPXu2y3ijtg68is9M46JKxuZB+dRfTmeQeDBoXnvxZx2ugnkyV+MUMLXpWs1hPb/W/4xkNQY="), 4, 68));
        assertThrows(MalformedNoteException.class, () -> CosignatureV1.timestamp(plain));
    }

    @Test
    void aLogKeyAndAWitnessKey_withTheSameNameAndKey_haveDifferentKeyIds_andVkeysOfTheirOwnType() throws Exception {
        Ed25519PrivateKey key = Ed25519PrivateKey.fromSeed(SEED);
        VerifierKey log = VerifierKey.of(NAME, key.publicKey());
        CosignerKey witness = CosignerKey.of(NAME, key.publicKey());
        assertTrue(log.keyId() != witness.keyId());
        MalformedNoteException asLog = assertThrows(MalformedNoteException.class, () -> VerifierKey.parse(witness.format()));
        assertEquals("verifier key type must be 0x01 (Ed25519), got 0x04, a witness's cosignature key, not a log's",
                asLog.getMessage());
        MalformedNoteException asWitness = assertThrows(MalformedNoteException.class, () -> CosignerKey.parse(log.format()));
        assertEquals("witness key type must be 0x04 (Ed25519 cosignature/v1), got 0x01, the key of a log (a signed-note "
                + "key), not a witness's", asWitness.getMessage());
    }
}
