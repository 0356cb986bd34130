package org.claimledger.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

import org.claimledger.claims.ClaimsFile;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.store.ChainHead;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * sign signs a claims file's claims while the rest of the file is still being checked, on the head read before the
 * check, without opening the ledger for writing; these tests catch it in that window and attack what it leaves.
 */
class SigningAheadTest {
    private static final String CLAIM = "{\"quote\": \"più di 11.000 soldati l'anno scorso\", \"statement\": \"%s\"}";
    /** Three blocks of the check: the first is signed while the others are still to be checked. */
    static final int CLAIMS = 2 * ClaimBlocks.CLAIMS + 100;

    @TempDir
    Path dir;

    SeedLedger seed;
    Path file;

    @BeforeEach
    void build() throws Exception {
        seed = SeedLedger.build(dir);
        file = dir.resolve("c.json");
        writeClaims(file, seed.sourceId, "s");
    }

    @AfterEach
    void close() throws LedgerException {
        seed.ledger.close();
    }

    static void writeClaims(Path file, String sourceId, String statement) throws IOException {
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < CLAIMS; i++) {
            claims.add(String.format(CLAIM, statement + " " + i));
        }
        Files.writeString(file, "{\"v\": 1, \"source\": \"" + sourceId + "\", \"claims\": [\n"
                + String.join(",\n", claims) + "]}", StandardCharsets.UTF_8);
    }

    /** Checks the file into the spill, running the action once the check has handed on its first block. */
    private void check(ClaimSpill spill, Action afterFirstBlock) throws LedgerException {
        boolean[] done = {false};
        LongConsumer progress = steps -> {
            if (!done[0]) {
                done[0] = true;
                try {
                    afterFirstBlock.run();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
        };
        ClaimsCheck check = ClaimsCheck.run(ClaimsFile.open(file, "c.json"), seed.ledger.source(seed.sourceId), null,
                spill, problem -> { }, progress);
        check.requireNoProblems();
        spill.finish();
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    private static void awaitSigned(SigningAhead ahead, long count) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (ahead.signed() < count && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertTrue(ahead.signed() >= count, "signed ahead: " + ahead.signed());
    }

    @Test
    void theFirstBlockIsSignedBeforeTheCheckEnds_andAppendedAsSigned() throws Exception {
        long before = seed.ledger.store().size();
        ChainHead head = seed.ledger.store().chainHead();
        long[] signedWhileChecking = {0};
        try (ClaimSpill spill = ClaimSpill.create(); SigningAhead ahead = SigningAhead.start(spill, head, seed.giulia,
                seed.clock)) {
            check(spill, () -> {
                awaitSigned(ahead, ClaimBlocks.CLAIMS);
                signedWhileChecking[0] = ahead.signed();
            });
            EntryRange range = seed.ledger.store().append(appender -> ahead.appendTo(appender, done -> { }));
            assertEquals(before, range.first());
            assertEquals(CLAIMS, range.count());
        }
        assertTrue(signedWhileChecking[0] >= ClaimBlocks.CLAIMS && signedWhileChecking[0] < CLAIMS,
                "signed while the rest was checked: " + signedWhileChecking[0]);
        assertEquals("s 0", seed.ledger.entry(before).body().path("statement").asText());
        assertEquals("s " + (CLAIMS - 1), seed.ledger.entry(before + CLAIMS - 1).body().path("statement").asText());
        assertTrue(seed.verify().clean(), "verify finds nothing wrong");
    }

    @Test
    void aByteChangedInTheLeavesSignedAhead_signsNothing() throws Exception {
        long before = seed.ledger.store().size();
        ChainHead head = seed.ledger.store().chainHead();
        try (ClaimSpill spill = ClaimSpill.create(); SigningAhead ahead = SigningAhead.start(spill, head, seed.giulia,
                seed.clock)) {
            check(spill, () -> {
                awaitSigned(ahead, ClaimBlocks.CLAIMS);
                // A signed leaf's byte, on disk, as another program of this user could change it.
                try (RandomAccessFile leaves = new RandomAccessFile(ahead.files().get(0).toFile(), "rw")) {
                    leaves.seek(200);
                    int b = leaves.read();
                    leaves.seek(200);
                    leaves.write(b ^ 0x01);
                }
            });
            LedgerException e = assertThrows(LedgerException.class,
                    () -> seed.ledger.store().append(appender -> ahead.appendTo(appender, done -> { })));
            assertEquals(Failure.STORAGE, e.failure());
            assertTrue(e.getMessage().contains(ahead.files().get(0) + " could not be read back: its bytes are not the "
                    + "ones written (CRC-32C); nothing was signed"), e.getMessage());
        }
        assertEquals(before, seed.ledger.store().size());
    }

    @Test
    void aHeadMovedSinceTheSigning_appendsNothingSignedAhead() throws Exception {
        ChainHead head = seed.ledger.store().chainHead();
        try (ClaimSpill spill = ClaimSpill.create(); SigningAhead ahead = SigningAhead.start(spill, head, seed.giulia,
                seed.clock)) {
            check(spill, () -> { });
            awaitSigned(ahead, CLAIMS);
            assertFalse(ahead.files().isEmpty());
            seed.ledger.signClaims(seed.marco, ClaimsFile.of(("{\"v\": 1, \"claims\": [" + String.format(CLAIM, "m")
                    + "]}").getBytes(StandardCharsets.UTF_8), "m.json"), seed.sourceId);
            long moved = seed.ledger.store().size();
            EntryRange appended = seed.ledger.store().append(appender -> ahead.appendTo(appender, done -> { }));
            assertNull(appended);
            assertEquals(moved, seed.ledger.store().size());
            for (Path leaves : ahead.files()) {
                assertFalse(Files.exists(leaves), "the leaves signed ahead are deleted: " + leaves);
            }
        }
    }

    @Test
    void eachFileOfLeaves_isDeletedOnceRead() throws Exception {
        ChainHead head = seed.ledger.store().chainHead();
        List<Path> files;
        // A file for each block of leaves, so that the test sees them go.
        try (ClaimSpill spill = ClaimSpill.create(); SigningAhead ahead = new SigningAhead(spill, head, seed.giulia,
                seed.clock, 1)) {
            check(spill, () -> { });
            awaitSigned(ahead, CLAIMS);
            files = ahead.files();
            assertEquals(3, files.size(), "a file for each of the three blocks");
            List<Boolean> firstThere = new ArrayList<>();
            EntryRange range = seed.ledger.store().append(appender -> ahead.appendTo(appender, done -> {
                if (done == ClaimBlocks.CLAIMS + 1) {
                    firstThere.add(Files.exists(files.get(0)));
                }
            }));
            assertEquals(CLAIMS, range.count());
            assertEquals(List.of(false), firstThere, "the first file is gone once the second is read");
            assertTrue(Files.exists(files.get(2)), "the last is kept until the end");
        }
        assertFalse(Files.exists(files.get(2)), "and deleted then");
        assertTrue(seed.verify().clean(), "verify finds nothing wrong");
    }

    /**
     * A sign killed with kill -9 while it signs ahead of its check: the ledger file is as it was (it was never opened
     * for writing), and the two copies it leaves in its temporary directory are deleted by a later sign.
     */
    @Test
    @Timeout(120)
    void killedWhileSigningAhead_leavesTheLedgerFileAsItWas_andItsCopiesAreSweptLater() throws Exception {
        seed.ledger.close();
        Path ledgerFile = dir.resolve("seed.mv.db");
        byte[] before = Files.readAllBytes(ledgerFile);
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        Process victim = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                SigningAheadVictim.class.getName(), dir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(victim.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("signed ahead", out.readLine());
        } finally {
            victim.destroyForcibly();
            assertTrue(victim.waitFor(30, TimeUnit.SECONDS));
        }
        assertArrayEquals(before, Files.readAllBytes(ledgerFile));
        List<Path> left;
        try (Stream<Path> files = Files.list(tmp)) {
            left = files.filter(p -> p.getFileName().toString().startsWith("claimledger-sign-" + victim.pid() + "-"))
                    .toList();
        }
        assertEquals(2, left.size(), "the checked claims and the leaves signed ahead: " + left);
        ClaimSpill.sweep(tmp, Instant.now().plus(ClaimSpill.LEFT_BEHIND).plus(Duration.ofMinutes(1)));
        for (Path copy : left) {
            assertFalse(Files.exists(copy), copy + " is swept");
        }
        seed.ledger = Ledger.open(seed.location, seed.clock);
        assertTrue(seed.verify().clean(), "verify finds nothing wrong");
    }
}
