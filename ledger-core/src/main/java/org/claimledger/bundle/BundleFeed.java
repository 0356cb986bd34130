package org.claimledger.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.store.EntryConsumer;
import org.claimledger.store.StoredEntry;
import org.claimledger.store.StoredTree;
import org.claimledger.verify.LedgerFeed;

/**
 * A ledger read from an audit bundle, with no database: the verifier runs on it unchanged. Entries stream from
 * the JSON Lines file in constant memory. Nothing in the bundle is trusted; the manifest only says how to read it.
 */
public final class BundleFeed implements LedgerFeed {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final byte[] REVOCATION = "\"type\":\"key-revoke\"".getBytes(StandardCharsets.UTF_8);

    private final Path directory;
    private final long entries;
    private final String origin;
    /** Lines stored at another position than their line number (only in bundles of damaged ledgers). */
    private final Map<Long, Long> positions;

    private BundleFeed(Path directory, long entries, String origin, Map<Long, Long> positions) {
        this.directory = directory;
        this.entries = entries;
        this.origin = origin;
        this.positions = positions;
    }

    /** Opens a bundle directory: its manifest must name the format and a version this verifier knows. */
    public static BundleFeed open(Path directory) throws LedgerException {
        Path manifest = directory.resolve(BundleLayout.MANIFEST);
        JsonNode node;
        try {
            node = MAPPER.readTree(Files.readAllBytes(manifest));
        } catch (NoSuchFileException e) {
            throw new LedgerException(Failure.NOT_A_LEDGER, directory + " is not an audit bundle: it has no "
                    + BundleLayout.MANIFEST + "; make one with 'claimledger export --out DIR'");
        } catch (IOException e) {
            throw new LedgerException(Failure.MALFORMED_INPUT, manifest + " is not readable JSON: " + e.getMessage());
        }
        if (node == null || !BundleLayout.FORMAT.equals(node.path("format").asText())) {
            throw new LedgerException(Failure.NOT_A_LEDGER, manifest + " does not describe a " + BundleLayout.FORMAT);
        }
        if (node.path("v").asInt(-1) != BundleLayout.VERSION) {
            throw new LedgerException(Failure.MALFORMED_INPUT, "audit bundle version " + node.path("v")
                    + " is unknown to this verifier, which reads version " + BundleLayout.VERSION);
        }
        JsonNode count = node.path("entries");
        if (!count.canConvertToLong() || count.asLong() < 0) {
            throw new LedgerException(Failure.MALFORMED_INPUT, manifest + ": \"entries\" must be a count, got " + count);
        }
        Map<Long, Long> positions = new HashMap<>();
        for (JsonNode pair : node.path("positions")) {
            positions.put(pair.path(0).asLong(), pair.path(1).asLong());
        }
        String origin = node.path("origin").isTextual() ? node.path("origin").asText() : null;
        return new BundleFeed(directory, count.asLong(), origin, Collections.unmodifiableMap(positions));
    }

    /** How many entries the manifest announces. */
    public long entries() {
        return entries;
    }

    /** The origin the manifest names (untrusted; the genesis entry decides). */
    public String origin() {
        return origin;
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void forEachEntry(EntryConsumer consumer) throws LedgerException {
        long lines = readLines((number, leaf) -> consumer.accept(new StoredEntry(positions.getOrDefault(number, number), leaf)));
        if (lines != entries) {
            throw new LedgerException(Failure.STORAGE, "the bundle " + directory + " is damaged: its manifest announces "
                    + entries + " entries but " + BundleLayout.ENTRIES + " holds " + lines + "; copy it again");
        }
    }

    private long readLines(LeafLines.LineConsumer consumer) throws LedgerException {
        Path file = directory.resolve(BundleLayout.ENTRIES);
        boolean[] endedInNewline = new boolean[1];
        long lines;
        try (InputStream in = Files.newInputStream(file)) {
            lines = LeafLines.read(in, consumer, endedInNewline);
        } catch (NoSuchFileException e) {
            throw new LedgerException(Failure.STORAGE, "the bundle " + directory + " has no " + BundleLayout.ENTRIES);
        } catch (IOException e) {
            throw new LedgerException(Failure.STORAGE, "cannot read " + file + ": " + e.getMessage(), e);
        }
        if (!endedInNewline[0]) {
            throw new LedgerException(Failure.STORAGE, "the bundle " + directory + " is damaged: the last line of "
                    + BundleLayout.ENTRIES + " does not end with a newline (the file was cut); copy it again");
        }
        return lines;
    }

    @Override
    public String sourceText(String id) throws LedgerException {
        Path file = BundleLayout.sourceFile(directory, id);
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            // Decoded leniently: text that is not UTF-8 then fails the hash check and is reported as such.
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LedgerException(Failure.STORAGE, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<StoredEntry> revocations() throws LedgerException {
        List<StoredEntry> found = new ArrayList<>();
        readLines((number, leaf) -> {
            if (contains(leaf, REVOCATION)) {
                found.add(new StoredEntry(positions.getOrDefault(number, number), leaf));
            }
        });
        return found;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public List<Long> checkpointSizes() throws LedgerException {
        Path folder = directory.resolve(BundleLayout.CHECKPOINTS);
        List<Long> sizes = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return sizes;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                long size = BundleLayout.checkpointSize(file.getFileName().toString());
                if (size >= 0) {
                    sizes.add(size);
                }
            }
        } catch (IOException e) {
            throw new LedgerException(Failure.STORAGE, "cannot list " + folder + ": " + e.getMessage(), e);
        }
        Collections.sort(sizes);
        return sizes;
    }

    @Override
    public String checkpoint(long treeSize) throws LedgerException {
        Path file = BundleLayout.checkpointFile(directory, treeSize);
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new LedgerException(Failure.STORAGE, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A bundle carries no tree nodes: the verifier computes every root it needs from the leaves. */
    @Override
    public StoredTree storedTree() {
        return null;
    }
}
