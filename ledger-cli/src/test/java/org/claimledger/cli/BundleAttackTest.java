package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bundles crafted to crash or hang the verifier, or to make it read outside the bundle: links, pipes, endless
 * files, lines longer than any entry, and manifests whose numbers only a truncating parser would accept.
 */
class BundleAttackTest {
    private static final Duration BOUNDED = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    Cli cli;
    Path bundle;
    String sourceFile;

    @BeforeEach
    void copyBundle() throws Exception {
        SeededLedger seeded = SeededLedger.shared();
        cli = seeded.copyTo(dir);
        bundle = cli.path("bundle");
        try (Stream<Path> all = Files.walk(seeded.bundle())) {
            for (Path from : all.toList()) {
                Files.copy(from, bundle.resolve(seeded.bundle().relativize(from).toString()));
            }
        }
        try (Stream<Path> sources = Files.list(bundle.resolve("sources"))) {
            sourceFile = sources.findFirst().orElseThrow().getFileName().toString();
        }
    }

    /** Links pointing out of the temporary directory are removed first, so that cleaning up never follows them. */
    @AfterEach
    void removeLinks() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path path : all.filter(Files::isSymbolicLink).toList()) {
                Files.delete(path);
            }
        }
    }

    private Cli.Result verify() {
        return assertTimeoutPreemptively(BOUNDED,
                () -> cli.run("verify", "--bundle", "bundle", "--trust", "ledger.vkey", "--state", "auditor"));
    }

    @Test
    void intactBundle_verifiesClean() {
        assertEquals(0, verify().code());
    }

    @Test
    void entriesLinkedToDevZero_isRefusedUnread() throws IOException {
        Files.delete(bundle.resolve("entries.jsonl"));
        Files.createSymbolicLink(bundle.resolve("entries.jsonl"), Path.of("/dev/zero"));
        Refusal.assertRefused(verify(), 3, "the bundle " + bundle + " holds entries.jsonl as a symbolic link (to "
                + "/dev/zero); a bundle holds only regular files there");
    }

    @Test
    void entriesAsANamedPipe_isRefusedWithoutWaitingForAWriter() throws Exception {
        Files.delete(bundle.resolve("entries.jsonl"));
        Process mkfifo = new ProcessBuilder("mkfifo", bundle.resolve("entries.jsonl").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        Refusal.assertRefused(verify(), 3, "holds entries.jsonl as a named pipe");
    }

    @Test
    void sourceLinkedOutOfTheBundle_isRefusedEvenWhenTheTextIsRight() throws IOException {
        Path outside = dir.resolve("outside.txt");
        Files.move(bundle.resolve("sources").resolve(sourceFile), outside);
        Files.createSymbolicLink(bundle.resolve("sources").resolve(sourceFile), outside);
        Refusal.assertRefused(verify(), 3, "holds sources/" + sourceFile + " as a symbolic link (to " + outside + ")");
    }

    @Test
    void sourcesDirectoryLinkedOutOfTheBundle_isRefused() throws IOException {
        Path outside = dir.resolve("elsewhere");
        Files.move(bundle.resolve("sources"), outside);
        Files.createSymbolicLink(bundle.resolve("sources"), outside);
        Refusal.assertRefused(verify(), 3, "holds sources as a symbolic link (to " + outside
                + "); a bundle holds only directories there");
    }

    @Test
    void checkpointsDirectoryLinkedOutOfTheBundle_isRefused() throws IOException {
        Path outside = dir.resolve("published");
        Files.move(bundle.resolve("checkpoints"), outside);
        Files.createSymbolicLink(bundle.resolve("checkpoints"), outside);
        Refusal.assertRefused(verify(), 3, "holds checkpoints as a symbolic link");
    }

    @Test
    void entriesWithALineLongerThanAnyEntry_isRefusedAtTheLimit() throws IOException {
        byte[] line = new byte[3_000_000];
        java.util.Arrays.fill(line, (byte) 'x');
        Files.write(bundle.resolve("entries.jsonl"), line);
        Refusal.assertRefused(verify(), 3, "line 1 of entries.jsonl is longer than 1,000,000 bytes, the most a "
                + "ledger entry may hold");
    }

    @Test
    void entryWithANumberBeyondAnyDouble_isAMalformedEntryFinding_notAnInternalError() throws IOException {
        Path entries = bundle.resolve("entries.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(entries));
        String line = lines.get(5);
        lines.set(5, line.replaceFirst("\"start\":([0-9]+)", "\"start\":$1e4001"));
        assertNotEquals(line, lines.get(5));
        Files.write(entries, lines);
        Cli.Result result = assertTimeoutPreemptively(BOUNDED, () -> cli.run("verify", "--bundle", "bundle", "--trust",
                "ledger.vkey", "--state", "auditor", "--json"));
        assertEquals(1, result.code(), result::toString);
        Reports.Finding finding = Reports.find(Reports.findings(result.out()), 5L, "malformed-entry", "leaf");
        assertTrue(finding.message().contains("not canonical JSON (RFC 8785): JSON numbers must be finite"),
                finding.message());
    }

    @Test
    void checkpointLargerThanAnyNote_isRefused() throws IOException {
        Path checkpoint = bundle.resolve("checkpoints").resolve("20.txt");
        Files.writeString(checkpoint, Files.readString(checkpoint) + "x".repeat(200_000));
        Refusal.assertRefused(verify(), 3, "20.txt is larger than 100,000 bytes, the most a checkpoint file may hold");
    }

    private void editManifest(String from, String to) throws IOException {
        Path manifest = bundle.resolve("manifest.json");
        String text = Files.readString(manifest);
        String edited = text.replace(from, to);
        assertEquals(false, edited.equals(text), "the manifest has " + from + ": " + text);
        Files.writeString(manifest, edited);
    }

    @Test
    void manifestVersionTwoToTheFiftyThreePlusOne_isNotVersionOne() throws IOException {
        editManifest("\"v\" : 1", "\"v\" : 9007199254740993");
        Refusal.assertRefused(verify(), 3, "audit bundle version 9007199254740993 is unknown to this verifier, which "
                + "reads version 1");
    }

    @Test
    void manifestVersionWrittenAsAFraction_isUnknown() throws IOException {
        editManifest("\"v\" : 1", "\"v\" : 1.0");
        Refusal.assertRefused(verify(), 3, "audit bundle version 1.0 is unknown");
    }

    @Test
    void manifestCountsThatAreNoCounts_areRefused() throws IOException {
        editManifest("\"entries\" : 20", "\"entries\" : 18446744073709551636");
        Refusal.assertRefused(verify(), 3, "manifest.json: entries must be an integer that fits 64 bits (signed)");
        editManifest("\"entries\" : 18446744073709551636", "\"entries\" : 20, \"positions\" : [[4294967296, 1]]");
        Refusal.assertRefused(verify(), 3, "positions[0] must be a pair of counts [line, position] with line below "
                + "\"entries\" (20), got [4294967296,1]");
        editManifest("[[4294967296, 1]]", "[[3, 1.5]]");
        Refusal.assertRefused(verify(), 3, "positions[0] must be a pair of counts");
        editManifest("[[3, 1.5]]", "[[3, 4], [3, 5]]");
        Refusal.assertRefused(verify(), 3, "positions[1] gives line 3 a second position");
    }

    @Test
    void manifestWithADuplicateMember_isRefused() throws IOException {
        editManifest("\"v\" : 1", "\"v\" : 1, \"v\" : 2");
        Refusal.assertRefused(verify(), 3, "manifest.json is not readable JSON: Duplicate field 'v'");
    }

    @Test
    void manifestLargerThanItsLimit_isRefused() throws IOException {
        editManifest("\"v\" : 1", "\"v\" : 1, \"padding\" : \"" + "x".repeat(2 * 1024 * 1024) + "\"");
        Refusal.assertRefused(verify(), 3, "manifest.json is larger than 1 MiB, the most a bundle manifest may hold");
    }
}
