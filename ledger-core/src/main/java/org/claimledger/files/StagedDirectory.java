package org.claimledger.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A directory of output (an audit bundle, a report) written in full under a temporary name beside its target and
 * renamed into place only when complete, so an interrupted or failed export leaves either nothing or the whole
 * thing, never a bundle without its manifest. Closing it without {@link #commit()} removes what was written.
 */
public final class StagedDirectory implements AutoCloseable {
    private static final String PARTIAL = ".partial-";

    private final Path target;
    private final Path staging;
    private boolean committed;

    private StagedDirectory(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Starts a directory that will become target; its parent is created if missing. */
    public static StagedDirectory beside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        return new StagedDirectory(absolute, Files.createTempDirectory(parent, "." + absolute.getFileName() + PARTIAL));
    }

    /**
     * True when target does not exist or is an empty directory: what a staged directory may be committed over.
     * Callers refuse anything else before they start writing.
     */
    public static boolean isNewOrEmpty(Path target) throws IOException {
        if (!Files.exists(target)) {
            return true;
        }
        try (Stream<Path> children = Files.list(target)) {
            return children.findAny().isEmpty();
        }
    }

    /** Where to write the contents until they are committed. */
    public Path path() {
        return staging;
    }

    /**
     * Forces every file written onto the disk, then renames the staging directory to the target in one step (an
     * existing empty target is replaced; a non-empty one makes the rename fail), and syncs the parent directory so
     * the rename itself survives a power cut.
     */
    public Path commit() throws IOException {
        List<Path> directories = new ArrayList<>();
        try (Stream<Path> tree = Files.walk(staging)) {
            for (Path path : tree.toList()) {
                if (Files.isDirectory(path)) {
                    directories.add(path);
                } else {
                    force(path);
                }
            }
        }
        for (Path directory : directories) {
            force(directory);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        force(target.getParent());
        return target;
    }

    private static void force(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    /** Removes the staging directory and everything in it, unless it was committed. */
    @Override
    public void close() throws IOException {
        if (committed || !Files.exists(staging)) {
            return;
        }
        Files.walkFileTree(staging, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
