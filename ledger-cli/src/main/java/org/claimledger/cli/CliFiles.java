package org.claimledger.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.FileLimit;

/** Files named on the command line: read whole, or written whole (a new file renamed into place). */
final class CliFiles {
    private CliFiles() {
    }

    static byte[] read(CliContext context, String typed, String what, FileLimit limit) throws LedgerException {
        Path file = context.path(typed);
        try {
            return limit.read(file);
        } catch (NoSuchFileException e) {
            throw new LedgerException(Failure.UNREADABLE_INPUT, what + " " + file + " does not exist; check the path");
        } catch (IOException e) {
            throw new LedgerException(Failure.UNREADABLE_INPUT, what + " " + file + " cannot be read: " + e.getMessage());
        }
    }

    static Path write(CliContext context, String typed, byte[] bytes, String what) throws LedgerException {
        Path file = context.path(typed);
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, ".claimledger", ".tmp");
            try {
                Files.write(temporary, bytes);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return file;
        } catch (IOException e) {
            throw new LedgerException(Failure.STORAGE, "cannot write the " + what + " to " + file + ": " + e.getMessage());
        }
    }
}
