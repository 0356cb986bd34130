package org.claimledger.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A directory nobody may write into for the length of a test: owner-only read and execute, or, for root (whom
 * permissions do not stop), the immutable attribute. The test is skipped, saying why, where neither takes effect.
 */
final class ReadOnlyDirectory implements AutoCloseable {
    private final Path directory;
    private final boolean immutable;

    private ReadOnlyDirectory(Path directory, boolean immutable) {
        this.directory = directory;
        this.immutable = immutable;
    }

    static ReadOnlyDirectory of(Path directory) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            Assumptions.assumeTrue(chattr("+i", directory), "chattr +i is not available to make a directory unwritable for root");
        } else {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        ReadOnlyDirectory locked = new ReadOnlyDirectory(directory, root);
        Path probe = directory.resolve("probe");
        try {
            Files.createFile(probe);
        } catch (IOException expected) {
            return locked;
        }
        Files.delete(probe);
        locked.close();
        return Assumptions.abort("this file system lets anyone write into " + directory + " whatever its permissions");
    }

    private static boolean chattr(String change, Path directory) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder("chattr", change, directory.toString()).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (immutable) {
            chattr("-i", directory);
        } else {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
