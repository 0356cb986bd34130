package org.claimledger.cli;

import java.io.PrintWriter;
import java.util.Base64;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.crypto.KeyFingerprint;
import org.claimledger.verify.Finding;
import org.claimledger.verify.HistoryNote;
import org.claimledger.verify.VerifyReport;

/** How a verify report reads: one block per finding, then the corrections and retractions (history, not findings), then notes, then the summary line. */
final class ReportText {
    private ReportText() {
    }

    static void print(PrintWriter out, VerifyReport report) {
        for (Finding finding : report.findings()) {
            String where = finding.seq() == null ? "ledger" : "entry " + finding.seq();
            out.println(where + "  " + finding.kind().code() + "  " + finding.field() + ": " + finding.message());
            if (finding.expected() != null || finding.actual() != null) {
                out.println("    expected: " + oneLine(finding.expected()));
                out.println("    actual:   " + oneLine(finding.actual()));
            }
        }
        for (HistoryNote change : report.history()) {
            out.println("history: " + change.sentence());
        }
        for (String note : report.notes()) {
            out.println("note: " + note);
        }
        out.println((report.clean() ? "verify: OK, " : "verify: FAILED, ") + report.summary());
        if (report.state() != null) {
            out.println(report.state());
        }
    }

    static ObjectNode toJson(VerifyReport report) {
        ObjectNode node = Json.object();
        node.put("ok", report.clean());
        node.put("origin", report.origin());
        node.put("entries", report.entries());
        node.put("claims", report.claims());
        node.put("corrections", report.corrections());
        node.put("retractions", report.retractions());
        node.put("signatures", report.signatures());
        node.put("spans", report.spans());
        node.put("sources", report.sources());
        byte[] root = report.root();
        node.put("root", root == null ? null : Base64.getEncoder().encodeToString(root));
        ArrayNode keys = node.putArray("ledgerKeys");
        report.ledgerKeys().forEach(key -> keys.add(KeyFingerprint.of(key)));
        ArrayNode findings = node.putArray("findings");
        for (Finding finding : report.findings()) {
            ObjectNode item = findings.addObject();
            if (finding.seq() == null) {
                item.putNull("entry");
            } else {
                item.put("entry", finding.seq());
            }
            item.put("kind", finding.kind().code());
            item.put("field", finding.field());
            item.put("expected", finding.expected());
            item.put("actual", finding.actual());
            item.put("message", finding.message());
        }
        ArrayNode history = node.putArray("history");
        for (HistoryNote change : report.history()) {
            ObjectNode item = history.addObject();
            item.put("entry", change.entry());
            item.put("type", change.type());
            item.put("claim", change.claim());
            item.put("signer", change.signer());
            item.put("signerName", change.signerName());
            item.put("reason", change.reason());
            item.put("handles", change.handles());
            item.put("message", change.sentence());
        }
        ArrayNode notes = node.putArray("notes");
        report.notes().forEach(notes::add);
        node.put("state", report.state());
        return node;
    }

    private static String oneLine(String text) {
        if (text == null) {
            return "(none)";
        }
        String line = text.replace("\n", "\\n");
        return line.length() <= 160 ? line : line.substring(0, 157) + "...";
    }
}
