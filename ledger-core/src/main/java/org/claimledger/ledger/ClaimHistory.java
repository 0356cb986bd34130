package org.claimledger.ledger;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.claims.ClaimDiff;
import org.claimledger.claims.FieldChange;
import org.claimledger.entry.ClaimBody;
import org.claimledger.entry.Entry;
import org.claimledger.entry.EntryType;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.json.FieldException;
import org.claimledger.json.JsonFields;
import org.claimledger.keys.KeyRecord;
import org.claimledger.keys.KeyRegistry;
import org.claimledger.model.Claim;
import org.claimledger.store.StoredEntry;

/**
 * Every entry of one claim, in ledger order: the claim, its corrections and its retraction, each with who signed
 * it, when, why, and what changed. Read from the ledger as stored: 'claimledger verify' says whether to believe it.
 */
public final class ClaimHistory {
    /**
     * One step: the entry, its signer (id and enrolled name), the reason (null for the first version), the version it
     * makes current (null for a retraction) and the fields it changed from the version before.
     */
    public record Step(Entry entry, String signer, String signerName, String reason, ObjectNode version, Claim claim,
            List<FieldChange> changes) {
        public EntryType type() {
            return entry.type();
        }

        public boolean isRetraction() {
            return entry.type() == EntryType.RETRACTION;
        }
    }

    private final long claimId;
    private final List<Step> steps;

    private ClaimHistory(long claimId, List<Step> steps) {
        this.claimId = claimId;
        this.steps = List.copyOf(steps);
    }

    /** Reads the history of the claim whose first entry is claimId; NOT_FOUND when that entry is not a claim. */
    public static ClaimHistory read(Ledger ledger, long claimId) throws LedgerException {
        List<StoredEntry> stored = ledger.store().entriesOfClaim(claimId);
        if (stored.isEmpty() || stored.get(0).seq() != claimId) {
            throw notAClaim(ledger, claimId);
        }
        List<Entry> entries = new ArrayList<>();
        for (StoredEntry row : stored) {
            entries.add(Ledger.parse(row));
        }
        return of(claimId, entries, ledger.keys());
    }

    /**
     * The history made of a claim's entries, given in ledger order (the claim entry first, then its corrections and
     * retraction), with signers named from the keys; STORAGE when an entry does not belong to the claim or is damaged.
     */
    public static ClaimHistory of(long claimId, List<Entry> entries, KeyRegistry keys) throws LedgerException {
        List<Step> steps = new ArrayList<>();
        ObjectNode previous = null;
        for (Entry entry : entries) {
            EntryType type = entry.type();
            boolean first = steps.isEmpty();
            boolean belongs = first ? type == EntryType.CLAIM
                    : (type == EntryType.CORRECTION || type == EntryType.RETRACTION)
                            && JsonFields.exactLong(entry.body().get("claim"), -1) == claimId;
            if (!belongs) {
                throw new LedgerException(Failure.STORAGE, "entry " + entry.seq() + " is indexed under claim " + claimId
                        + " but is a " + entry.typeCode() + (first ? "" : " of claim " + entry.body().path("claim"))
                        + "; the ledger was altered: run 'claimledger verify'");
            }
            KeyRecord signer = keys.key(entry.signer());
            String signerName = signer == null ? "(unknown key)" : signer.name();
            String reason = first ? null : entry.body().path("reason").asText(null);
            if (type == EntryType.RETRACTION) {
                steps.add(new Step(entry, entry.signer(), signerName, reason, null, null, List.of()));
                continue;
            }
            ObjectNode version = versionOf(entry.body());
            Claim claim;
            try {
                claim = ClaimBody.fromJson(JsonFields.of(version, "/body"));
            } catch (FieldException e) {
                throw new LedgerException(Failure.STORAGE, "entry " + entry.seq() + " is damaged (" + e.getMessage()
                        + "); run 'claimledger verify'");
            }
            List<FieldChange> changes = previous == null ? List.of() : ClaimDiff.between(previous, version);
            steps.add(new Step(entry, entry.signer(), signerName, reason, version, claim, changes));
            previous = version;
        }
        return new ClaimHistory(claimId, steps);
    }

    private static LedgerException notAClaim(Ledger ledger, long claimId) throws LedgerException {
        if (claimId >= 0 && claimId < ledger.store().size()) {
            Entry entry = ledger.entry(claimId);
            return new LedgerException(Failure.NOT_FOUND, "entry " + claimId + " is a " + entry.typeCode()
                    + " entry, not a claim" + (entry.type() == EntryType.CORRECTION || entry.type() == EntryType.RETRACTION
                            ? " (it belongs to claim " + entry.body().path("claim") + ")" : "")
                    + "; 'claimledger claims' lists the claims by id");
        }
        return new LedgerException(Failure.NOT_FOUND, "there is no claim " + claimId + "; 'claimledger claims' lists "
                + "the claims by id");
    }

    /** The claim's own members of a claim or correction body (a correction's "claim" and "reason" removed). */
    public static ObjectNode versionOf(ObjectNode body) {
        ObjectNode version = body.deepCopy();
        version.remove("claim");
        version.remove("reason");
        return version;
    }

    public long claimId() {
        return claimId;
    }

    public List<Step> steps() {
        return steps;
    }

    /** The step whose version stands now (the last claim or correction), retracted or not. */
    public Step current() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (!steps.get(i).isRetraction()) {
                return steps.get(i);
            }
        }
        throw new IllegalStateException("a claim history without a claim entry");
    }

    /** The retraction, or null. */
    public Step retraction() {
        for (Step step : steps) {
            if (step.isRetraction()) {
                return step;
            }
        }
        return null;
    }

    public boolean retracted() {
        return retraction() != null;
    }

    /** How many versions the claim has had (the claim and each correction). */
    public int versions() {
        return (int) steps.stream().filter(step -> !step.isRetraction()).count();
    }
}
