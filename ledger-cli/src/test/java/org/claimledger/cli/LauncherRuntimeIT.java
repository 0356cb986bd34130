package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's ./claimledger on a copy of the checkout with its packaged jar: the runtime it makes once (jlink,
 * then the application's class-data sharing archive from a training run) is the one it runs on, that runtime refuses
 * planted code as the --limit-modules runtime does, and a damaged archive or a failed jlink never reaches the output
 * as a JVM warning or a crash.
 */
class LauncherRuntimeIT {
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path JDK = Path.of(System.getProperty("java.home"));
    private static final String PREPARING = "claimledger: preparing a Java runtime that starts faster";

    @TempDir
    Path dir;

    Path checkout;
    Path target;

    @BeforeEach
    void copyTheCheckout() throws IOException {
        checkout = Files.createDirectories(dir.resolve("checkout"));
        target = checkout.resolve("ledger-cli/target");
        copy(REPOSITORY.resolve("claimledger"), checkout.resolve("claimledger"));
        copy(REPOSITORY.resolve("ledger-cli/src/dist/conf/jvm.options"), checkout.resolve("ledger-cli/src/dist/conf/jvm.options"));
        copy(REPOSITORY.resolve("ledger-cli/src/dist/conf/short-run.sh"), checkout.resolve("ledger-cli/src/dist/conf/short-run.sh"));
        copy(REPOSITORY.resolve("ledger-cli/target/claimledger.jar"), target.resolve("claimledger.jar"));
        // Everything older than the jar (the folders just made too), so the launcher finds it current.
        FileTime built = Files.getLastModifiedTime(target.resolve("claimledger.jar"));
        try (var paths = Files.walk(checkout)) {
            for (Path path : paths.filter(path -> !path.endsWith("claimledger.jar")).toList()) {
                Files.setLastModifiedTime(path, FileTime.fromMillis(built.toMillis() - 3_600_000));
            }
        }
    }

    @Test
    void launcher_runsOnTheRuntimeItMade_withTheArchive_andThatRuntimeRefusesPlantedCode() throws Exception {
        assumeTrue(Files.isExecutable(JDK.resolve("bin/jlink")), "this JDK has no jlink");
        Run first = launch(Map.of("JAVA_HOME", JDK.toString()), "--version");
        assertVersion(first);
        assertEquals(1, first.err().lines().count(), first.toString());
        assertTrue(first.err().startsWith(PREPARING), first.toString());

        Path classes = dir.resolve("classes.log");
        Run second = launch(Map.of("JAVA_HOME", JDK.toString(),
                "CLAIMLEDGER_JAVA_OPTS", "-XshowSettings:properties -Xlog:class+load=info:file=" + classes), "--version");
        assertVersion(second);
        assertTrue(second.err().contains("java.home = " + target.resolve("runtime").toRealPath()), second.err());
        assertFalse(second.err().contains(PREPARING), "made once: " + second.err());
        assertTrue(Files.readString(classes).contains("org.claimledger.cli.Main source: shared objects file (top)"),
                "Main comes from the application's archive");

        // The runtime it runs on, with the launcher's options for it (all of jvm.options but --limit-modules).
        List<String> options = new ArrayList<>(RuntimeHardeningTest.launcherOptions());
        options.removeIf(option -> option.startsWith("--limit-modules="));
        Path probe = Files.createDirectories(dir.resolve("probe"));
        RuntimeHardeningTest.Run run = RuntimeHardeningTest.java(target.resolve("runtime/bin/java"), options, probe,
                HardeningProbe.class.getName(), probe.toString());
        assertEquals(0, run.code(), run.toString());
        for (String refused : List.of("source-trigger: refused", "jdk-alias: refused", "trigger-class: refused",
                "compiler: false")) {
            assertTrue(run.out().contains(refused), refused + " in " + run);
        }
        assertFalse(Files.exists(probe.resolve("marker-source")) || Files.exists(probe.resolve("marker-class")));

        // A truncated archive crashes Java if it is handed over: the launcher makes it again instead.
        Path archive = target.resolve("claimledger.jsa");
        byte[] whole = Files.readAllBytes(archive);
        Files.write(archive, Arrays.copyOf(whole, whole.length / 2));
        Run afterDamage = launch(Map.of("JAVA_HOME", JDK.toString()), "--version");
        assertVersion(afterDamage);
        assertTrue(afterDamage.err().startsWith(PREPARING) && afterDamage.err().lines().count() == 1,
                afterDamage.toString());
        Path again = dir.resolve("classes-again.log");
        Run next = launch(Map.of("JAVA_HOME", JDK.toString(),
                "CLAIMLEDGER_JAVA_OPTS", "-Xlog:class+load=info:file=" + again), "--version");
        assertVersion(next);
        assertEquals("", next.err(), "made again once");
        assertTrue(Files.readString(again).contains("org.claimledger.cli.Main source: shared objects file (top)"),
                "the archive made again is whole and used");
    }

    /**
     * While another launcher prepares the runtime, this one runs without it and says nothing; a launcher killed while
     * preparing (kill -9: no trap runs) leaves no lock behind, so the next one prepares at once, not ten minutes later.
     */
    @Test
    void aLauncherKilledWhilePreparing_leavesNoLock_theNextPreparesAtOnce() throws Exception {
        assumeTrue(Files.isExecutable(JDK.resolve("bin/jlink")), "this JDK has no jlink");
        assumeTrue(new ProcessBuilder("sh", "-c", "command -v flock").start().waitFor() == 0, "no flock here");
        String lock = Files.createDirectories(target).resolve("runtime.flock").toString();
        Process holder = new ProcessBuilder("flock", "--close", lock, "sleep", "120").redirectErrorStream(true).start();
        try {
            for (int i = 0; i < 100 && new ProcessBuilder("flock", "-n", lock, "true").start().waitFor() == 0; i++) {
                Thread.sleep(50);
            }
            Run meanwhile = launch(Map.of("JAVA_HOME", JDK.toString()), "--version");
            assertVersion(meanwhile);
            assertEquals("", meanwhile.err(), "another launcher is preparing it: " + meanwhile);
            assertFalse(Files.exists(target.resolve("runtime")), "not made while another holds the lock");
        } finally {
            holder.descendants().forEach(ProcessHandle::destroyForcibly);
            holder.destroyForcibly().waitFor();
        }
        Run next = launch(Map.of("JAVA_HOME", JDK.toString()), "--version");
        assertVersion(next);
        assertTrue(next.err().startsWith(PREPARING) && next.err().lines().count() == 1, next.toString());
    }

    @Test
    void failedJlink_isSaidOnce_andTheJdkRunsItWithLimitedModules() throws Exception {
        Map<String, String> env = Map.of("JAVA_HOME",
                jdkWhoseJlinkFails("echo 'jlink: no space left' >&2").toString());

        Run first = launch(env, "--version");
        assertVersion(first);
        assertEquals(2, first.err().lines().count(), first.toString());
        assertTrue(first.err().contains("preparing the faster runtime failed (all its output is in "), first.err());
        assertFalse(first.err().contains("warning: this Java runtime has a compiler"), "--limit-modules: " + first.err());
        Run second = launch(env, "--version");
        assertVersion(second);
        assertEquals("", second.err(), "said once, not tried again for this jar");
    }

    /**
     * verify (or another command whose work is bounded by the ledger) of a small H2 ledger file runs with C1 alone;
     * a large file, a PostgreSQL URL, sign and source, and an explicit choice in CLAIMLEDGER_JAVA_OPTS keep the
     * compilers of jvm.options. The files are not ledgers (verify
     * refuses them): only the size the launcher sees matters here.
     */
    @Test
    void aCommandOnASmallLedgerFile_compilesWithC1Alone_everythingElseKeepsC2() throws Exception {
        Path jdk = jdkWhoseJlinkFails("");
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.write(work.resolve("small.mv.db"), new byte[4096]);
        try (var big = new java.io.RandomAccessFile(work.resolve("big.mv.db").toFile(), "rw")) {
            big.setLength(16L * 1024 * 1024);
        }
        Map<String, String> env = new HashMap<>(Map.of("JAVA_HOME", jdk.toString(),
                "CLAIMLEDGER_JAVA_OPTS", "-XX:+PrintFlagsFinal"));

        assertEquals(1, stopLevel(launch(env, "verify", "--ledger", "small")));
        assertEquals(1, stopLevel(launch(env, "verify", "--trust", "x.vkey", "--ledger=small.mv.db")));
        assertEquals(1, stopLevel(launch(env, "verify", "--ledger", "jdbc:h2:file:" + work.resolve("small") + ";IFEXISTS=TRUE")));
        assertEquals(4, stopLevel(launch(env, "verify", "--ledger", "big")));
        assertEquals(4, stopLevel(launch(env, "verify", "--ledger", "missing")));
        assertEquals(4, stopLevel(launch(env, "verify", "--ledger", "jdbc:postgresql://localhost/small")));
        assertEquals(1, stopLevel(launch(env, "log", "--ledger", "small")));
        assertEquals(1, stopLevel(launch(env, "claim", "add", "--ledger", "small")));
        assertEquals(4, stopLevel(launch(env, "sign", "claims.json", "--ledger", "small")));
        assertEquals(4, stopLevel(launch(env, "source", "add", "small.mv.db", "--ledger", "small")));
        assertEquals(4, stopLevel(launch(env, "verify", "--bundle", "small.mv.db")));
        env.put("CLAIMLEDGER_LEDGER", "small");
        assertEquals(1, stopLevel(launch(env, "verify")));
        env.put("CLAIMLEDGER_JAVA_OPTS", "-XX:TieredStopAtLevel=4 -XX:+PrintFlagsFinal");
        assertEquals(4, stopLevel(launch(env, "verify")));
    }

    /** A JDK home whose java is this JDK's and whose jlink runs these shell lines, then fails. */
    private Path jdkWhoseJlinkFails(String lines) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("jdk/bin"));
        Files.createSymbolicLink(bin.resolve("java"), JDK.resolve("bin/java"));
        Path jlink = Files.writeString(bin.resolve("jlink"), "#!/bin/sh\n" + lines + "\nexit 1\n");
        Files.setPosixFilePermissions(jlink, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin.getParent();
    }

    /** The TieredStopAtLevel that -XX:+PrintFlagsFinal printed. */
    private static int stopLevel(Run run) {
        return run.out().lines().filter(line -> line.matches("\\s*intx TieredStopAtLevel\\s+=.*")).findFirst()
                .map(line -> Integer.parseInt(line.replaceAll(".*=\\s*([0-9]+).*", "$1")))
                .orElseThrow(() -> new AssertionError("no TieredStopAtLevel in " + run));
    }

    private static void assertVersion(Run run) {
        assertEquals(0, run.code(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.toString());
        assertTrue(lines.get(0).startsWith("claimledger ") && lines.get(1).startsWith("Java "), run.toString());
    }

    private record Run(int code, String out, String err) {
    }

    private Run launch(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(checkout.resolve("claimledger").toString()));
        command.addAll(List.of(args));
        Path work = Files.createDirectories(dir.resolve("work"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        Map<String, String> environment = new HashMap<>(env);
        environment.put("PATH", System.getenv("PATH"));
        environment.put("HOME", work.toString());
        environment.put("TMPDIR", Files.createDirectories(dir.resolve("tmp")).toString());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the launcher finishes");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
    }
}
