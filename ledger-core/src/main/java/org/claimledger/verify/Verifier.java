package org.claimledger.verify;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.claimledger.crypto.Ed25519PublicKey;
import org.claimledger.crypto.Hex;
import org.claimledger.crypto.Sha256;
import org.claimledger.entry.ClaimBody;
import org.claimledger.entry.DeclaredName;
import org.claimledger.entry.Entry;
import org.claimledger.entry.EntryTime;
import org.claimledger.entry.EntryType;
import org.claimledger.entry.Envelope;
import org.claimledger.entry.KeyBody;
import org.claimledger.entry.MalformedEntryException;
import org.claimledger.entry.SourceBody;
import org.claimledger.failure.LedgerException;
import org.claimledger.json.FieldException;
import org.claimledger.json.JsonFields;
import org.claimledger.keys.KeyRecord;
import org.claimledger.keys.KeyRegistry;
import org.claimledger.keys.KeyRole;
import org.claimledger.merkle.CompactRange;
import org.claimledger.merkle.TreeHash;
import org.claimledger.model.Claim;
import org.claimledger.model.SourceRecord;
import org.claimledger.model.SourceText;
import org.claimledger.store.StoredEntry;
import org.claimledger.store.StoredTree;

/**
 * The auditor: reads a ledger once, in order, in constant memory, and reports every entry that is not
 * exactly what its signer signed, not chained to its predecessor, not signed by a key valid for it, or whose
 * claims no longer match their sources. Signatures are checked on all cores while the scan goes on.
 */
public final class Verifier {
    private final LedgerFeed feed;
    private final VerifyReport report = new VerifyReport();
    private final KeyRegistry registry = new KeyRegistry();
    /**
     * Every key the registry has held, by id, for the workers to check signatures with ahead of the ordered checks
     * (whether a key may sign an entry is decided in order, and the workers' outcome is used only for that key).
     */
    private final Map<String, Ed25519PublicKey> enrolledKeys = new ConcurrentHashMap<>();
    private final SourceTexts sources;
    private final ClaimCheck claimCheck;
    private final CompactRange tree = CompactRange.empty();
    /** Revocations read ahead of the scan: key id to the revocation, so backdated revocations reach earlier entries. */
    private final Map<String, Revocation> revocationsAhead = new HashMap<>();
    private final Set<Long> revocationSeqsAhead = new HashSet<>();
    /**
     * Entries invalidated by a revocation read ahead, by the revocation's seq: counted only once the scan reaches
     * that revocation and finds it genuine, so a forged revocation cannot make genuine entries look invalid.
     */
    private final Map<Long, List<RevokedKeyEntries.Invalid>> pendingOnRevocation = new HashMap<>();
    /** Entries signed by a key after its revocation, and the re-affirmations and retractions that may handle them. */
    private final RevokedKeyEntries revoked = new RevokedKeyEntries(report);
    private final ClaimReferences references;
    private final ChainCheck chain;
    /** Every stored tree node, checked against the nodes the scan completes (null for a feed with no stored tree). */
    private final StoredTreeCheck storedTree;
    /** The first corrections and retractions, kept to report as history once their signatures are checked. */

    private final RootSizes rootSizes;
    /** Tree sizes whose scanned root the caller needs; filled once the genesis entry has named the origin. */
    private final Set<Long> wantedRoots = new HashSet<>();
    private boolean rootSizesAsked;
    /** An entry_hash mismatch held back until the next entry shows whether the column or the leaf changed. */
    private Finding staleHash;
    private String staleHashColumn;


    private record Revocation(long seq, Instant from) {
    }


    /**
     * The tree sizes at which a caller needs the root computed from the scanned leaves (to compare checkpoints
     * with), asked once entry 0 has been read so that the answer may depend on the origin it declares (null
     * when entry 0 declares none).
     */
    @FunctionalInterface
    public interface RootSizes {
        Collection<Long> sizes(String origin) throws LedgerException;
    }

    /** Hears each entry's leaf hash, in scan order, as the scan computes it. */
    @FunctionalInterface
    public interface LeafSink {
        void leaf(byte[] leafHash) throws LedgerException;
    }

    private final LeafSink leaves;

    private Verifier(LedgerFeed feed, RootSizes rootSizes, LeafSink leaves) {
        this.feed = feed;
        this.rootSizes = rootSizes;
        this.leaves = leaves;
        this.sources = new SourceTexts(feed);
        this.claimCheck = new ClaimCheck(sources, report);
        this.references = new ClaimReferences(report);
        this.chain = new ChainCheck(report);
        StoredTree storedTree = feed.storedTree();
        this.storedTree = storedTree == null ? null : new StoredTreeCheck(storedTree, report);
    }

    /** Verifies the whole ledger the feed holds. */
    public static VerifyReport verify(LedgerFeed feed) throws LedgerException {
        return verify(feed, origin -> List.of());
    }

    /** Verifies the whole ledger and also keeps the scanned roots at the sizes asked for ({@link VerifyReport#rootAt}). */
    public static VerifyReport verify(LedgerFeed feed, RootSizes rootSizes) throws LedgerException {
        return verify(feed, rootSizes, leafHash -> { });
    }

    /** The same, handing every leaf hash to the sink as the scan goes (the auditor's state keeps them). */
    public static VerifyReport verify(LedgerFeed feed, RootSizes rootSizes, LeafSink leaves) throws LedgerException {
        return new Verifier(feed, rootSizes, leaves).run();
    }

    private VerifyReport run() throws LedgerException {
        readRevocationsAhead();
        try (ScanPipeline<Prepared> pipeline = ScanPipeline.start(feed::forEachEntry, this::prepare)) {
            for (ScanPipeline.Batch<Prepared> batch; (batch = pipeline.next()) != null; ) {
                for (int i = 0; i < batch.stored().size(); i++) {
                    check(batch.stored().get(i), batch.prepared().get(i), pipeline);
                    keepRoot();
                }
            }
            pipeline.finish();
        }
        settleEntryHash(null);
        if (storedTree != null) {
            storedTree.finish();
        }
        // A revocation read ahead but never reached in the scan: keep what it says rather than lose it.
        pendingOnRevocation.values().forEach(invalid -> invalid.forEach(entry -> report.add(entry.finding())));
        revoked.resolve();
        references.reportHistory();
        if (!chain.sawEntries()) {
            report.add(Finding.of(null, FindingKind.GENESIS, "seq", "the ledger has no entries, not even a genesis entry"));
        }
        report.origin(registry.origin());
        report.ledgerKeys(registry.keys().stream()
                .filter(key -> key.role() == org.claimledger.keys.KeyRole.LEDGER)
                .map(KeyRecord::publicKey)
                .toList());
        report.checkpointKeys(size -> {
            KeyRecord signer = registry.ledgerKeyForTreeSize(size);
            return signer == null ? null : signer.publicKey();
        });
        report.root(tree.root());
        return report;
    }

    // The scanned root at a size, while the scan is there: a second compact range would cost the same.
    private void keepRoot() throws LedgerException {
        if (!rootSizesAsked) {
            rootSizesAsked = true;
            wantedRoots.addAll(rootSizes.sizes(registry.origin()));
        }
        if (wantedRoots.contains(tree.size())) {
            report.rootAt(tree.size(), tree.root());
        }
    }

    private void readRevocationsAhead() throws LedgerException {
        for (StoredEntry stored : feed.revocations()) {
            try {
                Entry entry = Entry.parse(stored.leaf());
                JsonFields body = JsonFields.of(entry.body(), "/body");
                Instant from = body.has("from") ? EntryTime.parse(body.text("from")) : entry.instant();
                revocationsAhead.merge(body.text("key"), new Revocation(entry.seq(), from),
                        (a, b) -> a.seq <= b.seq ? a : b);
                revocationSeqsAhead.add(stored.seq());
            } catch (MalformedEntryException | FieldException | IllegalArgumentException e) {
                // Reported when the scan reaches the entry.
            }
        }
    }

    /**
     * What the workers make of an entry ahead of the ordered checks: its leaf parsed (or why it could not be), its
     * leaf hash, a claim's body read, and its signature and field digests checked against the key its signer id
     * names if that key was already enrolled when the workers got to it (outcome null otherwise). Whether that key
     * may sign the entry is decided in ledger order; the outcome is used only when the key decided on is this one.
     */
    private record Prepared(Entry entry, MalformedEntryException problem, byte[] leafHash, Claim claim,
            FieldException claimProblem, SignatureCheck.Outcome outcome) {
    }

    /** Runs on the workers: nothing here may touch the verifier's state but the keys enrolled so far. */
    private Prepared prepare(StoredEntry stored) {
        Entry entry;
        try {
            entry = Entry.parse(stored.leaf());
        } catch (MalformedEntryException e) {
            return new Prepared(null, e, TreeHash.leafHash(stored.leaf()), null, null, null);
        }
        Claim claim = null;
        FieldException claimProblem = null;
        EntryType type = entry.type();
        if (type == EntryType.CLAIM) {
            try {
                claim = ClaimBody.fromJson(entry.bodyFields());
            } catch (FieldException e) {
                claimProblem = e;
            }
        }
        Ed25519PublicKey key = enrolledKeys.get(entry.signer());
        SignatureCheck.Outcome outcome = key == null ? null : SignatureCheck.compute(entry, key);
        return new Prepared(entry, null, entry.hash(), claim, claimProblem, outcome);
    }

    /** The workers' outcome when they checked the entry with the key decided on, else null. */
    private static SignatureCheck.Outcome preparedWith(Prepared prepared, Ed25519PublicKey key) {
        SignatureCheck.Outcome outcome = prepared.outcome();
        return outcome != null && Objects.equals(outcome.key(), key) ? outcome : null;
    }

    /** An administrative entry's signature, checked before the entry may change the registry. */
    private static SignatureCheck.Outcome outcomeNow(Prepared prepared, Ed25519PublicKey key) {
        SignatureCheck.Outcome outcome = preparedWith(prepared, key);
        return outcome != null ? outcome : SignatureCheck.compute(prepared.entry(), key);
    }

    /**
     * An editorial entry's signature and digests: the workers' outcome when they used this key (the signer's key
     * was enrolled before they read the entry), else checked on the workers now, in any order.
     */
    private void checkSignature(Entry entry, Prepared prepared, Signer signer, ScanPipeline<Prepared> pipeline) {
        if (signer.key != null) {
            report.countSignatures(1);
        }
        SignatureCheck.Outcome outcome = preparedWith(prepared, signer.key);
        if (outcome != null) {
            SignatureCheck.findings(entry, outcome, signer.name).forEach(report::add);
        } else {
            pipeline.execute(() -> SignatureCheck.check(entry, signer.key, signer.name).forEach(report::add));
        }
    }

    private void check(StoredEntry stored, Prepared parsed, ScanPipeline<Prepared> pipeline) throws LedgerException {
        report.countEntry();
        long position = stored.seq();
        chain.position(position);
        byte[] leafHash = parsed.leafHash();
        tree.append(leafHash);
        leaves.leaf(leafHash);
        Entry entry = parsed.entry();
        String prev = entry == null ? null : entry.prev();
        settleEntryHash(prev);
        if (storedTree != null) {
            storedTree.settle(prev);
            storedTree.leaf(leafHash);
        }
        if (stored.hasIndex()) {
            checkEntryHash(stored, leafHash);
        }
        if (entry == null) {
            MalformedEntryException e = parsed.problem();
            report.add(Finding.of(position, e.field().equals(Envelope.V) ? FindingKind.UNKNOWN_VERSION
                    : FindingKind.MALFORMED_ENTRY, e.field(), e.getMessage()));
            chain.unreadable(leafHash);
            return;
        }
        chain.entry(position, entry, leafHash);
        EntryType type = entry.type();
        if (type == null) {
            report.add(Finding.mismatch(position, FindingKind.UNKNOWN_VERSION, "type", "a known entry type",
                    entry.typeCode(), "entry type '" + entry.typeCode() + "' is unknown to this verifier"));
            return;
        }
        if (stored.hasIndex()) {
            checkIndex(stored, entry, type);
        }
        if ((position == 0) != (type == EntryType.GENESIS)) {
            report.add(Finding.mismatch(position, FindingKind.GENESIS, "type", position == 0 ? "genesis" : "not genesis",
                    type.code(), position == 0 ? "entry 0 must be the genesis entry" : "a second genesis entry"));
        }
        Signer signer = signer(entry, type, leafHash);
        if (type.isAdministrative()) {
            checkNames(entry, type);
            // Only an entry the current ledger key really signed may change the registry: an enrolment or
            // revocation signed by any other key, even validly, authorizes nothing.
            boolean genuine = signer.authorized();
            for (Finding finding : SignatureCheck.findings(entry, outcomeNow(parsed, signer.key), signer.name)) {
                report.add(finding);
                genuine = false;
            }
            if (signer.key != null) {
                report.countSignatures(1);
            }
            if (type == EntryType.KEY_REVOKE && !stored.hasIndex() && !revocationSeqsAhead.contains(position)) {
                report.add(Finding.mismatch(position, FindingKind.INDEX_MISMATCH, "entry_type",
                        EntryType.KEY_REVOKE.code(), "(another type)", "the revocation is not indexed as one: the "
                                + "entry_type column was altered, which hides it from key look-ups"));
            }
            boolean applied = genuine && apply(entry);
            if (applied) {
                registry.keys().forEach(key -> enrolledKeys.putIfAbsent(key.id(), key.publicKey()));
            }
            if (type == EntryType.KEY_REVOKE) {
                List<RevokedKeyEntries.Invalid> resting = pendingOnRevocation.remove(position);
                if (applied && resting != null) {
                    resting.forEach(revoked::invalid);
                }
            }
        } else {
            checkSignature(entry, parsed, signer, pipeline);
            checkBody(entry, type, parsed);
        }
    }

    /**
     * The entry_hash column is not signed and nothing trusts it; a value other than the leaf's hash is held until
     * the next entry is read: if that entry's prev is the column's value, it is the leaf that changed (chain-broken
     * and the entry's own findings say so), and the stale column is no news.
     */
    private void checkEntryHash(StoredEntry stored, byte[] leafHash) {
        // Compared without encoding the hash first: this runs on the scan's one ordered thread for every entry.
        if (!Hex.isEncodingOf(stored.indexedHash(), leafHash)) {
            String expected = Hex.encode(leafHash);
            staleHashColumn = stored.indexedHash();
            staleHash = Finding.mismatch(stored.seq(), FindingKind.INDEX_MISMATCH, "entry_hash", expected,
                    stored.indexedHash(), "the entry_hash column does not hold the hash of the entry's leaf bytes: "
                            + "it was altered (appends and verify hash the leaf itself, so the chain is unaffected)");
        }
    }

    /** Reports the entry_hash mismatch held back, unless the next entry's prev (null: none) shows the leaf changed. */
    private void settleEntryHash(String nextPrev) {
        if (staleHash != null && (nextPrev == null || !nextPrev.equals(staleHashColumn))) {
            report.add(staleHash);
        }
        staleHash = null;
        staleHashColumn = null;
    }

    /**
     * The index columns are not signed, but key look-ups, history and the revocations read ahead rely on them:
     * altering one would hide a revocation or a correction without touching a signed byte.
     */
    private void checkIndex(StoredEntry stored, Entry entry, EntryType type) {
        long seq = stored.seq();
        if (!entry.typeCode().equals(stored.indexedType())) {
            report.add(Finding.mismatch(seq, FindingKind.INDEX_MISMATCH, "entry_type", entry.typeCode(),
                    stored.indexedType(), "the entry_type column does not match the entry's type: it was altered, which "
                            + "hides the entry from look-ups by type (keys, revocations, sources)"));
        }
        Long claim = claimOf(entry, type);
        if (!java.util.Objects.equals(claim, stored.indexedClaim())) {
            report.add(Finding.mismatch(seq, FindingKind.INDEX_MISMATCH, "claim_id", String.valueOf(claim),
                    String.valueOf(stored.indexedClaim()), "the claim_id column does not match the claim the entry "
                            + "belongs to: it was altered, which hides the entry from (or adds it to) a claim's history"));
        }
    }

    /** The origin and key names an administrative entry declares must be ones no other name can pass for. */
    private void checkNames(Entry entry, EntryType type) {
        if (type == EntryType.GENESIS) {
            checkName(entry.seq(), "body.origin", "origin", entry.body().path("origin"));
        }
        if (type == EntryType.GENESIS || type == EntryType.KEY_ENROLL || type == EntryType.LEDGER_KEY) {
            checkName(entry.seq(), "body.key.name", "key name", entry.body().path("key").path("name"));
        }
    }

    private void checkName(long seq, String field, String what, JsonNode node) {
        if (!node.isTextual()) {
            return; // A missing or non-text name is a malformed entry, reported where the body is read.
        }
        String problem = DeclaredName.problem(node.asText());
        if (problem != null) {
            report.add(Finding.of(seq, FindingKind.NAME, field, "the " + what + " '" + node.asText() + "' is not a "
                    + "name this ledger may declare: " + problem));
        }
    }

    /** The claim an entry belongs to: a claim's own seq, a correction's or retraction's target, else null. */
    private static Long claimOf(Entry entry, EntryType type) {
        return switch (type) {
            case CLAIM -> entry.seq();
            case CORRECTION, RETRACTION -> {
                long target = JsonFields.exactLong(entry.body().get("claim"), -1);
                yield target < 0 ? null : target;
            }
            default -> null;
        };
    }

    /** The key to check the signature with (null when unknown), and whether it may sign this entry at all. */
    private record Signer(Ed25519PublicKey key, String name, boolean authorized) {
        Signer(Ed25519PublicKey key, String name) {
            this(key, name, key != null);
        }
    }

    private Signer signer(Entry entry, EntryType type, byte[] leafHash) {
        long seq = entry.seq();
        if (type == EntryType.GENESIS) {
            try {
                KeyBody key = KeyBody.fromJson(JsonFields.of(entry.body(), "/body").object("key"));
                if (!key.id().equals(entry.signer())) {
                    report.add(Finding.mismatch(seq, FindingKind.KEY_NOT_VALID, "signer", key.id(), entry.signer(),
                            "the genesis entry must be signed by the ledger key it declares"));
                }
                return new Signer(key.publicKey(), key.name() + " (" + key.id() + ")");
            } catch (FieldException e) {
                report.add(Finding.of(seq, FindingKind.MALFORMED_ENTRY, e.fieldName(), e.getMessage()));
                return new Signer(null, entry.signer());
            }
        }
        KeyRecord record = registry.key(entry.signer());
        if (record == null) {
            report.add(Finding.mismatch(seq, FindingKind.UNKNOWN_SIGNER, "signer", "a key enrolled before entry " + seq,
                    entry.signer(), "entry is signed by key " + entry.signer()
                            + ", which no earlier entry of this ledger enrolled"));
            return new Signer(null, entry.signer());
        }
        String refusal = registry.refusal(seq, type, entry.signer(), entry.instant());
        if (refusal == null && !type.isAdministrative()) {
            Revocation ahead = revocationsAhead.get(entry.signer());
            if (ahead != null && ahead.seq > seq && !entry.instant().isBefore(ahead.from)) {
                pendingOnRevocation.computeIfAbsent(ahead.seq, revocation -> new ArrayList<>()).add(invalid(entry,
                        type, leafHash, record, ahead.seq, ahead.from, "signer " + KeyRegistry.describe(record)
                                + " was revoked from " + EntryTime.format(ahead.from) + " by entry " + ahead.seq
                                + ", before this entry's time " + entry.time()));
            }
        }
        if (refusal != null && !type.isAdministrative() && record.role() == KeyRole.EDITOR
                && record.enrolledSeq() < seq && record.revokedAt(entry.instant())) {
            // Its only fault is the revocation: the newsroom may still re-affirm it, or retract its claim.
            revoked.invalid(invalid(entry, type, leafHash, record, record.revokedSeq(), record.revokedFrom(), refusal));
        } else if (refusal != null) {
            report.add(Finding.of(seq, FindingKind.KEY_NOT_VALID, "signer", refusal));
        }
        return new Signer(record.publicKey(), KeyRegistry.describe(record), refusal == null);
    }

    /**
     * An editorial entry signed by a key at or after its revocation took effect: its finding (kept unless the entry
     * is handled, with what the editor can do about it) and what a history line says about it.
     */
    private static RevokedKeyEntries.Invalid invalid(Entry entry, EntryType type, byte[] leafHash, KeyRecord signer,
            long revocation, Instant from, String why) {
        long seq = entry.seq();
        Long claim = claimOf(entry, type);
        String what = switch (type) {
            case CLAIM -> "claim " + seq;
            case CORRECTION -> "a correction of claim " + claim;
            case RETRACTION -> "the retraction of claim " + claim;
            default -> "a " + type.code();
        };
        String remedy = "; if the newsroom stands by it, re-affirm it with a valid key ('claimledger reaffirm " + seq
                + " --reason ...')" + (claim != null && type != EntryType.RETRACTION ? ", or retract claim " + claim
                        + " ('claimledger claim retract " + claim + " --reason ...')" : "");
        return new RevokedKeyEntries.Invalid(seq, Hex.encode(leafHash), type == EntryType.RETRACTION ? null : claim,
                "entry " + seq + " (" + what + ") was signed by " + KeyRegistry.describe(signer) + " after its "
                        + "revocation from " + EntryTime.format(from) + " (entry " + revocation + ")",
                Finding.of(seq, FindingKind.KEY_NOT_VALID, "signer", why + remedy));
    }

    /** Applies a genuine administrative entry to the registry; false when its body does not allow it. */
    private boolean apply(Entry entry) {
        try {
            registry.apply(entry);
            return true;
        } catch (FieldException e) {
            report.add(Finding.of(entry.seq(), entry.type() == EntryType.LEDGER_KEY ? FindingKind.LEDGER_KEY
                    : FindingKind.MALFORMED_ENTRY, e.fieldName(), e.getMessage()));
            return false;
        }
    }

    private void checkBody(Entry entry, EntryType type, Prepared prepared) throws LedgerException {
        long seq = entry.seq();
        try {
            if (type == EntryType.CLAIM) {
                // The commonest entry, its body read by the workers.
                report.countClaim();
                references.claim(seq);
                if (prepared.claimProblem() != null) {
                    throw prepared.claimProblem();
                }
                claimCheck.check(seq, prepared.claim());
                return;
            }
            JsonFields body = JsonFields.of(entry.body(), "/body");
            switch (type) {
                case SOURCE -> checkSource(seq, SourceBody.fromJson(body));
                case CORRECTION -> {
                    report.countCorrection();
                    long target = references.target(seq, body, "correction");
                    claimCheck.check(seq, ClaimBody.fromJson(body));
                    references.noteChange(entry, "correction", target, body, signerName(entry));
                }
                case RETRACTION -> {
                    report.countRetraction();
                    long target = references.target(seq, body, "retraction");
                    if (target >= 0) {
                        references.retract(target);
                        revoked.retraction(seq, target, entry.signer(), signerName(entry),
                                body.has("reason") ? body.text("reason") : "");
                    }
                    references.noteChange(entry, "retraction", target, body, signerName(entry));
                }
                case REAFFIRMATION -> {
                    long target = body.integer("entry");
                    String reason = body.has("reason") ? body.text("reason") : "";
                    if (reason.isBlank()) {
                        report.add(Finding.of(seq, FindingKind.REAFFIRMATION, "body.reason",
                                "a re-affirmation must give a reason"));
                    }
                    revoked.reaffirmation(seq, target, body.text("hash"), entry.signer(), signerName(entry), reason);
                }
                default -> throw new IllegalStateException("administrative entry in checkBody: " + type);
            }
        } catch (FieldException e) {
            report.add(Finding.of(seq, FindingKind.MALFORMED_ENTRY, e.fieldName(), e.getMessage()));
        }
    }

    private String signerName(Entry entry) {
        KeyRecord signer = registry.key(entry.signer());
        return signer == null ? entry.signer() : signer.name();
    }

    private void checkSource(long seq, SourceRecord record) throws LedgerException {
        report.countSource();
        String stored = feed.sourceText(record.id());
        if (stored == null) {
            report.add(Finding.of(seq, FindingKind.SOURCE_MISSING, "body.id", "the text of source " + record.id()
                    + " is missing from the ledger"));
            sources.register(record.id(), seq, record.language(), null);
            return;
        }
        byte[] bytes = stored.getBytes(StandardCharsets.UTF_8);
        String actual = Hex.encode(Sha256.hash(bytes));
        if (!actual.equals(record.id())) {
            report.add(Finding.mismatch(seq, FindingKind.SOURCE_HASH, "body.id", record.id(), actual,
                    "the stored text of source " + ClaimCheck.shortId(record.id()) + " was changed: it now hashes to "
                            + actual + " (" + bytes.length + " bytes; " + record.length() + " were signed)"));
        } else if (bytes.length != record.length()) {
            report.add(Finding.mismatch(seq, FindingKind.SOURCE_HASH, "body.length", Long.toString(bytes.length),
                    Long.toString(record.length()), "the source's signed length does not match its text"));
        }
        sources.register(record.id(), seq, record.language(), SourceText.fromString(stored));
    }
}
