package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command that only reads leaves the ledger file byte for byte as it was, and so does a command refused before it
 * appends: H2 rewrites (and compacts) a file it opened for writing even when nothing was written.
 */
class ReadOnlyCommandsTest {
    @RegisterExtension
    static final SeededLedgerPerClass seeded = new SeededLedgerPerClass();

    @TempDir
    Path dir;

    @Test
    void readingCommands_leaveTheLedgerFileByteIdentical() throws Exception {
        Cli cli = seeded.copyTo(dir);
        cli.ok("checkpoint", "--ledger", "news", "--ledger-key", "ledger.key", "--out", "checkpoint.txt");
        String before = sha256(dir.resolve("news.mv.db"));
        List<String[]> commands = List.of(
                new String[] {"verify", "--trust", "ledger.vkey"},
                new String[] {"verify", "--checkpoint", "checkpoint.txt", "--trust", "ledger.vkey", "--json"},
                new String[] {"log"},
                new String[] {"show", "8"},
                new String[] {"prove", "8", "--out", "entry8.tlog-proof"},
                new String[] {"prove", "--consistency", "5", "--out", "c.txt"},
                new String[] {"export", "--out", "bundle"},
                new String[] {"history", "8"},
                new String[] {"claims", "--current"},
                new String[] {"source", "list"},
                new String[] {"key", "list"});
        for (String[] command : commands) {
            cli.ok(withLedger(command));
            assertEquals(before, sha256(dir.resolve("news.mv.db")), String.join(" ", command) + " changed the ledger file");
        }
        assertEquals(List.of("news.mv.db"), filesNamedNews(), "no lock, trace or temporary file is left beside the ledger");
    }

    @Test
    void commandsRefusedBeforeAppending_leaveTheLedgerFileByteIdentical() throws Exception {
        Cli cli = seeded.copyTo(dir);
        cli.ok("key", "new", "--name", "marco.bianchi", "--out", "marco.key");
        String before = sha256(dir.resolve("news.mv.db"));
        record Refused(int code, String[] command) {
        }
        List<Refused> refusals = List.of(
                new Refused(9, new String[] {"checkpoint", "--ledger-key", "giulia.key"}),
                new Refused(9, new String[] {"sign", "claims.json", "--key", "marco.key"}),
                new Refused(14, new String[] {"sign", "claims.json", "--dry-run"}),
                new Refused(9, new String[] {"key", "enroll", "giulia.key", "--ledger-key", "ledger.key"}),
                new Refused(4, new String[] {"claim", "add", "--source", seeded.sourceId(), "--key", "giulia.key",
                        "--quote", "words that the article never says"}),
                new Refused(13, new String[] {"claim", "retract", "999", "--reason", "no such claim", "--key", "giulia.key"}));
        List<String> failures = new ArrayList<>();
        for (Refused refused : refusals) {
            Cli.Result result = cli.run(withLedger(refused.command()));
            String command = String.join(" ", refused.command());
            if (result.code() != refused.code()) {
                failures.add(command + ": expected exit " + refused.code() + "\n" + result);
            }
            if (!before.equals(sha256(dir.resolve("news.mv.db")))) {
                failures.add(command + " changed the ledger file");
                before = sha256(dir.resolve("news.mv.db"));
            }
        }
        assertEquals(List.of(), failures);
    }

    private static String[] withLedger(String[] command) {
        String[] withLedger = new String[command.length + 2];
        System.arraycopy(command, 0, withLedger, 0, command.length);
        withLedger[command.length] = "--ledger";
        withLedger[command.length + 1] = "news";
        return withLedger;
    }

    private List<String> filesNamedNews() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("news")).sorted().toList();
        }
    }

    static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
