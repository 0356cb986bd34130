package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's ./claimledger on a copy of the checkout's layout, with a stand-in 'mvn' that records each call:
 * the built jar is used as it is while current, rebuilt only when a build input is newer, through a symbolic link,
 * with a clear message when Maven is needed and missing and no escape codes from a failed build.
 */
class LauncherIT {
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Instant BUILT = Instant.parse("2025-06-01T12:00:00Z");

    @TempDir
    Path dir;

    Path checkout;
    Path tools;
    Path jar;

    @BeforeEach
    void layOutACheckout() throws IOException {
        checkout = Files.createDirectories(dir.resolve("checkout"));
        copy(REPOSITORY.resolve("claimledger"), checkout.resolve("claimledger"));
        copy(REPOSITORY.resolve("ledger-cli/src/dist/conf/jvm.options"), checkout.resolve("ledger-cli/src/dist/conf/jvm.options"));
        jar = checkout.resolve("ledger-cli/target/claimledger.jar");
        copy(REPOSITORY.resolve("ledger-cli/target/claimledger.jar"), jar);
        for (String file : List.of("pom.xml", "ledger-cli/pom.xml", "ledger-core/pom.xml",
                "ledger-core/src/main/java/Core.java", "ledger-cli/src/main/java/Cli.java",
                "fixtures/gold/seed.gold.json", "fixtures/000_24432489f640e24b.txt")) {
            Path path = checkout.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "x");
            Files.setLastModifiedTime(path, FileTime.from(BUILT.minusSeconds(3600)));
        }
        try (var paths = Files.walk(checkout)) {
            for (Path path : paths.toList()) {
                Files.setLastModifiedTime(path, FileTime.from(BUILT.minusSeconds(3600)));
            }
        }
        Files.setLastModifiedTime(jar, FileTime.from(BUILT));
        tools = Files.createDirectories(dir.resolve("tools"));
        for (String tool : List.of("bash", "env", "find", "dirname", "readlink", "mktemp", "sed", "tail", "rm", "touch",
                "cat")) {
            Files.createSymbolicLink(tools.resolve(tool), Executables.onPath(tool));
        }
        Files.createSymbolicLink(tools.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    /** A stand-in for Maven: logs its arguments; fails with coloured output when told to. */
    private void fakeMaven(boolean fail) throws IOException {
        Path mvn = tools.resolve("mvn");
        Files.writeString(mvn, "#!" + Executables.onPath("bash") + "\necho \"$@\" >> '" + dir.resolve("mvn-calls") + "'\n"
                + (fail ? "printf '\\033[1;31m[ERROR]\\033[m COMPILATION ERROR: Cli.java:[1,1] boom\\n'\nexit 1\n"
                        : "touch '" + jar + "'\n"));
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private List<String> mavenCalls() throws IOException {
        Path calls = dir.resolve("mvn-calls");
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    @Test
    void currentJar_runsWithoutMaven_evenWhenAFixtureChanged() throws Exception {
        fakeMaven(false);
        Files.setLastModifiedTime(checkout.resolve("fixtures/gold/seed.gold.json"), FileTime.from(BUILT.plusSeconds(60)));
        Run run = launch(checkout.resolve("claimledger"), "--version");
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().startsWith("claimledger "), run.toString());
        assertEquals(List.of(), mavenCalls(), "no build for an unchanged source tree");
        assertEquals("", run.err(), "nothing said about building");
    }

    @Test
    void changedSourceOrPom_rebuildsOnce() throws Exception {
        fakeMaven(false);
        Files.setLastModifiedTime(checkout.resolve("ledger-core/src/main/java/Core.java"), FileTime.from(BUILT.plusSeconds(60)));
        Run run = launch(checkout.resolve("claimledger"), "--version");
        assertEquals(0, run.code(), run.toString());
        assertEquals(1, mavenCalls().size(), "one build");
        assertTrue(mavenCalls().get(0).contains("package") && mavenCalls().get(0).contains("-DskipTests"), mavenCalls().toString());
        assertEquals(0, launch(checkout.resolve("claimledger"), "--version").code());
        assertEquals(1, mavenCalls().size(), "the rebuilt jar is current: no second build");

        Path pom = checkout.resolve("ledger-cli/pom.xml");
        Files.setLastModifiedTime(pom, FileTime.from(Files.getLastModifiedTime(jar).toInstant().plusSeconds(60)));
        assertEquals(0, launch(checkout.resolve("claimledger"), "--version").code());
        assertEquals(2, mavenCalls().size(), "a changed pom.xml rebuilds");
    }

    @Test
    void throughASymlinkFromAnotherDirectory_findsItsCheckout() throws Exception {
        fakeMaven(false);
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("claimledger"), checkout.resolve("claimledger"));
        Run run = launch(bin.resolve("claimledger"), "--version");
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().startsWith("claimledger "), run.toString());
        assertEquals(List.of(), mavenCalls());
    }

    @Test
    void noJarAndNoMaven_saysWhatIsNeeded() throws Exception {
        Files.delete(jar);
        Run run = launch(checkout.resolve("claimledger"), "--version");
        assertEquals(127, run.code(), run.toString());
        assertEquals(1, run.err().lines().count(), run.toString());
        assertTrue(run.err().contains("needs Maven (mvn), which is not on the PATH"), run.err());
    }

    @Test
    void failedBuild_showsItsEndWithoutEscapeCodes() throws Exception {
        fakeMaven(true);
        Files.setLastModifiedTime(checkout.resolve("ledger-cli/src/main/java/Cli.java"), FileTime.from(BUILT.plusSeconds(60)));
        Run run = launch(checkout.resolve("claimledger"), "--version");
        assertEquals(70, run.code(), run.toString());
        assertTrue(run.err().contains("[ERROR] COMPILATION ERROR: Cli.java:[1,1] boom"), run.err());
        assertTrue(run.err().contains("the build failed"), run.err());
        assertFalse(run.err().contains("\u001b"), "no escape codes: " + run.err());
        assertEquals("", run.out());
    }

    private record Run(int code, String out, String err) {
    }

    private Run launch(Path launcher, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        Path work = Files.createDirectories(dir.resolve("work"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().clear();
        builder.environment().putAll(Map.of("PATH", tools.toString(), "HOME", work.toString(), "TMPDIR", dir.toString()));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launcher finishes");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
    }
}
