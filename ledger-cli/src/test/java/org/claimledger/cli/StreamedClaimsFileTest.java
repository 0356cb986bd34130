package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sign streams its claims file: a file several times larger than the heap signs in a real process with a small
 * -Xmx, which a sign that held the file (or its claims) whole could not do.
 */
class StreamedClaimsFileTest {
    /** The child's heap: room for the key's scrypt (32 MiB) and the blocks in flight, not for the file. */
    private static final String HEAP = "-Xmx64m";
    private static final int CLAIMS = 620;

    @TempDir
    Path dir;

    @Test
    void sign_aClaimsFileLargerThanTheHeap_signsInBoundedMemory() throws Exception {
        Cli cli = SeededLedger.shared().copyTo(dir);
        String passage = "Il ministero ha contato soldati e missili lungo il confine orientale. ".repeat(128).strip();
        Files.writeString(dir.resolve("long.txt"), "Un articolo.\n\n" + passage + "\n", StandardCharsets.UTF_8);
        String source = cli.ok("source", "add", "long.txt", "--lang", "it", "--ledger", "news", "--key", "giulia.key")
                .out().replaceAll("(?s).*source ([0-9a-f]{64}).*", "$1");
        Path file = dir.resolve("big.json");
        writeClaims(file, source, passage);
        long heap = 64L << 20;
        assertTrue(Files.size(file) > heap, "the file is larger than the heap: " + Files.size(file));

        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "sign", "big.json", "--ledger", "news", "--key", "giulia.key", "--allow-duplicates")
                .directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.PIPE);
        builder.environment().put(Passphrases.ENV, Cli.PASSPHRASE);
        builder.environment().put("HOME", dir.resolve("home").toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the process ends");
        assertEquals(0, process.exitValue(), () -> out + err);
        assertTrue(out.strip().startsWith("signed " + CLAIMS + " claims as entries "), out);
    }

    /**
     * CLAIMS claims, each quoting the whole passage with a long statement, every character written as a JSON unicode escape:
     * about 110 KB of file a claim (a sixth of that once read), written as it goes.
     */
    private static void writeClaims(Path file, String source, String passage) throws IOException {
        String quote = escaped(passage);
        String statement = escaped("Una dichiarazione lunga. ".repeat(390));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"v\": 1, \"source\": \"" + source + "\", \"claims\": [\n");
            for (int i = 0; i < CLAIMS; i++) {
                out.write((i == 0 ? "" : ",\n") + "{\"quote\": \"" + quote + "\", \"statement\": \"" + statement
                        + "claim " + i + "\"}");
            }
            out.write("\n]}\n");
        }
    }

    private static String escaped(String text) {
        StringBuilder escaped = new StringBuilder(text.length() * 6);
        text.chars().forEach(c -> escaped.append(String.format("\\u%04x", c)));
        return escaped.toString();
    }
}
