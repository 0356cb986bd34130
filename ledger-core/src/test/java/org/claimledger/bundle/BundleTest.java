package org.claimledger.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.NamedKey;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.ledger.Checkpoints;
import org.claimledger.ledger.Ledger;
import org.claimledger.state.LedgerMemory;
import org.claimledger.store.LedgerLocation;
import org.claimledger.store.LedgerStore;
import org.claimledger.testing.TestLedger;
import org.claimledger.verify.Audit;
import org.claimledger.verify.Finding;
import org.claimledger.verify.FindingKind;
import org.claimledger.verify.PinStore;
import org.claimledger.verify.StoreFeed;
import org.claimledger.verify.VerifyReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleTest {
    @TempDir
    Path directory;

    TestLedger test;

    @BeforeEach
    void build() throws Exception {
        test = TestLedger.build(directory.resolve("ledger"));
        try (Ledger ledger = test.open()) {
            Checkpoints.create(ledger, test.ledgerKey());
        }
    }

    private Path export(String name) throws LedgerException {
        Path bundle = directory.resolve(name);
        try (Ledger ledger = test.open()) {
            BundleWriter.export(ledger, bundle);
        }
        return bundle;
    }

    private VerifyReport verifyDatabase() throws LedgerException {
        try (LedgerStore store = LedgerStore.open(test.location())) {
            return Audit.run(new StoreFeed(store), new Audit.Request(null, null, null, null));
        }
    }

    private static VerifyReport verifyBundle(Path bundle, PinStore pins) throws LedgerException {
        return Audit.run(BundleFeed.open(bundle), new Audit.Request(null, pins, null, null));
    }

    /** The findings a bundle can reproduce: all but those about the database's own tree table. */
    private static List<Finding> portable(VerifyReport report) {
        return report.findings().stream().filter(f -> f.kind() != FindingKind.TREE).collect(Collectors.toList());
    }

    @Test
    void export_writesEveryLeafExactlyOnItsOwnLine_andTheLayoutOfTheSpec() throws Exception {
        Path bundle = export("bundle");
        List<String> lines = Files.readAllLines(bundle.resolve(BundleLayout.ENTRIES), StandardCharsets.UTF_8);
        assertEquals(TestLedger.SEED_ENTRIES, lines.size());
        try (LedgerStore store = LedgerStore.open(test.location())) {
            for (int seq = 0; seq < lines.size(); seq++) {
                assertArrayEquals(store.entry(seq).leaf(), lines.get(seq).getBytes(StandardCharsets.UTF_8), "entry " + seq);
            }
            String id = store.sourceIds().get(0);
            assertEquals(store.sourceText(id), Files.readString(bundle.resolve("sources").resolve(id + ".txt")));
            assertEquals(store.latestCheckpoint(), Files.readString(bundle.resolve("checkpoint.txt")));
            assertEquals(store.latestCheckpoint(), Files.readString(bundle.resolve("checkpoints").resolve("20.txt")));
        }
        assertEquals(test.vkey().format() + "\n", Files.readString(bundle.resolve("ledger.vkey")));
        String manifest = Files.readString(bundle.resolve("manifest.json"));
        assertTrue(manifest.contains("\"format\" : \"claimledger-bundle\""), manifest);
        assertTrue(manifest.contains("\"v\" : 1"), manifest);
        assertTrue(manifest.contains("\"entries\" : 20"), manifest);
        assertTrue(manifest.contains("\"checkpoint\" : 20"), manifest);
        assertFalse(manifest.contains("positions"), manifest);
    }

    @Test
    void verifyBundle_ofAnIntactLedger_isCleanWithTheDatabasesRoot() throws Exception {
        VerifyReport database = verifyDatabase();
        VerifyReport bundle = verifyBundle(export("bundle"), null);
        assertTrue(bundle.clean(), () -> bundle.findings().toString());
        assertArrayEquals(database.root(), bundle.root());
        assertEquals(database.summary(), bundle.summary());
    }

    @Test
    void verifyBundle_ofTamperedLedgers_findsWhatVerifyFindsOnTheDatabase() throws Exception {
        List<String> failures = new ArrayList<>();
        String[][] attacks = {
            {"edited figure", "UPDATE cl_entries SET leaf = REPLACE(leaf, '\"value\":\"9000000\"', '\"value\":\"8000000\"')"},
            {"deleted entry", "DELETE FROM cl_entries WHERE seq = 7"},
            {"edited source text", "UPDATE cl_sources SET content = REPLACE(content, 'Shoigu', 'Shoygu')"},
            {"truncated tail", "DELETE FROM cl_entries WHERE seq >= 15"},
            {"forged checkpoint row", "UPDATE cl_checkpoints SET note = REPLACE(note, '\n20\n', '\n19\n')"},
        };
        for (String[] attack : attacks) {
            TestLedger fresh = TestLedger.build(directory.resolve(attack[0]));
            try (Ledger ledger = fresh.open()) {
                Checkpoints.create(ledger, fresh.ledgerKey());
            }
            fresh.sql(attack[1]);
            List<Finding> database;
            try (LedgerStore store = LedgerStore.open(fresh.location())) {
                database = portable(Audit.run(new StoreFeed(store), new Audit.Request(null, null, null, null)));
            }
            Path bundle = directory.resolve(attack[0] + " bundle");
            try (Ledger ledger = fresh.open()) {
                BundleWriter.export(ledger, bundle);
            }
            List<Finding> offline = verifyBundle(bundle, null).findings();
            if (database.isEmpty()) {
                failures.add(attack[0] + ": the database verify found nothing");
            }
            if (!database.equals(offline)) {
                failures.add(attack[0] + ":\n  database " + database + "\n  bundle   " + offline);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void verifyBundle_olderConsistentBundle_passesAsAnOlderSnapshot_andTheStateDoesNotMoveBack() throws Exception {
        Path old = export("old");
        PinStore pins = new PinStore(directory.resolve("state"));
        test.grow(2);
        try (Ledger ledger = test.open()) {
            Checkpoints.create(ledger, test.ledgerKey());
        }
        VerifyReport current = verifyBundle(export("new"), pins);
        assertTrue(current.clean(), () -> current.findings().toString());
        VerifyReport report = verifyBundle(old, pins);
        assertTrue(report.clean(), () -> report.findings().toString());
        assertTrue(report.notes().contains("an older snapshot: 20 of the 22 entries you verified of origin " + test.origin()
                + ", consistent (root " + java.util.Base64.getEncoder().encodeToString(report.root()) + ")"),
                () -> report.notes().toString());
        assertTrue(report.state().startsWith("state unchanged: this older snapshot holds 20 of the 22 entries "
                + "remembered for origin " + test.origin()), report.state());
        assertEquals(22, pins.load(test.origin()).verified().size());
    }

    @Test
    void verifyBundle_olderBundleOfAnotherHistory_isRewrittenHistory() throws Exception {
        PinStore pins = new PinStore(directory.resolve("state"));
        Path fork = test.backup("fork.mv.db");
        test.grow(2);
        assertTrue(verifyBundle(export("genuine"), pins).clean());
        // The same origin and ledger key, a different 21st entry: what a holder of the key could publish to one auditor.
        test.rollBackTo(fork);
        test.grow(1);
        VerifyReport report = verifyBundle(export("forked"), pins);
        assertEquals(1, report.findings().size(), () -> report.findings().toString());
        Finding finding = report.findings().get(0);
        assertEquals(FindingKind.CHECKPOINT, finding.kind());
        assertEquals("root", finding.field());
        assertTrue(finding.message().startsWith("not an older snapshot of what you verified: its 21 entries give root "
                + finding.actual() + ", but the first 21 of the 22 entries you verified of origin " + test.origin()),
                finding.message());
        assertEquals(22, pins.load(test.origin()).verified().size());
    }

    @Test
    void verifyBundle_anotherOriginInAFolderVerifiedBefore_isATrustFinding() throws Exception {
        PinStore pins = new PinStore(directory.resolve("state"));
        LedgerMemory memory = new LedgerMemory(pins.directory());
        Path bundle = export("bundle");
        assertTrue(Audit.run(BundleFeed.open(bundle), new Audit.Request(null, pins, null, null, null,
                Audit.Place.bundle(memory, bundle))).clean());
        NamedKey other = new NamedKey("other.example/claims", Ed25519PrivateKey.generate(new SecureRandom()));
        try (Ledger ledger = Ledger.create(LedgerLocation.of(directory.resolve("other").toString()), other.name(), other,
                Clock.systemUTC())) {
            try (Stream<Path> files = Files.walk(bundle)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
            BundleWriter.export(ledger, bundle);
        }
        VerifyReport report = Audit.run(BundleFeed.open(bundle), new Audit.Request(null, pins, null, null, null,
                Audit.Place.bundle(memory, bundle)));
        assertEquals(1, report.findings().size(), () -> report.findings().toString());
        Finding finding = report.findings().get(0);
        assertEquals(FindingKind.TRUST, finding.kind());
        assertEquals(test.origin(), finding.expected());
        assertEquals("other.example/claims", finding.actual());
        assertNull(pins.load("other.example/claims"), "the replacement's key must not be pinned");
    }

    @Test
    void verifyBundle_withItsTailCutAndManifestEdited_isCaughtByItsCheckpoint() throws Exception {
        test.grow(2);
        try (Ledger ledger = test.open()) {
            Checkpoints.create(ledger, test.ledgerKey());
        }
        Path bundle = export("bundle");
        List<String> lines = Files.readAllLines(bundle.resolve(BundleLayout.ENTRIES));
        Files.writeString(bundle.resolve(BundleLayout.ENTRIES), String.join("\n", lines.subList(0, 21)) + "\n");
        Files.writeString(bundle.resolve(BundleLayout.MANIFEST),
                Files.readString(bundle.resolve(BundleLayout.MANIFEST)).replace("\"entries\" : 22", "\"entries\" : 21"));
        VerifyReport report = verifyBundle(bundle, null);
        assertEquals(1, report.findings().size(), () -> report.findings().toString());
        assertTrue(report.findings().get(0).message().startsWith("rolled back or truncated: the ledger has 21 entries, "
                + "but the ledger's own checkpoint for size 22 has 22"), report.findings().get(0).message());
    }

    @Test
    void openBundle_cutEntriesFile_isReportedAsDamaged() throws Exception {
        Path bundle = export("bundle");
        byte[] entries = Files.readAllBytes(bundle.resolve(BundleLayout.ENTRIES));
        Files.write(bundle.resolve(BundleLayout.ENTRIES), java.util.Arrays.copyOf(entries, entries.length - 10));
        LedgerException e = assertThrows(LedgerException.class, () -> verifyBundle(bundle, null));
        assertEquals(Failure.STORAGE, e.failure());
        assertTrue(e.getMessage().contains("does not end with a newline (the file was cut)"), e.getMessage());
    }

    @Test
    void openBundle_ofAnUnknownVersion_isRefused() throws Exception {
        Path bundle = export("bundle");
        Files.writeString(bundle.resolve(BundleLayout.MANIFEST),
                Files.readString(bundle.resolve(BundleLayout.MANIFEST)).replace("\"v\" : 1", "\"v\" : 2"));
        LedgerException e = assertThrows(LedgerException.class, () -> BundleFeed.open(bundle));
        assertEquals("audit bundle version 2 is unknown to this verifier, which reads version 1", e.getMessage());
    }

    @Test
    void export_intoANonEmptyDirectory_isRefused() throws Exception {
        Path bundle = export("bundle");
        LedgerException e = assertThrows(LedgerException.class, () -> export("bundle"));
        assertEquals(bundle + " is not empty; export into a new directory", e.getMessage());
    }

    @Test
    void sourceFile_neverLeavesTheBundle() {
        assertNull(BundleLayout.sourceFile(directory, "../../etc/passwd"));
        assertNull(BundleLayout.sourceFile(directory, "AB".repeat(32)));
        assertEquals(-1, BundleLayout.checkpointSize("020.txt"));
        assertEquals(20, BundleLayout.checkpointSize("20.txt"));
    }
}
