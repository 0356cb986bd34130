package org.claimledger.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.canonical.Jcs;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.entry.Envelope;
import org.claimledger.entry.EntryType;
import org.claimledger.entry.SignableBody;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checked claims kept between the check and the signing: read back as written, and refused when damaged. */
class ClaimSpillTest {
    private static final int BODIES = ClaimSpill.BLOCK + 10;
    private static final Ed25519PrivateKey KEY = Ed25519PrivateKey.fromSeed(new byte[32]);

    private static ObjectNode body(int i) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("statement", "claim " + i);
        node.put("figure", i);
        return node;
    }

    private static byte[] leaf(SignableBody body) {
        return Envelope.signLeaf(3, new byte[32], Instant.parse("2026-01-02T03:04:05Z"), EntryType.CLAIM, body, KEY)
                .leaf();
    }

    private static ClaimSpill written() throws LedgerException {
        ClaimSpill spill = ClaimSpill.create();
        for (int i = 0; i < BODIES; i++) {
            spill.add(Jcs.canonicalize(body(i)));
        }
        spill.finish();
        return spill;
    }

    private static List<SignableBody> readBack(ClaimSpill spill) throws LedgerException {
        List<SignableBody> all = new ArrayList<>();
        try (ClaimSpill.Reader reader = spill.reader()) {
            for (List<SignableBody> block = reader.next(); !block.isEmpty(); block = reader.next()) {
                assertTrue(block.size() <= ClaimSpill.BLOCK);
                all.addAll(block);
            }
        }
        return all;
    }

    @Test
    void readsBackEveryBodyInOrder_inBlocks_andIsDeletedOnClose() throws Exception {
        Path path;
        try (ClaimSpill spill = written()) {
            path = spill.path();
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
            List<SignableBody> all = readBack(spill);
            assertEquals(BODIES, all.size());
            for (int i : new int[] {0, ClaimSpill.BLOCK, BODIES - 1}) {
                // Read back ready to sign: the same leaf as the body prepared in one go.
                assertArrayEquals(leaf(SignableBody.of(body(i))), leaf(all.get(i)));
            }
        }
        assertFalse(Files.exists(path));
    }

    @Test
    void aByteChangedOnDisk_failsAtTheEnd_withNothingToSign() throws Exception {
        try (ClaimSpill spill = written()) {
            byte[] bytes = Files.readAllBytes(spill.path());
            int at = bytes.length / 2;
            // A letter of a statement, so that every length still reads: only the checksum can tell.
            while (bytes[at] < 'a' || bytes[at] > 'z') {
                at++;
            }
            bytes[at] = (byte) (bytes[at] == 'x' ? 'y' : 'x');
            Files.write(spill.path(), bytes);
            LedgerException e = assertThrows(LedgerException.class, () -> readBack(spill));
            assertEquals(Failure.STORAGE, e.failure());
            assertEquals("the temporary copy of the checked claims " + spill.path() + " could not be read back: its "
                    + "bytes are not the ones written (CRC-32C); nothing was signed; sign the claims file again",
                    e.getMessage());
        }
    }

    @Test
    void aByteChangedSoThatABodyIsNotCanonical_failsAsADamagedCopy() throws Exception {
        try (ClaimSpill spill = written()) {
            byte[] bytes = Files.readAllBytes(spill.path());
            // The first body's opening brace, after its 4-byte length.
            assertEquals('{', bytes[4]);
            bytes[4] = '[';
            Files.write(spill.path(), bytes);
            LedgerException e = assertThrows(LedgerException.class, () -> readBack(spill));
            assertEquals(Failure.STORAGE, e.failure());
            assertEquals("the temporary copy of the checked claims " + spill.path() + " could not be read back: its "
                    + "bytes are not the ones written (a body is not canonical JSON); nothing was signed; sign the "
                    + "claims file again", e.getMessage());
        }
    }

    @Test
    void aCutCopy_fails() throws Exception {
        try (ClaimSpill spill = written()) {
            try (FileChannel channel = FileChannel.open(spill.path(), StandardOpenOption.WRITE)) {
                channel.truncate(channel.size() - 7);
            }
            LedgerException e = assertThrows(LedgerException.class, () -> readBack(spill));
            assertEquals(Failure.STORAGE, e.failure());
            assertTrue(e.getMessage().contains(" could not be read back: it ends early; nothing was signed"), e.getMessage());
        }
    }

    @Test
    void aLengthDamagedToAHugeOne_isRefusedBeforeAnythingIsAllocated() throws Exception {
        try (ClaimSpill spill = written()) {
            byte[] bytes = Files.readAllBytes(spill.path());
            bytes[0] = 0x7f;
            Files.write(spill.path(), bytes);
            LedgerException e = assertThrows(LedgerException.class, () -> readBack(spill));
            assertEquals(Failure.STORAGE, e.failure());
            assertTrue(e.getMessage().contains("a prepared body of 2130706" ), e.getMessage());
        }
    }

    @Test
    void itsNameHoldsTheProcessId() throws Exception {
        try (ClaimSpill spill = ClaimSpill.create()) {
            assertTrue(spill.path().getFileName().toString()
                    .startsWith("claimledger-sign-" + ProcessHandle.current().pid() + "-"), spill.path().toString());
        }
    }

    /** A sign killed with kill -9 deletes nothing: the next one deletes its copy, and only what is surely left behind. */
    @Test
    void aCopyLeftByAnEndedProcess_isDeletedOnceUnwrittenForTenMinutes_nothingElseIs(@TempDir Path dir)
            throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        long dead = ended.pid();
        long alive = ProcessHandle.current().pid();
        Instant now = Instant.now();
        FileTime old = FileTime.from(now.minus(ClaimSpill.LEFT_BEHIND).minus(Duration.ofSeconds(1)));
        FileTime recent = FileTime.from(now.minus(ClaimSpill.LEFT_BEHIND).plus(Duration.ofSeconds(30)));
        Path leftBehind = Files.setLastModifiedTime(Files.writeString(dir.resolve("claimledger-sign-" + dead
                + "-123.spill"), "x"), old);
        Path stillWritten = Files.setLastModifiedTime(Files.writeString(dir.resolve("claimledger-sign-" + dead
                + "-456.spill"), "x"), recent);
        Path running = Files.setLastModifiedTime(Files.writeString(dir.resolve("claimledger-sign-" + alive
                + "-789.spill"), "x"), old);
        Path unnamed = Files.setLastModifiedTime(Files.writeString(dir.resolve("claimledger-sign-123.spill"), "x"),
                old);
        Path other = Files.setLastModifiedTime(Files.writeString(dir.resolve("claimledger-sign-" + dead + "-1.txt"),
                "x"), old);

        ClaimSpill.sweep(dir, now);

        assertFalse(Files.exists(leftBehind), "an ended process's copy, unwritten for ten minutes");
        for (Path kept : List.of(stillWritten, running, unnamed, other)) {
            assertTrue(Files.exists(kept), kept + " is kept");
        }
    }
}
