package org.claimledger.bundle;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.claimledger.crypto.Hex;

/**
 * Where things are in an audit bundle directory (spec/checkpoints-and-bundles.md): a manifest, the entries as
 * JSON Lines of their exact leaf bytes, the source texts, every signed checkpoint, and the ledger's vkeys.
 */
public final class BundleLayout {
    public static final String FORMAT = "claimledger-bundle";
    public static final int VERSION = 1;
    public static final String MANIFEST = "manifest.json";
    public static final String ENTRIES = "entries.jsonl";
    public static final String SOURCES = "sources";
    public static final String CHECKPOINTS = "checkpoints";
    public static final String LATEST_CHECKPOINT = "checkpoint.txt";
    public static final String VKEYS = "ledger.vkey";

    private static final Pattern CHECKPOINT_NAME = Pattern.compile("(0|[1-9][0-9]{0,18})\\.txt");

    private BundleLayout() {
    }

    /** The file of a source text, or null for an id that is not a SHA-256 in lowercase hex (never a path). */
    static Path sourceFile(Path bundle, String id) {
        String name = sourceFileName(id);
        return name == null ? null : bundle.resolve(SOURCES).resolve(name);
    }

    /** "<id>.txt", or null for an id that is not a SHA-256 in lowercase hex. */
    static String sourceFileName(String id) {
        return Hex.isHash(id) ? id + ".txt" : null;
    }

    static Path checkpointFile(Path bundle, long size) {
        return bundle.resolve(CHECKPOINTS).resolve(checkpointFileName(size));
    }

    static String checkpointFileName(long size) {
        return size + ".txt";
    }

    /** The tree size a checkpoint file is named after, or -1 when the name is not "<size>.txt". */
    static long checkpointSize(String fileName) {
        if (!CHECKPOINT_NAME.matcher(fileName).matches()) {
            return -1;
        }
        try {
            return Long.parseLong(fileName.substring(0, fileName.length() - ".txt".length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
