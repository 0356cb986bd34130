package org.claimledger.cli;

import java.io.PrintWriter;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.claims.FieldChange;
import org.claimledger.ledger.ClaimHistory;

/** How a claim's history reads: one block per step (version, correction, retraction), with the fields each changed. */
final class HistoryText {
    private static final int VALUE_WIDTH = 100;

    private HistoryText() {
    }

    static void print(PrintWriter out, ClaimHistory history) {
        ClaimHistory.Step retraction = history.retraction();
        out.println("claim " + history.claimId() + ": " + history.versions() + (history.versions() == 1 ? " version" : " versions")
                + (retraction == null ? ", current version entry " + history.current().entry().seq()
                        : ", retracted by entry " + retraction.entry().seq()));
        int version = 0;
        for (ClaimHistory.Step step : history.steps()) {
            String label = step.isRetraction() ? "retracted" : "v" + (++version);
            out.println(label + "  entry " + step.entry().seq() + "  " + step.entry().time() + "  "
                    + step.entry().typeCode() + "  signed by " + step.signerName() + " (" + step.signer() + ")");
            if (step.reason() != null) {
                out.println("    reason: " + step.reason());
            }
            if (step.version() != null && step.changes().isEmpty()) {
                out.println("    " + EntryText.claimSummary(step.version()));
            }
            for (FieldChange change : step.changes()) {
                out.println("    " + change(change));
            }
        }
    }

    static ObjectNode toJson(ClaimHistory history) {
        ObjectNode node = Json.object();
        node.put("claim", history.claimId());
        node.put("versions", history.versions());
        node.put("current", history.current().entry().seq());
        ClaimHistory.Step retraction = history.retraction();
        node.put("retracted", retraction != null);
        ArrayNode steps = node.putArray("steps");
        int version = 0;
        for (ClaimHistory.Step step : history.steps()) {
            ObjectNode item = steps.addObject();
            item.put("entry", step.entry().seq());
            item.put("type", step.entry().typeCode());
            if (step.isRetraction()) {
                item.putNull("version");
            } else {
                item.put("version", ++version);
            }
            item.put("time", step.entry().time());
            item.put("signer", step.signer());
            item.put("signerName", step.signerName());
            item.put("reason", step.reason());
            item.set("claim", step.version());
            item.set("changes", changes(step.changes()));
        }
        return node;
    }

    static ArrayNode changes(List<FieldChange> changes) {
        ArrayNode array = Json.object().arrayNode();
        for (FieldChange change : changes) {
            ObjectNode item = array.addObject();
            item.put("field", change.field());
            item.put("before", change.before());
            item.put("after", change.after());
        }
        return array;
    }

    /** "figures[0].value: 9000000 -> 8000000", long texts shortened. */
    static String change(FieldChange change) {
        return change.field() + ": " + value(change.before()) + " -> " + value(change.after());
    }

    private static String value(String text) {
        return text == null ? "(none)" : EntryText.abbreviate(text, VALUE_WIDTH);
    }
}
