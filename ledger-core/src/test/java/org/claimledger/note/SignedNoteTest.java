package org.claimledger.note;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.claimledger.crypto.Ed25519PrivateKey;
import org.junit.jupiter.api.Test;

class SignedNoteTest {
    // golang.org/x/mod/sumdb/note's documented example: signer key, verifier key and signed note.
    private static final String GO_SIGNER_KEY_BASE64 = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    private static final String GO_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private static final String GO_TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    private static final String GO_NOTE = GO_TEXT + "\n"
            + "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    private static NoteSigner goSigner() {
        byte[] typeAndSeed = StrictBase64.decode(GO_SIGNER_KEY_BASE64);
        assertEquals(0x01, typeAndSeed[0]);
        return new NoteSigner("PeterNeumann", Ed25519PrivateKey.fromSeed(Arrays.copyOfRange(typeAndSeed, 1, 33)));
    }

    private static NoteSigner signer(String name, int seedByte) {
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) seedByte);
        return new NoteSigner(name, Ed25519PrivateKey.fromSeed(seed));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sign_reproducesGoSumdbNoteExample_byteForByte() {
        NoteSigner signer = goSigner();
        assertEquals(GO_VKEY, signer.verifierKey().format());
        assertEquals(GO_NOTE, SignedNote.sign(GO_TEXT, List.of(signer)).format());
    }

    @Test
    void parse_goExample_verifiesAndFormatsBackUnchanged() throws NoteException {
        SignedNote note = SignedNote.parse(utf8(GO_NOTE));
        note.verify(List.of(VerifierKey.parse(GO_VKEY)));
        assertEquals(GO_TEXT, note.text());
        assertArrayEquals(utf8(GO_NOTE), note.bytes());
        assertEquals(0xc74f20a3, note.signatures().get(0).keyId());
    }

    @Test
    void verify_editedText_isRejected() throws NoteException {
        SignedNote note = SignedNote.parse(utf8(GO_NOTE.replace("cryptography", "cryptographY")));
        NoteVerificationException e = assertThrows(NoteVerificationException.class,
                () -> note.verify(List.of(VerifierKey.parse(GO_VKEY))));
        assertEquals("signature line 1 by trusted key PeterNeumann+c74f20a3 does not verify", e.getMessage());
    }

    @Test
    void verify_ignoresUnknownSigners_butNeedsOneTrustedSignature() throws NoteException {
        NoteSigner log = signer("log.example/a", 1);
        NoteSigner witness = signer("witness.example", 2);
        NoteSigner sameNameOtherKey = signer("log.example/a", 3);
        SignedNote note = SignedNote.sign("hello\n", List.of(witness, sameNameOtherKey, log));
        note.verify(List.of(log.verifierKey()));

        SignedNote unknownOnly = SignedNote.sign("hello\n", List.of(witness, sameNameOtherKey));
        NoteVerificationException e = assertThrows(NoteVerificationException.class,
                () -> unknownOnly.verify(List.of(log.verifierKey())));
        assertEquals("note is not signed by a trusted key (trusted: " + log.verifierKey().label() + "; signed by: "
                + witness.verifierKey().label() + ", " + sameNameOtherKey.verifierKey().label() + ")", e.getMessage());
    }

    @Test
    void verify_failingSignatureOfAKnownKey_rejectsTheNote_evenWhenAnotherVerifies() throws NoteException {
        NoteSigner log = signer("log.example/a", 1);
        NoteSigner witness = signer("witness.example", 2);
        SignedNote good = SignedNote.sign("hello\n", List.of(log, witness));
        NoteSignature forged = new NoteSignature(witness.name(), witness.verifierKey().keyId(), new byte[64]);
        SignedNote note = SignedNote.parse(utf8(good.text() + "\n" + good.signatures().get(0).line() + "\n"
                + forged.line() + "\n"));
        NoteVerificationException e = assertThrows(NoteVerificationException.class,
                () -> note.verify(List.of(log.verifierKey(), witness.verifierKey())));
        assertEquals("signature line 2 by trusted key " + witness.verifierKey().label() + " does not verify",
                e.getMessage());
    }

    @Test
    void verify_wrongLengthSignatureFromKnownKey_isInvalidSignature_notACrash() throws NoteException {
        NoteSigner log = signer("log.example/a", 1);
        NoteSignature shortSig = new NoteSignature(log.name(), log.verifierKey().keyId(), new byte[] {1, 2, 3});
        SignedNote note = SignedNote.parse(utf8("hello\n\n" + shortSig.line() + "\n"));
        assertThrows(NoteVerificationException.class, () -> note.verify(List.of(log.verifierKey())));
    }

    @Test
    void parse_acceptsMaxSignatures_andRefusesOneMore() throws NoteException {
        NoteSigner log = signer("log.example/a", 1);
        List<NoteSigner> signers = new ArrayList<>();
        for (int i = 0; i < SignedNote.MAX_SIGNATURES; i++) {
            signers.add(i == 0 ? log : signer("witness" + i + ".example", i + 1));
        }
        SignedNote max = SignedNote.sign("hello\n", signers);
        SignedNote.parse(max.bytes()).verify(List.of(log.verifierKey()));
        byte[] tooMany = utf8(max.format() + max.signatures().get(1).line() + "\n");
        MalformedNoteException e = assertThrows(MalformedNoteException.class, () -> SignedNote.parse(tooMany));
        assertEquals("note has 101 signature lines, at most 100 are accepted", e.getMessage());
    }

    @Test
    void parse_textWithEmptyLines_splitsAtTheLastBlankLine() throws NoteException {
        NoteSigner log = signer("log.example/a", 1);
        String text = "Ognuno sta solo sul cuor della terra\ntrafitto da un raggio di sole:\n\ned è subito sera.\n";
        SignedNote note = SignedNote.parse(SignedNote.sign(text, List.of(log)).bytes());
        assertEquals(text, note.text());
        note.verify(List.of(log.verifierKey()));
    }

    @Test
    void parse_keyNameWithUnicodeSpace_isRejected() {
        MalformedNoteException e = assertThrows(MalformedNoteException.class,
                () -> SignedNote.parse(utf8("hello\n\n— log\u00a0a AAAAAAE=\n")));
        assertEquals("signature line 1: key name \"log\u00a0a\" must be non-empty, without spaces or '+'", e.getMessage());
    }

    @Test
    void sign_refusesTextWithoutFinalNewline_orWithControlCharacters() {
        NoteSigner log = signer("log.example/a", 1);
        assertThrows(IllegalArgumentException.class, () -> SignedNote.sign("hello", List.of(log)));
        assertThrows(IllegalArgumentException.class, () -> SignedNote.sign("hel\rlo\n", List.of(log)));
        assertThrows(IllegalArgumentException.class, () -> new NoteSigner("log a", Ed25519PrivateKey.fromSeed(new byte[32])));
    }
}
