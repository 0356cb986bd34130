package org.claimledger.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A seed ledger built once per test class and copied into each test's own directory. */
final class SeededLedger {
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

    String sourceId() {
        return sourceId;
    }

    /** Copies the ledger, keys and inputs (not the auditor's state) into dir and returns a Cli working there. */
    Cli copyTo(Path dir) {
        try (Stream<Path> files = Files.list(template)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Cli(dir);
    }
}
