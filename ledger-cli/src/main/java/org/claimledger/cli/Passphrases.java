package org.claimledger.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

import org.claimledger.crypto.KeyFile;
import org.claimledger.crypto.NamedKey;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.FileLimit;

/**
 * Where a passphrase comes from: --passphrase-file, then $CLAIMLEDGER_PASSPHRASE, then a prompt that does not echo.
 * A person at the prompt gets three tries, as ssh and gpg give; a file or the environment gets one, since asking
 * again would read the same wrong value.
 */
final class Passphrases {
    static final String ENV = "CLAIMLEDGER_PASSPHRASE";
    static final int MINIMUM_LENGTH = 8;
    static final int TRIES = 3;

    private Passphrases() {
    }

    /** Decrypts a key file with its passphrase. */
    static NamedKey unlock(CliContext context, String passphraseFile, KeyFile file, String purpose) throws LedgerException {
        if (given(context, passphraseFile)) {
            char[] passphrase = readGiven(context, passphraseFile);
            try {
                return file.unlock(passphrase);
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }
        for (int attempt = 1; ; attempt++) {
            char[] typed = ask(context, "Passphrase for " + purpose + ": ", purpose);
            try {
                return file.unlock(typed);
            } catch (LedgerException e) {
                if (e.failure() != Failure.WRONG_PASSPHRASE || attempt == TRIES) {
                    throw e;
                }
                context.err().println("claimledger: wrong passphrase; try again (" + left(attempt) + ")");
            } finally {
                Arrays.fill(typed, '\0');
            }
        }
    }

    /**
     * For a new key: a file or the environment is taken as given; at the prompt the minimum length is said before
     * typing, and the passphrase is typed twice.
     */
    static char[] readNew(CliContext context, String passphraseFile, String purpose) throws LedgerException {
        if (given(context, passphraseFile)) {
            char[] passphrase = readGiven(context, passphraseFile);
            if (passphrase.length < MINIMUM_LENGTH) {
                Arrays.fill(passphrase, '\0');
                throw tooShort(passphraseFile != null ? "the passphrase in " + passphraseFile : "$" + ENV);
            }
            return passphrase;
        }
        for (int attempt = 1; ; attempt++) {
            char[] first = ask(context, "Passphrase for " + purpose + " (at least " + MINIMUM_LENGTH + " characters): ",
                    purpose);
            if (first.length < MINIMUM_LENGTH) {
                Arrays.fill(first, '\0');
                if (attempt == TRIES) {
                    throw tooShort("the passphrase typed");
                }
                context.err().println("claimledger: that passphrase is shorter than " + MINIMUM_LENGTH
                        + " characters; try again (" + left(attempt) + ")");
                continue;
            }
            char[] second = ask(context, "Repeat the passphrase: ", purpose);
            boolean same = Arrays.equals(first, second);
            Arrays.fill(second, '\0');
            if (same) {
                return first;
            }
            Arrays.fill(first, '\0');
            if (attempt == TRIES) {
                throw new LedgerException(Failure.WRONG_PASSPHRASE, "the two passphrases differ; nothing was written");
            }
            context.err().println("claimledger: the two passphrases differ; try again (" + left(attempt) + ")");
        }
    }

    private static boolean given(CliContext context, String passphraseFile) {
        return passphraseFile != null || context.env(ENV) != null;
    }

    private static char[] readGiven(CliContext context, String passphraseFile) throws LedgerException {
        if (passphraseFile == null) {
            return context.env(ENV).toCharArray();
        }
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

    private static char[] ask(CliContext context, String prompt, String purpose) throws LedgerException {
        char[] typed = context.prompt().ask(prompt);
        if (typed == null) {
            throw new LedgerException(Failure.INVALID_REQUEST, "no passphrase for " + purpose + ": there is no terminal to ask; "
                    + "use --passphrase-file FILE or set " + ENV);
        }
        return typed;
    }

    private static LedgerException tooShort(String what) {
        return new LedgerException(Failure.INVALID_REQUEST, what + " is too short: a key passphrase must have at least "
                + MINIMUM_LENGTH + " characters; nothing was written");
    }

    private static String left(int attempt) {
        int left = TRIES - attempt;
        return left + (left == 1 ? " try left" : " tries left");
    }
}
