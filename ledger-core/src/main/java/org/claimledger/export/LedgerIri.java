package org.claimledger.export;

import java.nio.charset.StandardCharsets;

/**
 * The IRIs the linked-data exports give what a ledger holds: urn:claimledger: followed by the ledger's origin,
 * percent-encoded but for its letters, digits and "-._~/" so that no origin can break out of the IRI, then
 * /source/ID, /claim/N, /entry/N (a claim version or a retraction), /entry/N/activity (its signing) and /key/ID.
 */
final class LedgerIri {
    private final String base;

    LedgerIri(String origin) {
        this.base = "urn:claimledger:" + encode(origin == null ? "unknown" : origin);
    }

    String ledger() {
        return base;
    }

    String source(String id) {
        return base + "/source/" + encode(id);
    }

    String claim(long id) {
        return base + "/claim/" + id;
    }

    String entry(long seq) {
        return base + "/entry/" + seq;
    }

    String activity(long seq) {
        return entry(seq) + "/activity";
    }

    String key(String id) {
        return base + "/key/" + encode(id);
    }

    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }
}
