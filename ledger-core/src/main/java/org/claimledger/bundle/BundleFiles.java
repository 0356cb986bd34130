package org.claimledger.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.FileLimit;

/**
 * The files inside a bundle directory, reached without leaving it: every path below the directory must be a
 * real directory or a regular file, never a symbolic link, a named pipe or a device, so that verify reads only
 * what the bundle holds, each file up to its size limit.
 */
final class BundleFiles {
    private final Path directory;

    BundleFiles(Path directory) {
        this.directory = directory;
    }

    /** The regular file at the relative path, or null when it does not exist; anything else is refused. */
    Path regularFile(String... names) throws LedgerException {
        Path path = directory;
        for (int i = 0; i < names.length; i++) {
            path = path.resolve(names[i]);
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                return null;
            } catch (IOException e) {
                throw new LedgerException(Failure.STORAGE, "cannot read " + path + ": " + e.getMessage(), e);
            }
            boolean last = i == names.length - 1;
            if (last ? !attributes.isRegularFile() : !attributes.isDirectory()) {
                throw new LedgerException(Failure.MALFORMED_INPUT, "the bundle " + directory + " holds "
                        + directory.relativize(path) + " as " + kind(path, attributes) + "; a bundle holds only "
                        + (last ? "regular files" : "directories") + " there, as 'claimledger export' writes it, and "
                        + "verify reads nothing outside it");
            }
        }
        return path;
    }

    /** True for a real directory (not a link to one); false when there is nothing there; anything else is refused. */
    boolean isDirectory(String name) throws LedgerException {
        Path path = directory.resolve(name);
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isDirectory()) {
                throw new LedgerException(Failure.MALFORMED_INPUT, "the bundle " + directory + " holds " + name + " as "
                        + kind(path, attributes) + "; a bundle holds only a directory there, as 'claimledger export' "
                        + "writes it, and verify reads nothing outside it");
            }
            return true;
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new LedgerException(Failure.STORAGE, "cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** The whole file, at most the limit; null when it does not exist. */
    byte[] read(FileLimit limit, String... names) throws LedgerException {
        Path file = regularFile(names);
        if (file == null) {
            return null;
        }
        try {
            return limit.read(file, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new LedgerException(Failure.STORAGE, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A stream over the regular file, or null when it does not exist. */
    InputStream open(String... names) throws LedgerException {
        Path file = regularFile(names);
        if (file == null) {
            return null;
        }
        try {
            return Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new LedgerException(Failure.STORAGE, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String kind(Path path, BasicFileAttributes attributes) {
        if (attributes.isSymbolicLink()) {
            String target;
            try {
                target = Files.readSymbolicLink(path).toString();
            } catch (IOException | UnsupportedOperationException e) {
                target = "somewhere";
            }
            return "a symbolic link (to " + abbreviate(target) + ")";
        }
        if (attributes.isDirectory()) {
            return "a directory";
        }
        if (attributes.isRegularFile()) {
            return "a regular file";
        }
        try {
            int type = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000;
            return switch (type) {
                case 0010000 -> "a named pipe";
                case 0140000 -> "a socket";
                case 0020000, 0060000 -> "a device";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file (a named pipe, socket or device)";
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 100 ? text : text.substring(0, 97) + "...";
    }
}
