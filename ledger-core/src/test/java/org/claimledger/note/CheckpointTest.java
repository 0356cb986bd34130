package org.claimledger.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CheckpointTest {
    private static final byte[] ROOT = new byte[32];

    @Test
    void text_isOriginSizeRootAndExtensions_eachOnItsOwnLine() {
        Checkpoint checkpoint = Checkpoint.of("log.example/x", 20852163, ROOT, List.of("ext one", "ext two"));
        assertEquals("log.example/x\n20852163\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\next one\next two\n",
                checkpoint.text());
    }

    @Test
    void parse_readsBackWhatTextWrote_extensionsIncluded() throws MalformedNoteException {
        Checkpoint checkpoint = Checkpoint.of("log.example/x", 0, ROOT, List.of("ext"));
        Checkpoint parsed = Checkpoint.parse(checkpoint.text());
        assertEquals(checkpoint, parsed);
        assertEquals(0, parsed.size());
        assertEquals(List.of("ext"), parsed.extensions());
    }

    @Test
    void parse_c2spExample() throws MalformedNoteException {
        Checkpoint parsed = Checkpoint.parse("example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n");
        assertEquals("example.com/behind-the-sofa", parsed.origin());
        assertEquals(20852163, parsed.size());
        assertEquals("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=", StrictBase64.encode(parsed.root()));
    }

    @Test
    void parse_textWithoutFinalNewline_isRejected() {
        MalformedNoteException e = assertThrows(MalformedNoteException.class,
                () -> Checkpoint.parse("log\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));
        assertEquals("checkpoint text must end with a newline", e.getMessage());
    }

    @Test
    void of_refusesValuesThatCannotBeWritten() {
        assertThrows(IllegalArgumentException.class, () -> Checkpoint.of("", 1, ROOT));
        assertThrows(IllegalArgumentException.class, () -> Checkpoint.of("a\nb", 1, ROOT));
        assertThrows(IllegalArgumentException.class, () -> Checkpoint.of("log", -1, ROOT));
        assertThrows(IllegalArgumentException.class, () -> Checkpoint.of("log", 1, new byte[31]));
        assertThrows(IllegalArgumentException.class, () -> Checkpoint.of("log", 1, ROOT, List.of("")));
    }

    @Test
    void open_signedCheckpoint_returnsIt_onlyForItsOrigin() throws NoteException {
        NoteSigner signer = GoldenNotes.ledgerSigner();
        byte[] note = GoldenNotes.checkpoint().sign(signer).bytes();
        assertEquals(GoldenNotes.checkpoint(), Checkpoint.open(note, GoldenNotes.ORIGIN, List.of(signer.verifierKey())));
        NoteVerificationException e = assertThrows(NoteVerificationException.class,
                () -> Checkpoint.open(note, "other.example/log", List.of(signer.verifierKey())));
        assertEquals("checkpoint origin is \"newsroom.example/claimledger\", expected \"other.example/log\"", e.getMessage());
        assertEquals(GoldenNotes.goodNote(), new String(note, StandardCharsets.UTF_8));
    }
}
