package org.claimledger.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness end to end on a tiny ledger: it runs, checks what it measures, and writes every figure as JSON. */
class HarnessTest {
    @TempDir
    Path directory;

    @Test
    void harness_onTinyLedger_writesEveryFigureAsJson() throws Exception {
        Path out = directory.resolve("bench.json");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Harness.run(Harness.parse("--claims", "60", "--out", out.toString(), "--no-micro", "--raw-millis", "200",
                "--startup-runs", "0", "--git-baseline", "0", "--root", System.getProperty("claimledger.root", "..")),
                new PrintStream(printed, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()),
                directory);

        JsonNode results = new ObjectMapper().readTree(Files.readString(out));
        JsonNode run = results.path("runs").path(0);
        assertEquals(60, run.path("claims").asLong());
        for (String figure : new String[] {"append_entries_per_s", "append_over_raw_sign", "verify_entries_per_s",
                "verify_over_raw_verify_all_cores", "raw_verify_per_s_all_cores", "raw_sign_per_s_1_thread",
                "bytes_per_claim", "compacted_bytes_per_claim", "compact_seconds", "checkpoint_ms",
                "second_checkpoint_ms", "inclusion_proof_ms", "consistency_proof_ms",
                "append_cpu_seconds_per_1000", "raw_sign_cpu_seconds_per_1000", "raw_sign_cpu_over_append_cpu",
                "verify_cpu_seconds_per_1000", "raw_verify_cpu_seconds_per_1000", "raw_verify_cpu_over_verify_cpu"}) {
            assertTrue(run.path(figure).asDouble() > 0, figure + " in " + run);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("verify / raw = "), text);
        // Its temporary ledgers are gone (made under this test's own folder, so runs at the same time do not mix).
        try (var left = Files.list(directory)) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().startsWith("claimledger-bench")),
                    "temporary ledgers left behind");
        }
    }

    @Test
    void parse_refusesUnknownOptions() {
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Harness.parse("--entries", "5"));
        assertTrue(refused.getMessage().contains("unknown option --entries"), refused.getMessage());
    }

    /** Help is asked for, not a mistake: main prints the usage on standard output and exits 0 for it. */
    @Test
    void parse_help_isNotAUsageError() {
        for (String help : new String[] {"--help", "-h"}) {
            org.junit.jupiter.api.Assertions.assertThrows(Harness.HelpRequested.class,
                    () -> Harness.parse("--no-micro", help));
        }
        assertTrue(Harness.USAGE.contains("--bulk-sign") && Harness.USAGE.contains("--compact-max"), Harness.USAGE);
    }

    @Test
    void parse_compactMax_limitsWhichRunsAreCompacted() {
        assertEquals(Long.MAX_VALUE, Harness.parse().compactMax());
        assertEquals(100_000L, Harness.parse("--compact-max", "100000").compactMax());
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Harness.parse("--compact-max", "-1"));
        assertTrue(refused.getMessage().contains("--compact-max"), refused.getMessage());
    }
}
