package org.claimledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.claimledger.store.AppendOnlyTrigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second line of defence on its own: Java started with the launchers' options (src/dist/conf/jvm.options,
 * read as the launchers read it) cannot compile or load what a database file plants, even on a scratch database
 * that never went through the file check. (HostileFileTest runs the command line itself under these options;
 * LauncherRuntimeIT probes the runtime ./claimledger makes for itself the same way.)
 */
class RuntimeHardeningTest {
    static final Path JVM_OPTIONS = Path.of("src", "dist", "conf", "jvm.options");

    @TempDir
    Path dir;

    /** The options as every launcher reads them: one per line, blank lines and '#' lines skipped. */
    static List<String> launcherOptions() throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : Files.readAllLines(JVM_OPTIONS, StandardCharsets.UTF_8)) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                options.add(line);
            }
        }
        return options;
    }

    record Run(int code, String out, String err) {
    }

    /** Runs a main class of this module's classpath in a JVM of its own, started with these options. */
    static Run java(List<String> options, Path workingDirectory, String mainClass, String... args) throws Exception {
        return java(Path.of(System.getProperty("java.home"), "bin", "java"), options, workingDirectory, mainClass, args);
    }

    /** The same with another Java: the runtime a launcher made (LauncherRuntimeIT). */
    static Run java(Path java, List<String> options, Path workingDirectory, String mainClass, String... args)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(options);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(workingDirectory.resolve("out.txt").toFile())
                .redirectError(workingDirectory.resolve("err.txt").toFile());
        builder.environment().put("HOME", workingDirectory.resolve("home").toString());
        builder.environment().put(Passphrases.ENV, Cli.PASSPHRASE);
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "finished: " + command);
        return new Run(process.exitValue(), Files.readString(workingDirectory.resolve("out.txt")),
                Files.readString(workingDirectory.resolve("err.txt")));
    }

    @Test
    void launcherOptions_leaveOutTheCompiler_andAllowOnlyTheGuardClass() throws IOException {
        List<String> options = launcherOptions();
        String modules = options.stream().filter(o -> o.startsWith("--limit-modules=")).findFirst().orElseThrow();
        assertFalse(modules.contains("java.compiler") || modules.contains("jdk.compiler") || modules.contains("java.scripting"),
                modules);
        assertTrue(options.contains("-Dh2.allowedClasses=" + AppendOnlyTrigger.class.getName()), options.toString());
    }

    @Test
    void underTheLauncherOptions_h2CannotCompileOrLoadPlantedCode_whileWithoutThemItDoes() throws Exception {
        Path hardened = Files.createDirectories(dir.resolve("hardened"));
        Run run = java(launcherOptions(), hardened, HardeningProbe.class.getName(), hardened.toString());
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains("source-trigger: refused"), run.toString());
        assertTrue(run.out().contains("jdk-alias: refused"), run.toString());
        assertTrue(run.out().contains("trigger-class: refused"), run.toString());
        assertTrue(run.out().contains("compiler: false"), run.toString());
        assertFalse(Files.exists(hardened.resolve("marker-source")) || Files.exists(hardened.resolve("marker-class")));

        // The same probe on a plain JVM: every one of them runs, so the probe can tell.
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Run control = java(List.of(), plain, HardeningProbe.class.getName(), plain.toString());
        assertTrue(control.out().contains("source-trigger: ran") && control.out().contains("jdk-alias: ran")
                && control.out().contains("trigger-class: ran"), control.toString());
        assertTrue(Files.exists(plain.resolve("marker-source")) && Files.exists(plain.resolve("marker-class")));
    }
}
