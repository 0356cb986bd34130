package org.claimledger.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.claims.ClaimRevision;
import org.claimledger.crypto.NamedKey;
import org.claimledger.entry.ClaimBody;
import org.claimledger.entry.Entry;
import org.claimledger.entry.EntryType;
import org.claimledger.failure.LedgerException;
import org.claimledger.verify.Finding;
import org.claimledger.verify.FindingKind;
import org.claimledger.verify.VerifyReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attacks on the lifecycle by someone holding the H2 file (plain SQL, append-only triggers dropped first) and,
 * where the attack needs one, a private key. Each must be found and named by entry and field.
 */
class LifecycleAttackTest {
    private static final String NK_NEWS = "Bene per Pyongyang";

    @TempDir
    Path directory;

    private SeedLedger seed;

    @BeforeEach
    void build() throws Exception {
        seed = SeedLedger.build(directory);
    }

    @AfterEach
    void close() throws LedgerException {
        seed.close();
    }

    private ObjectNode correctionOf(long claim, String who, String reason) throws LedgerException {
        ClaimRevision revision = ClaimRevision.of(ClaimHistory.read(seed.ledger, claim).current().claim(), true);
        revision.set("attribution.who", who);
        ObjectNode body;
        try {
            body = ClaimBody.toJson(new org.claimledger.claims.ClaimResolver(
                    seed.ledger.source(seed.sourceId).text(), org.claimledger.model.Language.IT).resolve(revision.draft()));
        } catch (org.claimledger.claims.ClaimProblem e) {
            throw new AssertionError(e.getMessage(), e);
        }
        body.put("claim", claim);
        body.put("reason", reason);
        return body;
    }

    private static Finding only(VerifyReport report) {
        assertEquals(1, report.findings().size(), report.findings().toString());
        return report.findings().get(0);
    }

    @Test
    void entrySignedWithARevokedKeyAfterItsRevocation_isFound_atTheEntrysSigner() throws Exception {
        seed.ledger.revoke(seed.ledgerKey, "marco.bianchi", "left the newsroom", null);
        Instant later = seed.step();
        long claim = seed.claim(NK_NEWS);
        long forged = seed.forge(EntryType.CORRECTION, correctionOf(claim, "Yonhap", "forged"), seed.marco.key(), later,
                claim);

        Finding finding = only(seed.verify());
        assertEquals(forged, finding.seq());
        assertEquals(FindingKind.KEY_NOT_VALID, finding.kind());
        assertEquals("signer", finding.field());
        assertTrue(finding.message().contains("was revoked from"), finding.message());
    }

    @Test
    void correctionForgedWithAnUnenrolledKey_isFound_asUnknownSigner() throws Exception {
        NamedKey stranger = SeedLedger.key("stranger", 42);
        long claim = seed.claim(NK_NEWS);
        long forged = seed.forge(EntryType.CORRECTION, correctionOf(claim, "Yonhap", "forged"), stranger.key(),
                seed.step(), claim);

        VerifyReport report = seed.verify();
        Finding finding = only(report);
        assertEquals(forged, finding.seq());
        assertEquals(FindingKind.UNKNOWN_SIGNER, finding.kind());
        assertEquals("signer", finding.field());
        assertEquals(stranger.fingerprint(), finding.actual());
        assertEquals(List.of(), report.history(), "a forged correction is not history");
    }

    @Test
    void revocationEntryDeletedWithPlainSql_isFound_asAChainBreakAtTheNextEntry() throws Exception {
        Entry revocation = seed.ledger.revoke(seed.ledgerKey, "marco.bianchi", "left the newsroom", null);
        seed.step();
        long claim = seed.claim(NK_NEWS);
        ClaimRevision revision = ClaimRevision.of(ClaimHistory.read(seed.ledger, claim).current().claim(), true);
        revision.set("attribution.who", "NK News");
        Entry next = new Corrections(seed.ledger).correct(seed.giulia, claim, null, revision.draft(), "name", null);
        assertEquals(revocation.seq() + 1, next.seq());

        seed.sql("DELETE FROM cl_entries WHERE seq = " + revocation.seq());

        VerifyReport report = seed.verify();
        // The stored tree still covers the deleted entry, so it disagrees with the entries too.
        assertTrue(report.findings().stream().anyMatch(f -> f.kind() == FindingKind.TREE), report.findings().toString());
        List<Finding> findings = report.findings().stream().filter(f -> f.kind() != FindingKind.TREE).toList();
        assertEquals(2, findings.size(), findings.toString());
        assertEquals(next.seq(), findings.get(0).seq());
        assertEquals(FindingKind.CHAIN_BROKEN, findings.get(0).kind());
        assertEquals("prev", findings.get(0).field());
        assertEquals(next.seq(), findings.get(1).seq());
        assertEquals(FindingKind.ENTRY_MISSING, findings.get(1).kind());
        assertEquals("seq", findings.get(1).field());
        assertEquals("entry " + revocation.seq() + " is missing: the ledger jumps from entry " + (revocation.seq() - 1)
                + " to entry " + next.seq(), findings.get(1).message());
    }

    @Test
    void correctionPointingAtAMissingClaim_isFound_atBodyClaim() throws Exception {
        ObjectNode body = correctionOf(seed.claim(NK_NEWS), "Yonhap", "points nowhere");
        body.put("claim", 9999);
        long forged = seed.forge(EntryType.CORRECTION, body, seed.giulia.key(), seed.step(), 9999L);

        Finding finding = only(seed.verify());
        assertEquals(forged, finding.seq());
        assertEquals(FindingKind.CLAIM_REFERENCE, finding.kind());
        assertEquals("body.claim", finding.field());
        assertEquals("the correction points at claim 9999, which is not a claim of this ledger", finding.message());
    }

    @Test
    void correctionPointingAtAnEntryThatIsNoClaim_isFound_atBodyClaim() throws Exception {
        ObjectNode body = correctionOf(seed.claim(NK_NEWS), "Yonhap", "points at the source entry");
        body.put("claim", 3);
        long forged = seed.forge(EntryType.CORRECTION, body, seed.giulia.key(), seed.step(), 3L);

        Finding finding = only(seed.verify());
        assertEquals(forged, finding.seq());
        assertEquals("body.claim", finding.field());
    }

    @Test
    void retractionWithoutReason_isFound_atBodyReason() throws Exception {
        long claim = seed.claim(NK_NEWS);
        ObjectNode body = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        body.put("claim", claim);
        long forged = seed.forge(EntryType.RETRACTION, body, seed.giulia.key(), seed.step(), claim);

        Finding finding = only(seed.verify());
        assertEquals(forged, finding.seq());
        assertEquals(FindingKind.CLAIM_REFERENCE, finding.kind());
        assertEquals("body.reason", finding.field());
    }

    @Test
    void correctionHiddenFromHistoryByEditingItsClaimIdColumn_isFound_atClaimId() throws Exception {
        long claim = seed.claim(NK_NEWS);
        ClaimRevision revision = ClaimRevision.of(ClaimHistory.read(seed.ledger, claim).current().claim(), true);
        revision.set("attribution.who", "NK News");
        Entry correction = new Corrections(seed.ledger).correct(seed.giulia, claim, null, revision.draft(), "name", null);

        seed.sql("UPDATE cl_entries SET claim_id = NULL WHERE seq = " + correction.seq());

        assertEquals(1, ClaimHistory.read(seed.ledger, claim).versions(), "history reads the index");
        Finding finding = only(seed.verify());
        assertEquals(correction.seq(), finding.seq());
        assertEquals(FindingKind.INDEX_MISMATCH, finding.kind());
        assertEquals("claim_id", finding.field());
    }

    @Test
    void correctionWithItsFigureEditedBySql_isTampering_notHistory() throws Exception {
        long claim = seed.claim(NK_NEWS);
        ClaimRevision revision = ClaimRevision.of(ClaimHistory.read(seed.ledger, claim).current().claim(), true);
        revision.set("attribution.who", "NK News");
        Entry correction = new Corrections(seed.ledger).correct(seed.giulia, claim, null, revision.draft(), "name", null);
        assertEquals(1, seed.verify().history().size());

        seed.sql("UPDATE cl_entries SET leaf = REPLACE(leaf, '\"who\":\"NK News\"', '\"who\":\"Yonhap\"') WHERE seq = "
                + correction.seq());

        VerifyReport report = seed.verify();
        // The correction is the last entry, so no later prev shows that its leaf changed: the stale entry_hash
        // column and leaf tree node say so too.
        List<String> derived = report.findings().stream().filter(f -> f.kind() == FindingKind.TREE
                || f.kind() == FindingKind.INDEX_MISMATCH).map(Finding::field).toList();
        assertEquals(List.of("entry_hash", "cl_tree"), derived, report.findings().toString());
        List<Finding> signed = report.findings().stream().filter(f -> f.kind() != FindingKind.TREE
                && f.kind() != FindingKind.INDEX_MISMATCH).toList();
        assertEquals(1, signed.size(), signed.toString());
        Finding finding = signed.get(0);
        assertEquals(correction.seq(), finding.seq());
        assertEquals(FindingKind.FIELD_CHANGED, finding.kind());
        assertEquals("body.attribution.who", finding.field());
        assertEquals(List.of(), report.history());
    }

    @Test
    void revocationForgedWithAnEditorKey_isFoundAtItself_andDoesNotTaintTheRevokedKeysEarlierEntries() throws Exception {
        ObjectNode body = Ledger.revokeBody(seed.giulia.fingerprint(), "forged", Instant.parse("2025-06-01T00:00:00Z"),
                null);
        long forged = seed.forge(EntryType.KEY_REVOKE, body, seed.marco.key(), seed.step(), null);

        Finding finding = only(seed.verify());
        assertEquals(forged, finding.seq());
        assertEquals(FindingKind.KEY_NOT_VALID, finding.kind());
        assertEquals("signer", finding.field());
    }

    @Test
    void enrolmentSignedValidlyByAnEditorKey_authorizesNothing() throws Exception {
        NamedKey intruder = SeedLedger.key("intruder", 43);
        long enrolment = seed.forge(EntryType.KEY_ENROLL, Ledger.enrollBody(new org.claimledger.entry.KeyBody(
                intruder.name(), intruder.publicKey())), seed.giulia.key(), seed.step(), null);
        long claim = seed.claim(NK_NEWS);
        long correction = seed.forge(EntryType.CORRECTION, correctionOf(claim, "Yonhap", "by the intruder"),
                intruder.key(), seed.step(), claim);

        List<Finding> findings = seed.verify().findings();
        assertEquals(2, findings.size(), findings.toString());
        assertEquals(enrolment, findings.get(0).seq());
        assertEquals(FindingKind.KEY_NOT_VALID, findings.get(0).kind());
        assertEquals(correction, findings.get(1).seq());
        assertEquals(FindingKind.UNKNOWN_SIGNER, findings.get(1).kind());
    }

    @Test
    void genuineBackdatedRevocation_stillReachesTheEntriesBeforeIt() throws Exception {
        Instant compromised = seed.clock.instant().minusSeconds(90);
        seed.ledger.revoke(seed.ledgerKey, "giulia.rossi", "laptop stolen", compromised);

        VerifyReport report = seed.verify();
        assertEquals(18, report.findings().size(), "the source and the 17 claims were signed after the compromise");
        assertTrue(report.findings().stream().allMatch(f -> f.kind() == FindingKind.KEY_NOT_VALID
                && f.field().equals("signer")), report.findings().toString());
    }
}
