package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a refused command must look like: its exit code and one line on stderr, no stack trace, nothing on stdout. */
final class Refusal {
    private Refusal() {
    }

    /** Asserts the refusal and returns its one stderr line. */
    static String assertRefused(Cli.Result result, int code, String... fragments) {
        assertEquals(code, result.code(), result::toString);
        String err = result.err().strip();
        assertEquals(1, err.lines().count(), () -> "exactly one line on stderr: " + result);
        assertTrue(err.startsWith("claimledger: "), err);
        for (String fragment : fragments) {
            assertTrue(err.contains(fragment), () -> "stderr should mention '" + fragment + "': " + err);
        }
        assertFalse(err.contains("Exception") || err.contains("\tat "), () -> "no stack trace: " + err);
        assertEquals("", result.out(), "nothing on stdout");
        return err;
    }
}
