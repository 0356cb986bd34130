package org.claimledger.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A seed ledger built once per test class (or once per test run) and copied into each test's own directory. */
final class SeededLedger {
    private static SeededLedger shared;

    private final Path template;
    private final String sourceId;

    SeededLedger(Path template) {
        this.template = template;
        Cli cli = new Cli(template);
        this.sourceId = cli.seedLedger();
        try {
            Files.writeString(template.resolve("ledger.vkey"), cli.ok("key", "vkey", "ledger.key").out());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One seed ledger for every test class that asks, built on first use and removed when the JVM exits; beside
     * the ledger it has a signed checkpoint and the ledger's audit bundle, in "bundle".
     */
    static synchronized SeededLedger shared() {
        if (shared == null) {
            try {
                Path template = Files.createTempDirectory("claimledger-seeded");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(template)));
                SeededLedger seeded = new SeededLedger(template);
                Cli cli = new Cli(template);
                cli.ok("checkpoint", "--ledger", "news", "--ledger-key", "ledger.key");
                cli.ok("export", "--ledger", "news", "--out", "bundle");
                shared = seeded;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    static void deleteTree(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A temporary directory left behind is harmless.
        }
    }

    /** A file of the template (read it; do not change it). */
    Path path(String name) {
        return template.resolve(name);
    }

    /** The audit bundle of the shared ledger (see {@link #shared()}). */
    Path bundle() {
        return template.resolve("bundle");
    }

    String sourceId() {
        return sourceId;
    }

    /** Copies the ledger, keys and inputs (not the auditor's state) into dir and returns a Cli working there. */
    Cli copyTo(Path dir) {
        copyFiles(template, dir);
        return new Cli(dir);
    }

    /** Copies the regular files of one directory (not its subdirectories) into another. */
    static void copyFiles(Path from, Path to) {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
