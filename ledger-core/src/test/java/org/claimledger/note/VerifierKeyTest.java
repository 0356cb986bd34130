package org.claimledger.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.claimledger.crypto.Ed25519PrivateKey;
import org.junit.jupiter.api.Test;

class VerifierKeyTest {
    // Published verifier keys: golang.org/x/mod sumdb/note tests, and one whose base64 holds a '+'.
    private static final List<String> PUBLISHED = List.of(
            "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
            "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop",
            "TEST+7997405c+AQcC+FTVKf0jlTdHDY3rbevmnKxxPjigCXlVtGe6RIr6");

    @Test
    void parse_publishedKeys_checksTheirKeyIds_andFormatsThemBack() throws MalformedNoteException {
        for (String text : PUBLISHED) {
            VerifierKey key = VerifierKey.parse(text);
            assertEquals(text, key.format());
            assertEquals(key, VerifierKey.of(key.name(), key.publicKey()));
        }
        assertEquals(0xc74f20a3, VerifierKey.parse(PUBLISHED.get(0)).keyId());
    }

    @Test
    void parse_keyIdThatDoesNotMatchTheKey_isRejected() {
        MalformedNoteException e = assertThrows(MalformedNoteException.class,
                () -> VerifierKey.parse("PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"));
        assertEquals("verifier key ID c74f20a4 does not match its key (computed c74f20a3)", e.getMessage());
    }

    @Test
    void parse_renamedKey_isRejected_becauseTheIdCoversTheName() {
        MalformedNoteException e = assertThrows(MalformedNoteException.class,
                () -> VerifierKey.parse("PeterNeumanm+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"));
        assertTrue(e.getMessage().startsWith("verifier key ID c74f20a3 does not match its key (computed "));
    }

    @Test
    void parse_malformedKeys_sayWhatIsWrong() {
        assertMessage("PeterNeumann", "verifier key must have the form <name>+<key ID>+<key>");
        assertMessage("+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
                "verifier key name \"\" must be non-empty, without spaces or '+'");
        assertMessage("Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
                "verifier key name \"Peter Neumann\" must be non-empty, without spaces or '+'");
        assertMessage("PeterNeumann+c74f20+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
                "verifier key ID must be 8 hex digits, got \"c74f20\"");
        assertMessage("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10T",
                "verifier key is not valid base64");
        assertMessage("PeterNeumann+c74f20a3+Alpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
                "verifier key type must be 0x01 (Ed25519), got 0x02");
        assertMessage("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy",
                "Ed25519 verifier key must be 33 bytes (0x01 and the 32-byte key), got 30");
    }

    private static void assertMessage(String vkey, String expected) {
        MalformedNoteException e = assertThrows(MalformedNoteException.class, () -> VerifierKey.parse(vkey));
        assertEquals(expected, e.getMessage(), vkey);
    }

    @Test
    void keyId_isFirstFourBytesOfSha256OfNameNewlineTypeAndKey() {
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) 7);
        NoteSigner signer = new NoteSigner("ledger.example/x", Ed25519PrivateKey.fromSeed(seed));
        byte[] pub = signer.verifierKey().publicKey().bytes();
        byte[] digest = org.claimledger.crypto.Sha256.hash("ledger.example/x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), new byte[] {1}, pub);
        int expected = ((digest[0] & 0xff) << 24) | ((digest[1] & 0xff) << 16) | ((digest[2] & 0xff) << 8) | (digest[3] & 0xff);
        assertEquals(expected, signer.verifierKey().keyId());
    }
}
