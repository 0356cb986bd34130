package org.claimledger.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimledger.entry.ClaimBody;
import org.claimledger.entry.Entry;
import org.claimledger.entry.EntryType;
import org.claimledger.entry.MalformedEntryException;
import org.claimledger.entry.SourceBody;
import org.claimledger.failure.LedgerException;
import org.claimledger.json.FieldException;
import org.claimledger.json.JsonFields;
import org.claimledger.keys.KeyRecord;
import org.claimledger.keys.KeyRegistry;
import org.claimledger.ledger.ClaimHistory;
import org.claimledger.model.SourceRecord;
import org.claimledger.verify.LedgerFeed;

/**
 * What a ledger holds, read in one pass from a database or a bundle, as stored: its origin and size, its keys with
 * their enrolments and revocations, its sources, every claim with its history, and its latest checkpoint note.
 * Reading is not verifying: an entry that cannot be read is left out (verify names it), and nothing here says
 * whether to believe the rest; the report shows verify's findings beside it.
 */
public final class LedgerContents {
    /** A registered source: the entry that registered it, its signed description, and who registered it when. */
    public record Source(long seq, SourceRecord record, String signer, String signerName, String time) {
    }

    /** The latest checkpoint note the ledger stores (untrusted text), and the tree size it is stored under. */
    public record StoredCheckpoint(long size, String note) {
    }

    private final String origin;
    private final long entries;
    private final List<KeyRecord> keys;
    private final Map<String, Source> sources;
    private final Map<Long, ClaimHistory> claims;
    private final Map<Long, Long> claimOfEntry;
    private final Map<Long, String> sourceOfEntry;
    private final StoredCheckpoint checkpoint;
    private final Map<String, List<ClaimHistory>> claimsBySource = new HashMap<>();

    private LedgerContents(String origin, long entries, List<KeyRecord> keys, Map<String, Source> sources,
            Map<Long, ClaimHistory> claims, Map<Long, Long> claimOfEntry, Map<Long, String> sourceOfEntry,
            StoredCheckpoint checkpoint) {
        this.origin = origin;
        this.entries = entries;
        this.keys = keys;
        this.sources = sources;
        this.claims = claims;
        this.claimOfEntry = claimOfEntry;
        this.sourceOfEntry = sourceOfEntry;
        this.checkpoint = checkpoint;
        for (ClaimHistory claim : claims.values()) {
            claimsBySource.computeIfAbsent(claim.current().claim().sourceId(), id -> new ArrayList<>()).add(claim);
        }
    }

    /** Reads every entry of the feed once, in order; memory grows with the claims, never with the source texts. */
    public static LedgerContents read(LedgerFeed feed) throws LedgerException {
        Reader reader = new Reader();
        feed.forEachEntry(stored -> reader.entry(stored.leaf()));
        List<Long> sizes = feed.checkpointSizes();
        StoredCheckpoint checkpoint = null;
        for (int i = sizes.size() - 1; i >= 0 && checkpoint == null; i--) {
            String note = feed.checkpoint(sizes.get(i));
            checkpoint = note == null ? null : new StoredCheckpoint(sizes.get(i), note);
        }
        Map<Long, ClaimHistory> claims = new LinkedHashMap<>();
        for (Map.Entry<Long, List<Entry>> claim : reader.claimEntries.entrySet()) {
            try {
                claims.put(claim.getKey(), ClaimHistory.of(claim.getKey(), claim.getValue(), reader.keys));
            } catch (LedgerException e) {
                // The reader kept only entries that read as versions of this claim; nothing else can fail here.
                throw new IllegalStateException(e);
            }
        }
        Map<String, Source> sources = new LinkedHashMap<>();
        for (Reader.Registered registered : reader.sources) {
            KeyRecord signer = reader.keys.key(registered.entry.signer());
            sources.putIfAbsent(registered.record.id(), new Source(registered.entry.seq(), registered.record,
                    registered.entry.signer(), signer == null ? null : signer.name(), registered.entry.time()));
        }
        return new LedgerContents(reader.keys.origin(), reader.count, reader.keys.inOrder(), sources, claims,
                reader.claimOfEntry, reader.sourceOfEntry, checkpoint);
    }

    /** Collects what one pass sees; an entry it cannot read is skipped. */
    private static final class Reader {
        private record Registered(Entry entry, SourceRecord record) {
        }

        final KeyRegistry keys = new KeyRegistry();
        final List<Registered> sources = new ArrayList<>();
        final Map<Long, List<Entry>> claimEntries = new LinkedHashMap<>();
        final Map<Long, Long> claimOfEntry = new HashMap<>();
        final Map<Long, String> sourceOfEntry = new HashMap<>();
        long count;

        void entry(byte[] leaf) {
            count++;
            Entry entry;
            try {
                entry = Entry.parse(leaf);
            } catch (MalformedEntryException e) {
                return;
            }
            EntryType type = entry.type();
            if (type == null) {
                return;
            }
            try {
                switch (type) {
                    case GENESIS, KEY_ENROLL, KEY_REVOKE, LEDGER_KEY -> {
                        if (type != EntryType.GENESIS || keys.origin() == null) {
                            keys.apply(entry);
                        }
                    }
                    case SOURCE -> {
                        SourceRecord record = SourceBody.fromJson(JsonFields.of(entry.body(), "/body"));
                        sources.add(new Registered(entry, record));
                        sourceOfEntry.put(entry.seq(), record.id());
                    }
                    case CLAIM -> {
                        claimOfEntry.put(entry.seq(), entry.seq());
                        ClaimBody.fromJson(JsonFields.of(ClaimHistory.versionOf(entry.body()), "/body"));
                        claimEntries.put(entry.seq(), new ArrayList<>(List.of(entry)));
                    }
                    case CORRECTION, RETRACTION -> {
                        long claim = JsonFields.exactLong(entry.body().get("claim"), -1);
                        if (claim < 0) {
                            return;
                        }
                        claimOfEntry.put(entry.seq(), claim);
                        List<Entry> history = claimEntries.get(claim);
                        if (history == null) {
                            return;
                        }
                        if (type == EntryType.CORRECTION) {
                            ClaimBody.fromJson(JsonFields.of(ClaimHistory.versionOf(entry.body()), "/body"));
                        }
                        history.add(entry);
                    }
                    default -> {
                        // A kind of entry the report does not show: verify's findings still reach the index.
                    }
                }
            } catch (FieldException | IllegalArgumentException e) {
                // Unreadable as its type: verify reports it, and the report shows that finding.
            }
        }
    }

    /** The origin the genesis entry declares, or null when it cannot be read. */
    public String origin() {
        return origin;
    }

    /** How many entries the ledger stores, readable or not. */
    public long entries() {
        return entries;
    }

    /** Every key the chain declares, in enrolment order, with its role and any revocation or succession. */
    public List<KeyRecord> keys() {
        return keys;
    }

    /** The registered sources in ledger order (a source registered twice keeps its first registration). */
    public Collection<Source> sources() {
        return sources.values();
    }

    public Source source(String id) {
        return sources.get(id);
    }

    /** Every readable claim in ledger order, each with its versions, corrections and retraction. */
    public Collection<ClaimHistory> claims() {
        return claims.values();
    }

    public ClaimHistory claim(long id) {
        return claims.get(id);
    }

    /** The claims whose current version rests on this source, in ledger order. */
    public List<ClaimHistory> claimsOn(String sourceId) {
        return claimsBySource.getOrDefault(sourceId, List.of());
    }

    /** The claims whose current version cites a source no entry registers, in ledger order. */
    public List<ClaimHistory> claimsOnNoRegisteredSource() {
        List<ClaimHistory> orphans = new ArrayList<>();
        for (Map.Entry<String, List<ClaimHistory>> on : claimsBySource.entrySet()) {
            if (!sources.containsKey(on.getKey())) {
                orphans.addAll(on.getValue());
            }
        }
        orphans.sort(java.util.Comparator.comparingLong(ClaimHistory::claimId));
        return orphans;
    }

    /** The claim an entry belongs to (a claim, correction or retraction entry), or null. */
    public Long claimOfEntry(long seq) {
        return claimOfEntry.get(seq);
    }

    /** The source a source entry registers, or null. */
    public String sourceOfEntry(long seq) {
        return sourceOfEntry.get(seq);
    }

    /** The latest stored checkpoint note, or null when the ledger stores none. */
    public StoredCheckpoint checkpoint() {
        return checkpoint;
    }
}
