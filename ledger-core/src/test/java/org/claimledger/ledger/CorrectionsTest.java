package org.claimledger.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.claimledger.claims.ClaimRevision;
import org.claimledger.claims.ClaimsFile;
import org.claimledger.claims.FieldChange;
import org.claimledger.entry.Entry;
import org.claimledger.entry.EntryType;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.model.Language;
import org.claimledger.model.SourceText;
import org.claimledger.verify.HistoryNote;
import org.claimledger.verify.VerifyReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorrectionsTest {
    private static final String SHELLS = "Putin avrebbe spedito a Kim 9 milioni";
    private static final String NK_NEWS = "Bene per Pyongyang";

    @TempDir
    Path directory;

    private SeedLedger seed;
    private Corrections corrections;

    @BeforeEach
    void build() throws Exception {
        seed = SeedLedger.build(directory);
        corrections = new Corrections(seed.ledger);
    }

    @AfterEach
    void close() throws LedgerException {
        seed.close();
    }

    private ClaimRevision revisionOf(long claim, boolean sameSource) throws LedgerException {
        return ClaimRevision.of(ClaimHistory.read(seed.ledger, claim).current().claim(), sameSource);
    }

    @Test
    void correct_attribution_appendsSecondVersion_withReasonAndFieldDiff() throws Exception {
        long claim = seed.claim(NK_NEWS);
        ClaimRevision revision = revisionOf(claim, true);
        revision.set("attribution.who", "NK News");
        Entry entry = corrections.correct(seed.marco, claim, null, revision.draft(), "the portal is called NK News", null);

        assertEquals(EntryType.CORRECTION, entry.type());
        assertEquals(claim, entry.body().path("claim").asLong());
        assertEquals("the portal is called NK News", entry.body().path("reason").asText());
        ClaimHistory history = ClaimHistory.read(seed.ledger, claim);
        assertEquals(2, history.versions());
        assertEquals(List.of(claim, entry.seq()), history.steps().stream().map(step -> step.entry().seq()).toList());
        ClaimHistory.Step second = history.steps().get(1);
        assertEquals("marco.bianchi", second.signerName());
        assertEquals("the portal is called NK News", second.reason());
        assertEquals(List.of(new FieldChange("attribution.who", "Nk News", "NK News")), second.changes());
        assertEquals("NK News", history.current().claim().attribution().who());
    }

    @Test
    void correct_figure_againstTheCorrectedArticle_changesSourceQuoteAndFigure_andVerifiesClean() throws Exception {
        long claim = seed.claim(SHELLS);
        SourceText corrected = SourceText.fromString(seed.article.replace("9 milioni", "8 milioni"));
        seed.ledger.addSource(seed.giulia, corrected, new SourceMetadata("corrected", null, null, null, Language.IT));
        ClaimRevision revision = revisionOf(claim, false);
        revision.quote("Putin avrebbe spedito a Kim 8 milioni di colpi di artiglieria e munizioni nel 2024", null);
        revision.set("figures[0].text", "8 milioni");
        revision.set("figures[0].value", "8000000");
        Entry entry = corrections.correct(seed.giulia, claim, corrected.id().substring(0, 12), revision.draft(),
                "the report says 8 million", null);

        List<FieldChange> changes = ClaimHistory.read(seed.ledger, claim).steps().get(1).changes();
        assertTrue(changes.contains(new FieldChange("figures[0].value", "9000000", "8000000")), changes.toString());
        assertTrue(changes.contains(new FieldChange("source", seed.sourceId, corrected.id())), changes.toString());
        VerifyReport report = seed.verify();
        assertEquals(List.of(), report.findings());
        assertEquals(1, report.corrections());
        assertEquals(List.of(new HistoryNote(entry.seq(), "correction", claim, seed.giulia.fingerprint(), "giulia.rossi",
                "the report says 8 million")), report.history());
    }

    @Test
    void correct_figureValueThatContradictsItsText_isRefused_andNothingIsAppended() throws Exception {
        long claim = seed.claim(SHELLS);
        long size = seed.store().size();
        ClaimRevision revision = revisionOf(claim, true);
        revision.set("figures[0].value", "8000000");
        LedgerException e = assertThrows(LedgerException.class,
                () -> corrections.correct(seed.giulia, claim, null, revision.draft(), "typo", null));
        assertEquals(Failure.FIGURE_MISMATCH, e.failure());
        assertEquals("figures[0].value: figure text '9 milioni' reads as 9000000 but value is 8000000 (read as it); "
                + "correct the value or the text; nothing was signed", e.getMessage());
        assertEquals(size, seed.store().size());
    }

    @Test
    void correct_thatChangesNothing_isRefused() throws Exception {
        long claim = seed.claim(NK_NEWS);
        LedgerException e = assertThrows(LedgerException.class, () -> corrections.correct(seed.giulia, claim, null,
                revisionOf(claim, true).draft(), "no reason really", null));
        assertEquals(Failure.CONFLICT, e.failure());
        assertEquals("the correction changes nothing in claim " + claim + " (current version: entry " + claim
                + "); nothing was signed", e.getMessage());
    }

    @Test
    void correct_withoutReason_isRefused() throws Exception {
        long claim = seed.claim(NK_NEWS);
        ClaimRevision revision = revisionOf(claim, true);
        revision.set("attribution.who", "NK News");
        LedgerException e = assertThrows(LedgerException.class,
                () -> corrections.correct(seed.giulia, claim, null, revision.draft(), " ", null));
        assertEquals(Failure.INVALID_REQUEST, e.failure());
    }

    @Test
    void retract_marksTheClaim_andARetractedClaimCannotBeCorrectedOrRetractedAgain() throws Exception {
        long claim = seed.claim(NK_NEWS);
        Entry retraction = corrections.retract(seed.giulia, claim, "the portal never said it");
        ClaimHistory history = ClaimHistory.read(seed.ledger, claim);
        assertTrue(history.retracted());
        assertEquals(retraction.seq(), history.retraction().entry().seq());
        assertEquals("the portal never said it", history.retraction().reason());

        ClaimRevision revision = ClaimRevision.of(history.current().claim(), true);
        revision.set("attribution.who", "NK News");
        LedgerException corrected = assertThrows(LedgerException.class,
                () -> corrections.correct(seed.giulia, claim, null, revision.draft(), "rename", null));
        assertEquals(Failure.CONFLICT, corrected.failure());
        assertEquals("claim " + claim + " was retracted by entry " + retraction.seq() + " (the portal never said it) "
                + "and cannot be corrected; sign a new claim instead", corrected.getMessage());
        LedgerException again = assertThrows(LedgerException.class,
                () -> corrections.retract(seed.giulia, claim, "twice"));
        assertEquals(Failure.CONFLICT, again.failure());
    }

    @Test
    void history_ofAnEntryThatIsNoClaim_saysWhatItIs() throws Exception {
        LedgerException source = assertThrows(LedgerException.class, () -> ClaimHistory.read(seed.ledger, 3));
        assertEquals(Failure.NOT_FOUND, source.failure());
        assertEquals("entry 3 is a source entry, not a claim; 'claimledger claims' lists the claims by id",
                source.getMessage());
        LedgerException missing = assertThrows(LedgerException.class, () -> ClaimHistory.read(seed.ledger, 999));
        assertEquals("there is no claim 999; 'claimledger claims' lists the claims by id", missing.getMessage());
    }

    @Test
    void correct_fromAClaimsFile_locatesProblemsInTheFile() throws Exception {
        long claim = seed.claim(NK_NEWS);
        byte[] file = ("{\"v\": 1, \"claims\": [{\n  \"quote\": \"not in the article at all\"\n}]}")
                .getBytes(StandardCharsets.UTF_8);
        ClaimsFile claims = ClaimsFile.read(file, "new-version.json");
        LedgerException e = assertThrows(LedgerException.class, () -> corrections.correct(seed.giulia, claim, null,
                claims.claims().get(0), "replace", claims));
        assertEquals(Failure.NOT_IN_SOURCE, e.failure());
        assertTrue(e.getMessage().startsWith("new-version.json:2:"), e.getMessage());
    }

    @Test
    void currentClaims_applyCorrections_markRetractions_andFilter() throws Exception {
        long shells = seed.claim(SHELLS);
        long nk = seed.claim(NK_NEWS);
        ClaimRevision revision = revisionOf(nk, true);
        revision.set("attribution.who", "NK News");
        corrections.correct(seed.marco, nk, null, revision.draft(), "name", null);
        corrections.retract(seed.giulia, shells, "withdrawn");

        List<CurrentClaims.Standing> all = CurrentClaims.read(seed.ledger, CurrentClaims.Filter.none());
        assertEquals(17, all.size());
        CurrentClaims.Standing corrected = all.stream().filter(c -> c.claimId() == nk).findFirst().orElseThrow();
        assertEquals(2, corrected.versions());
        assertEquals("NK News", corrected.version().path("attribution").path("who").asText());
        assertEquals(16, CurrentClaims.read(seed.ledger, new CurrentClaims.Filter(null, true, null, null, null, null)).size());
        assertEquals(List.of(shells), ids(new CurrentClaims.Filter(null, false, new java.math.BigDecimal("1000000"), null, null, null)));
        assertEquals(List.of(nk), ids(new CurrentClaims.Filter(null, false, null, null, "nk news", null)));
        assertEquals(List.of(nk), ids(new CurrentClaims.Filter(null, false, null, null, null, seed.marco.fingerprint())));
        assertEquals(List.of(), ids(new CurrentClaims.Filter("0".repeat(64), false, null, null, null, null)));
        CurrentClaims.Standing retracted = all.stream().filter(c -> c.claimId() == shells).findFirst().orElseThrow();
        assertTrue(retracted.retracted());
        assertNull(corrected.retraction());
    }

    private List<Long> ids(CurrentClaims.Filter filter) throws LedgerException {
        return CurrentClaims.read(seed.ledger, filter).stream().map(CurrentClaims.Standing::claimId).toList();
    }
}
