package org.claimledger.bundle;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.files.StagedDirectory;
import org.claimledger.keys.KeyRegistry;
import org.claimledger.ledger.Checkpoints;
import org.claimledger.ledger.Ledger;
import org.claimledger.note.Checkpoint;
import org.claimledger.note.NoteException;
import org.claimledger.note.SignedNote;
import org.claimledger.note.VerifierKey;
import org.claimledger.store.LedgerStore;

/**
 * Exports a ledger as an audit bundle, exactly as stored (a damaged ledger gives a bundle with the same damage,
 * so verify finds the same problems in both). Entries stream to disk: memory does not grow with the ledger.
 */
public final class BundleWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What was exported; {@code checkpoint} is the latest signed checkpoint, or null when the ledger has none. */
    public record Exported(Path directory, long entries, int sources, int checkpoints, Checkpoint checkpoint,
            String origin) {
    }

    private BundleWriter() {
    }

    /**
     * Writes the bundle under a temporary name beside the directory and renames it into place when complete: an
     * export that fails or is killed half-way leaves no bundle at all, never one without its manifest.
     */
    public static Exported export(Ledger ledger, Path directory) throws LedgerException {
        return export(ledger, directory, written -> { });
    }

    /** Also tells progress how many entries have been written, out of the ledger's size when the export began. */
    public static Exported export(Ledger ledger, Path directory, LongConsumer progress) throws LedgerException {
        requireEmpty(directory);
        try (StagedDirectory staged = StagedDirectory.beside(directory)) {
            Exported written = write(ledger, staged.path(), progress);
            Path committed = staged.commit();
            return new Exported(committed, written.entries(), written.sources(), written.checkpoints(),
                    written.checkpoint(), written.origin());
        } catch (IOException e) {
            throw new LedgerException(Failure.STORAGE, "cannot write the bundle to " + directory + ": " + e.getMessage()
                    + "; nothing was exported", e);
        }
    }

    private static Exported write(Ledger ledger, Path directory, LongConsumer progress)
            throws IOException, LedgerException {
        LedgerStore store = ledger.store();
        Files.createDirectories(directory.resolve(BundleLayout.SOURCES));
        Files.createDirectories(directory.resolve(BundleLayout.CHECKPOINTS));
        // Checkpoints before entries: an append racing the export can only leave entries a checkpoint does not
        // cover, never a checkpoint larger than the entries exported.
        List<Long> sizes = store.checkpointSizes();
        String latest = null;
        for (long size : sizes) {
            latest = store.cosignedCheckpoint(size);
            Files.writeString(BundleLayout.checkpointFile(directory, size), latest, StandardCharsets.UTF_8);
        }
        if (latest != null) {
            Files.writeString(directory.resolve(BundleLayout.LATEST_CHECKPOINT), latest, StandardCharsets.UTF_8);
        }
        long size = store.size();
        ArrayNode positions = MAPPER.createArrayNode();
        long lines = writeEntries(store, size, directory.resolve(BundleLayout.ENTRIES), positions, progress);
        int sources = 0;
        for (String id : store.sourceIds()) {
            Path file = BundleLayout.sourceFile(directory, id);
            if (file != null) {
                Files.writeString(file, store.sourceText(id), StandardCharsets.UTF_8);
                sources++;
            }
        }
        String origin = writeVkeys(ledger, directory.resolve(BundleLayout.VKEYS));
        writeManifest(directory, origin, lines, latest == null ? null : sizes.get(sizes.size() - 1), positions);
        return new Exported(directory, lines, sources, sizes.size(), latest == null ? null : parse(latest), origin);
    }

    private static void requireEmpty(Path directory) throws LedgerException {
        try {
            if (!StagedDirectory.isNewOrEmpty(directory)) {
                throw new LedgerException(Failure.CONFLICT, directory + " is not empty; export into a new directory");
            }
        } catch (IOException e) {
            throw new LedgerException(Failure.STORAGE, directory + " is not a directory we can write to: " + e.getMessage());
        }
    }

    private static long writeEntries(LedgerStore store, long size, Path file, ArrayNode positions,
            LongConsumer progress) throws IOException, LedgerException {
        long[] line = {0};
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            IOException[] failed = {null};
            store.forEachEntry(0, size, stored -> {
                if (failed[0] != null) {
                    return;
                }
                byte[] leaf = stored.leaf();
                for (byte b : leaf) {
                    if (b == '\n') {
                        throw new LedgerException(Failure.STORAGE, "entry " + stored.seq() + " holds a raw newline, "
                                + "which no canonical leaf does, so it cannot be exported as one line; "
                                + "run 'claimledger verify' on the database");
                    }
                }
                if (stored.seq() != line[0]) {
                    positions.addArray().add(line[0]).add(stored.seq());
                }
                try {
                    out.write(leaf);
                    out.write('\n');
                } catch (IOException e) {
                    failed[0] = e;
                }
                line[0]++;
                progress.accept(line[0]);
            });
            if (failed[0] != null) {
                throw failed[0];
            }
        }
        return line[0];
    }

    private static String writeVkeys(Ledger ledger, Path file) throws IOException {
        KeyRegistry registry;
        try {
            registry = ledger.keys();
        } catch (LedgerException e) {
            return null; // A ledger without a readable genesis: verify on the bundle will say so.
        }
        StringBuilder lines = new StringBuilder();
        for (VerifierKey key : Checkpoints.verifierKeys(registry)) {
            lines.append(key.format()).append('\n');
        }
        Files.writeString(file, lines.toString(), StandardCharsets.UTF_8);
        return registry.origin();
    }

    private static void writeManifest(Path directory, String origin, long entries, Long checkpoint, ArrayNode positions)
            throws IOException {
        ObjectNode manifest = MAPPER.createObjectNode();
        manifest.put("format", BundleLayout.FORMAT);
        manifest.put("v", BundleLayout.VERSION);
        manifest.put("origin", origin);
        manifest.put("entries", entries);
        if (checkpoint == null) {
            manifest.putNull("checkpoint");
        } else {
            manifest.put("checkpoint", checkpoint);
        }
        if (!positions.isEmpty()) {
            manifest.set("positions", positions);
        }
        Files.writeString(directory.resolve(BundleLayout.MANIFEST),
                MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n", StandardCharsets.UTF_8);
    }

    private static Checkpoint parse(String note) {
        try {
            return Checkpoint.parse(SignedNote.parse(note.getBytes(StandardCharsets.UTF_8)).text());
        } catch (NoteException e) {
            return null; // Unreadable stored checkpoint: exported as is, and verify on the bundle reports it.
        }
    }
}
