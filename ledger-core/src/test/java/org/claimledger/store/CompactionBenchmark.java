package org.claimledger.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;

/**
 * What compaction on close buys an append-only ledger, and what it costs: the same sessions (open, append 1 to 20
 * entries of about 1.2 kB with their tree nodes in one transaction, sync, close) on the ledger's own tables, once
 * with H2's default compaction on close and once with it off (MAX_COMPACT_TIME=0, as {@link LedgerStore} appends).
 * Prints the file size as it grows and the time spent closing. Not a unit test: run it by hand.
 *
 * <pre>
 * mvn -B -q -pl ledger-core test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp ledger-core/target/classes:ledger-core/target/test-classes:$(cat ledger-core/target/cp.txt) \
 *     org.claimledger.store.CompactionBenchmark 1000
 * </pre>
 */
public final class CompactionBenchmark {
    private CompactionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        for (String settings : new String[] {"", ";MAX_COMPACT_TIME=0"}) {
            run(sessions, settings);
        }
    }

    private static void run(int sessions, String settings) throws Exception {
        Path dir = Files.createTempDirectory("claimledger-compaction-bench");
        Path file = dir.resolve("bench.mv.db");
        String url = "jdbc:h2:file:" + dir.resolve("bench") + ";WRITE_DELAY=0" + settings;
        try (Connection connection = DriverManager.getConnection(url, "", "")) {
            Schema.create(connection, Dialect.H2);
        }
        String name = settings.isEmpty() ? "H2 default (compaction on close)" : "MAX_COMPACT_TIME=0";
        Random random = new Random(42);
        long seq = 0;
        long closing = 0;
        long started = System.nanoTime();
        for (int session = 1; session <= sessions; session++) {
            Connection connection = DriverManager.getConnection(url, "", "");
            connection.setAutoCommit(false);
            int count = 1 + random.nextInt(20);
            try (PreparedStatement entry = connection.prepareStatement(
                    "INSERT INTO cl_entries (seq, entry_hash, entry_type, claim_id, leaf) VALUES (?, ?, 'claim', ?, ?)");
                    PreparedStatement node = connection.prepareStatement("INSERT INTO cl_tree (lvl, idx, hash) VALUES (?, ?, ?)")) {
                for (int i = 0; i < count; i++, seq++) {
                    byte[] body = new byte[900];
                    random.nextBytes(body);
                    String hash = HexFormat.of().formatHex(body, 0, 32);
                    entry.setLong(1, seq);
                    entry.setString(2, hash);
                    entry.setLong(3, seq);
                    entry.setString(4, Base64.getEncoder().encodeToString(body));
                    entry.executeUpdate();
                    for (int level = 0; level == 0 || (seq + 1) % (1L << level) == 0; level++) {
                        node.setInt(1, level);
                        node.setLong(2, seq >> level);
                        node.setString(3, hash);
                        node.executeUpdate();
                    }
                }
            }
            connection.commit();
            try (Statement sync = connection.createStatement()) {
                sync.execute("CHECKPOINT SYNC");
            }
            long closeStarted = System.nanoTime();
            connection.close();
            closing += System.nanoTime() - closeStarted;
            if (session % Math.max(1, sessions / 5) == 0) {
                System.out.printf("%s: %d sessions, %d entries, file %.1f MB%n", name, session, seq,
                        Files.size(file) / 1e6);
            }
        }
        System.out.printf("%s: %.1f s in all, %.1f s of it closing; %.0f bytes per entry%n%n", name,
                (System.nanoTime() - started) / 1e9, closing / 1e9, Files.size(file) / (double) seq);
    }
}
