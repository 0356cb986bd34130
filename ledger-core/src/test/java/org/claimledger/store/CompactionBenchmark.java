package org.claimledger.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.h2.mvstore.MVStoreTool;

/**
 * What H2's settings at append time do to an append-only ledger's file, and what an offline compaction
 * ('claimledger compact': H2's storage-level rewrite of the live pages, compressed) gives back: the same sessions
 * (open, append 1 to 20 entries of about 2.4 kB, shaped like claim leaves (JSON text and hex digests), with their tree
 * nodes in one transaction, sync, close) on the ledger's own tables, once per variant of the connection settings.
 * Prints, per variant, the file size as it grows, the time spent closing, H2's own fill rate of the file's chunks,
 * and the size after an offline compaction of a copy. Not a unit test: run it by hand.
 *
 * <pre>
 * mvn -B -q -pl ledger-core test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp ledger-core/target/classes:ledger-core/target/test-classes:$(cat ledger-core/target/cp.txt) \
 *     org.claimledger.store.CompactionBenchmark 1000 ";MAX_COMPACT_TIME=0" ";MAX_COMPACT_TIME=0;COMPRESS=TRUE" ""
 * </pre>
 * The variants are appended to "jdbc:h2:file:...;WRITE_DELAY=0" ("" is H2's default: compaction on close).
 * Measured 2026-11-30, 300 sessions (3,256 entries of 2,321 bytes of leaf), load average 22 on 2 cores:
 * MAX_COMPACT_TIME=0 (the writers' settings): 4,812 bytes per entry, chunks 59% full, 2,130 after compaction
 * (0.44); with COMPRESS=TRUE as well: 4,612, chunks 42% full (its 64 kB pages leave more behind per session), 1,911
 * after compaction (0.41). Compressing at append time saves 4%; compacting offline saves more than half.
 */
public final class CompactionBenchmark {
    private static final List<String> WORDS = List.of("il", "governo", "ha", "speso", "più", "di", "milioni", "euro",
            "secondo", "rapporto", "ministero", "soldati", "lavoratori", "settore", "edile", "ha", "affermato", "portale");

    private CompactionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        List<String> variants = args.length > 1 ? List.of(args).subList(1, args.length)
                : List.of(";MAX_COMPACT_TIME=0", ";MAX_COMPACT_TIME=0;COMPRESS=TRUE");
        for (String settings : variants) {
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
        String name = settings.isEmpty() ? "H2 default (compaction on close)" : settings.substring(1);
        Random random = new Random(42);
        long seq = 0;
        long leafBytes = 0;
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
                    String leaf = leaf(random, seq);
                    leafBytes += leaf.length();
                    String hash = hex(random, 32);
                    entry.setLong(1, seq);
                    entry.setString(2, hash);
                    entry.setLong(3, seq);
                    entry.setString(4, leaf);
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
        long size = Files.size(file);
        System.out.printf("%s: %.1f s in all, %.1f s of it closing; %.0f bytes per entry of %.0f bytes of leaf; "
                + "chunks %s%% full by H2's count%n", name, (System.nanoTime() - started) / 1e9, closing / 1e9,
                size / (double) seq, leafBytes / (double) seq, chunksFillRate(dir.resolve("bench")));
        Path copy = dir.resolve("copy.mv.db");
        Files.copy(file, copy);
        long compactStarted = System.nanoTime();
        MVStoreTool.compact(copy.toString(), true);
        System.out.printf("%s: compacted offline in %.1f s: %.0f bytes per entry (%.2f of the file)%n%n", name,
                (System.nanoTime() - compactStarted) / 1e9, Files.size(copy) / (double) seq,
                Files.size(copy) / (double) size);
    }

    /** About 2.6 kB shaped like a claim leaf: JSON, some Italian text, a map of hex field commitments. */
    private static String leaf(Random random, long seq) {
        StringBuilder leaf = new StringBuilder("{\"body\":{\"quote\":\"");
        for (int i = 0; i < 40; i++) {
            leaf.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
        }
        leaf.append("\",\"figures\":[{\"value\":\"").append(random.nextInt(1_000_000)).append("\"}]},\"fc\":{");
        for (int i = 0; i < 24; i++) {
            leaf.append(i == 0 ? "" : ",").append("\"/f").append(i).append("\":\"").append(hex(random, 32)).append('"');
        }
        return leaf.append("},\"prev\":\"").append(hex(random, 32)).append("\",\"seq\":").append(seq)
                .append(",\"sig\":\"").append(hex(random, 64)).append("\",\"v\":1}").toString();
    }

    private static String hex(Random random, int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    private static String chunksFillRate(Path base) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r",
                "", "");
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                        + "WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'")) {
            return row.next() ? row.getString(1) : "?";
        }
    }
}
