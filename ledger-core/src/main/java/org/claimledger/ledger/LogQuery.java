package org.claimledger.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimledger.entry.Entry;
import org.claimledger.entry.EntryType;
import org.claimledger.entry.MalformedEntryException;
import org.claimledger.failure.LedgerException;
import org.claimledger.store.LedgerStore;
import org.claimledger.store.StoredEntry;

/**
 * Which entries a listing shows: positions from {@code from} on, filtered by type, signer (key id), source (the
 * source entry itself and the claims and corrections that rest on it) and time (since inclusive, until exclusive),
 * oldest or newest first, at most {@code limit} of them. Reads the store as a stream, a window at a time when
 * newest first, so a long ledger is never held in memory. Reading is not verifying: filters read the entries as
 * stored, and an entry that cannot be parsed is passed on as damaged when no filter is set (with a filter it can
 * match nothing).
 */
public record LogQuery(long from, Long limit, Set<EntryType> types, String signerId, String sourceId, Instant since,
        Instant until, boolean newestFirst) {
    private static final int WINDOW = 1000;

    /** Receives what the listing shows, in order. */
    public interface Listing {
        void entry(Entry entry) throws LedgerException;

        void damaged(StoredEntry stored, String problem) throws LedgerException;
    }

    public LogQuery {
        if (from < 0) {
            throw new IllegalArgumentException("from must be 0 or more, got " + from);
        }
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, got " + limit);
        }
        types = types == null ? Set.of() : Set.copyOf(types);
    }

    private boolean filtered() {
        return !types.isEmpty() || signerId != null || sourceId != null || since != null || until != null;
    }

    boolean matches(Entry entry) {
        if (!types.isEmpty() && !types.contains(entry.type())) {
            return false;
        }
        if (signerId != null && !signerId.equals(entry.signer())) {
            return false;
        }
        if (sourceId != null && !sourceId.equals(entry.body().path(entry.type() == EntryType.SOURCE ? "id" : "source")
                .asText(null))) {
            return false;
        }
        if (since != null && entry.instant().isBefore(since)) {
            return false;
        }
        return until == null || entry.instant().isBefore(until);
    }

    /** Streams what the query selects to the listing; returns how many entries (and damaged ones) it listed. */
    public long run(LedgerStore store, Listing listing) throws LedgerException {
        long size = store.size();
        long[] listed = {0};
        if (newestFirst) {
            for (long end = size; end > from && !full(listed[0]); end -= WINDOW) {
                List<StoredEntry> window = new ArrayList<>(WINDOW);
                store.forEachEntry(Math.max(from, end - WINDOW), end, window::add);
                for (int i = window.size() - 1; i >= 0 && !full(listed[0]); i--) {
                    listed[0] += offer(window.get(i), listing);
                }
            }
        } else {
            for (long start = from; start < size && !full(listed[0]); start += WINDOW) {
                store.forEachEntry(start, Math.min(size, start + WINDOW), stored -> {
                    if (!full(listed[0])) {
                        listed[0] += offer(stored, listing);
                    }
                });
            }
        }
        return listed[0];
    }

    private boolean full(long listed) {
        return limit != null && listed >= limit;
    }

    private int offer(StoredEntry stored, Listing listing) throws LedgerException {
        Entry entry;
        try {
            entry = Entry.parse(stored.leaf());
        } catch (MalformedEntryException e) {
            if (filtered()) {
                return 0;
            }
            listing.damaged(stored, e.getMessage());
            return 1;
        }
        if (!matches(entry)) {
            return 0;
        }
        listing.entry(entry);
        return 1;
    }
}
