package org.claimledger.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.model.SourceText;

/**
 * What every benchmark signs: the seed article and its hand-annotated claims, as the command line ships them for
 * its demo (so the harness needs no checkout beside its jar). Claims files of any length repeat the 17 seed claims.
 */
final class Seed {
    private static final String ARTICLE = "/org/claimledger/cli/demo/000_24432489f640e24b.txt";
    private static final String CLAIMS = "/org/claimledger/cli/demo/claims/seed-claims.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Seed() {
    }

    static SourceText article() {
        return SourceText.fromString(new String(resource(ARTICLE), StandardCharsets.UTF_8));
    }

    /** The seed claims file with its claims repeated until it holds count claims. */
    static byte[] claimsFile(int count) {
        try {
            ObjectNode file = (ObjectNode) MAPPER.readTree(resource(CLAIMS));
            JsonNode seed = file.get("claims");
            ArrayNode claims = file.putArray("claims");
            for (int i = 0; i < count; i++) {
                claims.add(seed.get(i % seed.size()));
            }
            return MAPPER.writeValueAsBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same file written to disk a claim at a time, for files too large to build in memory: the seed claims
     * repeated until it holds count claims.
     */
    static void writeClaimsFile(Path file, long count) {
        try (JsonGenerator out = MAPPER.getFactory().createGenerator(Files.newOutputStream(file))) {
            JsonNode seed = MAPPER.readTree(resource(CLAIMS));
            out.writeStartObject();
            out.writeNumberField("v", seed.get("v").asInt());
            out.writeStringField("source", seed.get("source").asText());
            out.writeStringField("lang", seed.get("lang").asText());
            out.writeArrayFieldStart("claims");
            JsonNode claims = seed.get("claims");
            for (long i = 0; i < count; i++) {
                out.writeTree(claims.get((int) (i % claims.size())));
            }
            out.writeEndArray();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many claims the seed file holds. */
    static int claims() {
        try {
            return MAPPER.readTree(resource(CLAIMS)).get("claims").size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = Seed.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the benchmark's seed " + name + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
