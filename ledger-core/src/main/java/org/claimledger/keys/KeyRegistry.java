package org.claimledger.keys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimledger.entry.ChainLink;
import org.claimledger.entry.Entry;
import org.claimledger.entry.EntryTime;
import org.claimledger.entry.EntryType;
import org.claimledger.entry.KeyBody;
import org.claimledger.json.FieldException;
import org.claimledger.json.JsonFields;

/**
 * The keys of a ledger, replayed from its genesis, enrolment, revocation and ledger-key entries in sequence
 * order. Both the editors' commands (may this key sign now?) and the verifier (could it sign then?) ask it.
 */
public final class KeyRegistry {
    private final Map<String, KeyRecord> keys = new LinkedHashMap<>();
    private String origin;
    private String ledgerKeyId;

    /** The origin name the genesis entry declared, or null before genesis. */
    public String origin() {
        return origin;
    }

    /** The current ledger key, or null before genesis. */
    public KeyRecord ledgerKey() {
        return ledgerKeyId == null ? null : keys.get(ledgerKeyId);
    }

    public KeyRecord key(String id) {
        return keys.get(id);
    }

    public Collection<KeyRecord> keys() {
        return List.copyOf(keys.values());
    }

    /** Applies an administrative entry whose signature and authority the caller has already checked. */
    public void apply(Entry entry) throws FieldException {
        EntryType type = entry.type();
        if (type == null || !type.isAdministrative()) {
            return;
        }
        JsonFields body = JsonFields.of(entry.body(), "/body");
        Instant time = entry.instant();
        switch (type) {
            case GENESIS -> {
                origin = body.nonEmptyText("origin");
                KeyBody key = KeyBody.fromJson(body.object("key"));
                // The genesis key is valid from entry 0 on: it signs entry 0 itself.
                keys.put(key.id(), KeyRecord.enrolled(key.name(), key.publicKey(), KeyRole.LEDGER, -1, time));
                ledgerKeyId = key.id();
            }
            case KEY_ENROLL -> {
                KeyBody key = KeyBody.fromJson(body.object("key"));
                if (keys.containsKey(key.id())) {
                    throw new FieldException(body.at("key"), "key " + key.id() + " (" + key.name()
                            + ") is already enrolled");
                }
                keys.put(key.id(), KeyRecord.enrolled(key.name(), key.publicKey(), KeyRole.EDITOR, entry.seq(), time));
            }
            case KEY_REVOKE -> {
                String id = body.nonEmptyText("key");
                KeyRecord record = keys.get(id);
                if (record == null) {
                    throw new FieldException(body.at("key"), "revoked key " + id + " was never enrolled");
                }
                if (record.role() == KeyRole.LEDGER) {
                    throw new FieldException(body.at("key"), "the ledger key is replaced by a ledger-key entry, not revoked");
                }
                Instant from = body.has("from") ? parseTime(body, "from") : time;
                String reason = body.nonEmptyText("reason");
                String successor = body.optionalText("successor");
                if (successor != null && keys.get(successor) == null) {
                    throw new FieldException(body.at("successor"), "successor key " + successor + " was never enrolled");
                }
                // A second revocation may bring the end forward, never push it back: that would revive a revoked key.
                if (record.revokedFrom() == null || from.isBefore(record.revokedFrom())) {
                    keys.put(id, record.revoke(from, entry.seq(), reason, successor));
                }
            }
            case LEDGER_KEY -> {
                KeyBody key = KeyBody.fromJson(body.object("key"));
                if (keys.containsKey(key.id())) {
                    throw new FieldException(body.at("key"), "key " + key.id() + " is already known to this ledger");
                }
                String reason = body.nonEmptyText("reason");
                LedgerKeySuccession.check(origin, ChainLink.of(entry), ledgerKeyId,
                        key, body);
                KeyRecord old = keys.get(ledgerKeyId);
                keys.put(ledgerKeyId, old.revoke(time, entry.seq(), reason, key.id()));
                keys.put(key.id(), KeyRecord.enrolled(key.name(), key.publicKey(), KeyRole.LEDGER, entry.seq(), time));
                ledgerKeyId = key.id();
            }
            default -> throw new IllegalStateException("not administrative: " + type);
        }
    }

    private static Instant parseTime(JsonFields body, String name) throws FieldException {
        try {
            return EntryTime.parse(body.text(name));
        } catch (IllegalArgumentException e) {
            throw new FieldException(body.at(name), e.getMessage());
        }
    }

    /**
     * Says why the signer may not sign this entry, or returns null when it may. Administrative entries need
     * the ledger key current at that point; editorial ones an editor key enrolled earlier and not yet revoked.
     */
    public String refusal(long seq, EntryType type, String signer, Instant time) {
        KeyRecord record = keys.get(signer);
        if (type == EntryType.GENESIS) {
            return null;
        }
        if (record == null) {
            return "signer " + signer + " was never enrolled in this ledger";
        }
        if (type.isAdministrative()) {
            if (!signer.equals(ledgerKeyId)) {
                return "signer " + describe(record) + " is not the current ledger key; only the ledger key signs "
                        + type.code() + " entries";
            }
            return null;
        }
        if (record.role() != KeyRole.EDITOR) {
            return "signer " + describe(record) + " is a ledger key; claims and sources are signed by enrolled editor keys";
        }
        if (record.enrolledSeq() >= seq) {
            return "signer " + describe(record) + " was enrolled only by entry " + record.enrolledSeq();
        }
        if (record.revokedAt(time)) {
            return "signer " + describe(record) + " was revoked from " + EntryTime.format(record.revokedFrom())
                    + " (entry " + record.revokedSeq() + ": " + record.revokeReason() + "), before this entry's time "
                    + EntryTime.format(time);
        }
        return null;
    }

    /**
     * The ledger key that signs a checkpoint of the given tree size: the one current after entry size - 1, so a
     * checkpoint taken before a rotation stays verifiable with the old key and one taken after needs the new key.
     */
    public KeyRecord ledgerKeyForTreeSize(long size) {
        for (KeyRecord record : keys.values()) {
            if (record.role() == KeyRole.LEDGER && record.enrolledSeq() < size
                    && (record.revokedSeq() == null || record.revokedSeq() >= size)) {
                return record;
            }
        }
        return null;
    }

    public static String describe(KeyRecord record) {
        return record.name() + " (" + record.id() + ")";
    }

    /** Keys in enrolment order, for listings. */
    public List<KeyRecord> inOrder() {
        return new ArrayList<>(keys.values());
    }
}
