package org.claimledger.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.claims.ClaimRevision;
import org.claimledger.crypto.Hex;
import org.claimledger.entry.Entry;
import org.claimledger.entry.EntryTime;
import org.claimledger.entry.EntryType;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.verify.Finding;
import org.claimledger.verify.FindingKind;
import org.claimledger.verify.HistoryNote;
import org.claimledger.verify.VerifyReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 item 4: marco.bianchi's key is found to have been stolen; the newsroom revokes it from the time of the
 * theft, which invalidates what it signed since (a correction and a retraction, genuine or not). Each such entry
 * stays a finding until the newsroom re-affirms it or retracts its claim; then verify is clean and says what
 * happened, as history.
 */
class RevocationRecoveryTest {
    private static final String NK_NEWS = "Bene per Pyongyang";
    private static final String RELATIONS = "Le relazioni tra Russia";

    @TempDir
    Path directory;

    private SeedLedger seed;
    private Instant stolen;
    private Entry correction;
    private Entry retraction;
    private Entry revocation;

    @BeforeEach
    void marcoSignsTwoEntries_thenHisKeyIsRevokedFromBeforeThem() throws Exception {
        seed = SeedLedger.build(directory);
        stolen = seed.step();
        seed.step();
        long nk = seed.claim(NK_NEWS);
        ClaimRevision revision = ClaimRevision.of(ClaimHistory.read(seed.ledger, nk).current().claim(), true);
        revision.set("attribution.who", "NK News");
        correction = new Corrections(seed.ledger).correct(seed.marco, nk, null, revision.draft(), "the portal's name",
                null);
        seed.step();
        retraction = new Corrections(seed.ledger).retract(seed.marco, seed.claim(RELATIONS), "said in 2023");
        seed.step();
        revocation = seed.ledger.revoke(seed.ledgerKey, "marco.bianchi", "laptop stolen", stolen);
        seed.step();
    }

    @AfterEach
    void close() throws LedgerException {
        seed.close();
    }

    @Test
    void unhandled_eachEntryIsAFinding_thatSaysWhatTheNewsroomCanDo() throws Exception {
        List<Finding> findings = seed.verify().findings();
        assertEquals(2, findings.size(), findings.toString());
        Finding onCorrection = findings.get(0);
        assertEquals(correction.seq(), onCorrection.seq());
        assertEquals(FindingKind.KEY_NOT_VALID, onCorrection.kind());
        long nk = seed.claim(NK_NEWS);
        assertTrue(onCorrection.message().endsWith("; if the newsroom stands by it, re-affirm it with a valid key "
                + "('claimledger reaffirm " + correction.seq() + " --reason ...'), or retract claim " + nk
                + " ('claimledger claim retract " + nk + " --reason ...')"), onCorrection.message());
        assertTrue(findings.get(1).message().endsWith("('claimledger reaffirm " + retraction.seq() + " --reason ...')"),
                "a retraction cannot be handled by retracting: " + findings.get(1).message());
    }

    @Test
    void reaffirmedOrRetracted_verifyIsClean_andTheHistorySaysWhoHandledWhat() throws Exception {
        long nk = seed.claim(NK_NEWS);
        Entry withdrawn = new Corrections(seed.ledger).retract(seed.giulia, nk, "we cannot confirm it");
        seed.step();
        Entry reaffirmed = new Reaffirmations(seed.ledger).reaffirm(seed.giulia, retraction.seq(),
                "checked with marco: he did retract it");

        VerifyReport report = seed.verify();
        assertEquals(List.of(), report.findings());
        String revoked = "was signed by marco.bianchi (" + seed.marco.fingerprint() + ") after its revocation from "
                + EntryTime.format(stolen) + " (entry " + revocation.seq() + ")";
        List<String> sentences = report.history().stream().map(HistoryNote::sentence).toList();
        assertTrue(sentences.contains("entry " + correction.seq() + " (a correction of claim " + nk + ") " + revoked
                + "; claim " + nk + " retracted by giulia.rossi in entry " + withdrawn.seq()
                + " (reason: we cannot confirm it)"), sentences.toString());
        assertTrue(sentences.contains("entry " + retraction.seq() + " (the retraction of claim " + seed.claim(RELATIONS)
                + ") " + revoked + "; re-affirmed by giulia.rossi in entry " + reaffirmed.seq()
                + " (reason: checked with marco: he did retract it)"), sentences.toString());
        HistoryNote note = report.history().stream().filter(h -> h.type().equals("reaffirmation")).findFirst()
                .orElseThrow();
        assertEquals(retraction.seq(), note.handles());
        assertEquals(reaffirmed.seq(), note.entry());
        assertEquals(seed.giulia.fingerprint(), note.signer());
    }

    @Test
    void reaffirm_refusesEntriesThatNeedNone_orAreHandledAlready_andStoresNothing() throws Exception {
        Reaffirmations reaffirmations = new Reaffirmations(seed.ledger);
        LedgerException valid = assertThrows(LedgerException.class,
                () -> reaffirmations.reaffirm(seed.giulia, seed.claim(NK_NEWS), "fine"));
        assertEquals(Failure.CONFLICT, valid.failure());
        assertTrue(valid.getMessage().contains("needs no re-affirmation: its signer giulia.rossi"), valid.getMessage());
        LedgerException administrative = assertThrows(LedgerException.class,
                () -> reaffirmations.reaffirm(seed.giulia, revocation.seq(), "fine"));
        assertEquals(Failure.CONFLICT, administrative.failure());
        LedgerException revokedSigner = assertThrows(LedgerException.class,
                () -> reaffirmations.reaffirm(seed.marco, correction.seq(), "it is mine"));
        assertEquals(Failure.KEY_NOT_AUTHORIZED, revokedSigner.failure());
        LedgerException missing = assertThrows(LedgerException.class,
                () -> reaffirmations.reaffirm(seed.giulia, 999, "fine"));
        assertEquals(Failure.NOT_FOUND, missing.failure());

        reaffirmations.reaffirm(seed.giulia, correction.seq(), "checked");
        long size = seed.store().size();
        LedgerException twice = assertThrows(LedgerException.class,
                () -> reaffirmations.reaffirm(seed.giulia, correction.seq(), "again"));
        assertEquals(Failure.CONFLICT, twice.failure());
        assertTrue(twice.getMessage().startsWith("entry " + correction.seq() + " was already re-affirmed by entry "),
                twice.getMessage());
        assertEquals(size, seed.store().size());
    }

    @Test
    void forgedReaffirmations_handleNothing_andAreNamed() throws Exception {
        ObjectNode otherBytes = body(correction.seq(), "ab".repeat(32));
        long wrongHash = seed.forge(EntryType.REAFFIRMATION, otherBytes, seed.giulia.key(), seed.step(), null);
        ObjectNode validTarget = body(seed.claim(NK_NEWS), Hex.encode(seed.claims.get(0).hash()));
        long nothingToDo = seed.forge(EntryType.REAFFIRMATION, validTarget, seed.giulia.key(), seed.step(), null);
        ObjectNode byTheThief = body(retraction.seq(), Hex.encode(retraction.hash()));
        long selfServing = seed.forge(EntryType.REAFFIRMATION, byTheThief, seed.marco.key(), seed.step(), null);

        List<Finding> findings = seed.verify().findings();
        assertEquals(List.of(
                        correction.seq() + " key-not-valid signer",
                        retraction.seq() + " key-not-valid signer",
                        wrongHash + " reaffirmation body.hash",
                        nothingToDo + " reaffirmation body.entry",
                        selfServing + " key-not-valid signer"),
                findings.stream().map(f -> f.seq() + " " + f.kind().code() + " " + f.field()).toList());
    }

    private ObjectNode body(long entry, String hash) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("entry", entry);
        body.put("hash", hash);
        body.put("reason", "forged");
        return body;
    }
}
