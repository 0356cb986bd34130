package org.claimledger.ledger;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.crypto.Ed25519PublicKey;
import org.claimledger.crypto.NamedKey;
import org.claimledger.entry.Entry;
import org.claimledger.entry.EntryType;
import org.claimledger.entry.KeyBody;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.keys.KeyRecord;
import org.claimledger.keys.KeyRegistry;
import org.claimledger.keys.LedgerKeySuccession;

/**
 * Replacing keys: an editor's key by a successor (enrolment and revocation in one transaction, so the ledger is
 * never left with the old key revoked and no successor, or both valid indefinitely), and the ledger key itself.
 */
public final class KeyRotation {
    private final Ledger ledger;

    public KeyRotation(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Enrols the successor and revokes the old key from the given time (now when null); returns both entries. */
    public List<Entry> rotateEditor(NamedKey ledgerKey, String oldKey, String successorName, Ed25519PublicKey successor,
            Instant from, String reason) throws LedgerException {
        KeyBody next = new KeyBody(successorName, successor);
        Ledger.Precondition allowed = () -> {
            KeyRegistry registry = ledger.keys();
            Ledger.requireLedgerKey(registry, ledgerKey);
            Ledger.revocableEditorKey(registry, oldKey);
            if (registry.key(next.id()) != null) {
                throw new LedgerException(Failure.KEY_NOT_AUTHORIZED, "the successor key " + next.id() + " ("
                        + successorName + ") is already known to this ledger; create a new key with 'claimledger key new'");
            }
        };
        allowed.check();
        KeyRecord old = Ledger.revocableEditorKey(ledger.keys(), oldKey);
        Ledger.requireReason(reason);
        Instant now = ledger.clock().instant();
        ObjectNode enrol = Ledger.enrollBody(next);
        ObjectNode revoke = Ledger.revokeBody(old.id(), reason, from == null ? now : from, next.id());
        return ledger.append(allowed, appender -> List.of(
                appender.append(EntryType.KEY_ENROLL, enrol, ledgerKey.key(), now, null),
                appender.append(EntryType.KEY_REVOKE, revoke, ledgerKey.key(), now, null)));
    }

    /**
     * Replaces the ledger key: an entry signed by the current ledger key that declares the new one, with the new
     * key's proof that its holder accepts (see {@link LedgerKeySuccession}). From this entry on, the new key
     * signs enrolments, revocations and checkpoints.
     */
    public Entry rotateLedger(NamedKey currentKey, NamedKey newKey, String reason) throws LedgerException {
        Ledger.Precondition allowed = () -> {
            KeyRegistry registry = ledger.keys();
            Ledger.requireLedgerKey(registry, currentKey);
            if (registry.key(newKey.fingerprint()) != null) {
                throw new LedgerException(Failure.KEY_NOT_AUTHORIZED, "key " + newKey.fingerprint()
                        + " is already known to this ledger; the new ledger key must be a fresh key");
            }
        };
        allowed.check();
        String origin = ledger.keys().origin();
        if (!newKey.name().equals(origin)) {
            throw new LedgerException(Failure.MALFORMED_INPUT, "the new ledger key is named '" + newKey.name()
                    + "' but must be named after the origin " + origin + " (it signs checkpoints under that name); "
                    + "create it with 'claimledger key new --name " + origin + "'");
        }
        Ledger.requireReason(reason);
        Instant now = ledger.clock().instant();
        // The proof names the entry's place (seq and prev), known only inside the append, under the head lock.
        return ledger.append(allowed, appender -> {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.set("key", new KeyBody(newKey.name(), newKey.publicKey()).toJson());
            body.put("reason", reason);
            body.put("proof", LedgerKeySuccession.prove(origin, appender.nextLink(), currentKey.fingerprint(),
                    newKey.key()));
            return appender.append(EntryType.LEDGER_KEY, body, currentKey.key(), now, null);
        });
    }
}
