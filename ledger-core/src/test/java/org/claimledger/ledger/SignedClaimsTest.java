package org.claimledger.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.claimledger.claims.ClaimDraft;
import org.claimledger.claims.ClaimResolver;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.entry.Entry;
import org.claimledger.model.Claim;
import org.claimledger.model.Language;
import org.claimledger.model.Qualifier;
import org.claimledger.model.SourceText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignedClaimsTest {
    private static final String SOLDIERS = "più di 11.000 soldati l'anno scorso";

    @TempDir
    Path dir;

    SeedLedger seed;

    @BeforeEach
    void build() throws Exception {
        seed = SeedLedger.build(dir);
    }

    @AfterEach
    void close() throws LedgerException {
        seed.ledger.close();
    }

    private static ClaimDraft soldiers(String value, String unit) {
        return new ClaimDraft("", SOLDIERS, null, null, null, List.of(new ClaimDraft.FigureDraft("/figures/0", "11.000",
                value, null, unit, Qualifier.MORE_THAN, null, null, null)), null);
    }

    private Claim resolve(ClaimDraft draft) throws Exception {
        return new ClaimResolver(SourceText.fromString(seed.article), Language.IT).resolve(draft);
    }

    @Test
    void sameness_isTheQuoteSpanAndTheFiguresSpansAndValues_notTheirWords() throws Exception {
        assertEquals(SignedClaims.Sameness.of(resolve(soldiers("11000", "soldati"))),
                SignedClaims.Sameness.of(resolve(soldiers("11000", "militari nordcoreani"))));
        ClaimDraft noFigure = new ClaimDraft("", SOLDIERS, null, null, null, List.of(), null);
        assertNotEquals(SignedClaims.Sameness.of(resolve(soldiers("11000", "soldati"))),
                SignedClaims.Sameness.of(resolve(noFigure)));
    }

    @Test
    void aClaimSignedAgain_isFound_untilItIsRetracted() throws Exception {
        Entry signed = seed.ledger.signClaim(seed.giulia, seed.sourceId, soldiers("11000", "soldati"));
        LedgerException twice = assertThrows(LedgerException.class,
                () -> seed.ledger.signClaim(seed.giulia, seed.sourceId, soldiers("11000", "soldati")));
        assertEquals(Failure.CONFLICT, twice.failure());
        new Corrections(seed.ledger).retract(seed.giulia, signed.seq(), "withdrawn");
        seed.step();
        assertNull(SignedClaims.of(seed.ledger, seed.sourceId).claimSaying(
                SignedClaims.Sameness.of(resolve(soldiers("11000", "soldati")))));
    }

    @Test
    void catchUp_readsWhatAnotherEditorAppendedMeanwhile() throws Exception {
        SignedClaims before = SignedClaims.of(seed.ledger, seed.sourceId);
        SignedClaims.Sameness sameness = SignedClaims.Sameness.of(resolve(soldiers("11000", "soldati")));
        assertNull(before.claimSaying(sameness));
        try (Ledger other = Ledger.open(seed.location, seed.clock)) {
            long id = other.signClaim(seed.marco, seed.sourceId, soldiers("11000", "soldati")).seq();
            before.catchUp(seed.ledger);
            assertEquals(id, before.claimSaying(sameness));
        }
    }
}
