package org.claimledger.ledger;

import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.crypto.Hex;
import org.claimledger.crypto.NamedKey;
import org.claimledger.entry.Entry;
import org.claimledger.entry.EntryTime;
import org.claimledger.entry.EntryType;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.json.JsonFields;
import org.claimledger.keys.KeyRecord;
import org.claimledger.keys.KeyRegistry;
import org.claimledger.keys.KeyRole;
import org.claimledger.store.StoredEntry;

/**
 * Recovering from a key compromise: after a revocation backdated to the compromise, every entry the key signed
 * from then on is invalid. The newsroom goes through them and, for each it stands by, an editor with a valid key
 * re-affirms it: a new entry naming the invalid entry's seq and exact leaf hash, with the reason. (A claim or
 * correction can instead be withdrawn with 'claimledger claim retract'.) Verify then reports the entry as history.
 */
public final class Reaffirmations {
    private final Ledger ledger;

    public Reaffirmations(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Re-affirms entry {@code seq}; refused (CONFLICT) when it needs no re-affirmation or is already handled. */
    public Entry reaffirm(NamedKey editor, long seq, String reason) throws LedgerException {
        Ledger.requireReason(reason);
        ledger.requireEditor(editor, EntryType.REAFFIRMATION);
        // Checked under the head lock, so two editors re-affirming one entry at once get one entry between them.
        return ledger.store().append(appender -> {
            Entry target = ledger.entry(seq);
            requireInvalidByRevocation(target, editor);
            requireUnhandled(target);
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.put("entry", seq);
            body.put("hash", Hex.encode(target.hash()));
            body.put("reason", reason);
            return appender.append(EntryType.REAFFIRMATION, body, editor.key(), ledger.clock().instant(), null);
        });
    }

    private void requireInvalidByRevocation(Entry target, NamedKey editor) throws LedgerException {
        long seq = target.seq();
        EntryType type = target.type();
        if (type == null || type.isAdministrative()) {
            throw new LedgerException(Failure.CONFLICT, "entry " + seq + " is " + (type == null ? "of an unknown type"
                    : "a " + type.code() + " entry, signed by the ledger key, which is replaced, never revoked")
                    + ": it needs no re-affirmation");
        }
        KeyRegistry registry = ledger.keys();
        KeyRecord signer = registry.key(target.signer());
        if (signer == null || signer.role() != KeyRole.EDITOR || signer.enrolledSeq() >= seq) {
            throw new LedgerException(Failure.CONFLICT, "entry " + seq + " is not signed by a key enrolled before it; "
                    + "a re-affirmation covers only entries signed by a key after its revocation ('claimledger verify' "
                    + "says what is wrong with it)");
        }
        if (!signer.revokedAt(target.instant())) {
            throw new LedgerException(Failure.CONFLICT, "entry " + seq + " needs no re-affirmation: its signer "
                    + KeyRegistry.describe(signer) + " was valid at its time " + target.time());
        }
        if (signer.id().equals(editor.fingerprint())) {
            throw new LedgerException(Failure.CONFLICT, "entry " + seq + " was signed by this same key, revoked from "
                    + EntryTime.format(signer.revokedFrom()) + "; re-affirm it with another editor's valid key");
        }
    }

    /** Refuses an entry already re-affirmed, or whose claim is retracted (which handles it already). */
    private void requireUnhandled(Entry target) throws LedgerException {
        for (StoredEntry stored : ledger.store().entriesOfTypes(List.of(EntryType.REAFFIRMATION.code()))) {
            Entry earlier = Ledger.parse(stored);
            if (JsonFields.exactLong(earlier.body().get("entry"), -1) == target.seq()) {
                throw new LedgerException(Failure.CONFLICT, "entry " + target.seq() + " was already re-affirmed by entry "
                        + earlier.seq() + " (" + earlier.body().path("reason").asText() + ")");
            }
        }
        Long claim = switch (target.type()) {
            case CLAIM -> target.seq();
            case CORRECTION -> JsonFields.exactLong(target.body().get("claim"), -1);
            default -> null;
        };
        if (claim != null) {
            ClaimHistory.Step retraction = ClaimHistory.read(ledger, claim).retraction();
            if (retraction != null) {
                throw new LedgerException(Failure.CONFLICT, "claim " + claim + " was retracted by entry "
                        + retraction.entry().seq() + ", which already handles entry " + target.seq()
                        + ": it needs no re-affirmation");
            }
        }
    }
}
