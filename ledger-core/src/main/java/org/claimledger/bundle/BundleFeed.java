package org.claimledger.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.FileLimit;
import org.claimledger.input.InputLimits;
import org.claimledger.json.FieldException;
import org.claimledger.json.FieldNames;
import org.claimledger.json.JsonFields;
import org.claimledger.store.EntryConsumer;
import org.claimledger.store.StoredEntry;
import org.claimledger.store.StoredTree;
import org.claimledger.verify.LedgerFeed;

/**
 * A ledger read from an audit bundle, with no database: the verifier runs on it unchanged. Entries stream from
 * the JSON Lines file in constant memory. Nothing in the bundle is trusted; the manifest only says how to read it.
 */
public final class BundleFeed implements LedgerFeed {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final byte[] REVOCATION = "\"type\":\"key-revoke\"".getBytes(StandardCharsets.UTF_8);

    private final Path directory;
    private final BundleFiles files;
    private final long entries;
    private final String origin;
    /** Lines stored at another position than their line number (only in bundles of damaged ledgers). */
    private final Map<Long, Long> positions;

    private BundleFeed(Path directory, BundleFiles files, long entries, String origin, Map<Long, Long> positions) {
        this.directory = directory;
        this.files = files;
        this.entries = entries;
        this.origin = origin;
        this.positions = positions;
    }

    /**
     * Opens a bundle directory: its manifest must name the format and a version this verifier knows, and every
     * number in it is read exactly (a version of 2^53 + 1 is not version 1).
     */
    public static BundleFeed open(Path directory) throws LedgerException {
        BundleFiles files = new BundleFiles(directory);
        byte[] bytes = files.read(FileLimit.BUNDLE_MANIFEST, BundleLayout.MANIFEST);
        if (bytes == null) {
            throw new LedgerException(Failure.NOT_A_LEDGER, directory + " is not an audit bundle: it has no "
                    + BundleLayout.MANIFEST + "; make one with 'claimledger export --out DIR'");
        }
        Path manifest = directory.resolve(BundleLayout.MANIFEST);
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new LedgerException(Failure.MALFORMED_INPUT, manifest + " is not readable JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject() || !BundleLayout.FORMAT.equals(node.path("format").textValue())) {
            throw new LedgerException(Failure.NOT_A_LEDGER, manifest + " does not describe a " + BundleLayout.FORMAT);
        }
        try {
            JsonFields fields = JsonFields.of(node, "");
            JsonNode version = node.get("v");
            if (version == null || !version.isIntegralNumber() || !version.canConvertToLong()
                    || version.longValue() != BundleLayout.VERSION) {
                throw new LedgerException(Failure.MALFORMED_INPUT, "audit bundle version " + version
                        + " is unknown to this verifier, which reads version " + BundleLayout.VERSION);
            }
            long entries = count(fields, "entries");
            if (fields.has("checkpoint")) {
                count(fields, "checkpoint");
            }
            Map<Long, Long> positions = positions(fields, entries);
            String origin = node.path("origin").isTextual() ? node.path("origin").asText() : null;
            return new BundleFeed(directory, files, entries, origin, Collections.unmodifiableMap(positions));
        } catch (FieldException e) {
            throw new LedgerException(Failure.MALFORMED_INPUT, manifest + ": " + e.getMessage());
        }
    }

    private static long count(JsonFields manifest, String name) throws FieldException {
        long count = manifest.integer(name);
        if (count < 0) {
            throw new FieldException(manifest.at(name), "\"" + name + "\" must be a count, got " + count);
        }
        return count;
    }

    /** Where lines of a damaged ledger's bundle were stored: each line at most once, and inside the file. */
    private static Map<Long, Long> positions(JsonFields manifest, long entries) throws FieldException {
        Map<Long, Long> positions = new HashMap<>();
        if (!manifest.has("positions")) {
            return positions;
        }
        JsonNode pairs = manifest.array("positions");
        for (int i = 0; i < pairs.size(); i++) {
            String at = FieldNames.child(manifest.at("positions"), i);
            JsonNode pair = pairs.get(i);
            if (!pair.isArray() || pair.size() != 2) {
                throw new FieldException(at, FieldNames.display(at) + " must be a pair [line, position]");
            }
            long line = JsonFields.exactLong(pair.get(0), -1);
            long position = JsonFields.exactLong(pair.get(1), -1);
            if (line < 0 || position < 0 || line >= entries) {
                throw new FieldException(at, FieldNames.display(at) + " must be a pair of counts [line, position] "
                        + "with line below \"entries\" (" + entries + "), got " + pair);
            }
            if (positions.put(line, position) != null) {
                throw new FieldException(at, FieldNames.display(at) + " gives line " + line + " a second position");
            }
        }
        return positions;
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
        boolean[] endedInNewline = new boolean[1];
        long lines;
        try (InputStream in = files.open(BundleLayout.ENTRIES)) {
            if (in == null) {
                throw new LedgerException(Failure.STORAGE, "the bundle " + directory + " has no " + BundleLayout.ENTRIES);
            }
            lines = LeafLines.read(in, InputLimits.LEAF_BYTES, consumer, endedInNewline);
        } catch (LeafLines.LineTooLongException e) {
            throw new LedgerException(Failure.MALFORMED_INPUT, "the bundle " + directory + " is damaged: line "
                    + (e.number() + 1) + " of " + BundleLayout.ENTRIES + " is longer than "
                    + InputLimits.bytes(InputLimits.LEAF_BYTES) + ", the most a ledger entry may hold (" + InputLimits.SPEC + ")");
        } catch (IOException e) {
            throw new LedgerException(Failure.STORAGE, "cannot read " + directory.resolve(BundleLayout.ENTRIES) + ": "
                    + e.getMessage(), e);
        }
        if (!endedInNewline[0]) {
            throw new LedgerException(Failure.STORAGE, "the bundle " + directory + " is damaged: the last line of "
                    + BundleLayout.ENTRIES + " does not end with a newline (the file was cut); copy it again");
        }
        return lines;
    }

    @Override
    public String sourceText(String id) throws LedgerException {
        String name = BundleLayout.sourceFileName(id);
        if (name == null) {
            return null;
        }
        byte[] bytes = files.read(FileLimit.SOURCE_FILE, BundleLayout.SOURCES, name);
        // Decoded leniently: text that is not UTF-8 then fails the hash check and is reported as such.
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
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

    private static String firstLine(String message) {
        int newline = message == null ? -1 : message.indexOf('\n');
        return newline < 0 ? String.valueOf(message) : message.substring(0, newline);
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
        if (!files.isDirectory(BundleLayout.CHECKPOINTS)) {
            return sizes;
        }
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
            for (Path file : listing) {
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
        byte[] bytes = files.read(FileLimit.CHECKPOINT_FILE, BundleLayout.CHECKPOINTS, BundleLayout.checkpointFileName(treeSize));
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** A bundle carries no tree nodes: the verifier computes every root it needs from the leaves. */
    @Override
    public StoredTree storedTree() {
        return null;
    }
}
