package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Integers in outside data are read exactly: a truncating reader takes 2^32 + 1 for 1 (and 2^53 + 1, the bundle
 * manifest's attack, for 1 as well), so a number that means something else would pass as the one expected.
 */
class ExactIntegerTest {
    @TempDir
    Path dir;

    Cli cli;
    SeededLedger seeded;

    @BeforeEach
    void copyLedger() {
        seeded = SeededLedger.shared();
        cli = seeded.copyTo(dir);
    }

    private int entries() {
        return Reports.parse(cli.ok("log", "--ledger", "news", "--json").out()).size();
    }

    @Test
    void claimsFile_occurrenceOfTwoToTheThirtyTwoPlusOne_isRefused_notTakenAsTheFirst() throws Exception {
        int before = entries();
        Files.writeString(dir.resolve("occurrence.json"), "{\"v\": 1, \"source\": \"" + seeded.sourceId() + "\",\n"
                + " \"claims\": [{\"quote\": \"Russia e Corea del Nord\", \"occurrence\": 4294967297}]}\n");
        Refusal.assertRefused(cli.run("sign", "occurrence.json", "--ledger", "news", "--key", "giulia.key"), 3,
                "occurrence.json:2:", "claims[0].occurrence counts from 1 to 2147483647, got 4294967297");
        assertEquals(before, entries());
    }

    @Test
    void claimsFile_versionBeyondALong_isRefused() throws Exception {
        Files.writeString(dir.resolve("version.json"), "{\"v\": 18446744073709551617, \"claims\": []}\n");
        Refusal.assertRefused(cli.run("sign", "version.json", "--ledger", "news", "--key", "giulia.key"), 3,
                "version.json:1:7: v must be an integer that fits 64 bits (signed)");
    }

    @Test
    void verify_entryVersionTwoToTheThirtyTwoPlusOne_isAnUnknownVersion() throws Exception {
        try (Attacker attacker = new Attacker(dir.resolve("news"))) {
            String leaf = attacker.leaf(5);
            assertTrue(leaf.endsWith(",\"v\":1}"), leaf);
            attacker.setLeaf(5, leaf.substring(0, leaf.length() - "1}".length()) + "4294967297}");
        }
        Cli.Result result = cli.run("verify", "--ledger", "news", "--trust", "ledger.vkey", "--json");
        assertEquals(1, result.code(), result::toString);
        List<Reports.Finding> findings = Reports.findings(result.out());
        Reports.Finding finding = Reports.find(findings, 5L, "unknown-version", "v");
        assertTrue(finding.message().contains("entry format version must be 1, got 4294967297"), finding.message());
    }
}
