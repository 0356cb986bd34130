package org.claimledger.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.entry.Entry;
import org.claimledger.entry.EntryType;
import org.claimledger.entry.MalformedEntryException;
import org.claimledger.failure.LedgerException;
import org.claimledger.json.JsonFields;

/**
 * The claims as they stand now: each claim's latest version (corrections applied) and whether it was retracted,
 * read in one pass over the ledger and filtered. Reading is not verifying: 'claimledger verify' checks them.
 */
public final class CurrentClaims {
    /**
     * What to list: claims of one source (full id), only those not retracted, with a figure whose value (or
     * range) meets [min, max], attributed to a party whose name contains who (any case), or with any version or
     * retraction signed by the key with id signer. Null means no condition.
     */
    public record Filter(String sourceId, boolean currentOnly, BigDecimal min, BigDecimal max, String who, String signer) {
        public static Filter none() {
            return new Filter(null, false, null, null, null, null);
        }
    }

    /** A claim now: its id, how many versions it has had, the entry whose version stands, and its retraction. */
    public record Standing(long claimId, int versions, Entry current, ObjectNode version, Entry retraction,
            Set<String> signers) {
        public boolean retracted() {
            return retraction != null;
        }
    }

    private static final class Builder {
        final long claimId;
        int versions = 1;
        Entry current;
        Entry retraction;
        final Set<String> signers = new LinkedHashSet<>();

        Builder(Entry claim) {
            this.claimId = claim.seq();
            this.current = claim;
            signers.add(claim.signer());
        }
    }

    private CurrentClaims() {
    }

    public static List<Standing> read(Ledger ledger, Filter filter) throws LedgerException {
        Map<Long, Builder> claims = new LinkedHashMap<>();
        ledger.store().forEachEntry(stored -> {
            Entry entry;
            try {
                entry = Entry.parse(stored.leaf());
            } catch (MalformedEntryException e) {
                return; // Damaged entries are verify's to report.
            }
            EntryType type = entry.type();
            if (type == EntryType.CLAIM) {
                claims.put(entry.seq(), new Builder(entry));
            } else if (type == EntryType.CORRECTION || type == EntryType.RETRACTION) {
                Builder claim = claims.get(JsonFields.exactLong(entry.body().get("claim"), -1));
                if (claim == null) {
                    return;
                }
                claim.signers.add(entry.signer());
                if (type == EntryType.CORRECTION) {
                    claim.versions++;
                    claim.current = entry;
                } else if (claim.retraction == null) {
                    claim.retraction = entry;
                }
            }
        });
        List<Standing> standing = new ArrayList<>();
        for (Builder claim : claims.values()) {
            Standing now = new Standing(claim.claimId, claim.versions, claim.current,
                    ClaimHistory.versionOf(claim.current.body()), claim.retraction, Set.copyOf(claim.signers));
            if (matches(now, filter)) {
                standing.add(now);
            }
        }
        return standing;
    }

    static boolean matches(Standing claim, Filter filter) {
        JsonNode version = claim.version();
        if (filter.currentOnly() && claim.retracted()) {
            return false;
        }
        if (filter.sourceId() != null && !filter.sourceId().equals(version.path("source").asText())) {
            return false;
        }
        if (filter.signer() != null && !claim.signers().contains(filter.signer())) {
            return false;
        }
        if (filter.who() != null) {
            String who = version.path("attribution").path("who").asText("");
            if (!who.toLowerCase(Locale.ROOT).contains(filter.who().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        if (filter.min() != null || filter.max() != null) {
            boolean any = false;
            for (JsonNode figure : version.path("figures")) {
                any |= inRange(figure, filter.min(), filter.max());
            }
            return any;
        }
        return true;
    }

    private static boolean inRange(JsonNode figure, BigDecimal min, BigDecimal max) {
        try {
            BigDecimal low = new BigDecimal(figure.path("value").asText());
            BigDecimal high = figure.hasNonNull("upper") ? new BigDecimal(figure.path("upper").asText()) : low;
            return (min == null || high.compareTo(min) >= 0) && (max == null || low.compareTo(max) <= 0);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
