package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Code planted in a ledger file, as someone with the file and plain SQL would plant it (the append-only triggers
 * dropped first): every command refuses the file before H2's engine opens it, nothing planted ever runs, and the
 * file is left byte for byte as it was. Also the ledger location carrying settings (issue 8, item 2).
 */
class HostileFileTest {
    @TempDir
    static Path template;
    static SeededLedger seeded;

    @TempDir
    Path dir;
    Cli cli;

    @BeforeAll
    static void buildLedger() {
        seeded = new SeededLedger(template);
    }

    /** A Java-source trigger that, if it ever ran, would leave a marker file and print a clean verify. */
    static String sourceTrigger(String name, Path marker) {
        return "CREATE TRIGGER " + name + " BEFORE SELECT ON cl_entries AS $$org.h2.api.Trigger create() { "
                + "return new org.h2.api.Trigger() { public void fire(java.sql.Connection c, Object[] o, Object[] n) { "
                + "try { java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker + "\"), \"ran\"); } "
                + "catch (Exception e) { } System.out.println(\"verify: OK, 0 findings\"); System.exit(0); } }; } $$";
    }

    private void plant(String... statements) throws Exception {
        try (Attacker attacker = new Attacker(dir.resolve("news"))) {
            for (String sql : statements) {
                attacker.execute(sql);
            }
        }
    }

    private byte[] ledgerBytes() throws Exception {
        return Files.readAllBytes(dir.resolve("news.mv.db"));
    }

    private static void assertOneLine(Cli.Result result, int code, String... fragments) {
        assertEquals(code, result.code(), result.toString());
        assertEquals(1, result.err().strip().lines().count(), result.toString());
        assertFalse(result.err().contains("\tat "), result.toString());
        for (String fragment : fragments) {
            assertTrue(result.err().contains(fragment), "missing '" + fragment + "': " + result);
        }
    }

    @Test
    void javaSourceTrigger_isRefusedUnopenedByEveryCommand_andNeverRuns() throws Exception {
        cli = seeded.copyTo(dir);
        Path marker = dir.resolve("marker");
        plant(sourceTrigger("evil_marker", marker));
        byte[] before = ledgerBytes();

        Cli.Result verify = cli.run("verify", "--ledger", "news", "--trust", "ledger.vkey", "--json");
        assertEquals(ExitCodes.VERIFY_FAILED, verify.code(), verify.toString());
        Reports.Finding finding = Reports.find(Reports.findings(verify.out()), null, "foreign-object", "trigger PUBLIC.EVIL_MARKER");
        assertTrue(finding.message().contains("refused unopened"), finding.message());
        assertFalse(verify.out().contains("0 findings"), verify.toString());

        assertOneLine(cli.run("sign", "claims.json", "--ledger", "news", "--key", "giulia.key"), 15,
                "trigger PUBLIC.EVIL_MARKER", "refused unopened", "verify --bundle");
        assertOneLine(cli.run("checkpoint", "--ledger", "news", "--ledger-key", "ledger.key"), 15, "trigger PUBLIC.EVIL_MARKER");
        assertOneLine(cli.run("log", "--ledger", "news"), 15, "trigger PUBLIC.EVIL_MARKER");
        assertOneLine(cli.run("export", "--ledger", "news", "--out", "bundle"), 15, "trigger PUBLIC.EVIL_MARKER");

        assertFalse(Files.exists(marker), "the planted trigger never ran");
        assertArrayEquals(before, ledgerBytes(), "the file is byte-identical");
    }

    /** Each kind of object ClaimLedger never creates, planted together, and the name verify must give each. */
    private static final Map<String, String> PLANTED = Map.of(
            "CREATE ALIAS read_property FOR 'java.lang.System.getProperty'", "function alias PUBLIC.READ_PROPERTY",
            "CREATE TRIGGER cl_meta_guard BEFORE INSERT ON cl_meta FOR EACH ROW CALL '"
                    + "org.claimledger.store.AppendOnlyTrigger'", "trigger PUBLIC.CL_META_GUARD",
            "CREATE TABLE notes (id INT)", "table or view PUBLIC.NOTES",
            "ALTER TABLE cl_entries ADD COLUMN note VARCHAR(10) DEFAULT 'x'", "table or view PUBLIC.CL_ENTRIES",
            "CREATE VIEW latest AS SELECT seq FROM cl_entries", "table or view PUBLIC.LATEST",
            "ALTER TABLE cl_checkpoints ADD CONSTRAINT note_written CHECK (LENGTH(note) > 0)", "constraint PUBLIC.NOTE_WRITTEN",
            "CREATE SEQUENCE counter", "sequence PUBLIC.COUNTER",
            "CREATE DOMAIN hash AS CHAR(64)", "domain PUBLIC.HASH",
            "CREATE USER auditor PASSWORD 'x'", "user AUDITOR",
            "SET CACHE_SIZE 1000", "setting CACHE_SIZE");

    @Test
    void everyObjectClaimLedgerDidNotCreate_isAFindingNamingIt() throws Exception {
        cli = seeded.copyTo(dir);
        plant(PLANTED.keySet().stream().sorted().toArray(String[]::new));
        byte[] before = ledgerBytes();
        Cli.Result verify = cli.run("verify", "--ledger", "news", "--trust", "ledger.vkey", "--json");
        assertEquals(ExitCodes.VERIFY_FAILED, verify.code(), verify.toString());
        List<Reports.Finding> findings = Reports.findings(verify.out());
        assertTrue(findings.stream().allMatch(f -> f.kind().equals("foreign-object")), verify.toString());
        for (String named : PLANTED.values()) {
            Reports.find(findings, null, "foreign-object", named);
        }
        assertArrayEquals(before, ledgerBytes(), "the file is byte-identical");
    }

    @Test
    void droppedGuardTriggersAndEditedRows_areStillVerifiedEntryByEntry() throws Exception {
        cli = seeded.copyTo(dir);
        try (Attacker attacker = new Attacker(dir.resolve("news"))) {
            long seq = attacker.seqContaining("\"text\":\"9 milioni\"");
            attacker.replaceInLeaf(seq, "\"value\":\"9000000\"", "\"value\":\"19000000\"");
        }
        Cli.Result verify = cli.run("verify", "--ledger", "news", "--trust", "ledger.vkey", "--json");
        assertEquals(ExitCodes.VERIFY_FAILED, verify.code(), verify.toString());
        assertTrue(Reports.findings(verify.out()).stream().anyMatch(f -> f.kind().equals("figure-value")), verify.toString());
        assertTrue(Reports.findings(verify.out()).stream().noneMatch(f -> f.kind().equals("foreign-object")), verify.toString());
    }

    /** The exact attack: a ledger path carrying H2 settings, with a file of that name present. */
    @Test
    void ledgerPathCarryingSettings_isRefusedWithNothingOpened_andTheScriptNeverRuns() throws Exception {
        cli = seeded.copyTo(dir);
        Path marker = dir.resolve("marker");
        Files.writeString(dir.resolve("evil.sql"), "CALL FILE_WRITE(STRINGTOUTF8('ran'), '" + marker + "');\n",
                StandardCharsets.UTF_8);
        String hostile = "semi;INIT=RUNSCRIPT FROM 'evil.sql'";
        Files.copy(dir.resolve("news.mv.db"), dir.resolve(hostile + ".mv.db"));
        byte[] before = Files.readAllBytes(dir.resolve(hostile + ".mv.db"));
        cli.env(LedgerOption.ENV, hostile);

        assertOneLine(cli.run("verify", "--trust", "ledger.vkey"), ExitCodes.USAGE, "cannot contain ';'", "nothing was opened");
        assertOneLine(cli.run("log"), ExitCodes.USAGE, "cannot contain ';'");
        assertOneLine(cli.run("sign", "claims.json", "--key", "giulia.key"), ExitCodes.USAGE, "cannot contain ';'");
        assertOneLine(cli.run("log", "--ledger", "jdbc:h2:file:" + dir.resolve("news") + ";INIT=RUNSCRIPT FROM 'evil.sql'"),
                ExitCodes.USAGE, "setting 'INIT' is not allowed");
        assertOneLine(cli.run("log", "--ledger", "jdbc:postgresql://localhost/claims?socketFactory=com.evil.Factory"),
                ExitCodes.USAGE, "parameter 'socketFactory' is not allowed");

        assertFalse(Files.exists(marker), "the script never ran");
        assertArrayEquals(before, Files.readAllBytes(dir.resolve(hostile + ".mv.db")));
        assertFalse(Files.exists(dir.resolve("semi.mv.db")), "no ledger was created under the name before ';'");
    }

    @Test
    void commandLineUnderTheLauncherOptions_verifiesALedger_andRefusesAPlantedOne() throws Exception {
        Path work = dir;
        seeded.copyTo(work);
        List<String> options = RuntimeHardeningTest.launcherOptions();
        RuntimeHardeningTest.Run clean = RuntimeHardeningTest.java(options, work, Main.class.getName(), "verify", "--ledger",
                "news", "--trust", "ledger.vkey");
        assertEquals(0, clean.code(), clean.toString());
        assertEquals("", clean.err(), "no warning under the launcher's options");

        Path marker = work.resolve("marker");
        try (Attacker attacker = new Attacker(work.resolve("news"))) {
            attacker.execute(sourceTrigger("evil_marker", marker));
        }
        RuntimeHardeningTest.Run verify = RuntimeHardeningTest.java(options, work, Main.class.getName(), "verify", "--ledger",
                "news", "--trust", "ledger.vkey");
        assertEquals(ExitCodes.VERIFY_FAILED, verify.code(), verify.toString());
        assertTrue(verify.out().contains("foreign-object  trigger PUBLIC.EVIL_MARKER"), verify.toString());
        assertFalse(Files.exists(marker), "the planted trigger never ran");
    }
}
