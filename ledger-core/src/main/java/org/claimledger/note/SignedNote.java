package org.claimledger.note;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;

import org.claimledger.crypto.InvalidSignatureException;
import org.claimledger.input.Excerpt;

/**
 * A C2SP signed note: text ending in a newline, a blank line, then one or more lines
 * "— name base64(keyID || signature)". Parsing checks the form only; {@link #verify} decides
 * whether the text may be trusted, and its text must be ignored until then.
 */
public final class SignedNote {
    /** More than this many signature lines is refused (the spec asks verifiers to accept at least 16). */
    public static final int MAX_SIGNATURES = 100;

    private final String text;
    private final List<NoteSignature> signatures;

    private SignedNote(String text, List<NoteSignature> signatures) {
        this.text = text;
        this.signatures = List.copyOf(signatures);
    }

    /** Signs the text with every signer, in order. The text must be a valid note text. */
    public static SignedNote sign(String text, List<NoteSigner> signers) {
        String problem = textProblem(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (signers.isEmpty() || signers.size() > MAX_SIGNATURES) {
            throw new IllegalArgumentException("a note needs 1 to " + MAX_SIGNATURES + " signers, got " + signers.size());
        }
        return new SignedNote(text, signers.stream().map(s -> s.sign(text)).toList());
    }

    private static String textProblem(String text) {
        if (!text.endsWith("\n")) {
            return "note text must end with a newline";
        }
        return controlCharacterProblem(text);
    }

    private static String controlCharacterProblem(String note) {
        int line = 1;
        for (int i = 0; i < note.length(); i++) {
            char c = note.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c < 0x20) {
                return String.format("note line %d contains control character U+%04X", line, (int) c);
            }
        }
        return null;
    }

    public static SignedNote parse(byte[] note) throws MalformedNoteException {
        String all = decodeUtf8(note);
        String problem = controlCharacterProblem(all);
        if (problem != null) {
            throw new MalformedNoteException(problem);
        }
        int blank = all.lastIndexOf("\n\n");
        if (blank < 0) {
            throw new MalformedNoteException("note has no blank line between its text and its signatures");
        }
        String signatureBlock = all.substring(blank + 2);
        if (signatureBlock.isEmpty()) {
            throw new MalformedNoteException("note has no signatures");
        }
        if (!signatureBlock.endsWith("\n")) {
            throw new MalformedNoteException("note does not end with a newline");
        }
        String[] lines = signatureBlock.substring(0, signatureBlock.length() - 1).split("\n", -1);
        if (lines.length > MAX_SIGNATURES) {
            throw new MalformedNoteException("note has " + lines.length + " signature lines, at most "
                    + MAX_SIGNATURES + " are accepted");
        }
        List<NoteSignature> signatures = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            signatures.add(NoteSignature.parse(lines[i], "signature line " + (i + 1)));
        }
        return new SignedNote(all.substring(0, blank + 1), signatures);
    }

    private static String decodeUtf8(byte[] note) throws MalformedNoteException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(note))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedNoteException("note is not valid UTF-8", e);
        }
    }

    /** The signed text, final newline included. Not to be trusted before {@link #verify} passes. */
    public String text() {
        return text;
    }

    public List<NoteSignature> signatures() {
        return signatures;
    }

    /**
     * Passes when at least one trusted key signed the note and every signature from a trusted
     * key verifies. Signatures from other keys (another name or key ID) are ignored.
     */
    public void verify(Collection<VerifierKey> trusted) throws NoteVerificationException {
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        boolean verified = false;
        for (int i = 0; i < signatures.size(); i++) {
            NoteSignature signature = signatures.get(i);
            for (VerifierKey key : trusted) {
                if (key.matches(signature)) {
                    verifyOne(key, message, signature, i + 1);
                    verified = true;
                }
            }
        }
        if (!verified) {
            throw new NoteVerificationException("note is not signed by a trusted key (trusted: " + labels(trusted)
                    + "; signed by: " + signerLabels() + ")");
        }
    }

    private static void verifyOne(VerifierKey key, byte[] message, NoteSignature signature, int line)
            throws NoteVerificationException {
        try {
            key.verify(message, signature.signature());
        } catch (InvalidSignatureException | RuntimeException e) {
            throw new NoteVerificationException("signature line " + line + " by trusted key " + key.label()
                    + " does not verify", e);
        }
    }

    private static String labels(Collection<VerifierKey> keys) {
        return keys.isEmpty() ? "none" : firstFew(keys.stream().map(VerifierKey::label).toList());
    }

    private String signerLabels() {
        return firstFew(signatures.stream().map(NoteSignature::label).toList());
    }

    /** A list for a message: the first three, and how many more, so that the message stays short. */
    private static String firstFew(List<String> labels) {
        StringJoiner joined = new StringJoiner(", ");
        labels.stream().limit(3).forEach(joined::add);
        return joined + (labels.size() > 3 ? " and " + (labels.size() - 3) + " more" : "");
    }

    /** The note, byte for byte as C2SP signed-note spells it. */
    public String format() {
        StringBuilder out = new StringBuilder(text).append('\n');
        signatures.forEach(s -> out.append(s.line()).append('\n'));
        return out.toString();
    }

    public byte[] bytes() {
        return format().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedNote note && note.text.equals(text) && note.signatures.equals(signatures);
    }

    @Override
    public int hashCode() {
        return 31 * text.hashCode() + signatures.hashCode();
    }

    @Override
    public String toString() {
        return format();
    }
}
