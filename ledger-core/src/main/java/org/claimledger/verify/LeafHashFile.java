package org.claimledger.verify;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.merkle.CompactRange;
import org.claimledger.merkle.TreeHash;
import org.claimledger.state.StateDirectory;

/**
 * The leaf hashes of the entries a scan read, 32 bytes each in entry order, written as the scan goes to a new
 * file in the state directory: once the run decides what it verified, the file becomes the origin's record of the
 * entries the auditor verified, from which the root of any prefix can be rebuilt to tell an older snapshot from a
 * rewritten history. Constant memory; the file costs 32 bytes per entry.
 */
final class LeafHashFile implements AutoCloseable {
    private final StateDirectory directory;
    private final Path file;
    private final FileChannel channel;
    private final OutputStream out;
    private boolean installed;

    private LeafHashFile(StateDirectory directory, Path file, FileChannel channel) {
        this.directory = directory;
        this.file = file;
        this.channel = channel;
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    /** Starts a file for a scan; fails before the scan when the state directory cannot be written. */
    static LeafHashFile start(StateDirectory directory) throws LedgerException {
        Path file = directory.newTemporary(PinStore.FOLDER, "scan-");
        try {
            return new LeafHashFile(directory, file, FileChannel.open(file, StandardOpenOption.WRITE));
        } catch (IOException e) {
            throw StateDirectory.cannotWrite(file, e);
        }
    }

    void add(byte[] leafHash) throws LedgerException {
        try {
            out.write(leafHash);
        } catch (IOException e) {
            throw StateDirectory.cannotWrite(file, e);
        }
    }

    /** The root of the first size leaves this scan read. */
    byte[] rootAt(long size) throws LedgerException {
        try {
            out.flush();
        } catch (IOException e) {
            throw StateDirectory.cannotWrite(file, e);
        }
        return root(file, size);
    }

    /** Forces the leaves to the disk and renames the file over the origin's leaf file. */
    void installAs(Path target) throws LedgerException {
        try {
            out.flush();
            channel.force(true);
        } catch (IOException e) {
            throw StateDirectory.cannotWrite(file, e);
        }
        directory.install(file, target);
        installed = true;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException ignored) {
            // Only the file's removal below matters now.
        }
        if (!installed) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A stray scan-*.tmp is harmless: nothing reads it.
            }
        }
    }

    /** The RFC 9162 root of the first size leaf hashes of a leaf file. */
    static byte[] root(Path file, long size) throws LedgerException {
        return roots(file, size, size)[0];
    }

    /** The roots of the first size and the first larger leaf hashes of a leaf file, read once; refused when it holds fewer. */
    static byte[][] roots(Path file, long size, long larger) throws LedgerException {
        CompactRange range = CompactRange.empty();
        byte[][] roots = new byte[2][];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            for (long i = 0; i <= larger; i++) {
                if (i == size) {
                    roots[0] = range.root();
                }
                if (i == larger) {
                    break;
                }
                byte[] leaf = in.readNBytes(TreeHash.LENGTH);
                if (leaf.length != TreeHash.LENGTH) {
                    throw new EOFException("it holds " + i + " leaf hashes, not " + larger);
                }
                range.append(leaf);
            }
        } catch (IOException e) {
            throw new LedgerException(Failure.STORAGE, "the auditor's leaf file " + file
                    + " cannot be read (" + e.getMessage() + "); restore it, or remove it and the pin file beside it "
                    + "to start again from first use", e);
        }
        roots[1] = range.root();
        return roots;
    }
}
