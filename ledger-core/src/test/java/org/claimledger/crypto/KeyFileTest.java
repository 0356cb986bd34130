package org.claimledger.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileTest {
    @TempDir
    Path dir;

    private final NamedKey key = new NamedKey("giulia", Ed25519PrivateKey.fromSeed(new byte[32]));

    @Test
    void unlock_withThePassphrase_returnsTheSameKey() throws Exception {
        Path file = dir.resolve("giulia.key");
        KeyFile.write(file, key, "sesame open".toCharArray(), new SecureRandom());
        NamedKey unlocked = KeyFile.read(file).unlock("sesame open".toCharArray());
        assertEquals("giulia", unlocked.name());
        assertArrayEquals(key.key().seed(), unlocked.key().seed());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void unlock_withAWrongPassphrase_failsAsWrongPassphrase() throws LedgerException {
        Path file = dir.resolve("giulia.key");
        KeyFile.write(file, key, "sesame open".toCharArray(), new SecureRandom());
        LedgerException e = assertThrows(LedgerException.class, () -> KeyFile.read(file).unlock("sesame shut".toCharArray()));
        assertEquals(Failure.WRONG_PASSPHRASE, e.failure());
    }

    @Test
    void unlock_afterTheNameIsEdited_fails() throws Exception {
        Path file = dir.resolve("giulia.key");
        KeyFile.write(file, key, "sesame open".toCharArray(), new SecureRandom());
        Files.writeString(file, Files.readString(file).replace("\"giulia\"", "\"mario\""));
        assertThrows(LedgerException.class, () -> KeyFile.read(file).unlock("sesame open".toCharArray()));
    }

    @Test
    void write_neverOverwrites() throws LedgerException {
        Path file = dir.resolve("giulia.key");
        KeyFile.write(file, key, "sesame open".toCharArray(), new SecureRandom());
        LedgerException e = assertThrows(LedgerException.class,
                () -> KeyFile.write(file, key, "other pass".toCharArray(), new SecureRandom()));
        assertEquals(Failure.CONFLICT, e.failure());
    }
}
