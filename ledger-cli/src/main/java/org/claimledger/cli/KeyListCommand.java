package org.claimledger.cli;

import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.entry.EntryTime;
import org.claimledger.failure.LedgerException;
import org.claimledger.keys.KeyRecord;
import org.claimledger.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true, description = "List every key of the ledger with its role, state and validity interval.")
final class KeyListCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    LedgerOption ledger;

    @Option(names = "--json", description = "Print the keys as JSON.")
    boolean json;

    KeyListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        try (Ledger opened = ledger.openReadOnly(context)) {
            ArrayNode keys = Json.object().arrayNode();
            java.time.Instant now = context.clock().instant();
            for (KeyRecord record : opened.keys().inOrder()) {
                String state = state(record, now);
                String validFrom = EntryTime.format(record.enrolledAt());
                String validUntil = record.isRevoked() ? EntryTime.format(record.revokedFrom()) : null;
                if (json) {
                    ObjectNode node = keys.addObject();
                    node.put("id", record.id());
                    node.put("name", record.name());
                    node.put("role", record.role().code());
                    node.put("state", state);
                    node.put("enrolledBy", Math.max(0, record.enrolledSeq()));
                    node.put("validFrom", validFrom);
                    node.put("validUntil", validUntil);
                    if (record.isRevoked()) {
                        node.put("revokedBy", record.revokedSeq());
                        node.put("reason", record.revokeReason());
                        node.put("successor", record.successor());
                    }
                } else {
                    context.out().printf("%s  %-7s %-8s %-24s from %s%s%n", record.id(), record.role().code(), state,
                            record.name(), validFrom, record.isRevoked()
                                    ? " until " + validUntil + " (entry " + record.revokedSeq() + ": " + record.revokeReason()
                                            + (record.successor() == null ? "" : "; successor " + record.successor()) + ")"
                                    : "");
                }
            }
            if (json) {
                Json.print(context.out(), keys);
            }
        }
        return ExitCodes.OK;
    }

    /** active; revoked once its revocation time has come (an editor key); replaced (a ledger key with a successor). */
    static String state(KeyRecord record, java.time.Instant now) {
        if (!record.revokedAt(now)) {
            return "active";
        }
        return record.role() == org.claimledger.keys.KeyRole.LEDGER ? "replaced" : "revoked";
    }
}
