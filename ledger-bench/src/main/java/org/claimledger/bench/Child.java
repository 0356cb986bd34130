package org.claimledger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A command line run in its own Java process, as a user runs it: either Java started with the launchers' Java options
 * (jvm.options), then the benchmark's own (a heap limit), and the CLI's main class; or the checkout's ./claimledger. Reports its wall time, its exit code, its output,
 * and its peak resident size (sampled from /proc where there is one).
 */
final class Child {
    /**
     * What a run gave: its CPU time (user and system, all threads) is the last reading taken while it ran, every 20 ms,
     * so it leaves out at most its last 20 ms; -1 where the system does not tell it.
     */
    record Result(int exitCode, double seconds, long peakResidentBytes, double cpuSeconds, String out, String err) {
    }

    /** The command line up to the CLI's own arguments; for a launcher, Java options go in $CLAIMLEDGER_JAVA_OPTS. */
    private final List<String> prefix;
    private final boolean throughLauncher;

    /** Java started directly: these options, this class path, the CLI's main class. */
    Child(List<String> javaOptions, String classPath) {
        List<String> prefix = new ArrayList<>();
        prefix.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        prefix.addAll(javaOptions);
        prefix.add("-cp");
        prefix.add(classPath);
        prefix.add("org.claimledger.cli.Main");
        this.prefix = List.copyOf(prefix);
        this.throughLauncher = false;
    }

    private Child(Path launcher) {
        this.prefix = List.of(launcher.toString());
        this.throughLauncher = true;
    }

    /**
     * The checkout's ./claimledger, exactly as a user starts it (the Java it picks, its runtime and archives), run
     * once here so that what it builds or prepares on first use is not timed.
     */
    static Child launcher(Path launcher, Path directory) throws IOException, InterruptedException {
        Child child = new Child(launcher);
        Files.createDirectories(directory);
        Result first = child.run(directory, Map.of("HOME", directory.toString()), List.of(), "--version");
        if (first.exitCode() != 0) {
            throw new IllegalStateException(launcher + " --version exited " + first.exitCode() + ": " + first.err().strip());
        }
        return child;
    }

    /** The options every launcher passes, read from jvm.options (blank lines and # comments skipped); none if absent. */
    static List<String> launcherOptions(Path jvmOptions) throws IOException {
        List<String> options = new ArrayList<>();
        if (Files.isRegularFile(jvmOptions)) {
            for (String line : Files.readAllLines(jvmOptions, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    options.add(line.strip());
                }
            }
        }
        return options;
    }

    Result run(Path directory, Map<String, String> environment, List<String> extraJavaOptions, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(prefix);
        if (!throughLauncher) {
            command.addAll(command.size() - 3, extraJavaOptions);
        }
        command.addAll(List.of(args));
        Path out = Files.createTempFile(directory, "child", ".out");
        Path err = Files.createTempFile(directory, "child", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        if (throughLauncher && !extraJavaOptions.isEmpty()) {
            builder.environment().put("CLAIMLEDGER_JAVA_OPTS", String.join(" ", extraJavaOptions));
        }
        long start = System.nanoTime();
        Process process = builder.start();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peak = 0;
        ProcessHandle handle = process.toHandle();
        double cpu = -1;
        while (!process.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, residentBytes(status));
            cpu = handle.info().totalCpuDuration().map(duration -> duration.toNanos() / 1e9).orElse(cpu);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Result result = new Result(process.exitValue(), seconds, peak, cpu, Files.readString(out),
                Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    /** VmHWM (the peak so far) from /proc/PID/status, or 0 when it cannot be read (no /proc, process gone). */
    private static long residentBytes(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException gone) {
            // The process ended between two samples.
        }
        return 0;
    }
}
