package org.claimledger.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.claimledger.claims.ClaimDraft;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.NamedKey;
import org.claimledger.ledger.Ledger;
import org.claimledger.ledger.SourceMetadata;
import org.claimledger.model.Language;
import org.claimledger.model.Qualifier;
import org.claimledger.model.SourceText;
import org.claimledger.verify.Audit;
import org.claimledger.verify.StoreFeed;
import org.claimledger.verify.VerifyReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two editors appending at once, each through its own connection: the head lock keeps one chain. */
class ConcurrentAppendTest {
    @TempDir
    Path dir;

    static void appendConcurrently(LedgerLocation location, int editors, int claimsEach) throws Exception {
        NamedKey ledgerKey = new NamedKey("concurrency.example/claims", Ed25519PrivateKey.generate(new SecureRandom()));
        SourceText source = SourceText.fromString(Files.readString(Path.of("..", "fixtures", "000_24432489f640e24b.txt")));
        List<NamedKey> keys = new ArrayList<>();
        try (Ledger ledger = Ledger.create(location, "concurrency.example/claims", ledgerKey, Clock.systemUTC())) {
            for (int i = 0; i < editors; i++) {
                NamedKey editor = new NamedKey("editor" + i, Ed25519PrivateKey.generate(new SecureRandom()));
                ledger.enroll(ledgerKey, editor.name(), editor.publicKey());
                keys.add(editor);
            }
            ledger.addSource(keys.get(0), source, new SourceMetadata("seed", null, null, null, Language.IT));
        }
        ClaimDraft draft = new ClaimDraft("", "più di 11.000 soldati", null, null, null, List.of(new ClaimDraft.FigureDraft(
                "/f", "11.000", "11000", null, "soldati", Qualifier.MORE_THAN, null, null, null)), null);
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        List<Future<?>> futures = new ArrayList<>();
        for (NamedKey editor : keys) {
            futures.add(pool.submit(() -> {
                // Editors in one JVM share H2's database: one reopening it for writing waits for the others' reads.
                try (Ledger own = Ledger.open(location, Clock.systemUTC(), new LockWait(Duration.ofSeconds(60), m -> { }))) {
                    for (int i = 0; i < claimsEach; i++) {
                        own.signClaim(editor, source.id(), draft);
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
    }

    @Test
    void concurrentEditors_neverForkTheChain() throws Exception {
        LedgerLocation location = LedgerLocation.of(dir.resolve("shared").toString());
        appendConcurrently(location, 3, 40);
        try (LedgerStore store = LedgerStore.open(location)) {
            VerifyReport report = Audit.run(new StoreFeed(store), new Audit.Request(null, null, null, null));
            assertTrue(report.clean(), report.findings().toString());
            assertEquals(1 + 3 + 1 + 120, report.entries());
            assertEquals(120, report.claims());
        }
    }
}
