package org.claimledger.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;

/**
 * Every kind of file ClaimLedger reads from outside, with the most bytes it may have (SPEC.md §16). A file is
 * read up to its limit and no further, so a huge file, {@code /dev/zero} or an endless pipe costs bounded memory
 * and is refused with one line instead of exhausting the heap.
 */
public enum FileLimit {
    KEY_FILE("key file", 64 * 1024, Failure.KEY_FILE),
    PASSPHRASE_FILE("passphrase file", 64 * 1024, Failure.KEY_FILE),
    CLAIMS_FILE("claims file", InputLimits.CLAIMS_FILE_BYTES, Failure.MALFORMED_INPUT),
    SOURCE_FILE("source file", InputLimits.SOURCE_BYTES, Failure.MALFORMED_INPUT),
    TRUST_FILE("trust file", 1024 * 1024, Failure.MALFORMED_INPUT),
    CHECKPOINT_FILE("checkpoint file", InputLimits.NOTE_BYTES, Failure.MALFORMED_INPUT),
    PROOF_FILE("proof file", 1024 * 1024, Failure.MALFORMED_INPUT),
    LEAF_FILE("leaf file", InputLimits.LEAF_BYTES, Failure.MALFORMED_INPUT),
    GOLD_FILE("gold file", 16 * 1024 * 1024, Failure.MALFORMED_INPUT),
    BUNDLE_MANIFEST("bundle manifest", 1024 * 1024, Failure.MALFORMED_INPUT);

    private final String what;
    private final long maxBytes;
    private final Failure failure;

    FileLimit(String what, long maxBytes, Failure failure) {
        this.what = what;
        this.maxBytes = maxBytes;
        this.failure = failure;
    }

    public String what() {
        return what;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Reads the whole file, refusing one larger than the limit (the failure names the file, the limit and the
     * kind of file). A missing or unreadable file is left to the caller as an IOException, with its own message.
     */
    public byte[] read(Path file, OpenOption... options) throws IOException, LedgerException {
        try (InputStream in = Files.newInputStream(file, options)) {
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > maxBytes) {
                throw tooLarge(file);
            }
            return bytes;
        }
    }

    /**
     * Opens the file to stream it, for files read piece by piece (a claims file): reading on past the limit fails
     * with {@link OverLimitException}, which the reader turns into {@link #tooLarge}.
     */
    public InputStream open(Path file, OpenOption... options) throws IOException {
        InputStream in = Files.newInputStream(file, options);
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int from, int length) throws IOException {
                int n = super.read(buffer, from, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) throws OverLimitException {
                read += n;
                if (read > maxBytes) {
                    throw new OverLimitException();
                }
            }
        };
    }

    /** A streamed file went on past its limit. */
    public static final class OverLimitException extends IOException {
        OverLimitException() {
            super("over its size limit");
        }
    }

    /** The refusal for a file of this kind that holds more than the limit. */
    public LedgerException tooLarge(Path file) {
        return new LedgerException(failure, what + " " + file + " is larger than " + InputLimits.bytes(maxBytes)
                + ", the most a " + what + " may hold (" + InputLimits.SPEC + "); it is not a file ClaimLedger wrote or reads");
    }
}
