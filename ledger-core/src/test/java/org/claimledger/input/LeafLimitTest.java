package org.claimledger.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.NamedKey;
import org.claimledger.entry.EntryType;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.ledger.Ledger;
import org.claimledger.store.LedgerLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last word on size: an entry longer than a leaf may be is malformed input, never a database error. */
class LeafLimitTest {
    @TempDir
    Path directory;

    @Test
    void entryOverTheLeafLimit_isRefusedBeforeItIsWritten_andNothingOfTheBatchStays() throws Exception {
        NamedKey key = new NamedKey("newsroom.example/claims", Ed25519PrivateKey.generate(new SecureRandom()));
        try (Ledger ledger = Ledger.create(LedgerLocation.of(directory.resolve("news").toString()),
                "newsroom.example/claims", key, Clock.systemUTC())) {
            long before = ledger.store().size();
            ObjectNode small = JsonNodeFactory.instance.objectNode().put("note", "fits");
            ObjectNode large = JsonNodeFactory.instance.objectNode().put("note", "x".repeat(InputLimits.LEAF_BYTES));
            LedgerException e = assertThrows(LedgerException.class, () -> ledger.store().append(appender -> {
                appender.append(EntryType.SOURCE, small, key.key(), Instant.now(), null);
                return appender.append(EntryType.SOURCE, large, key.key(), Instant.now(), null);
            }));
            assertEquals(Failure.MALFORMED_INPUT, e.failure());
            assertTrue(e.getMessage().startsWith("the source entry would be "), e.getMessage());
            assertTrue(e.getMessage().endsWith(" bytes, more than the 1,000,000 bytes a ledger entry may hold "
                    + "(SPEC.md §16); shorten it; nothing was written"), e.getMessage());
            assertEquals(before, ledger.store().size());
        }
    }
}
