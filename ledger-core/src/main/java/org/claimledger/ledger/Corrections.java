package org.claimledger.ledger;

import java.util.Arrays;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.canonical.Jcs;
import org.claimledger.claims.ClaimDraft;
import org.claimledger.claims.ClaimProblem;
import org.claimledger.claims.ClaimResolver;
import org.claimledger.claims.ClaimsFile;
import org.claimledger.crypto.NamedKey;
import org.claimledger.entry.ClaimBody;
import org.claimledger.entry.Entry;
import org.claimledger.entry.EntryType;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.model.Claim;

/**
 * Correcting the record in public: a correction appends a new version of a claim with a reason, a retraction
 * withdraws it. Nothing signed is ever changed; the claim keeps its id (the seq of its first entry).
 */
public final class Corrections {
    private final Ledger ledger;

    public Corrections(Ledger ledger) {
        this.ledger = ledger;
    }

    /**
     * Signs a new version of a claim. The draft is resolved against sourceId (a registered source id or prefix;
     * null for the current version's source); file, when the draft came from a claims file, locates problems in it.
     */
    public Entry correct(NamedKey editor, long claimId, String sourceId, ClaimDraft draft, String reason, ClaimsFile file)
            throws LedgerException {
        Ledger.requireReason(reason);
        ClaimHistory history = ClaimHistory.read(ledger, claimId);
        requireNotRetracted(history, "corrected");
        RegisteredSource source = ledger.source(sourceId != null ? sourceId : history.current().claim().sourceId());
        Claim claim;
        try {
            claim = new ClaimResolver(source.text(), source.record().language()).resolve(draft);
        } catch (ClaimProblem problem) {
            String where = file == null ? "" : file.locate(problem.pointer()) + ": ";
            throw new LedgerException(problem.failure(), where + problem.getMessage() + "; nothing was signed");
        }
        ObjectNode body = ClaimBody.toJson(claim);
        if (Arrays.equals(Jcs.canonicalize(body), Jcs.canonicalize(history.current().version()))) {
            throw new LedgerException(Failure.CONFLICT, "the correction changes nothing in claim " + claimId
                    + " (current version: entry " + history.current().entry().seq() + "); nothing was signed");
        }
        body.put("claim", claimId);
        body.put("reason", reason);
        long basis = history.current().entry().seq();
        return ledger.append(() -> ledger.requireEditor(editor, EntryType.CORRECTION), appender -> {
            requireUnchanged(claimId, basis);
            return appender.append(EntryType.CORRECTION, body, editor.key(), ledger.clock().instant(), claimId);
        });
    }

    /** Withdraws a claim, with the reason in the ledger for everyone to read. */
    public Entry retract(NamedKey editor, long claimId, String reason) throws LedgerException {
        Ledger.requireReason(reason);
        ClaimHistory history = ClaimHistory.read(ledger, claimId);
        requireNotRetracted(history, "retracted again");
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("claim", claimId);
        body.put("reason", reason);
        long basis = history.current().entry().seq();
        return ledger.append(() -> ledger.requireEditor(editor, EntryType.RETRACTION), appender -> {
            requireUnchanged(claimId, basis);
            return appender.append(EntryType.RETRACTION, body, editor.key(), ledger.clock().instant(), claimId);
        });
    }

    private static void requireNotRetracted(ClaimHistory history, String what) throws LedgerException {
        ClaimHistory.Step retraction = history.retraction();
        if (retraction != null) {
            throw new LedgerException(Failure.CONFLICT, "claim " + history.claimId() + " was retracted by entry "
                    + retraction.entry().seq() + " (" + retraction.reason() + ") and cannot be " + what
                    + "; sign a new claim instead");
        }
    }

    /** Inside the append transaction, with the head locked: nobody corrected or retracted the claim meanwhile. */
    private void requireUnchanged(long claimId, long basis) throws LedgerException {
        ClaimHistory now = ClaimHistory.read(ledger, claimId);
        requireNotRetracted(now, "changed");
        if (now.current().entry().seq() != basis) {
            throw new LedgerException(Failure.CONFLICT, "claim " + claimId + " was corrected by entry "
                    + now.current().entry().seq() + " while this correction was prepared; look at 'claimledger history "
                    + claimId + "' and try again");
        }
    }
}
