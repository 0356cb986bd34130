package org.claimledger.cli;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.crypto.Hex;
import org.claimledger.entry.Entry;
import org.claimledger.entry.EntryType;
import org.claimledger.keys.KeyRecord;
import org.claimledger.keys.KeyRegistry;

/** How entries read on a terminal and in --json. */
final class EntryText {
    private EntryText() {
    }

    static void printAppended(CliContext context, boolean json, Entry entry, String what) {
        if (json) {
            Json.print(context.out(), toJson(entry));
        } else {
            context.out().println("entry " + entry.seq() + ": " + what);
        }
    }

    static void printAppended(CliContext context, boolean json, List<Entry> entries, String what) {
        if (json) {
            var array = Json.object().arrayNode();
            entries.forEach(entry -> array.add(toJson(entry)));
            Json.print(context.out(), array);
        } else {
            context.out().println(what);
        }
    }

    /** The entry as JSON: its members, its hash, and the exact leaf text. */
    static ObjectNode toJson(Entry entry) {
        ObjectNode node = Json.object();
        node.put("seq", entry.seq());
        node.put("hash", Hex.encode(entry.hash()));
        node.set("entry", entry.envelope());
        return node;
    }

    static String signerName(Entry entry, KeyRegistry keys) {
        KeyRecord record = keys == null ? null : keys.key(entry.signer());
        return record == null ? entry.signer().substring(0, 16) : record.name();
    }

    /** One line: seq, time, type, signer, and what the entry says. */
    static String summary(Entry entry, KeyRegistry keys) {
        return String.format("%5d  %s  %-10s %-16s %s", entry.seq(), entry.time(), entry.typeCode(),
                signerName(entry, keys), what(entry));
    }

    static String what(Entry entry) {
        JsonNode body = entry.body();
        EntryType type = entry.type();
        if (type == null) {
            return "(unknown entry type)";
        }
        return switch (type) {
            case GENESIS -> "origin " + body.path("origin").asText() + ", ledger key " + body.path("key").path("id").asText();
            case KEY_ENROLL -> "enrolled " + body.path("key").path("name").asText() + " " + body.path("key").path("id").asText();
            case KEY_REVOKE -> "revoked " + body.path("key").asText() + " from " + body.path("from").asText()
                    + (body.hasNonNull("successor") ? " (rotated to " + body.path("successor").asText() + ")" : "") + ": "
                    + body.path("reason").asText();
            case LEDGER_KEY -> "new ledger key " + body.path("key").path("id").asText() + ": " + body.path("reason").asText();
            case SOURCE -> "source " + body.path("id").asText().substring(0, 12) + " \"" + body.path("title").asText("")
                    + "\" " + body.path("publisher").asText("") + " " + body.path("published").asText("") + " ["
                    + body.path("lang").asText() + "]";
            case CLAIM -> "claim " + entry.seq() + ": " + claimSummary(body);
            case CORRECTION -> "corrects claim " + body.path("claim").asLong() + " (" + body.path("reason").asText() + "): "
                    + claimSummary(body);
            case RETRACTION -> "retracts claim " + body.path("claim").asLong() + ": " + body.path("reason").asText();
            case REAFFIRMATION -> "re-affirms entry " + body.path("entry").asLong() + ": " + body.path("reason").asText();
        };
    }

    static String claimSummary(JsonNode body) {
        StringBuilder text = new StringBuilder("\"").append(abbreviate(body.path("quote").path("text").asText(), 60)).append('"');
        for (JsonNode figure : body.path("figures")) {
            text.append(" [").append(figure.path("qualifier").asText().equals("exactly") ? ""
                    : figure.path("qualifier").asText() + " ").append(figure.path("value").asText());
            if (figure.hasNonNull("unit")) {
                text.append(' ').append(figure.path("unit").asText());
            }
            text.append(']');
        }
        JsonNode attribution = body.path("attribution");
        if (!attribution.isMissingNode()) {
            text.append(" — ").append(attribution.path("who").asText());
        }
        return text.toString();
    }

    static String abbreviate(String text, int length) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= length ? oneLine : oneLine.substring(0, length - 1) + "…";
    }
}
