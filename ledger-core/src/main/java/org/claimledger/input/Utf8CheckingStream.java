package org.claimledger.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking that they are strict UTF-8 (as Java's decoder with REPORT: no overlong forms,
 * no surrogates, nothing above U+10FFFF, no sequence cut short at the end), so a file can be checked as it streams
 * instead of decoded whole. The first bad byte ends the read with {@link NotUtf8Exception}.
 */
public final class Utf8CheckingStream extends FilterInputStream {
    /** The bytes from the lead byte at byteOffset on are not UTF-8. */
    public static final class NotUtf8Exception extends IOException {
        private final long byteOffset;

        NotUtf8Exception(long byteOffset) {
            super("not valid UTF-8 at byte " + byteOffset);
            this.byteOffset = byteOffset;
        }

        public long byteOffset() {
            return byteOffset;
        }
    }

    private long offset;
    /** Continuation bytes still expected, the range the next one must be in, and where the sequence began. */
    private int pending;
    private int low = 0x80;
    private int high = 0xBF;
    private long sequenceStart;

    public Utf8CheckingStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            atEnd();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int from, int length) throws IOException {
        int n = in.read(buffer, from, length);
        if (n < 0) {
            atEnd();
        }
        for (int i = 0; i < n; i++) {
            check(buffer[from + i] & 0xFF);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Every byte must be seen to be checked.
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        int read = read(buffer, 0, buffer.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void atEnd() throws NotUtf8Exception {
        if (pending > 0) {
            throw new NotUtf8Exception(sequenceStart);
        }
    }

    private void check(int b) throws NotUtf8Exception {
        long at = offset++;
        if (pending > 0) {
            if (b < low || b > high) {
                throw new NotUtf8Exception(sequenceStart);
            }
            pending--;
            low = 0x80;
            high = 0xBF;
            return;
        }
        sequenceStart = at;
        if (b < 0x80) {
            return;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            throw new NotUtf8Exception(at);
        }
    }
}
