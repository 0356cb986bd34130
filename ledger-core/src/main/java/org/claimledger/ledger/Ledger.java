package org.claimledger.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.claims.ClaimDraft;
import org.claimledger.claims.ClaimProblem;
import org.claimledger.claims.ClaimResolver;
import org.claimledger.claims.ClaimsFile;
import org.claimledger.crypto.Ed25519PublicKey;
import org.claimledger.crypto.NamedKey;
import org.claimledger.entry.ClaimBody;
import org.claimledger.entry.DeclaredName;
import org.claimledger.entry.Entry;
import org.claimledger.entry.EntryTime;
import org.claimledger.entry.EntryType;
import org.claimledger.entry.KeyBody;
import org.claimledger.entry.MalformedEntryException;
import org.claimledger.entry.SourceBody;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.Excerpt;
import org.claimledger.input.InputLimits;
import org.claimledger.json.FieldException;
import org.claimledger.json.JsonFields;
import org.claimledger.keys.KeyRecord;
import org.claimledger.keys.KeyRegistry;
import org.claimledger.keys.KeyRole;
import org.claimledger.model.Claim;
import org.claimledger.model.SourceRecord;
import org.claimledger.model.SourceText;
import org.claimledger.store.AppendWork;
import org.claimledger.store.Appender;
import org.claimledger.store.LedgerLocation;
import org.claimledger.store.LedgerStore;
import org.claimledger.store.LockWait;
import org.claimledger.store.StoredEntry;

/**
 * What editors do to a ledger: create it, enrol and revoke keys, register sources, sign claims. Every
 * action is checked in full before anything is written, and written in one transaction.
 */
public final class Ledger implements AutoCloseable {
    private static final List<String> KEY_ENTRY_TYPES = List.of(EntryType.GENESIS.code(), EntryType.KEY_ENROLL.code(),
            EntryType.KEY_REVOKE.code(), EntryType.LEDGER_KEY.code());

    private final LedgerStore store;
    private final Clock clock;

    private Ledger(LedgerStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Creates a ledger whose genesis entry declares the origin and the ledger key, signed by that key. */
    public static Ledger create(LedgerLocation location, String origin, NamedKey ledgerKey, Clock clock)
            throws LedgerException {
        requireLength("origin", origin, InputLimits.NAME);
        requireDeclarable("origin", origin, Failure.INVALID_REQUEST);
        LedgerStore store = LedgerStore.create(location);
        Ledger ledger = new Ledger(store, clock);
        try {
            store.append(appender -> {
                ObjectNode body = JsonNodeFactory.instance.objectNode();
                body.put("origin", origin);
                body.set("key", new KeyBody(ledgerKey.name(), ledgerKey.publicKey()).toJson());
                return appender.append(EntryType.GENESIS, body, ledgerKey.key(), clock.instant(), null);
            });
        } catch (LedgerException e) {
            store.close();
            throw e;
        }
        return ledger;
    }

    /** Opens a ledger to read and append to, failing at once if another process holds it. */
    public static Ledger open(LedgerLocation location, Clock clock) throws LedgerException {
        return open(location, clock, LockWait.NONE);
    }

    /** Opens a ledger to read and append to; see {@link LedgerStore#open(LedgerLocation, LockWait)}. */
    public static Ledger open(LedgerLocation location, Clock clock, LockWait wait) throws LedgerException {
        return new Ledger(LedgerStore.open(location, wait), clock);
    }

    /** Opens a ledger only to read it: its file is left byte for byte as it was. */
    public static Ledger openReadOnly(LedgerLocation location, Clock clock, LockWait wait) throws LedgerException {
        return new Ledger(LedgerStore.openReadOnly(location, wait), clock);
    }

    public LedgerStore store() {
        return store;
    }

    Clock clock() {
        return clock;
    }

    /** The keys as the chain declares them now (administrative entries replayed in order). */
    public KeyRegistry keys() throws LedgerException {
        KeyRegistry registry = new KeyRegistry();
        for (StoredEntry stored : store.entriesOfTypes(KEY_ENTRY_TYPES)) {
            try {
                registry.apply(Entry.parse(stored.leaf()));
            } catch (MalformedEntryException | FieldException e) {
                throw new LedgerException(Failure.STORAGE, "key entry " + stored.seq() + " is damaged (" + e.getMessage()
                        + "); run 'claimledger verify'");
            }
        }
        if (registry.ledgerKey() == null) {
            throw new LedgerException(Failure.STORAGE, store.location().display() + " has no genesis entry; "
                    + "run 'claimledger verify'");
        }
        return registry;
    }

    /** Enrols an editor key, signed with the ledger key. */
    public Entry enroll(NamedKey ledgerKey, String name, Ed25519PublicKey editorKey) throws LedgerException {
        KeyBody key = new KeyBody(name, editorKey);
        ObjectNode body = enrollBody(key);
        return append(() -> {
            KeyRegistry registry = keys();
            requireLedgerKey(registry, ledgerKey);
            if (registry.key(key.id()) != null) {
                throw new LedgerException(Failure.KEY_NOT_AUTHORIZED, "key " + key.id() + " (" + name
                        + ") is already enrolled in this ledger");
            }
            requireUnusedName(registry, name);
        }, appender -> appender.append(EntryType.KEY_ENROLL, body, ledgerKey.key(), clock.instant(), null));
    }

    static ObjectNode enrollBody(KeyBody key) throws LedgerException {
        requireDeclarable("key name", key.name(), Failure.MALFORMED_INPUT);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("key", key.toJson());
        body.put("role", KeyRole.EDITOR.code());
        return body;
    }

    /** A key-revoke body; successor is the key that replaces it when the revocation is part of a rotation, else null. */
    static ObjectNode revokeBody(String keyId, String reason, Instant from, String successor) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("key", keyId);
        body.put("reason", reason);
        body.put("from", EntryTime.format(from));
        if (successor != null) {
            body.put("successor", successor);
        }
        return body;
    }

    /**
     * Refuses an editor name that a key of this ledger already has (revoked or not), so that a name names one key
     * in the whole history: in listings, in verify's reports, and wherever a command takes a key by name.
     */
    static void requireUnusedName(KeyRegistry registry, String name) throws LedgerException {
        for (KeyRecord holder : registry.keys()) {
            if (!holder.name().equals(name)) {
                continue;
            }
            if (holder.role() == KeyRole.LEDGER) {
                throw new LedgerException(Failure.CONFLICT, "'" + name + "' is the name of this ledger's key (its "
                        + "origin); an editor key needs a name of its own: create one with 'claimledger key new --name "
                        + "NAME'");
            }
            throw new LedgerException(Failure.CONFLICT, "an editor key named " + name + " is already enrolled ("
                    + holder.id() + ", entry " + holder.enrolledSeq() + (holder.isRevoked() ? ", revoked by entry "
                    + holder.revokedSeq() : "") + "), and a name must name one key; create the new key with a name "
                    + "of its own, such as " + name + "-2 ('claimledger key new --name " + name + "-2')"
                    + (holder.isRevoked() ? "" : ", and to replace " + name + "'s key use 'claimledger key rotate "
                    + name + " --new-key FILE'"));
        }
    }

    /** Revokes an editor key from a time on (now when from is null), signed with the ledger key. */
    public Entry revoke(NamedKey ledgerKey, String keyId, String reason, Instant from) throws LedgerException {
        requireReason(reason);
        Precondition allowed = () -> {
            KeyRegistry registry = keys();
            requireLedgerKey(registry, ledgerKey);
            revocableEditorKey(registry, keyId);
        };
        allowed.check();
        KeyRecord record = revocableEditorKey(keys(), keyId);
        Instant now = clock.instant();
        ObjectNode body = revokeBody(record.id(), reason, from == null ? now : from, null);
        return append(allowed, appender -> appender.append(EntryType.KEY_REVOKE, body, ledgerKey.key(), now, null));
    }

    /** The editor key with this id or name, refused when it is a ledger key or already revoked. */
    static KeyRecord revocableEditorKey(KeyRegistry registry, String keyId) throws LedgerException {
        KeyRecord record = findKey(registry, keyId);
        if (record.role() != KeyRole.EDITOR) {
            throw new LedgerException(Failure.KEY_NOT_AUTHORIZED, "key " + keyId + " is a ledger key; replace it with "
                    + "'claimledger key rotate-ledger' instead of revoking it");
        }
        if (record.isRevoked()) {
            throw new LedgerException(Failure.KEY_NOT_AUTHORIZED, "key " + KeyRegistry.describe(record)
                    + " is already revoked (entry " + record.revokedSeq() + ")");
        }
        return record;
    }

    /** Finds a key by its full id or an unambiguous prefix of at least 8 hex digits, or by name. */
    public static KeyRecord findKey(KeyRegistry registry, String idOrName) throws LedgerException {
        List<KeyRecord> matches = new ArrayList<>();
        for (KeyRecord record : registry.keys()) {
            if (record.id().equals(idOrName) || record.name().equals(idOrName)
                    || (idOrName.length() >= 8 && record.id().startsWith(idOrName))) {
                matches.add(record);
            }
        }
        if (matches.isEmpty()) {
            throw new LedgerException(Failure.NOT_FOUND, "no key " + idOrName + " in this ledger; "
                    + "'claimledger key list' shows the keys");
        }
        if (matches.size() > 1) {
            throw new LedgerException(Failure.INVALID_REQUEST, "'" + Excerpt.of(idOrName) + "' matches " + matches.size()
                    + " keys; give the full key id");
        }
        return matches.get(0);
    }

    /**
     * Registers a source text, signed by an editor; registering the same text twice returns the first entry.
     * The check runs inside the append, under the head lock, so two editors registering one article at once
     * get one entry between them.
     */
    public Entry addSource(NamedKey editor, SourceText text, SourceMetadata metadata) throws LedgerException {
        requireLength("title", metadata.title(), InputLimits.SOURCE_FIELD);
        requireLength("publisher", metadata.publisher(), InputLimits.NAME);
        requireLength("url", metadata.url(), InputLimits.SOURCE_FIELD);
        requireLength("published", metadata.published(), InputLimits.SOURCE_FIELD);
        SourceRecord record = new SourceRecord(text.id(), text.byteLength(), metadata.title(), metadata.publisher(),
                metadata.url(), metadata.published(), metadata.language());
        return append(() -> requireEditor(editor, EntryType.SOURCE), appender -> {
            Entry existing = sourceEntry(text.id());
            if (existing != null) {
                return existing;
            }
            appender.putSource(text.id(), text.text());
            return appender.append(EntryType.SOURCE, SourceBody.toJson(record), editor.key(), clock.instant(), null);
        });
    }

    /** The entry that registered a source, or null. */
    public Entry sourceEntry(String sourceId) throws LedgerException {
        for (StoredEntry stored : store.entriesOfTypes(List.of(EntryType.SOURCE.code()))) {
            Entry entry = parse(stored);
            if (sourceId.equals(entry.body().path("id").asText())) {
                return entry;
            }
        }
        return null;
    }

    /** The registered source's record and text, or NOT_FOUND naming what to do. */
    public RegisteredSource source(String sourceIdOrPrefix) throws LedgerException {
        List<Entry> matches = new ArrayList<>();
        for (StoredEntry stored : store.entriesOfTypes(List.of(EntryType.SOURCE.code()))) {
            Entry entry = parse(stored);
            String id = entry.body().path("id").asText();
            if (id.equals(sourceIdOrPrefix) || (sourceIdOrPrefix.length() >= 8 && id.startsWith(sourceIdOrPrefix))) {
                matches.add(entry);
            }
        }
        if (matches.isEmpty()) {
            throw new LedgerException(Failure.NOT_FOUND, "source " + sourceIdOrPrefix + " is not registered in this "
                    + "ledger; register it first with 'claimledger source add FILE'");
        }
        if (matches.size() > 1) {
            throw new LedgerException(Failure.INVALID_REQUEST, "source prefix " + sourceIdOrPrefix + " matches "
                    + matches.size() + " sources; give more digits");
        }
        Entry entry = matches.get(0);
        SourceRecord record;
        try {
            record = SourceBody.fromJson(JsonFields.of(entry.body(), "/body"));
        } catch (FieldException e) {
            throw new LedgerException(Failure.STORAGE, "source entry " + entry.seq() + " is damaged (" + e.getMessage()
                    + "); run 'claimledger verify'");
        }
        String text = store.sourceText(record.id());
        if (text == null) {
            throw new LedgerException(Failure.STORAGE, "the text of source " + record.id() + " is missing from the "
                    + "ledger; run 'claimledger verify'");
        }
        SourceText sourceText = SourceText.fromString(text);
        if (!sourceText.id().equals(record.id())) {
            throw new LedgerException(Failure.STORAGE, "the stored text of source " + record.id() + " no longer "
                    + "matches its hash; run 'claimledger verify'");
        }
        return new RegisteredSource(entry.seq(), record, sourceText);
    }

    /**
     * Signs every claim of a (small) claims file against one source, all or nothing, refusing claims already signed
     * and current, and returns the entries appended, read back.
     */
    public List<Entry> signClaims(NamedKey editor, ClaimsFile file, String sourceOverride) throws LedgerException {
        EntryRange range = sign(editor, file, sourceOverride, false, done -> { });
        List<Entry> entries = new ArrayList<>();
        store.forEachEntry(range.first(), range.last() + 1, stored -> entries.add(parse(stored)));
        return entries;
    }

    /**
     * Signs every claim of a claims file, all or nothing, in memory that does not grow with the file. First every
     * claim is checked (its shape, its source, and unless allowDuplicates, that no current claim and no earlier claim
     * of the file already says it) and its canonical body kept in a temporary file of this process
     * ({@link ClaimSpill}); the first problem stops everything. Then, in one transaction with the head locked, the
     * claims appended meanwhile are checked against the file, and the claims as checked are read back, signed and
     * appended in order: the claims file is read once, and a change to it after the check changes nothing signed.
     * Progress is told how many steps are done: the claims checked (the first half of 2 x claims), then those
     * appended.
     */
    public EntryRange sign(NamedKey editor, ClaimsFile file, String sourceOverride, boolean allowDuplicates,
            LongConsumer progress) throws LedgerException {
        RegisteredSource source = ClaimsCheck.sourceOf(this, file, sourceOverride);
        requireEditor(editor, EntryType.CLAIM);
        SignedClaims signed = allowDuplicates ? null : SignedClaims.of(this, source.record().id());
        try (ClaimSpill spill = ClaimSpill.create()) {
            ClaimsCheck check = ClaimsCheck.run(file, source, signed, spill, problem -> { }, progress);
            check.requireNoProblems();
            spill.finish();
            return store.append(appender -> {
                // Again with the head locked: another process may have revoked the key or signed the same claims.
                requireEditor(editor, EntryType.CLAIM);
                if (signed != null) {
                    check.requireNoneOf(signed.catchUp(this));
                }
                return ClaimSigning.append(appender, editor, spill, clock,
                        done -> progress.accept(file.claimCount() + done));
            });
        }
    }

    /**
     * Checks every claim of a claims file as signing would, and signs nothing: every problem goes to problems in
     * file order, each with its file, line, column and field. Needs no key.
     */
    public ClaimsCheck checkClaims(ClaimsFile file, String sourceOverride, boolean allowDuplicates,
            Consumer<ClaimsFile.Problem> problems) throws LedgerException {
        RegisteredSource source = ClaimsCheck.sourceOf(this, file, sourceOverride);
        SignedClaims signed = allowDuplicates ? null : SignedClaims.of(this, source.record().id());
        return ClaimsCheck.run(file, source, signed, null, problems, done -> { });
    }

    /** Signs one claim drafted on the command line, refusing one that a current claim already says. */
    public Entry signClaim(NamedKey editor, String sourceId, ClaimDraft draft) throws LedgerException {
        return signClaim(editor, sourceId, draft, false);
    }

    /** Signs one claim drafted on the command line; with allowDuplicates, also one a current claim already says. */
    public Entry signClaim(NamedKey editor, String sourceId, ClaimDraft draft, boolean allowDuplicates)
            throws LedgerException {
        RegisteredSource source = source(sourceId);
        Claim claim;
        try {
            claim = new ClaimResolver(source.text(), source.record().language()).resolve(draft);
        } catch (ClaimProblem problem) {
            throw new LedgerException(problem.failure(), problem.getMessage() + "; nothing was signed");
        }
        SignedClaims signed = allowDuplicates ? null : SignedClaims.unread(source.record().id());
        return append(() -> {
            requireEditor(editor, EntryType.CLAIM);
            if (signed != null) {
                signed.catchUp(this);
                Long signedAs = signed.claimSaying(SignedClaims.Sameness.of(claim));
                if (signedAs != null) {
                    throw new LedgerException(Failure.CONFLICT, "claim " + signedAs + " already says this (the same "
                            + "quote span and figures, signed and current); nothing was signed. To change it use "
                            + "'claimledger claim correct " + signedAs + "', to sign it again anyway pass "
                            + "--allow-duplicates");
                }
            }
        }, appender -> appendClaim(appender, editor, claim));
    }

    private Entry appendClaim(Appender appender, NamedKey editor, Claim claim) throws LedgerException {
        // A claim's stable id is the seq of its first entry.
        long claimId = appender.size();
        return appender.append(EntryType.CLAIM, ClaimBody.toJson(claim), editor.key(), clock.instant(), claimId);
    }

    /** What must hold for an append to be allowed, checked before it and again inside it. */
    @FunctionalInterface
    interface Precondition {
        void check() throws LedgerException;
    }

    /**
     * Checks the precondition on the ledger as read, so that a refused command never opens the file for writing,
     * then again inside the append with the head locked: an embedded ledger is reopened for writing at the append,
     * and another process may have appended (a revocation, say) in between.
     */
    <T> T append(Precondition precondition, AppendWork<T> work) throws LedgerException {
        precondition.check();
        return store.append(appender -> {
            precondition.check();
            return work.run(appender);
        });
    }

    void requireEditor(NamedKey editor, EntryType type) throws LedgerException {
        KeyRegistry registry = keys();
        String refusal = registry.refusal(Long.MAX_VALUE, type, editor.fingerprint(), clock.instant());
        if (refusal != null) {
            throw new LedgerException(Failure.KEY_NOT_AUTHORIZED, "key " + editor.name() + " (" + editor.fingerprint()
                    + ") may not sign: " + refusal + "; " + nextStep(registry, registry.key(editor.fingerprint())));
        }
    }

    /** What an editor whose key may not sign can do about it. */
    private static String nextStep(KeyRegistry registry, KeyRecord record) {
        if (record == null) {
            return "ask the ledger owner to enrol it ('claimledger key enroll KEY-FILE --ledger-key LEDGER-KEY-FILE')";
        }
        if (record.role() == KeyRole.LEDGER) {
            return "sign with an enrolled editor key ('claimledger key list' shows them)";
        }
        KeyRecord successor = record.successor() == null ? null : registry.key(record.successor());
        if (successor != null) {
            return "it was replaced by " + KeyRegistry.describe(successor) + ": sign with that key's file";
        }
        return "a revoked key stays revoked: create a key with a new name ('claimledger key new --name "
                + record.name() + "-2 --out FILE') and ask the ledger owner to enrol it";
    }

    static void requireLedgerKey(KeyRegistry registry, NamedKey ledgerKey) throws LedgerException {
        KeyRecord current = registry.ledgerKey();
        if (!current.id().equals(ledgerKey.fingerprint())) {
            throw new LedgerException(Failure.KEY_NOT_AUTHORIZED, "key " + ledgerKey.name() + " ("
                    + ledgerKey.fingerprint() + ") is not this ledger's key; the ledger key is "
                    + KeyRegistry.describe(current));
        }
    }

    /**
     * Refuses an origin or key name that {@link DeclaredName} does not allow, before anything is written: as a wrong
     * value when the user typed it, as a malformed file when it came in a key file.
     */
    public static void requireDeclarable(String what, String name, Failure failure) throws LedgerException {
        String problem = DeclaredName.problem(name);
        if (problem != null) {
            throw new LedgerException(failure, what + " '" + Excerpt.of(name) + "' cannot be used: " + problem
                    + switch (what) {
                        case "origin" -> "; choose a name such as newsroom.example/claims";
                        case "witness name" -> "; choose a name such as witness.example/w1";
                        default -> "; create a key with such a name ('claimledger key new --name giulia.rossi')";
                    });
        }
    }

    static void requireReason(String reason) throws LedgerException {
        if (reason == null || reason.isBlank()) {
            throw new LedgerException(Failure.INVALID_REQUEST, "a reason is required; pass --reason \"...\"");
        }
        requireLength("the reason", reason, InputLimits.REASON);
    }

    /**
     * Refuses a text typed as an option (an origin, a source's title, a reason) over its limit (SPEC.md §16), as
     * a wrong option value, before anything is written.
     */
    static void requireLength(String field, String text, int maxCharacters) throws LedgerException {
        String problem = InputLimits.overLength(field, text, maxCharacters);
        if (problem != null) {
            throw new LedgerException(Failure.INVALID_REQUEST, problem + "; nothing was written");
        }
    }

    static Entry parse(StoredEntry stored) throws LedgerException {
        try {
            return Entry.parse(stored.leaf());
        } catch (MalformedEntryException e) {
            throw new LedgerException(Failure.STORAGE, "entry " + stored.seq() + " is damaged (" + e.getMessage()
                    + "); run 'claimledger verify'");
        }
    }

    /** The entry at seq, parsed, or NOT_FOUND. */
    public Entry entry(long seq) throws LedgerException {
        StoredEntry stored = store.entry(seq);
        if (stored == null) {
            throw new LedgerException(Failure.NOT_FOUND, "there is no entry " + seq + " (the ledger has "
                    + store.size() + " entries, 0 to " + (store.size() - 1) + ")");
        }
        return parse(stored);
    }

    @Override
    public void close() throws LedgerException {
        store.close();
    }
}
