package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The format and schema version a ledger declares in cl_meta, beside the table shapes the file check holds: a
 * ledger that declares a schema this build does not read (a later one, or an edited declaration) is
 * refused by every command with one line and exit 10, and the file is left as it was. (A missing row is left to
 * verify: a file cut short rolls back to before its rows, and CrashTest holds that it is reported as damaged.)
 */
class DeclaredSchemaTest {
    @TempDir
    static Path template;
    static SeededLedger seeded;

    @TempDir
    Path dir;

    @BeforeAll
    static void buildLedger() {
        seeded = new SeededLedger(template);
    }

    private Cli declaring(String... statements) throws Exception {
        Cli cli = seeded.copyTo(dir);
        Attacker.run(dir.resolve("news"), statements);
        return cli;
    }

    private static void assertRefused(Cli.Result result, String fragment) {
        assertEquals(10, result.code(), result.toString());
        assertEquals(1, result.err().strip().lines().count(), result.toString());
        assertFalse(result.err().contains("\tat "), result.toString());
        assertTrue(result.err().contains(fragment), "missing '" + fragment + "': " + result);
    }

    @Test
    void laterSchema_isRefusedByEveryCommand_andTheFileIsUnchanged() throws Exception {
        Cli cli = declaring("UPDATE cl_meta SET val = '2' WHERE name = 'schema'");
        byte[] before = Files.readAllBytes(dir.resolve("news.mv.db"));
        assertRefused(cli.run("verify", "--ledger", "news", "--trust", "ledger.vkey"), "declares storage schema '2'");
        assertRefused(cli.run("log", "--ledger", "news"), "reads schema 1 only");
        assertRefused(cli.run("sign", "claims.json", "--ledger", "news", "--key", "giulia.key"), "schema '2'");
        assertArrayEquals(before, Files.readAllBytes(dir.resolve("news.mv.db")), "the file is byte-identical");
    }

    @Test
    void hostileFormatText_isRefused_andNotEchoed() throws Exception {
        Cli cli = declaring("UPDATE cl_meta SET val = 'x' || CHAR(10) || 'verify: OK' WHERE name = 'format'");
        Cli.Result verify = cli.run("verify", "--ledger", "news", "--trust", "ledger.vkey");
        assertRefused(verify, "holds an unreadable format");
        assertFalse(verify.out().contains("verify: OK") || verify.err().contains("verify: OK"), verify.toString());
    }
}
