package org.claimledger.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A seeded, reproducible fuzz run, in the manner of a property-based test: each case's input comes from a
 * generator seeded by (run seed, suite, case number), and the property runs on a worker thread under a timeout
 * while the thread's allocations are counted.
 *
 * <p>What every case must satisfy, whatever its property adds: it ends within {@link #TIMEOUT} (no hang), it throws
 * nothing the property did not expect (no crash: a parser's unexpected exception is a failure), and it allocates
 * at most {@link #MAX_ALLOCATION_PER_CASE} (no exhaustion: the largest input a limit allows, a 16 MiB source with
 * its copies, stays well below). After the run, the heap retained (after a collection) has grown by at most
 * {@link #MAX_RETAINED_GROWTH}: nothing accumulates from case to case.
 *
 * <p>Sizes: {@code -Dfuzz.scale=10} runs ten times the default cases (CI and nightly runs); {@code -Dfuzz.seed=N}
 * picks another seed (the default is fixed, so a run is the same everywhere); a failure prints its seed and case
 * number, saves the input under target/fuzz-failures, and {@code -Dfuzz.case=I} reruns that case alone (whatever
 * the scale it came from: a case depends only on the seed, the suite and its number).
 */
final class Fuzz {
    static final long SEED = Long.getLong("fuzz.seed", 0x5EED_2025L);
    static final double SCALE = Double.parseDouble(System.getProperty("fuzz.scale", "1"));
    static final Integer ONLY = Integer.getInteger("fuzz.case");
    static final long TIMEOUT_SECONDS = Long.getLong("fuzz.timeout", 60);
    static final String TIMEOUT = TIMEOUT_SECONDS + " s";
    static final long MAX_ALLOCATION_PER_CASE = 512L * 1024 * 1024;
    static final long MAX_RETAINED_GROWTH = 64L * 1024 * 1024;
    private static final int MAX_FAILURES = 10;

    /** The property: runs the code under test on one input; throws AssertionError (or anything) when it fails. */
    @FunctionalInterface
    interface Property {
        void check(byte[] input, Random random) throws Exception;
    }

    @FunctionalInterface
    interface Generator {
        byte[] next(Random random);
    }

    private Fuzz() {
    }

    /** The number of cases for a suite whose default is {@code defaultCases}, after -Dfuzz.scale. */
    static int cases(int defaultCases) {
        return Math.max(1, (int) Math.round(defaultCases * SCALE));
    }

    /** Runs the cases and fails with every failing case's seed, number, input file and cause. */
    static void run(String suite, int cases, Generator generator, Property property) {
        ThreadFactory daemons = runnable -> {
            Thread thread = new Thread(runnable, "fuzz-" + suite);
            thread.setDaemon(true);
            return thread;
        };
        ExecutorService worker = Executors.newSingleThreadExecutor(daemons);
        AtomicLong workerId = new AtomicLong();
        AtomicLong cpu = new AtomicLong();
        long started = System.nanoTime();
        long retainedBefore = retainedHeap();
        long maxAllocation = 0;
        List<String> failures = new ArrayList<>();
        try {
            int first = ONLY == null ? 0 : ONLY;
            int end = ONLY == null ? cases : ONLY + 1;
            for (int i = first; i < end && failures.size() < MAX_FAILURES; i++) {
                Random random = new Random(caseSeed(suite, i));
                byte[] input = generator.next(random);
                Future<Long> outcome = worker.submit(() -> {
                    workerId.set(Thread.currentThread().getId());
                    long before = allocated(workerId.get());
                    long cpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                    try {
                        property.check(input, random);
                    } finally {
                        cpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuBefore);
                    }
                    return allocated(workerId.get()) - before;
                });
                try {
                    long allocation = outcome.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    maxAllocation = Math.max(maxAllocation, allocation);
                    if (allocation > MAX_ALLOCATION_PER_CASE) {
                        failures.add(failure(suite, i, input, "allocated " + allocation / (1024 * 1024)
                                + " MiB, more than the bound of " + MAX_ALLOCATION_PER_CASE / (1024 * 1024) + " MiB"));
                    }
                } catch (TimeoutException e) {
                    outcome.cancel(true);
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor(daemons);
                    failures.add(failure(suite, i, input, "no result within " + TIMEOUT + " (a hang)"));
                } catch (ExecutionException e) {
                    failures.add(failure(suite, i, input, describe(e.getCause())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            }
        } finally {
            worker.shutdownNow();
        }
        long growth = retainedHeap() - retainedBefore;
        if (growth > MAX_RETAINED_GROWTH && ONLY == null) {
            failures.add("fuzz " + suite + ": the heap retained after the run grew by " + growth / (1024 * 1024)
                    + " MiB, more than the bound of " + MAX_RETAINED_GROWTH / (1024 * 1024) + " MiB (seed " + SEED + ")");
        }
        System.out.printf(java.util.Locale.ROOT, "fuzz %s: %d cases (seed %d), %.1f s CPU in the cases, %.1f s wall, "
                + "largest allocation of a case %d MiB, retained heap growth %d MiB%n", suite, cases, SEED,
                cpu.get() / 1e9, (System.nanoTime() - started) / 1e9, maxAllocation / (1024 * 1024), growth / (1024 * 1024));
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " failure(s) in fuzz suite " + suite + " (" + cases
                    + " cases, seed " + SEED + ", largest allocation of a case " + maxAllocation / (1024 * 1024)
                    + " MiB):\n" + String.join("\n", failures));
        }
    }

    /** The longest one-line message a refusal may print: enough to name file, place and fix, never a whole input. */
    static final int MAX_MESSAGE = 1_000;

    /**
     * A command's outcome as the user sees it: an allowed exit code, never 70; no stack trace; a refusal (any code
     * but 0 and 1) is one line on stderr besides warnings, short enough to read.
     */
    static void assertOutcome(Cli.Result result, java.util.Set<Integer> allowed) {
        String err = result.err();
        if (!allowed.contains(result.code())) {
            throw new AssertionError("exit " + result.code() + ", expected one of " + allowed + "; stderr: "
                    + abbreviate(err));
        }
        if (err.contains("\tat ") || err.contains("Exception in thread") || err.contains("internal error")) {
            throw new AssertionError("a stack trace or internal error on stderr: " + abbreviate(err));
        }
        if (result.code() != 0 && result.code() != 1) {
            List<String> lines = err.lines().filter(line -> !line.startsWith("claimledger: warning: ")).toList();
            if (lines.size() != 1 || !lines.get(0).startsWith("claimledger: ")) {
                throw new AssertionError("exit " + result.code() + " without exactly one line on stderr: " + abbreviate(err));
            }
            assertMessage(lines.get(0));
        }
    }

    /** A message printed for a refusal: one line, at most {@link #MAX_MESSAGE} characters. */
    static void assertMessage(String message) {
        if (message.contains("\n") || message.contains("\r")) {
            throw new AssertionError("the message is more than one line: " + abbreviate(message));
        }
        if (message.length() > MAX_MESSAGE) {
            throw new AssertionError("the message is " + message.length() + " characters long (more than "
                    + MAX_MESSAGE + "): " + abbreviate(message));
        }
    }

    /** Fails the case unless the condition holds. */
    static void expect(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "... (" + text.length() + " characters)";
    }

    private static long caseSeed(String suite, int index) {
        return SEED * 31 + suite.hashCode() * 1_000_003L + index;
    }

    private static String failure(String suite, int index, byte[] input, String what) {
        Path saved = Path.of("target", "fuzz-failures", suite + "-" + SEED + "-" + index + ".bin");
        try {
            Files.createDirectories(saved.getParent());
            Files.write(saved, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String preview = new String(input, 0, Math.min(input.length, 160), StandardCharsets.UTF_8)
                .replace("\n", "\\n");
        return "  case " + index + " (rerun with -Dfuzz.seed=" + SEED + " -Dfuzz.case=" + index + "; input " + saved
                + ", " + input.length + " bytes: " + preview + "): " + what;
    }

    private static String describe(Throwable cause) {
        if (cause instanceof AssertionError) {
            return cause.getMessage();
        }
        StringBuilder text = new StringBuilder("threw " + cause);
        StackTraceElement[] stack = cause.getStackTrace();
        for (int i = 0; i < Math.min(stack.length, 6); i++) {
            text.append("\n      at ").append(stack[i]);
        }
        return text.toString();
    }

    private static long allocated(long threadId) {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (threads instanceof com.sun.management.ThreadMXBean hotspot) {
            return hotspot.getThreadAllocatedBytes(threadId);
        }
        return 0;
    }

    private static long retainedHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
