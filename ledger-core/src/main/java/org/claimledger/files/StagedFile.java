package org.claimledger.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * One output file (a CSV or JSON-LD export) written in full under a temporary name beside its target and renamed
 * into place only when complete, as {@link StagedDirectory} does for folders: a failed export leaves nothing, never
 * half a file. It never replaces a file that exists. Closing it without {@link #commit()} removes what was written.
 */
public final class StagedFile implements AutoCloseable {
    private static final String PARTIAL = ".partial-";

    private final Path target;
    private final Path staging;
    private boolean committed;

    private StagedFile(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Starts a file that will become target; FileAlreadyExistsException when target exists already. */
    public static StagedFile beside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(absolute.toString());
        }
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        return new StagedFile(absolute, Files.createTempFile(parent, "." + absolute.getFileName() + PARTIAL, ""));
    }

    /** Where to write the contents until they are committed. */
    public Path path() {
        return staging;
    }

    /**
     * Forces the file onto the disk, then gives it its name: as a hard link, which fails rather than replace a file
     * created meanwhile, or, where the file system has no links, by a rename after checking again. Syncs the parent so
     * the name survives a power cut.
     */
    public Path commit() throws IOException {
        try (FileChannel channel = FileChannel.open(staging, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        try {
            Files.createLink(target, staging);
            Files.delete(staging);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(target.toString());
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        }
        committed = true;
        try (FileChannel channel = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
            channel.force(true);
        }
        return target;
    }

    /** Removes the staged file, unless it was committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            Files.deleteIfExists(staging);
        }
    }
}
