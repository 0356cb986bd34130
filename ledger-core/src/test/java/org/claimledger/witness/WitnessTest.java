package org.claimledger.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.Hex;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.note.Cosigner;
import org.claimledger.note.GoldenCosignatures;
import org.claimledger.note.GoldenNotes;
import org.claimledger.note.NoteSigner;
import org.claimledger.note.SignedNote;
import org.claimledger.state.StateDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The witness's rules (c2sp.org/tlog-witness) on its own state: what it cosigns, refuses, records and keeps. */
class WitnessTest {
    private static final Instant NOW = Instant.parse("2025-06-15T12:00:00Z");

    @TempDir
    Path dir;

    private final Cosigner cosigner = GoldenCosignatures.witness();

    private Witness witness(Instant now) {
        // A new Witness over the same directory is a witness restarted: all it knows is on the disk.
        return new Witness(new StateDirectory(dir), Clock.fixed(now, ZoneOffset.UTC));
    }

    private Witness.Cosigned cosign(TestLog log, long size, byte[] proof) throws LedgerException {
        return witness(NOW).cosign(new Witness.Submission("cp-" + size + ".txt", log.note(size), "proof.txt", proof),
                TestLog.keys(), cosigner);
    }

    private LedgerException refused(TestLog log, long size, byte[] proof) {
        return assertThrows(LedgerException.class, () -> cosign(log, size, proof));
    }

    private WitnessRecord held() throws LedgerException {
        return new WitnessState(new StateDirectory(dir)).load(GoldenNotes.ORIGIN);
    }

    private List<Path> evidence() throws IOException {
        Path folder = dir.resolve(WitnessState.EVIDENCE_FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void firstCheckpoint_isTakenOnFirstUse_recorded_andCosignedAsTheSpecificationSays() throws Exception {
        TestLog log = TestLog.of(5);
        Witness.Cosigned cosigned = cosign(log, 5, null);
        assertNull(cosigned.previous());
        assertEquals(NOW.getEpochSecond(), cosigned.timestamp());
        SignedNote note = SignedNote.parse((new String(log.note(5), StandardCharsets.UTF_8)
                + cosigned.cosignature().line() + "\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(NOW.getEpochSecond(), cosigner.key().cosignedAt(note));
        WitnessRecord held = held();
        assertEquals(5, held.size());
        assertEquals(log.checkpointAt(5).root().length, held.root().length);
        assertEquals(new String(log.note(5), StandardCharsets.UTF_8), held.checkpoint());
    }

    @Test
    void sameCheckpointAgain_isCosignedAgain_withoutAProof() throws Exception {
        TestLog log = TestLog.of(5);
        cosign(log, 5, null);
        assertEquals(5, cosign(log, 5, null).previous().size());
    }

    @Test
    void largerCheckpoint_withTheProofFromTheSizeHeld_isCosigned_andBecomesTheRecord() throws Exception {
        TestLog log = TestLog.of(9);
        cosign(log, 5, null);
        Witness.Cosigned cosigned = cosign(log, 9, log.proof(5, 9));
        assertEquals(5, cosigned.previous().size());
        assertEquals(9, held().size());
    }

    @Test
    void largerCheckpoint_withoutAProof_orWithOneFromAnotherSize_isRefusedAsWrongProof_andNothingChanges() throws Exception {
        TestLog log = TestLog.of(9);
        cosign(log, 5, null);
        LedgerException missing = refused(log, 9, null);
        assertEquals(Failure.WRONG_PROOF, missing.failure());
        assertTrue(missing.getMessage().contains("needs the consistency proof from 5 to 9: have the log run "
                + "'claimledger prove --consistency 5 9'"), missing.getMessage());
        LedgerException other = refused(log, 9, log.proof(4, 9));
        assertEquals(Failure.WRONG_PROOF, other.failure());
        assertTrue(other.getMessage().startsWith("proof proof.txt is from size 4 to 9, but this witness cosigned "
                + "checkpoint 5 of"), other.getMessage());
        assertEquals(5, held().size());
        assertEquals(List.of(), evidence());
    }

    @Test
    void smallerCheckpoint_afterALargerOne_isRefusedAfterARestart_andKeptAsEvidence() throws Exception {
        TestLog log = TestLog.of(9);
        cosign(log, 5, null);
        cosign(log, 9, log.proof(5, 9));
        // A new Witness object: the restarted witness knows only its state directory.
        LedgerException rollback = refused(log, 5, null);
        assertEquals(Failure.INCONSISTENT_CHECKPOINT, rollback.failure());
        assertTrue(rollback.getMessage().startsWith("refused: checkpoint cp-5.txt has 5 entries, fewer than the 9 of the "
                + "last one cosigned"), rollback.getMessage());
        assertEquals(9, held().size());
        List<Path> evidence = evidence();
        assertEquals(1, evidence.size());
        assertTrue(rollback.getMessage().contains("Kept as evidence in " + evidence.get(0)), rollback.getMessage());
        JsonNode kept = new ObjectMapper().readTree(evidence.get(0).toFile());
        assertEquals("smaller", kept.path("reason").asText());
        assertEquals(new String(log.note(5), StandardCharsets.UTF_8), kept.path("refused").asText());
        assertEquals(new String(log.note(9), StandardCharsets.UTF_8), kept.path("held").asText());
    }

    @Test
    void anotherRootAtTheSameSize_isAFork_refused_withBothSignedNotesAsEvidence() throws Exception {
        TestLog genuine = TestLog.of(9);
        TestLog fork = TestLog.forkedAfter(6, 9);
        cosign(genuine, 9, null);
        LedgerException refusal = refused(fork, 9, null);
        assertEquals(Failure.INCONSISTENT_CHECKPOINT, refusal.failure());
        assertTrue(refusal.getMessage().contains("the log signed two different histories of the same size (a fork)"),
                refusal.getMessage());
        JsonNode kept = new ObjectMapper().readTree(evidence().get(0).toFile());
        assertEquals("fork", kept.path("reason").asText());
        assertEquals(new String(fork.note(9), StandardCharsets.UTF_8), kept.path("refused").asText());
        assertEquals(new String(genuine.note(9), StandardCharsets.UTF_8), kept.path("held").asText());
    }

    @Test
    void aLargerForkWithItsOwnProof_isNotShownToExtendWhatWasCosigned_andIsRefused() throws Exception {
        TestLog genuine = TestLog.of(9);
        TestLog fork = TestLog.forkedAfter(6, 12);
        cosign(genuine, 9, null);
        LedgerException refusal = refused(fork, 12, fork.proof(9, 12));
        assertEquals(Failure.INCONSISTENT_CHECKPOINT, refusal.failure());
        assertTrue(refusal.getMessage().contains("is not shown to extend the last one cosigned"), refusal.getMessage());
        assertEquals(9, held().size());
        // The genuine log goes on being cosigned.
        TestLog grown = TestLog.of(12);
        assertEquals(9, cosign(grown, 12, grown.proof(9, 12)).previous().size());
    }

    @Test
    void aCheckpointTheLogDidNotSign_orFromAnUnknownLog_isBadInput_andNothingIsRecorded() throws Exception {
        TestLog log = TestLog.of(5);
        byte[] forged = log.checkpointAt(5).sign(new NoteSigner(GoldenNotes.ORIGIN,
                Ed25519PrivateKey.fromSeed(Hex.decode("77".repeat(32))))).bytes();
        LedgerException notSigned = assertThrows(LedgerException.class, () -> witness(NOW).cosign(
                new Witness.Submission("forged.txt", forged, null, null), TestLog.keys(), cosigner));
        assertEquals(Failure.MALFORMED_INPUT, notSigned.failure());
        assertTrue(notSigned.getMessage().startsWith("checkpoint forged.txt is not signed by the log's key: note is not "
                + "signed by a trusted key"), notSigned.getMessage());
        byte[] other = org.claimledger.note.Checkpoint.of("other.example/log", 5, log.checkpointAt(5).root())
                .sign(new NoteSigner("other.example/log", Ed25519PrivateKey.fromSeed(Hex.decode("77".repeat(32))))).bytes();
        LedgerException unknown = assertThrows(LedgerException.class, () -> witness(NOW).cosign(
                new Witness.Submission("other.txt", other, null, null), TestLog.keys(), cosigner));
        assertEquals("checkpoint other.txt is from log \"other.example/log\", and --log-key holds no key of that log "
                + "(only of " + GoldenNotes.ORIGIN + "); nothing was cosigned", unknown.getMessage());
        assertNull(held());
    }

    @Test
    void aDamagedStateFile_refusesToCosign_ratherThanStartOver() throws Exception {
        TestLog log = TestLog.of(9);
        cosign(log, 5, null);
        Path file = new WitnessState(new StateDirectory(dir)).fileFor(GoldenNotes.ORIGIN);
        Files.writeString(file, Files.readString(file).replace("\"size\" : 5", "\"size\" : 4"));
        LedgerException damaged = refused(log, 9, log.proof(5, 9));
        assertEquals(Failure.STORAGE, damaged.failure());
        assertTrue(damaged.getMessage().contains("is damaged (its checkpoint (5 entries, root "), damaged.getMessage());
        Files.delete(file);
        Files.writeString(file, "{\"v\":2}");
        assertEquals(Failure.STORAGE, refused(log, 9, log.proof(5, 9)).failure());
    }

    @Test
    void cosignatureTimes_neverGoBackwards_whenTheClockDoes() throws Exception {
        TestLog log = TestLog.of(9);
        cosign(log, 5, null);
        Witness.Cosigned later = witness(NOW.minusSeconds(3600)).cosign(
                new Witness.Submission("cp.txt", log.note(9), "p.txt", log.proof(5, 9)), TestLog.keys(), cosigner);
        assertEquals(NOW.getEpochSecond(), later.timestamp());
    }
}
