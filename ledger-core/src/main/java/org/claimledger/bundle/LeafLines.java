package org.claimledger.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.claimledger.failure.LedgerException;

/**
 * Reads a JSON Lines file as exact byte lines: no charset decoding, nothing trimmed, so a leaf comes back
 * byte for byte as it was written. A leaf is canonical JSON, which never holds a raw newline.
 */
final class LeafLines {
    /** Receives one line (without its newline) and its 0-based number. */
    @FunctionalInterface
    interface LineConsumer {
        void accept(long number, byte[] line) throws LedgerException;
    }

    /** A line longer than the limit: the file is not a bundle's, and reading on would only fill memory. */
    static final class LineTooLongException extends IOException {
        private final long number;

        LineTooLongException(long number) {
            super("line " + (number + 1) + " is too long");
            this.number = number;
        }

        /** The line's 0-based number. */
        long number() {
            return number;
        }
    }

    private LeafLines() {
    }

    /**
     * Streams the lines, none longer than maxLine bytes; returns how many there were, and whether the last one
     * ended in a newline.
     */
    static long read(InputStream in, int maxLine, LineConsumer consumer, boolean[] endedInNewline)
            throws IOException, LedgerException {
        byte[] buffer = new byte[1 << 16];
        byte[] line = new byte[1024];
        int length = 0;
        long number = 0;
        int read;
        endedInNewline[0] = true;
        while ((read = in.read(buffer)) > 0) {
            int start = 0;
            for (int i = 0; i < read; i++) {
                if (buffer[i] == '\n') {
                    if (length + i - start > maxLine) {
                        throw new LineTooLongException(number);
                    }
                    line = append(line, length, buffer, start, i - start);
                    length += i - start;
                    consumer.accept(number++, Arrays.copyOf(line, length));
                    length = 0;
                    start = i + 1;
                }
            }
            if (length + read - start > maxLine) {
                throw new LineTooLongException(number);
            }
            line = append(line, length, buffer, start, read - start);
            length += read - start;
        }
        if (length > 0) {
            endedInNewline[0] = false;
            consumer.accept(number++, Arrays.copyOf(line, length));
        }
        return number;
    }

    private static byte[] append(byte[] line, int length, byte[] from, int offset, int count) {
        byte[] target = line;
        if (length + count > target.length) {
            target = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
        }
        System.arraycopy(from, offset, target, length, count);
        return target;
    }
}
