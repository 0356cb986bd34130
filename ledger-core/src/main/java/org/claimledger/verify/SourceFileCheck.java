package org.claimledger.verify;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimledger.entry.ClaimBody;
import org.claimledger.entry.Entry;
import org.claimledger.entry.EntryType;
import org.claimledger.entry.MalformedEntryException;
import org.claimledger.failure.LedgerException;
import org.claimledger.json.FieldException;
import org.claimledger.json.JsonFields;
import org.claimledger.model.Claim;
import org.claimledger.model.Figure;
import org.claimledger.model.SourceText;
import org.claimledger.model.Span;

/**
 * Does an auditor's copy of a source still say what the signed claims quote? Every current claim on that
 * source (corrections applied, retractions dropped) is checked at its span; a quote found elsewhere in the
 * file has moved (noted), a quote found nowhere has changed (a finding that names the claim).
 */
public final class SourceFileCheck {
    private final LedgerFeed feed;

    private SourceFileCheck(LedgerFeed feed) {
        this.feed = feed;
    }

    private record Version(long seq, Claim claim) {
    }

    /**
     * Checks the file against the source it is a copy of: the registered source with the same hash, else
     * {@code sourceId} when given, else the registered source most of whose quotes the file contains.
     */
    public static void check(LedgerFeed feed, SourceText file, String fileName, String sourceId, VerifyReport report)
            throws LedgerException {
        new SourceFileCheck(feed).run(file, fileName, sourceId, report);
    }

    private void run(SourceText file, String fileName, String sourceId, VerifyReport report) throws LedgerException {
        Map<Long, Version> all = currentClaims();
        Map<String, Integer> quotesFound = new HashMap<>();
        Map<String, Integer> claimsPerSource = new HashMap<>();
        for (Version version : all.values()) {
            String source = version.claim().sourceId();
            claimsPerSource.merge(source, 1, Integer::sum);
            if (!file.find(version.claim().quote().text()).isEmpty()) {
                quotesFound.merge(source, 1, Integer::sum);
            }
        }
        String chosen = chooseSource(file, sourceId, quotesFound, claimsPerSource, fileName, report);
        if (chosen == null) {
            report.add(Finding.of(null, FindingKind.SOURCE_FILE_CHANGED, "source", fileName + " matches no source of "
                    + "this ledger: none of its signed quotes occur in it; pass --source-id to name the source"));
            return;
        }
        int matching = 0;
        int moved = 0;
        int changed = 0;
        for (Map.Entry<Long, Version> current : all.entrySet()) {
            Version version = current.getValue();
            if (!version.claim().sourceId().equals(chosen)) {
                continue;
            }
            switch (checkClaim(current.getKey(), version, file, fileName, report)) {
                case MATCHES -> matching++;
                case MOVED -> moved++;
                case CHANGED -> changed++;
            }
        }
        report.note(fileName + " against source " + ClaimCheck.shortId(chosen) + ": " + matching + " of "
                + (matching + moved + changed) + " current claims match at their spans, " + moved + " moved but unchanged, "
                + changed + " no longer supported");
    }

    private String chooseSource(SourceText file, String sourceId, Map<String, Integer> quotesFound,
            Map<String, Integer> claimsPerSource, String fileName, VerifyReport report) {
        if (claimsPerSource.containsKey(file.id())) {
            report.note(fileName + " is byte for byte the registered source " + ClaimCheck.shortId(file.id())
                    + " (after normalization)");
            return file.id();
        }
        if (sourceId != null) {
            for (String id : claimsPerSource.keySet()) {
                if (id.startsWith(sourceId)) {
                    report.note(fileName + " differs from registered source " + ClaimCheck.shortId(id)
                            + ": its SHA-256 is " + file.id());
                    return id;
                }
            }
            return null;
        }
        String best = null;
        for (Map.Entry<String, Integer> candidate : quotesFound.entrySet()) {
            if (best == null || candidate.getValue() > quotesFound.get(best)) {
                best = candidate.getKey();
            }
        }
        if (best == null && claimsPerSource.size() == 1) {
            best = claimsPerSource.keySet().iterator().next();
        }
        if (best != null) {
            report.note(fileName + " differs from registered source " + ClaimCheck.shortId(best) + " (its SHA-256 is "
                    + file.id() + "); compared with that source: the file still contains " + quotesFound.getOrDefault(best, 0)
                    + " of its " + claimsPerSource.get(best) + " quotes");
        }
        return best;
    }

    private enum Outcome { MATCHES, MOVED, CHANGED }

    private Outcome checkClaim(long claimId, Version version, SourceText file, String fileName, VerifyReport report) {
        Claim claim = version.claim();
        String quote = claim.quote().text();
        String atSpan = file.textAt(claim.quote().span());
        if (quote.equals(atSpan)) {
            return Outcome.MATCHES;
        }
        List<Span> elsewhere = file.find(quote);
        if (!elsewhere.isEmpty()) {
            report.note("claim " + claimId + ": quote moved in " + fileName + " from bytes " + claim.quote().span()
                    + " to " + elsewhere.get(0) + ", unchanged");
            return Outcome.MOVED;
        }
        report.add(Finding.mismatch(version.seq(), FindingKind.SOURCE_FILE_CHANGED, "body.quote.text", quote,
                atSpan == null ? "(nothing: the file is shorter)" : atSpan, "claim " + claimId + ": " + fileName
                        + " no longer contains the signed quote"));
        for (int i = 0; i < claim.figures().size(); i++) {
            Figure figure = claim.figures().get(i);
            String now = file.textAt(figure.span());
            if (!figure.text().equals(now)) {
                report.add(Finding.mismatch(version.seq(), FindingKind.SOURCE_FILE_CHANGED, "body.figures[" + i + "].text",
                        figure.text(), now == null ? "(nothing: the file is shorter)" : now, "claim " + claimId
                                + ": the file no longer says '" + figure.text() + "' at bytes " + figure.span()));
            }
        }
        return Outcome.CHANGED;
    }

    /** The latest version of every claim not retracted, keyed by claim id, in id order. */
    private Map<Long, Version> currentClaims() throws LedgerException {
        Map<Long, Version> current = new LinkedHashMap<>();
        feed.forEachEntry(stored -> {
            Entry entry;
            try {
                entry = Entry.parse(stored.leaf());
            } catch (MalformedEntryException e) {
                return; // The ledger check reports it.
            }
            EntryType type = entry.type();
            if (type != EntryType.CLAIM && type != EntryType.CORRECTION && type != EntryType.RETRACTION) {
                return;
            }
            try {
                JsonFields body = JsonFields.of(entry.body(), "/body");
                switch (type) {
                    case CLAIM -> current.put(entry.seq(), new Version(entry.seq(), ClaimBody.fromJson(body)));
                    case CORRECTION -> current.replace(body.integer("claim"),
                            new Version(entry.seq(), ClaimBody.fromJson(body)));
                    default -> current.remove(body.integer("claim"));
                }
            } catch (FieldException e) {
                // The ledger check reports malformed bodies.
            }
        });
        return current;
    }

}
