package org.claimledger.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimledger.ledger.ClaimHistory;
import org.claimledger.verify.Finding;
import org.claimledger.verify.FindingKind;

/**
 * Where each of verify's findings belongs in the report: what is wrong with a claim (an edited field, a span or figure
 * that no longer holds) on the card of the claim whose entry it concerns (the claim, one of its corrections or its
 * retraction); what is wrong with a source's registration on that source's page; the chain, the keys, checkpoints,
 * trust and entries that cannot be read on the index. A finding on the key that signed a claim is both on the index
 * (with the keys) and on the claim's card (whose signature it puts in doubt).
 */
final class FindingPlaces {
    private static final Set<FindingKind> LEDGER_WIDE = EnumSet.of(FindingKind.CHAIN_BROKEN, FindingKind.ENTRY_MISSING,
            FindingKind.ENTRY_MOVED, FindingKind.INDEX_MISMATCH, FindingKind.TIME_BACKWARDS, FindingKind.GENESIS,
            FindingKind.TRUST, FindingKind.NAME, FindingKind.CHECKPOINT, FindingKind.TREE, FindingKind.LEDGER_KEY,
            FindingKind.STORAGE, FindingKind.FOREIGN_OBJECT, FindingKind.WITNESS);
    private static final Set<FindingKind> KEYS = EnumSet.of(FindingKind.UNKNOWN_SIGNER, FindingKind.KEY_NOT_VALID);

    private final Map<Long, List<Finding>> byClaim = new HashMap<>();
    private final Map<String, List<Finding>> bySource = new HashMap<>();
    private final List<Finding> ledger = new ArrayList<>();
    private final LedgerContents contents;

    FindingPlaces(List<Finding> findings, LedgerContents contents) {
        this.contents = contents;
        for (Finding finding : findings) {
            Long claim = claimOf(finding);
            String source = sourceOf(finding);
            if (claim != null) {
                byClaim.computeIfAbsent(claim, id -> new ArrayList<>()).add(finding);
            }
            if (source != null) {
                bySource.computeIfAbsent(source, id -> new ArrayList<>()).add(finding);
            }
            if ((claim == null && source == null) || KEYS.contains(finding.kind())) {
                ledger.add(finding);
            }
        }
    }

    /** The claim with a card that the finding belongs on, or null. */
    Long claimOf(Finding finding) {
        if (finding.seq() == null || LEDGER_WIDE.contains(finding.kind())) {
            return null;
        }
        Long claim = contents.claimOfEntry(finding.seq());
        return claim != null && contents.claim(claim) != null ? claim : null;
    }

    /** The registered source whose page the finding belongs on, or null. */
    String sourceOf(Finding finding) {
        if (finding.seq() == null || LEDGER_WIDE.contains(finding.kind())) {
            return null;
        }
        String source = contents.sourceOfEntry(finding.seq());
        return source != null && contents.source(source) != null ? source : null;
    }

    List<Finding> onClaim(long claimId) {
        return byClaim.getOrDefault(claimId, List.of());
    }

    List<Finding> onSource(String sourceId) {
        return bySource.getOrDefault(sourceId, List.of());
    }

    /** Findings about the ledger as a whole, its keys and chain, or entries that have no card or page (in entry order). */
    List<Finding> onLedger() {
        return ledger;
    }

    /** How many findings the claims of one source carry. */
    int onClaimsOf(List<ClaimHistory> claims) {
        int count = 0;
        for (ClaimHistory claim : claims) {
            count += onClaim(claim.claimId()).size();
        }
        return count;
    }
}
