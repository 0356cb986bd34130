package org.claimledger.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.FileLimit;

/** Where a passphrase comes from: --passphrase-file, then $CLAIMLEDGER_PASSPHRASE, then a prompt that does not echo. */
final class Passphrases {
    static final String ENV = "CLAIMLEDGER_PASSPHRASE";

    private Passphrases() {
    }

    static char[] read(CliContext context, String passphraseFile, String purpose) throws LedgerException {
        if (passphraseFile != null) {
            Path file = context.path(passphraseFile);
            try {
                // Read up to a bound, so that a pipe (--passphrase-file <(...)) works and /dev/zero cannot fill memory.
                String text = StandardCharsets.UTF_8.newDecoder()
                        .decode(ByteBuffer.wrap(FileLimit.PASSPHRASE_FILE.read(file))).toString();
                KeyFiles.warnIfOthersMayWrite(context, file, "passphrase file");
                int newline = text.indexOf('\n');
                String line = newline < 0 ? text : text.substring(0, newline);
                return line.endsWith("\r") ? line.substring(0, line.length() - 1).toCharArray() : line.toCharArray();
            } catch (NoSuchFileException e) {
                throw new LedgerException(Failure.KEY_FILE, "passphrase file " + file + " does not exist");
            } catch (IOException e) {
                throw new LedgerException(Failure.KEY_FILE, "passphrase file " + file + " cannot be read: " + e.getMessage());
            }
        }
        String fromEnv = context.env(ENV);
        if (fromEnv != null) {
            return fromEnv.toCharArray();
        }
        char[] typed = context.prompt().ask("Passphrase for " + purpose + ": ");
        if (typed == null) {
            throw new LedgerException(Failure.INVALID_REQUEST, "no passphrase for " + purpose + ": there is no terminal to ask; "
                    + "use --passphrase-file FILE or set " + ENV);
        }
        return typed;
    }

    /** For a new key: asks twice at a prompt; a file or the environment is taken as given. */
    static char[] readNew(CliContext context, String passphraseFile, String purpose) throws LedgerException {
        if (passphraseFile != null || context.env(ENV) != null) {
            char[] passphrase = read(context, passphraseFile, purpose);
            requireLength(passphrase);
            return passphrase;
        }
        char[] first = read(context, null, purpose);
        char[] second = context.prompt().ask("Repeat the passphrase: ");
        if (second == null || !Arrays.equals(first, second)) {
            throw new LedgerException(Failure.WRONG_PASSPHRASE, "the two passphrases differ; nothing was written");
        }
        requireLength(first);
        return first;
    }

    private static void requireLength(char[] passphrase) throws LedgerException {
        if (passphrase.length < 8) {
            throw new LedgerException(Failure.INVALID_REQUEST, "a key passphrase must have at least 8 characters");
        }
    }
}
