package org.claimledger.ledger;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

import org.claimledger.canonical.CanonicalReader;
import org.claimledger.entry.SignableBody;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.InputLimits;

/**
 * The claims of a file as its check resolved them, each as its canonical body (RFC 8785), kept in a temporary file
 * of this process (readable by this user only, never in the ledger, deleted on {@link #close()}) between the check
 * and the signing: the signing reads them back instead of reading, parsing and resolving the claims file a second
 * time, so what is signed is exactly what was checked, whatever happens to the claims file meanwhile. Reading back
 * makes each body ready to sign ({@link SignableBody}: its field digests are worked out then, on the thread that
 * reads back, not kept here). Memory does not grow with the file: bodies are written as they are checked and read
 * back a block at a time. A CRC-32C of every byte written, and their count, are checked when the last body is read
 * back, so a damaged or cut copy signs nothing. The file's name holds the process's id: a copy left by a sign that
 * was killed (kill -9, a crash: Java deleted nothing) is deleted by the next sign, once that process has ended and the
 * copy has not been written for {@link #LEFT_BEHIND}.
 */
final class ClaimSpill implements AutoCloseable {
    /** Bodies read back into one block, at most, or fewer once they hold {@value #BLOCK_BYTES} bytes. */
    static final int BLOCK = 512;
    static final int BLOCK_BYTES = 1024 * 1024;
    /** How long a copy of an ended process stays unwritten before another sign deletes it. */
    static final Duration LEFT_BEHIND = Duration.ofMinutes(10);
    private static final String PREFIX = "claimledger-sign-";
    private static final String SUFFIX = ".spill";

    private final Path path;
    private DataOutputStream out;
    private final CRC32C written = new CRC32C();
    private long bodies;

    private ClaimSpill(Path path) throws IOException {
        this.path = path;
        this.out = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(Files.newOutputStream(path),
                written), 1 << 16));
    }

    /** A new empty spill in Java's temporary directory (java.io.tmpdir), after deleting the copies left behind there. */
    static ClaimSpill create() throws LedgerException {
        Path directory = Path.of(System.getProperty("java.io.tmpdir"));
        sweep(directory, Instant.now());
        Path path = null;
        try {
            String prefix = PREFIX + ProcessHandle.current().pid() + "-";
            path = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempFile(directory, prefix, SUFFIX,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(directory, prefix, SUFFIX);
            path.toFile().deleteOnExit();
            return new ClaimSpill(path);
        } catch (IOException e) {
            if (path != null) {
                deleteQuietly(path);
            }
            throw failure(path, "created", e);
        }
    }

    /**
     * Deletes the copies in this directory that signs killed before their end left behind: named for a process that
     * has ended, and not written for {@link #LEFT_BEHIND}. Anything else is kept (another sign's copy, a file of
     * another user, which the directory's sticky bit protects anyway, a name of another form); a directory that
     * cannot be listed sweeps nothing, as a copy left behind costs only disk space.
     */
    static void sweep(Path directory, Instant now) {
        try (DirectoryStream<Path> copies = Files.newDirectoryStream(directory, PREFIX + "*" + SUFFIX)) {
            for (Path copy : copies) {
                if (leftBehind(copy, now)) {
                    deleteQuietly(copy);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // Nothing swept.
        }
    }

    private static boolean leftBehind(Path copy, Instant now) {
        String name = copy.getFileName().toString();
        String rest = name.substring(PREFIX.length());
        int dash = rest.indexOf('-');
        long pid;
        try {
            pid = Long.parseLong(rest.substring(0, Math.max(dash, 0)));
        } catch (NumberFormatException e) {
            return false;
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(copy, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile()
                    && attributes.lastModifiedTime().toInstant().isBefore(now.minus(LEFT_BEHIND))
                    && ProcessHandle.of(pid).isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Where the spill is (for tests that damage it). */
    Path path() {
        return path;
    }

    /** Adds the next checked claim: its body's canonical bytes, as written by {@link org.claimledger.canonical.Jcs}. */
    void add(byte[] canonicalBody) throws LedgerException {
        try {
            out.writeInt(canonicalBody.length);
            out.write(canonicalBody);
            bodies++;
        } catch (IOException e) {
            throw failure(path, "written", e);
        }
    }

    /** Ends the writing: what was added is all there is to read. */
    void finish() throws LedgerException {
        try {
            out.close();
            out = null;
        } catch (IOException e) {
            throw failure(path, "written", e);
        }
    }

    /** Reads the bodies back, in the order they were added; close it when done. */
    Reader reader() throws LedgerException {
        try {
            return new Reader();
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    /** The spill's bodies a block at a time. */
    final class Reader implements AutoCloseable {
        private final CRC32C read = new CRC32C();
        private final DataInputStream in;
        private long left = bodies;

        private Reader() throws IOException {
            in = new DataInputStream(new BufferedInputStream(new CheckedInputStream(Files.newInputStream(path), read),
                    1 << 16));
        }

        /** The next block of bodies, empty after the last one (once the copy is found whole). */
        List<SignableBody> next() throws LedgerException {
            List<SignableBody> block = new ArrayList<>();
            long bytes = 0;
            try {
                while (left > 0 && block.size() < BLOCK && bytes < BLOCK_BYTES) {
                    SignableBody body = readyToSign(in);
                    block.add(body);
                    bytes += body.size();
                    left--;
                }
                if (block.isEmpty() && (in.read() != -1 || read.getValue() != written.getValue())) {
                    throw new IOException("its bytes are not the ones written (CRC-32C)");
                }
            } catch (EOFException e) {
                throw unreadable(path, new IOException("it ends early"));
            } catch (IOException e) {
                throw unreadable(path, e);
            }
            return block;
        }

        /** The next body, made ready to sign; one that is not canonical JSON is a damaged copy. */
        private SignableBody readyToSign(DataInputStream in) throws IOException {
            int length = in.readInt();
            if (length < 0 || length > InputLimits.LEAF_BYTES) {
                throw new IOException("a prepared body of " + length + " bytes, more than " + InputLimits.LEAF_BYTES);
            }
            byte[] canonical = new byte[length];
            in.readFully(canonical);
            try {
                return SignableBody.ofCanonical(canonical);
            } catch (CanonicalReader.NotCanonicalException e) {
                throw new IOException("its bytes are not the ones written (a body is not canonical JSON)", e);
            }
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException ignored) {
                // Only read: nothing is lost.
            }
        }
    }

    /** Deletes the spill. */
    @Override
    public void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException ignored) {
                // Deleted next: nothing written matters any more.
            }
            out = null;
        }
        deleteQuietly(path);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // deleteOnExit is the second try.
        }
    }

    /** A spill that could not be created or written: the likely cause is a full disk. */
    private static LedgerException failure(Path path, String what, IOException e) {
        String where = path != null ? path.toString()
                : "in " + System.getProperty("java.io.tmpdir") + " (Java's java.io.tmpdir)";
        return new LedgerException(Failure.STORAGE, "the temporary copy of the checked claims " + where
                + " could not be " + what + ": " + reason(e) + "; nothing was signed; make room there, or point "
                + "JAVA_OPTS=-Djava.io.tmpdir=DIR at a writable directory with room for about 1.6 times the claims "
                + "file's size", e);
    }

    /** A spill that does not read back as written: something else changed it; signing again makes a new one. */
    private static LedgerException unreadable(Path path, IOException e) {
        return new LedgerException(Failure.STORAGE, "the temporary copy of the checked claims " + path + " could not be "
                + "read back: " + reason(e) + "; nothing was signed; sign the claims file again", e);
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "the directory does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
