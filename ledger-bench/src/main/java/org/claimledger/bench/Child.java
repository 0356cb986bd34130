package org.claimledger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A command line run in its own Java process, as a user runs it: the launchers' Java options (jvm.options), then
 * the benchmark's own (a heap limit), and the CLI's main class. Reports its wall time, its exit code, its output,
 * and its peak resident size (sampled from /proc where there is one).
 */
final class Child {
    record Result(int exitCode, double seconds, long peakResidentBytes, String out, String err) {
    }

    private final List<String> javaOptions;
    private final String classPath;

    Child(List<String> javaOptions, String classPath) {
        this.javaOptions = List.copyOf(javaOptions);
        this.classPath = classPath;
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
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.addAll(extraJavaOptions);
        command.add("-cp");
        command.add(classPath);
        command.add("org.claimledger.cli.Main");
        command.addAll(List.of(args));
        Path out = Files.createTempFile(directory, "child", ".out");
        Path err = Files.createTempFile(directory, "child", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peak = 0;
        while (!process.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, residentBytes(status));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Result result = new Result(process.exitValue(), seconds, peak, Files.readString(out), Files.readString(err));
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
