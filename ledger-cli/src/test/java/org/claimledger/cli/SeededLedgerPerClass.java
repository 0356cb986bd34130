package org.claimledger.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A seed ledger of a test class's own, built before its first test and removed after its last:
 * {@code @RegisterExtension static final SeededLedgerPerClass seeded = new SeededLedgerPerClass();}, then
 * {@code seeded.copyTo(dir)} in each test. A class that needs more in its template says so in the constructor.
 */
final class SeededLedgerPerClass implements BeforeAllCallback, AfterAllCallback {
    private final Consumer<Cli> more;
    private Path template;
    private SeededLedger ledger;

    SeededLedgerPerClass() {
        this(cli -> { });
    }

    /** With more work on the template after seeding (its Cli works in the template's folder). */
    SeededLedgerPerClass(Consumer<Cli> more) {
        this.more = more;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        template = Files.createTempDirectory("claimledger-seeded-class");
        ledger = new SeededLedger(template);
        more.accept(new Cli(template));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        SeededLedger.deleteTree(template);
    }

    /** Copies the ledger, keys and inputs into dir and returns a Cli working there (see {@link SeededLedger#copyTo}). */
    Cli copyTo(Path dir) {
        return ledger.copyTo(dir);
    }

    String sourceId() {
        return ledger.sourceId();
    }

    /** A file of the template (read it; do not change it). */
    Path path(String name) {
        return ledger.path(name);
    }
}
