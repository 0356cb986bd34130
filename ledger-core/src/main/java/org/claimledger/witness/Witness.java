package org.claimledger.witness;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.Excerpt;
import org.claimledger.merkle.ConsistencyProof;
import org.claimledger.merkle.MalformedProofException;
import org.claimledger.merkle.ProofException;
import org.claimledger.note.Checkpoint;
import org.claimledger.note.Cosigner;
import org.claimledger.note.NoteException;
import org.claimledger.note.NoteSignature;
import org.claimledger.note.SignedNote;
import org.claimledger.note.StrictBase64;
import org.claimledger.note.VerifierKey;
import org.claimledger.state.StateDirectory;

/**
 * A transparency-log witness (c2sp.org/tlog-witness, checked the same way without the HTTP): it cosigns a log's
 * checkpoint only when the log signed it and it extends the latest checkpoint the witness cosigned for that log,
 * as a consistency proof from that size shows; it records the new checkpoint durably before it answers; and it
 * never cosigns a smaller tree, another root at the same size, or a tree not proven to extend its own. Refused
 * checkpoints are kept as evidence. The first checkpoint of a log is taken on first use.
 */
public final class Witness {
    /** What the log hands the witness: its signed checkpoint and, from the second time on, a consistency proof. */
    public record Submission(String checkpointName, byte[] checkpoint, String proofName, byte[] proof) {
    }

    /** A cosignature given: the line's signature, the checkpoint, and what the witness held before (null: first use). */
    public record Cosigned(NoteSignature cosignature, Checkpoint checkpoint, WitnessRecord previous, long timestamp) {
    }

    private final WitnessState state;
    private final Clock clock;

    public Witness(StateDirectory directory, Clock clock) {
        this.state = new WitnessState(directory);
        this.clock = clock;
    }

    public WitnessState state() {
        return state;
    }

    /**
     * Checks the submission and, when it holds, records it and returns the cosignature. Bad input (a checkpoint or
     * proof that does not parse, a checkpoint the log did not sign) is MALFORMED_INPUT; a checkpoint that contradicts
     * the one held is INCONSISTENT_CHECKPOINT, with the evidence file named; a missing or misplaced proof is
     * WRONG_PROOF. Nothing is recorded unless a cosignature is returned.
     */
    public Cosigned cosign(Submission submission, List<VerifierKey> logKeys, Cosigner cosigner) throws LedgerException {
        String name = submission.checkpointName();
        SignedNote note = logSigned(submission, logKeys);
        Checkpoint checkpoint;
        try {
            checkpoint = Checkpoint.parse(note.text());
        } catch (NoteException e) {
            throw new IllegalStateException("a checkpoint that opened does not parse", e);
        }
        if (checkpoint.size() == 0) {
            throw new LedgerException(Failure.MALFORMED_INPUT, "checkpoint " + name + " is of the empty tree (size 0): "
                    + "there is nothing to witness; nothing was cosigned");
        }
        ConsistencyProof proof = proof(submission);
        String origin = checkpoint.origin();
        String received = new String(submission.checkpoint(), StandardCharsets.UTF_8);
        try (StateDirectory.Held lock = state.lock()) {
            WitnessRecord held = state.load(origin);
            Instant now = clock.instant();
            if (held != null) {
                check(held, checkpoint, proof, submission, now);
            }
            long timestamp = Math.max(now.getEpochSecond(), held == null ? 0 : held.cosigned());
            state.save(new WitnessRecord(origin, checkpoint.size(), checkpoint.root(), received, timestamp));
            return new Cosigned(cosigner.cosign(note.text(), timestamp), checkpoint, held, timestamp);
        }
    }

    /** The checkpoint, opened with the log's keys for its origin: well-formed and signed by the log. */
    private static SignedNote logSigned(Submission submission, List<VerifierKey> logKeys) throws LedgerException {
        String name = submission.checkpointName();
        byte[] bytes = submission.checkpoint();
        String origin;
        try {
            origin = Checkpoint.parse(SignedNote.parse(bytes).text()).origin();
        } catch (NoteException e) {
            throw new LedgerException(Failure.MALFORMED_INPUT, "checkpoint " + name + " is not a signed checkpoint: "
                    + e.getMessage() + "; nothing was cosigned");
        }
        List<VerifierKey> keys = logKeys.stream().filter(key -> key.name().equals(origin)).toList();
        if (keys.isEmpty()) {
            TreeSet<String> known = new TreeSet<>();
            logKeys.forEach(key -> known.add(key.name()));
            throw new LedgerException(Failure.MALFORMED_INPUT, "checkpoint " + name + " is from log \"" + Excerpt.of(origin)
                    + "\", and --log-key holds no key of that log (only of " + String.join(", ", known) + "); nothing "
                    + "was cosigned");
        }
        try {
            Checkpoint.open(bytes, origin, keys);
            return SignedNote.parse(bytes);
        } catch (NoteException e) {
            throw new LedgerException(Failure.MALFORMED_INPUT, "checkpoint " + name + " is not signed by the log's key: "
                    + e.getMessage() + "; nothing was cosigned");
        }
    }

    private static ConsistencyProof proof(Submission submission) throws LedgerException {
        if (submission.proof() == null) {
            return null;
        }
        try {
            return ConsistencyProof.parse(new String(submission.proof(), StandardCharsets.UTF_8));
        } catch (MalformedProofException e) {
            throw new LedgerException(Failure.MALFORMED_INPUT, "proof " + submission.proofName() + ": " + e.getMessage()
                    + "; nothing was cosigned");
        }
    }

    /** Refuses a checkpoint that does not extend the one held, or one the proof does not show to extend it. */
    private void check(WitnessRecord held, Checkpoint checkpoint, ConsistencyProof proof, Submission submission,
            Instant now) throws LedgerException {
        long size = checkpoint.size();
        String had = "this witness cosigned checkpoint " + held.size() + " of " + held.origin() + " (root "
                + held.rootText() + ") at " + Instant.ofEpochSecond(held.cosigned());
        if (size < held.size()) {
            refuse(new WitnessState.Refusal("smaller", size, "checkpoint " + submission.checkpointName() + " has "
                    + size + " entries, fewer than the " + held.size() + " of the last one cosigned: " + had + ", and a "
                    + "witness never cosigns a smaller tree after a larger one (the log was rolled back, or this is an "
                    + "older checkpoint)"), held, submission, now);
        }
        if (size == held.size()) {
            if (!MessageDigest.isEqual(checkpoint.root(), held.root())) {
                refuse(new WitnessState.Refusal("fork", size, "checkpoint " + submission.checkpointName() + " has root "
                        + StrictBase64.encode(checkpoint.root()) + " for the same " + size + " entries: " + had
                        + "; the log signed two different histories of the same size (a fork)"), held, submission, now);
            }
            return;
        }
        String fix = "have the log run 'claimledger prove --consistency " + held.size() + " " + size + "' and pass "
                + "the proof with --proof FILE; nothing was recorded or cosigned";
        if (proof == null) {
            throw new LedgerException(Failure.WRONG_PROOF, had + "; to cosign checkpoint " + size + " it needs the "
                    + "consistency proof from " + held.size() + " to " + size + ": " + fix);
        }
        if (proof.oldSize() != held.size() || proof.newSize() != size) {
            throw new LedgerException(Failure.WRONG_PROOF, "proof " + submission.proofName() + " is from size "
                    + proof.oldSize() + " to " + proof.newSize() + ", but " + had + " and the checkpoint has " + size
                    + " entries, so it needs the proof from " + held.size() + " to " + size + ": " + fix);
        }
        try {
            proof.verify(held.root(), checkpoint.root());
        } catch (ProofException e) {
            refuse(new WitnessState.Refusal("inconsistent", size, "checkpoint " + submission.checkpointName() + " ("
                    + size + " entries, root " + StrictBase64.encode(checkpoint.root()) + ") is not shown to extend the "
                    + "last one cosigned: " + had + ", and the proof fails (" + e.getMessage() + ")"), held, submission,
                    now);
        }
    }

    private void refuse(WitnessState.Refusal refusal, WitnessRecord held, Submission submission, Instant now)
            throws LedgerException {
        String proof = submission.proof() == null ? null : new String(submission.proof(), StandardCharsets.UTF_8);
        Path evidence = state.saveEvidence(refusal, held, new String(submission.checkpoint(), StandardCharsets.UTF_8),
                proof, now);
        throw new LedgerException(Failure.INCONSISTENT_CHECKPOINT, "refused: " + refusal.message() + ". Kept as "
                + "evidence in " + evidence + "; nothing was cosigned");
    }
}
