package org.claimledger.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.keys.KeyRegistry;
import org.claimledger.ledger.CurrentClaims;
import org.claimledger.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "claims", mixinStandardHelpOptions = true, description = {
        "The claims as they stand now: corrections applied, retractions marked; filter by source, figure value, "
                + "attributed party or signer.",
        "Reading is not verifying: run verify to check the entries."})
final class ClaimsCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--source", paramLabel = "ID", description = "Only claims resting on this source (id or 8+ digit prefix).")
    String source;

    @Option(names = "--current", description = "Leave out retracted claims.")
    boolean current;

    @Option(names = "--min", paramLabel = "DECIMAL", description = "Only claims with a figure of at least this value.")
    BigDecimal min;

    @Option(names = "--max", paramLabel = "DECIMAL", description = "Only claims with a figure of at most this value.")
    BigDecimal max;

    @Option(names = "--who", paramLabel = "TEXT", description = "Only claims attributed to a party whose name contains TEXT (any case).")
    String who;

    @Option(names = "--signer", paramLabel = "KEY", description = "Only claims with a version or retraction signed by this key (id, 8+ digit prefix or name).")
    String signer;

    @Mixin
    LedgerOption ledger;

    @Option(names = "--json", description = "Print the claims as JSON.")
    boolean json;

    ClaimsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new LedgerException(Failure.INVALID_REQUEST, "--min " + min.toPlainString() + " is above --max "
                    + max.toPlainString());
        }
        try (Ledger opened = ledger.openReadOnly(context)) {
            KeyRegistry keys = opened.keys();
            String sourceId = source == null ? null : opened.source(source).record().id();
            String signerId = signer == null ? null : Ledger.findKey(keys, signer).id();
            List<CurrentClaims.Standing> claims = CurrentClaims.read(opened,
                    new CurrentClaims.Filter(sourceId, current, min, max, who, signerId));
            if (json) {
                ArrayNode array = Json.object().arrayNode();
                claims.forEach(claim -> array.add(toJson(claim, keys)));
                Json.print(context.out(), array);
                return ExitCodes.OK;
            }
            long corrected = 0;
            long retracted = 0;
            for (CurrentClaims.Standing claim : claims) {
                corrected += claim.versions() > 1 ? 1 : 0;
                retracted += claim.retracted() ? 1 : 0;
                context.out().printf("%5d  %-9s v%-2d %-18s %s%n", claim.claimId(), state(claim), claim.versions(),
                        EntryText.signerName(claim.current(), keys), EntryText.claimSummary(claim.version()));
            }
            context.out().println(claims.size() + (claims.size() == 1 ? " claim" : " claims") + " (" + corrected
                    + " corrected, " + retracted + " retracted)");
        }
        return ExitCodes.OK;
    }

    private static String state(CurrentClaims.Standing claim) {
        return claim.retracted() ? "retracted" : claim.versions() > 1 ? "corrected" : "signed";
    }

    private static ObjectNode toJson(CurrentClaims.Standing claim, KeyRegistry keys) {
        ObjectNode node = Json.object();
        node.put("claim", claim.claimId());
        node.put("state", state(claim));
        node.put("versions", claim.versions());
        node.put("entry", claim.current().seq());
        node.put("time", claim.current().time());
        node.put("signer", claim.current().signer());
        node.put("signerName", EntryText.signerName(claim.current(), keys));
        node.set("version", claim.version());
        if (claim.retracted()) {
            ObjectNode retraction = node.putObject("retraction");
            retraction.put("entry", claim.retraction().seq());
            retraction.put("time", claim.retraction().time());
            retraction.put("signer", claim.retraction().signer());
            retraction.put("reason", claim.retraction().body().path("reason").asText());
        }
        return node;
    }
}
