package org.claimledger.merkle;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.claimledger.input.Excerpt;
import org.claimledger.note.Checkpoint;
import org.claimledger.note.MalformedNoteException;
import org.claimledger.note.NoteException;
import org.claimledger.note.SignedNote;
import org.claimledger.note.StrictBase64;
import org.claimledger.note.VerifierKey;

/**
 * A C2SP tlog-proof@v1 file: an entry's index, its inclusion proof, and the signed checkpoint
 * the proof leads to, verifiable offline with the log's key alone.
 */
public final class TlogProof {
    public static final String HEADER = "c2sp.org/tlog-proof@v1";
    private static final String KIND = "proof";

    private final byte[] extra;
    private final long index;
    private final List<byte[]> hashes;
    private final SignedNote checkpoint;

    private TlogProof(byte[] extra, long index, List<byte[]> hashes, SignedNote checkpoint) {
        this.extra = extra;
        this.index = index;
        this.hashes = hashes;
        this.checkpoint = checkpoint;
    }

    public static TlogProof of(long index, List<byte[]> hashes, SignedNote checkpoint) {
        return of(null, index, hashes, checkpoint);
    }

    /** {@code extra} is optional opaque data (null for none); a reader must not trust it. */
    public static TlogProof of(byte[] extra, long index, List<byte[]> hashes, SignedNote checkpoint) {
        if (extra != null && extra.length == 0) {
            throw new IllegalArgumentException("extra data must be absent or non-empty");
        }
        if (index < 0) {
            throw new IllegalArgumentException("proof index must not be negative, got " + index);
        }
        hashes.forEach(hash -> TreeHash.requireHash("proof hash", hash));
        return new TlogProof(extra == null ? null : extra.clone(), index, ProofHashes.copyOf(hashes), checkpoint);
    }

    public static TlogProof parse(byte[] proof) throws MalformedProofException {
        ProofLines lines = new ProofLines(decodeUtf8(proof), KIND);
        String header = lines.next();
        if (!header.equals(HEADER)) {
            throw new MalformedProofException("proof must start with the line \"" + HEADER + "\", got \"" + Excerpt.of(header) + "\"");
        }
        byte[] extra = lines.peek().startsWith("extra ") ? extra(lines.next()) : null;
        long index = lines.number("index");
        List<byte[]> hashes = new ArrayList<>();
        lines.hashes(hashes, true);
        SignedNote checkpoint;
        try {
            checkpoint = SignedNote.parse(lines.rest().getBytes(StandardCharsets.UTF_8));
        } catch (MalformedNoteException e) {
            throw new MalformedProofException("proof checkpoint (from line " + (lines.lineNumber() + 1) + "): "
                    + e.getMessage(), e);
        }
        return new TlogProof(extra, index, List.copyOf(hashes), checkpoint);
    }

    private static String decodeUtf8(byte[] proof) throws MalformedProofException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(proof))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedProofException("proof is not valid UTF-8", e);
        }
    }

    private static byte[] extra(String line) throws MalformedProofException {
        try {
            byte[] extra = StrictBase64.decode(line.substring("extra ".length()));
            if (extra.length == 0) {
                throw new MalformedProofException("proof extra data (line 2) is empty");
            }
            return extra;
        } catch (IllegalArgumentException e) {
            throw new MalformedProofException("proof extra data (line 2) is not valid base64", e);
        }
    }

    public Optional<byte[]> extra() {
        return Optional.ofNullable(extra).map(byte[]::clone);
    }

    public long index() {
        return index;
    }

    public List<byte[]> hashes() {
        return ProofHashes.copyOf(hashes);
    }

    /** The checkpoint note as it came; not to be trusted before {@link #verify}. */
    public SignedNote checkpoint() {
        return checkpoint;
    }

    /**
     * Checks that a trusted key signed the checkpoint of {@code origin} and that the leaf with
     * this hash sits at {@link #index} in the tree the checkpoint commits to.
     */
    public void verify(byte[] leafHash, String origin, Collection<VerifierKey> trusted) throws ProofException {
        Checkpoint opened;
        try {
            opened = Checkpoint.open(checkpoint.bytes(), origin, trusted);
        } catch (NoteException e) {
            throw new ProofException("proof checkpoint: " + e.getMessage(), e);
        }
        InclusionProof.of(index, opened.size(), hashes).verify(leafHash, opened.root());
    }

    /** The proof file, byte for byte as tlog-proof@v1 spells it. */
    public String format() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        if (extra != null) {
            out.append("extra ").append(StrictBase64.encode(extra)).append('\n');
        }
        out.append("index ").append(index).append('\n');
        hashes.forEach(hash -> out.append(StrictBase64.encode(hash)).append('\n'));
        return out.append('\n').append(checkpoint.format()).toString();
    }

    public byte[] bytes() {
        return format().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return format();
    }
}
