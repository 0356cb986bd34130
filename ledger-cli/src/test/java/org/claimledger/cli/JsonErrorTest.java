package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With --json, a failure is one JSON line on stderr: {"error": {"code", "kind", "message"}}; stdout stays empty. */
class JsonErrorTest {
    @TempDir
    Path dir;

    Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(dir);
    }

    private static JsonNode error(Cli.Result result) throws Exception {
        assertEquals("", result.out(), "nothing on stdout: " + result);
        assertEquals(1, result.err().lines().count(), "one line on stderr: " + result);
        JsonNode root = new ObjectMapper().readTree(result.err());
        assertEquals(1, root.size(), "only the error member: " + root);
        return root.get("error");
    }

    @Test
    void failedCommand_withJson_printsTheErrorAsJson_withTheMessageTextModeGives() throws Exception {
        Cli.Result result = cli.run("log", "--ledger", "nowhere", "--json");
        assertEquals(10, result.code(), result.toString());
        JsonNode error = error(result);
        assertEquals(10, error.get("code").asInt());
        assertEquals("not-a-ledger", error.get("kind").asText());
        assertEquals(cli.run("log", "--ledger", "nowhere").err(), "claimledger: " + error.get("message").asText() + "\n");
    }

    @Test
    void usageError_withJson_printsTheErrorAsJson() throws Exception {
        Cli.Result result = cli.run("verify", "--json", "--ledgr", "news");
        assertEquals(ExitCodes.USAGE, result.code(), result.toString());
        JsonNode error = error(result);
        assertEquals(2, error.get("code").asInt());
        assertEquals("usage", error.get("kind").asText());
        assertEquals("Unknown options: '--ledgr', 'news'; did you mean --ledger? (see 'claimledger verify --help')",
                error.get("message").asText());
    }
}
