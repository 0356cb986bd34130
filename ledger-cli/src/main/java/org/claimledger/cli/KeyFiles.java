package org.claimledger.cli;

import java.nio.file.Path;

import org.claimledger.crypto.KeyFile;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.FilePermissions;

/** Key and passphrase files named on the command line: read, with a warning when others may write them. */
final class KeyFiles {
    private KeyFiles() {
    }

    static KeyFile read(CliContext context, String typed) throws LedgerException {
        return read(context, typed, KeyFile.Kind.SIGNING);
    }

    /** A key file that must be of one of these kinds (a witness key for a witness's command). */
    static KeyFile read(CliContext context, String typed, KeyFile.Kind... kinds) throws LedgerException {
        Path path = context.path(typed);
        KeyFile file = KeyFile.read(path, kinds);
        warnIfOthersMayWrite(context, path, "key file");
        return file;
    }

    /** One warning line, as ssh gives for a private key file others can change; the command goes on. */
    static void warnIfOthersMayWrite(CliContext context, Path file, String what) {
        String warning = FilePermissions.othersMayWrite(file, what);
        if (warning != null) {
            context.err().println("claimledger: warning: " + warning);
        }
    }
}
