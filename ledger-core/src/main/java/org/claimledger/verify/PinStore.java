package org.claimledger.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.crypto.Ed25519PublicKey;
import org.claimledger.crypto.Sha256;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.json.JsonTree;
import org.claimledger.state.StateDirectory;

/**
 * The auditor's own memory of each origin, in the state directory: the ledger keys pinned on first use, the
 * latest checkpoint verified, the largest tree whose every entry verified (the rollback floor), and the leaf
 * hashes of those entries, so that an older snapshot can be told from a rewritten history. Like ssh's
 * known_hosts, it turns "trust on first use" into "the same ledger, only ever grown" on every later run.
 */
public final class PinStore {
    static final String FOLDER = "pins";
    /** Version 2 adds the leaf file; version 1 files (without it) are still read. */
    public static final int VERSION = 2;

    private final StateDirectory directory;

    public PinStore(Path directory) {
        this(new StateDirectory(directory));
    }

    public PinStore(StateDirectory directory) {
        this.directory = directory;
    }

    public StateDirectory directory() {
        return directory;
    }

    /**
     * What is pinned for an origin: its ledger keys, the latest signed checkpoint the auditor checked against the
     * entries (or null), the tree the auditor itself computed over entries that all verified (or null), and
     * whether the leaf file holds that tree's leaf hashes (pins written before version 2 have none).
     */
    public record Pin(String origin, List<Ed25519PublicKey> ledgerKeys, String checkpoint, TreeHead verified,
            boolean hasLeaves) {
        public Pin {
            ledgerKeys = List.copyOf(ledgerKeys);
        }

        public Pin(String origin, List<Ed25519PublicKey> ledgerKeys, String checkpoint) {
            this(origin, ledgerKeys, checkpoint, null, false);
        }

        long verifiedSize() {
            return verified == null ? 0 : verified.size();
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

        @Override
        public boolean equals(Object other) {
            return other instanceof TreeHead head && head.size == size && Arrays.equals(head.root, root);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(size) * 31 + Arrays.hashCode(root);
        }
    }

    public Path fileFor(String origin) {
        return directory.file(FOLDER, origin, ".json");
    }

    /** The leaf hashes of the origin's verified tree: 32 bytes per entry, entry 0 first (bytes beyond are ignored). */
    public Path leavesFor(String origin) {
        return directory.file(FOLDER, origin, ".leaves");
    }

    /** The pin for the origin, or null on first use. */
    public Pin load(String origin) throws LedgerException {
        Path file = fileFor(origin);
        byte[] bytes = directory.read(file);
        if (bytes == null) {
            return null;
        }
        try {
            JsonNode node = JsonTree.read(bytes);
            JsonNode version = node == null ? null : node.get("v");
            if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()
                    || (version.asInt() != 1 && version.asInt() != VERSION)) {
                throw new IllegalArgumentException("it is not a version 1 or " + VERSION + " pin file, which is all "
                        + "this version reads");
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
            return new Pin(origin, keys, checkpoint == null || checkpoint.isNull() ? null : checkpoint.asText(), head,
                    version.asInt() == VERSION);
        } catch (IOException | IllegalArgumentException e) {
            throw new LedgerException(Failure.STORAGE, "the auditor's pin file " + file + " is damaged (" + e.getMessage()
                    + "); restore it, or remove it to pin again on first use");
        }
    }

    /**
     * The root of the first size entries the auditor verified for this origin, rebuilt from the leaf file; null when
     * the pin keeps no leaves (a version 1 pin). Checks the file against the pinned root first.
     */
    byte[] verifiedRootAt(Pin pin, long size) throws LedgerException {
        if (!pin.hasLeaves() || pin.verified() == null || size > pin.verified().size()) {
            return null;
        }
        Path leaves = leavesFor(pin.origin());
        byte[][] roots = LeafHashFile.roots(leaves, size, pin.verified().size());
        if (!MessageDigest.isEqual(roots[1], pin.verified().root())) {
            throw new LedgerException(Failure.STORAGE, "the auditor's leaf file " + leaves + " does not match the root "
                    + "pinned in " + fileFor(pin.origin()) + ": it is damaged; restore both, or remove both to start "
                    + "again from first use");
        }
        return roots[0];
    }

    /** Writes the pin (its leaf file, when it has one, must be in place already). */
    public void save(Pin pin) throws LedgerException {
        ObjectNode node = JsonTree.object();
        node.put("v", pin.hasLeaves() ? VERSION : 1);
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
        directory.write(fileFor(pin.origin()), JsonTree.pretty(node).getBytes(StandardCharsets.UTF_8));
    }
}
