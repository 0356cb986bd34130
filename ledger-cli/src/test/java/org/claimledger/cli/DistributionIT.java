package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archives as a user gets them: unpacked into an empty folder, run through a symbolic link on a PATH
 * that holds a Java runtime and a shell but no Maven, from another directory. Runs after package (failsafe).
 */
class DistributionIT {
    private static final Path BASE = Path.of(System.getProperty("claimledger.distribution", "target/claimledger-dist"));
    private static final String TOP = BASE.getFileName().toString();

    @TempDir
    Path dir;

    @Test
    void tarGz_unpacked_runsTheDemoThroughASymlinkOnAPathWithoutMaven() throws Exception {
        Path archive = Path.of(BASE + ".tar.gz");
        assertTrue(Files.isRegularFile(archive), archive + " was built by mvn package");
        Path unpacked = Files.createDirectories(dir.resolve("opt"));
        assertEquals(0, run(List.of("tar", "-xzf", archive.toString(), "-C", unpacked.toString()), dir,
                Map.of()).code(), "tar unpacks the archive");
        Path home = unpacked.resolve(TOP);
        for (String file : List.of("bin/claimledger", "bin/claimledger.bat", "lib/claimledger.jar",
                "conf/jvm.options", "conf/short-run.sh", "README.md", "LICENSE", "CHANGELOG.md", "docs/cli.md")) {
            assertTrue(Files.isRegularFile(home.resolve(file)), file + " is in the archive");
        }
        assertTrue(Files.isExecutable(home.resolve("bin/claimledger")), "bin/claimledger is executable");

        Path tools = Files.createDirectories(dir.resolve("tools"));
        for (String tool : List.of("sh", "readlink", "dirname", "wc")) {
            Files.createSymbolicLink(tools.resolve(tool), Executables.onPath(tool));
        }
        Files.createSymbolicLink(tools.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        Path onPath = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(onPath.resolve("claimledger"), home.resolve("bin/claimledger"));
        Path work = Files.createDirectories(dir.resolve("work"));
        Map<String, String> env = Map.of("PATH", onPath + ":" + tools, "HOME", work.toString());

        Run noMaven = run(List.of("/bin/sh", "-c", "command -v mvn || echo no-maven"), work, env);
        assertEquals("no-maven", noMaven.out().strip(), "Maven is not on the PATH the archive runs with");

        Run demo = run(List.of("/bin/sh", "-c", "claimledger demo --dir demo"), work, env);
        assertEquals(0, demo.code(), demo.toString());
        assertTrue(demo.out().contains("== demo: the untouched ledger verified clean; the edited figure was caught"),
                demo.toString());
        assertTrue(Files.isRegularFile(work.resolve("demo/demo-ledger.mv.db")), "the demo worked in ./demo");

        // The demo's ledger is small: verify of it compiles with C1 alone (conf/short-run.sh); --version keeps C2.
        Map<String, String> flags = new HashMap<>(env);
        flags.put("JAVA_OPTS", "-XX:+PrintFlagsFinal");
        Run shortRun = run(List.of("/bin/sh", "-c", "claimledger verify --ledger demo/demo-ledger.mv.db"), work, flags);
        assertTrue(shortRun.out().matches("(?s).*intx TieredStopAtLevel\\s+= 1 .*"), shortRun.toString());
        Run longRun = run(List.of("/bin/sh", "-c", "claimledger --version"), work, flags);
        assertTrue(longRun.out().matches("(?s).*intx TieredStopAtLevel\\s+= 4 .*"), longRun.toString());

        Run version = run(List.of(home.resolve("bin/claimledger").toString(), "--version"), work, env);
        assertEquals(0, version.code(), version.toString());
        assertTrue(version.out().startsWith("claimledger " + TOP.substring("claimledger-".length()) + "\n"),
                version.toString());
    }

    @Test
    void zip_holdsTheSameFiles_withAnExecutableScriptAndAWindowsBatchFile() throws Exception {
        Path archive = Path.of(BASE + ".zip");
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            List<String> names = new ArrayList<>(Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList());
            for (String file : List.of("bin/claimledger", "bin/claimledger.bat", "lib/claimledger.jar",
                    "conf/jvm.options", "conf/short-run.sh", "README.md", "LICENSE", "CHANGELOG.md", "docs/cli.md")) {
                assertTrue(names.contains(TOP + "/" + file), file + " in " + names);
            }
            String batch = new String(zip.getInputStream(zip.getEntry(TOP + "/bin/claimledger.bat")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(batch.contains("\r\n") && !batch.replace("\r\n", "").contains("\n"), "CRLF line ends");
            String script = new String(zip.getInputStream(zip.getEntry(TOP + "/bin/claimledger")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(script.startsWith("#!/bin/sh\n"), "a POSIX shell script");
            assertFalse(script.contains("\r"), "LF line ends");
        }
        Path unpacked = Files.createDirectories(dir.resolve("unzipped"));
        assertEquals(0, run(List.of("unzip", "-q", archive.toString(), "-d", unpacked.toString()), dir, Map.of()).code());
        assertTrue(Files.isExecutable(unpacked.resolve(TOP).resolve("bin/claimledger")),
                "unzip gives bin/claimledger its executable bit");
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(List<String> command, Path directory, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        if (!env.isEmpty()) {
            builder.environment().clear();
            builder.environment().putAll(env);
        }
        Path out = Files.createTempFile(directory, "out", ".txt");
        Path err = Files.createTempFile(directory, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), String.join(" ", command) + " finishes");
        Run run = new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return run;
    }
}
