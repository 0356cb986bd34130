package org.claimledger.verify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.claimledger.entry.Entry;
import org.claimledger.entry.MalformedEntryException;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.merkle.ConsistencyProof;
import org.claimledger.merkle.MalformedProofException;
import org.claimledger.merkle.ProofException;
import org.claimledger.merkle.TlogProof;
import org.claimledger.merkle.TreeHash;
import org.claimledger.note.Checkpoint;
import org.claimledger.note.MalformedNoteException;
import org.claimledger.note.NoteException;
import org.claimledger.note.SignedNote;
import org.claimledger.note.VerifierKey;

/**
 * Checks proofs with no database: an entry's tlog-proof against its leaf bytes and a trusted key, or a
 * consistency proof between two signed checkpoints. Input that is not in the format is a LedgerException
 * (MALFORMED_INPUT); well-formed input that does not prove what it claims is a ProofException.
 */
public final class ProofCheck {
    /** What a valid inclusion proof established, and the proof's signed checkpoint as it came (cosignatures too). */
    public record Included(long index, Checkpoint checkpoint, SignedNote note) {
    }

    private ProofCheck() {
    }

    /**
     * Checks that {@code leaf} is entry {@code index} of the tree a trusted key signed. The origin is the
     * trusted keys' name when null (a ledger key is named after its origin).
     */
    public static Included inclusion(byte[] proofFile, byte[] leaf, List<VerifierKey> trusted, String origin)
            throws LedgerException, ProofException {
        TlogProof proof;
        try {
            proof = TlogProof.parse(proofFile);
        } catch (MalformedProofException e) {
            throw new LedgerException(Failure.MALFORMED_INPUT, e.getMessage(), e);
        }
        String expectedOrigin = origin(trusted, origin);
        Long leafSeq = seqOf(leaf);
        if (leafSeq != null && leafSeq != proof.index()) {
            throw new ProofException("the leaf is entry " + leafSeq + " but the proof is for index " + proof.index()
                    + ": this proof is for another entry");
        }
        try {
            proof.verify(TreeHash.leafHash(leaf), expectedOrigin, trusted);
        } catch (ProofException e) {
            boolean newline = leaf.length > 0 && leaf[leaf.length - 1] == '\n';
            throw new ProofException(e.getMessage() + (newline ? " (the leaf file ends with a newline, which leaf "
                    + "bytes never do: save them with 'claimledger show N --leaf > FILE' or 'prove --leaf-out')" : ""), e);
        }
        return new Included(proof.index(), openTrusted(proof.checkpoint().bytes(), expectedOrigin, trusted, "proof"),
                proof.checkpoint());
    }

    /**
     * Demands that a signed checkpoint (a proof's, or the newer one of a consistency proof) carry valid cosignatures
     * from a quorum of the listed witnesses; the failure says which witness signed what. Returns what was found.
     */
    public static CosignatureQuorum.Outcome witnessed(byte[] note, WitnessKeys witnesses, String which)
            throws LedgerException, ProofException {
        SignedNote signed;
        try {
            signed = SignedNote.parse(note);
        } catch (MalformedNoteException e) {
            throw new LedgerException(Failure.MALFORMED_INPUT, which + " checkpoint: " + e.getMessage(), e);
        }
        CosignatureQuorum.Outcome outcome = CosignatureQuorum.check(signed, witnesses);
        if (!outcome.met()) {
            throw new ProofException("not witnessed: the " + which + " checkpoint is the log's, but " + outcome.describe());
        }
        return outcome;
    }

    /**
     * Checks that the tree of the old checkpoint is a prefix of the tree of the new one. The new one must be signed
     * by a trusted key; the old one may also be signed by one of {@code olderOnly}: ledger keys replaced since, which
     * are trusted for nothing else (whoever stole one could sign any note with it, but not one consistent with a
     * newer checkpoint the current key signed).
     */
    public static void consistency(String proofText, byte[] oldNote, byte[] newNote, List<VerifierKey> trusted,
            List<VerifierKey> olderOnly, String origin) throws LedgerException, ProofException {
        ConsistencyProof proof;
        try {
            proof = ConsistencyProof.parse(proofText);
        } catch (MalformedProofException e) {
            throw new LedgerException(Failure.MALFORMED_INPUT, e.getMessage(), e);
        }
        String expectedOrigin = origin(trusted, origin);
        List<VerifierKey> forOlder = new ArrayList<>(trusted);
        forOlder.addAll(olderOnly);
        Checkpoint older = openTrusted(oldNote, expectedOrigin, forOlder, "old");
        Checkpoint newer = openTrusted(newNote, expectedOrigin, trusted, "new");
        if (older.size() != proof.oldSize() || newer.size() != proof.newSize()) {
            throw new ProofException("the proof is from size " + proof.oldSize() + " to " + proof.newSize()
                    + " but the checkpoints have sizes " + older.size() + " and " + newer.size());
        }
        proof.verify(older.root(), newer.root());
    }

    /** Opens a signed checkpoint: malformed is bad input, a signature or origin failure is an invalid proof. */
    public static Checkpoint openTrusted(byte[] note, String origin, List<VerifierKey> trusted, String which)
            throws LedgerException, ProofException {
        try {
            return Checkpoint.open(note, origin, trusted);
        } catch (NoteException e) {
            if (e instanceof MalformedNoteException) {
                throw new LedgerException(Failure.MALFORMED_INPUT, which + " checkpoint: " + e.getMessage(), e);
            }
            throw new ProofException(which + " checkpoint: " + e.getMessage(), e);
        }
    }

    /** The origin to expect: the one given, else the single name the trusted keys share. */
    public static String origin(List<VerifierKey> trusted, String given) throws LedgerException {
        if (given != null) {
            return given;
        }
        Set<String> names = new LinkedHashSet<>();
        trusted.forEach(key -> names.add(key.name()));
        if (names.size() != 1) {
            throw new LedgerException(Failure.MALFORMED_INPUT, "the trusted keys have " + names.size()
                    + " different names " + names + "; pass --origin NAME to say which log the proof is from");
        }
        return names.iterator().next();
    }

    private static Long seqOf(byte[] leaf) {
        try {
            return Entry.parse(leaf).seq();
        } catch (MalformedEntryException | RuntimeException e) {
            return null;
        }
    }
}
