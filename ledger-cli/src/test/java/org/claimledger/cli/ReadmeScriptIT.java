package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs README.md as a newcomer would type it: every fenced shell block, in order, with bash, in an empty
 * directory holding only {@code ./claimledger} (the packaged jar) and the checkout's {@code fixtures/}. Each
 * command must end with the exit code the README gives it (0 unless its comment says "# exit N"). Runs after
 * {@code package}, as a failsafe integration test: {@code mvn -B verify} runs it.
 */
class ReadmeScriptIT {
    private static final Path ROOT = Path.of(System.getProperty("claimledger.root", "..")).toAbsolutePath().normalize();
    private static final Path JAR = Path.of(System.getProperty("claimledger.jar", "target/claimledger.jar"))
            .toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void readme_runsAsWritten_everyBlockInOrder() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "the packaged CLI is missing: " + JAR + " (run mvn -B verify)");
        ReadmeScript readme = ReadmeScript.parse(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8),
                "README.md");
        Path work = Files.createDirectory(dir.resolve("work"));
        Path launcher = work.resolve("claimledger");
        // The launchers' Java options (a runtime without a compiler, RuntimeHardeningTest), so the README runs
        // as ./claimledger runs it; the other flags change only how fast it starts: about fifty short commands.
        StringBuilder options = new StringBuilder();
        RuntimeHardeningTest.launcherOptions().forEach(option -> options.append(" '").append(option).append('\''));
        Files.writeString(launcher, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "'" + options + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar '" + JAR + "' \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createSymbolicLink(work.resolve("fixtures"), ROOT.resolve("fixtures"));
        Path script = Files.writeString(dir.resolve("readme.sh"), readme.bash());
        Path log = dir.resolve("readme.log");

        ProcessBuilder builder = new ProcessBuilder("bash", script.toString()).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("CLAIMLEDGER_"));
        env.put("HOME", Files.createDirectory(dir.resolve("home")).toString());
        // The person at the passphrase prompt: a test has no terminal.
        env.put(Passphrases.ENV, "correct horse battery staple");
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
        Files.delete(work.resolve("fixtures"));
        assertEquals(0, process.exitValue(), () -> failure(log));
        long ran = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(line -> line.startsWith(">>> ")).count();
        assertEquals(readme.commands().size(), ran, "every command of the README was run");
    }

    /** The failing command's line, its exit code, and what it printed. */
    private static String failure(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            int last = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(">>> ")) {
                    last = i;
                }
            }
            return "a README command did not end as the README says (its output follows):\n"
                    + String.join("\n", lines.subList(last, lines.size()));
        } catch (IOException e) {
            return "the README script failed and its log cannot be read: " + e;
        }
    }
}
