package org.claimledger.state;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.claimledger.crypto.Hex;
import org.claimledger.crypto.Sha256;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;

/**
 * This machine's state directory (--state, $CLAIMLEDGER_STATE, else ~/.claimledger): what the auditor pinned and
 * what every command saw of each ledger. Files are replaced, never edited: a new file is written, forced to the
 * disk, renamed over the old one, and the rename forced too, so a crash or a power cut leaves the old file or
 * the new one, never an empty one. Updates that read, merge and write run under one lock, so two commands
 * finishing at once cannot undo each other's memory.
 */
public final class StateDirectory {
    /** One lock per lock file within this JVM: a second FileChannel.lock in the same JVM would throw, not wait. */
    private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path root;

    public StateDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The file for a name (an origin, a location) in a folder: the first 32 hex digits of SHA-256 of its UTF-8 bytes. */
    public Path file(String folder, String name, String suffix) {
        return root.resolve(folder).resolve(Hex.encode(Sha256.hash(name.getBytes(StandardCharsets.UTF_8)))
                .substring(0, 32) + suffix);
    }

    /** A state file's bytes, or null when there is none. */
    public byte[] read(Path file) throws LedgerException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw cannotRead(file, e);
        }
    }

    /** Replaces the file with these bytes, durably (see the class comment). */
    public void write(Path file, byte[] bytes) throws LedgerException {
        Path temporary = null;
        try {
            Files.createDirectories(file.getParent());
            temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            install(temporary, file);
            temporary = null;
        } catch (IOException e) {
            throw cannotWrite(file, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** Renames a file that is already on the disk over the target, then forces the directory entry to the disk. */
    public void install(Path written, Path file) throws LedgerException {
        try {
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            syncDirectory(file.getParent());
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    /** A new empty file in the folder, for a caller to fill and later {@link #install}; creates the folder. */
    public Path newTemporary(String folder, String prefix) throws LedgerException {
        Path directory = root.resolve(folder);
        try {
            Files.createDirectories(directory);
            return Files.createTempFile(directory, prefix, ".tmp");
        } catch (IOException e) {
            throw cannotWrite(directory, e);
        }
    }

    /** Forces a directory's entries (a rename into it) to the disk; where the platform cannot, the rename must do. */
    private static void syncDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (!System.getProperty("os.name", "").startsWith("Windows")) {
                throw e;
            }
            // Windows cannot open a directory as a channel; its rename is already durable on NTFS.
        }
    }

    /** A held lock on the state directory; closing releases it. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** Takes the state directory's lock, waiting for another command that holds it (they hold it for milliseconds). */
    public Held lock() throws LedgerException {
        Path lockFile = root.resolve("lock");
        ReentrantLock inJvm = JVM_LOCKS.computeIfAbsent(lockFile, path -> new ReentrantLock());
        inJvm.lock();
        FileChannel channel = null;
        try {
            Files.createDirectories(root);
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.lock();
            FileChannel held = channel;
            return () -> {
                try {
                    lock.release();
                    held.close();
                } catch (IOException ignored) {
                    // Closing the channel releases the lock in any case.
                } finally {
                    inJvm.unlock();
                }
            };
        } catch (IOException e) {
            closeQuietly(channel);
            inJvm.unlock();
            throw cannotWrite(lockFile, e);
        }
    }

    /**
     * One line naming the file and why: "permission denied" and "read-only" in those words, since they are what
     * the user must fix (or choose another directory).
     */
    public static LedgerException cannotWrite(Path file, IOException e) {
        String reason = reason(e);
        Path named = e instanceof FileSystemException failed && failed.getFile() != null ? Path.of(failed.getFile()) : file;
        return new LedgerException(Failure.STORAGE, "cannot write this machine's ledger state " + named + ": " + reason
                + "; make the state directory writable, or choose another with --state DIR or $CLAIMLEDGER_STATE", e);
    }

    /** The same for reading a state file. */
    private static LedgerException cannotRead(Path file, IOException e) {
        return new LedgerException(Failure.STORAGE, "cannot read this machine's ledger state " + file + ": " + reason(e)
                + "; make it readable, or choose another state directory with --state DIR or $CLAIMLEDGER_STATE", e);
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException failed && failed.getReason() != null) {
            String reason = failed.getReason();
            if (reason.contains("Read-only file system")) {
                return "read-only (the file system is mounted read-only)";
            }
            if (reason.contains("Operation not permitted")) {
                return "permission denied (operation not permitted)";
            }
            if (reason.contains("Not a directory")) {
                return "a file is in the way where a directory should be";
            }
            return reason;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A stray temporary file is harmless: nothing reads *.tmp.
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // The lock failed; that is what is reported.
        }
    }
}
