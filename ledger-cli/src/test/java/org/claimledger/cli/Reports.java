package org.claimledger.cli;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads `verify --json` output in tests. */
final class Reports {
    record Finding(Long entry, String kind, String field, String expected, String actual, String message) {
    }

    private Reports() {
    }

    static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError("verify --json printed no JSON: " + json, e);
        }
    }

    static List<Finding> findings(String json) {
        List<Finding> findings = new ArrayList<>();
        for (JsonNode node : parse(json).path("findings")) {
            findings.add(new Finding(node.path("entry").isNull() ? null : node.path("entry").asLong(),
                    node.path("kind").asText(), node.path("field").asText(), node.path("expected").asText(null),
                    node.path("actual").asText(null), node.path("message").asText()));
        }
        return findings;
    }

    /** The one finding with this entry, kind and field, or an assertion error listing all findings. */
    static Finding find(List<Finding> findings, Long entry, String kind, String field) {
        for (Finding finding : findings) {
            if (java.util.Objects.equals(finding.entry(), entry) && finding.kind().equals(kind)
                    && finding.field().equals(field)) {
                return finding;
            }
        }
        throw new AssertionError("no finding (entry " + entry + ", " + kind + ", " + field + ") among:\n"
                + String.join("\n", findings.stream().map(Finding::toString).toList()));
    }
}
