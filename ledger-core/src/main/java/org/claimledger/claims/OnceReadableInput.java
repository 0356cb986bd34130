package org.claimledger.claims;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.claimledger.input.FileLimit;

/**
 * A claims file that can be read only once: a pipe, a process substitution ({@code sign <(...)}), a terminal.
 * A claims file is read twice (opened, then checked), so the first read copies what it reads into a temporary file
 * only this user can read, and every later read comes from that copy; the copy is deleted when Java exits. The
 * first read stops where the check stops, so a stream that is not a claims file (/dev/zero) is never copied whole.
 */
final class OnceReadableInput implements ClaimsFile.Input {
    private final Path path;
    private Path copy;

    OnceReadableInput(Path path) {
        this.path = path;
    }

    @Override
    public InputStream open() throws IOException {
        if (copy != null) {
            return Files.newInputStream(copy);
        }
        copy = Files.createTempFile("claimledger-claims-", ".json");
        copy.toFile().deleteOnExit();
        return new Copying(FileLimit.CLAIMS_FILE.open(path), Files.newOutputStream(copy));
    }

    /** Reads from a stream and writes what it read to another, closing both. */
    private static final class Copying extends FilterInputStream {
        private final OutputStream out;

        Copying(InputStream in, OutputStream out) {
            super(in);
            this.out = out;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                out.write(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int from, int length) throws IOException {
            int n = super.read(buffer, from, length);
            if (n > 0) {
                out.write(buffer, from, n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // Skipped bytes must reach the copy too: read them.
            return read(new byte[(int) Math.min(n, 8192)]);
        }

        @Override
        public void close() throws IOException {
            try (out) {
                super.close();
            }
        }
    }
}
