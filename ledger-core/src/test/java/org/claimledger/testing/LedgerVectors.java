package org.claimledger.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The ledger vectors' entries (fixtures/vectors/ledger-v1/entries.jsonl), for tests that read real leaves. */
public final class LedgerVectors {
    private static final Path ENTRIES = Path.of("..", "fixtures", "vectors", "ledger-v1", "entries.jsonl");

    private LedgerVectors() {
    }

    /** Each entry's leaf, its line's bytes, in ledger order. */
    public static List<byte[]> leaves() throws IOException {
        List<byte[]> leaves = new ArrayList<>();
        for (String line : Files.readAllLines(ENTRIES, StandardCharsets.UTF_8)) {
            if (!line.isEmpty()) {
                leaves.add(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        if (leaves.isEmpty()) {
            throw new IllegalStateException(ENTRIES + " holds no entry: a test of its leaves would test nothing");
        }
        return leaves;
    }
}
