package org.claimledger.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.crypto.Ed25519PublicKey;
import org.claimledger.crypto.Hex;
import org.claimledger.crypto.Sha256;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;

/**
 * The auditor's own memory, one file per origin in the auditor's state directory: the ledger keys pinned on
 * first use, and the last checkpoint verified. Like ssh's known_hosts, it turns "trust on first use" into
 * "the same ledger, only ever grown" on every later run.
 */
public final class PinStore {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path directory;

    public PinStore(Path directory) {
        this.directory = directory;
    }

    /**
     * What is pinned for an origin: its ledger keys, the latest signed checkpoint the auditor checked against the
     * entries (or null), and the tree the auditor itself computed on its last clean run (or null).
     */
    public record Pin(String origin, List<Ed25519PublicKey> ledgerKeys, String checkpoint, TreeHead verified) {
        public Pin(String origin, List<Ed25519PublicKey> ledgerKeys, String checkpoint) {
            this(origin, ledgerKeys, checkpoint, null);
        }
    }

    /** A tree size and its RFC 9162 root, as the auditor computed them from the entries. */
    public record TreeHead(long size, byte[] root) {
        public TreeHead {
            if (size < 0 || root == null || root.length != Sha256.LENGTH) {
                throw new IllegalArgumentException("a tree head needs a size of at least 0 and a " + Sha256.LENGTH
                        + "-byte root");
            }
            root = root.clone();
        }

        @Override
        public byte[] root() {
            return root.clone();
        }

        public String rootBase64() {
            return Base64.getEncoder().encodeToString(root);
        }
    }

    public Path fileFor(String origin) {
        return directory.resolve("pins").resolve(Hex.encode(Sha256.hash(origin.getBytes(StandardCharsets.UTF_8)))
                .substring(0, 32) + ".json");
    }

    /** The pin for the origin, or null on first use. */
    public Pin load(String origin) throws LedgerException {
        Path file = fileFor(origin);
        if (!Files.exists(file)) {
            return null;
        }
        try {
            JsonNode node = MAPPER.readTree(Files.readAllBytes(file));
            if (node == null || node.path("v").asInt() != 1) {
                throw new IllegalArgumentException("it is not a version 1 pin file, which is all this version reads");
            }
            List<Ed25519PublicKey> keys = new ArrayList<>();
            for (JsonNode key : node.path("ledgerKeys")) {
                keys.add(Ed25519PublicKey.fromBase64(key.asText()));
            }
            if (!origin.equals(node.path("origin").asText()) || keys.isEmpty()) {
                throw new IllegalArgumentException("it does not pin origin " + origin);
            }
            JsonNode checkpoint = node.get("checkpoint");
            JsonNode verified = node.get("verified");
            TreeHead head = verified == null || verified.isNull() ? null
                    : new TreeHead(verified.path("size").asLong(-1), Base64.getDecoder().decode(verified.path("root").asText()));
            return new Pin(origin, keys, checkpoint == null || checkpoint.isNull() ? null : checkpoint.asText(), head);
        } catch (IOException | IllegalArgumentException e) {
            throw new LedgerException(Failure.STORAGE, "the auditor's pin file " + file + " is damaged (" + e.getMessage()
                    + "); restore it, or remove it to pin again on first use");
        }
    }

    /** Writes the pin atomically (a new file renamed over the old one). */
    public void save(Pin pin) throws LedgerException {
        Path file = fileFor(pin.origin());
        ObjectNode node = MAPPER.createObjectNode();
        node.put("v", 1);
        node.put("origin", pin.origin());
        ArrayNode keys = node.putArray("ledgerKeys");
        pin.ledgerKeys().forEach(key -> keys.add(key.base64()));
        if (pin.checkpoint() != null) {
            node.put("checkpoint", pin.checkpoint());
        }
        if (pin.verified() != null) {
            ObjectNode verified = node.putObject("verified");
            verified.put("size", pin.verified().size());
            verified.put("root", pin.verified().rootBase64());
        }
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "pin", ".tmp");
            Files.writeString(temporary, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n");
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LedgerException(Failure.STORAGE, "cannot write the auditor's pin file " + file + ": "
                    + e.getMessage() + "; check --state");
        }
    }
}
