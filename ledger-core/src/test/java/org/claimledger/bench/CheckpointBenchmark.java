package org.claimledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Random;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.crypto.Ed25519PrivateKey;
import org.claimledger.crypto.NamedKey;
import org.claimledger.entry.EntryType;
import org.claimledger.ledger.Checkpoints;
import org.claimledger.ledger.Ledger;
import org.claimledger.ledger.Proofs;
import org.claimledger.merkle.MerkleTree;
import org.claimledger.merkle.NodeReader;
import org.claimledger.store.LedgerLocation;

/**
 * Checkpoint and proof costs on a real H2 ledger of N entries: the time to sign a first checkpoint (every entry
 * read) and a second one 1000 entries later (only those read), to serve 1000 random inclusion proofs and 1000 random
 * consistency proofs, and how many stored nodes each reads. Not a unit test (timings are not assertions): run
 * it by hand with a ledger size, e.g. with a small heap to show that memory does not grow with the ledger.
 *
 * <pre>
 * mvn -B -q -pl ledger-core test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -cp ledger-core/target/classes:ledger-core/target/test-classes:$(cat ledger-core/target/cp.txt) \
 *     org.claimledger.bench.CheckpointBenchmark 1000000
 * </pre>
 *
 * The bench entries are not valid sources or claims (their bodies are a counter): only the tree is measured.
 */
public final class CheckpointBenchmark {
    private static final int BATCH = 10_000;
    private static final int PROOFS = 1000;
    private static final int MORE = 1000;

    private CheckpointBenchmark() {
    }

    /** Counts reads, so the O(log n) bound is measured rather than assumed. */
    private static final class CountingReader implements NodeReader {
        private final NodeReader nodes;
        long reads;

        CountingReader(NodeReader nodes) {
            this.nodes = nodes;
        }

        @Override
        public byte[] node(int level, long index) throws org.claimledger.merkle.TreeReadException {
            reads++;
            return nodes.node(level, index);
        }
    }

    public static void main(String[] args) throws Exception {
        long entries = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("claimledger-checkpoint-bench");
        String origin = "bench.example/claims";
        NamedKey ledgerKey = new NamedKey(origin, Ed25519PrivateKey.generate(new SecureRandom()));
        NamedKey editor = new NamedKey("bench.editor", Ed25519PrivateKey.generate(new SecureRandom()));
        LedgerLocation location = LedgerLocation.of(dir.resolve("bench").toString());
        System.out.printf("ledger %s, %d entries, %d cores, max heap %d MB%n", location.h2File(), entries,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        try (Ledger ledger = Ledger.create(location, origin, ledgerKey, Clock.systemUTC())) {
            ledger.enroll(ledgerKey, editor.name(), editor.publicKey());
            long start = System.nanoTime();
            while (ledger.store().size() < entries) {
                append(ledger, editor, Math.min(BATCH, entries - ledger.store().size()));
            }
            double buildSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("built in %.1f s (%.0f appends/s, one transaction per %d)%n", buildSeconds,
                    entries / buildSeconds, BATCH);
            report(ledger, entries, ledgerKey);
            append(ledger, editor, MORE);
            long start2 = System.nanoTime();
            Checkpoints.Signed second = Checkpoints.create(ledger, ledgerKey);
            System.out.printf("then %d more entries and a second checkpoint of %d entries: %.1f ms (anchored on the "
                    + "first: its stored border checked against its root, then only the new entries read)%n", MORE,
                    second.checkpoint().size(), (System.nanoTime() - start2) / 1e6);
        }
    }

    private static void append(Ledger ledger, NamedKey editor, long count) throws Exception {
        ledger.store().append(appender -> {
            Instant now = Instant.now();
            for (long i = 0; i < count; i++) {
                ObjectNode body = JsonNodeFactory.instance.objectNode().put("bench", appender.size());
                appender.append(EntryType.SOURCE, body, editor.key(), now, null);
            }
            return null;
        });
    }

    private static void report(Ledger ledger, long size, NamedKey ledgerKey) throws Exception {
        System.gc();
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        Checkpoints.Signed signed = Checkpoints.create(ledger, ledgerKey);
        double checkpointMillis = (System.nanoTime() - start) / 1e6;
        long heapAfter = usedHeap();
        CountingReader rootReads = new CountingReader(ledger.store().treeNodes());
        new MerkleTree(rootReads, size).root(size);
        System.out.printf("checkpoint of %d entries: %.1f ms, %d node reads, heap used %d MB before, %d MB after%n",
                signed.checkpoint().size(), checkpointMillis, rootReads.reads, heapBefore >> 20, heapAfter >> 20);
        System.out.print(signed.note().format());

        Random random = new Random(42);
        long[] seqs = new long[PROOFS];
        long[] olds = new long[PROOFS];
        for (int i = 0; i < PROOFS; i++) {
            seqs[i] = Math.floorMod(random.nextLong(), size);
            olds[i] = 1 + Math.floorMod(random.nextLong(), size);
        }
        start = System.nanoTime();
        for (long seq : seqs) {
            Proofs.inclusion(ledger, seq);
        }
        double served = (System.nanoTime() - start) / 1e6;
        CountingReader reads = new CountingReader(ledger.store().treeNodes());
        MerkleTree tree = new MerkleTree(reads, size);
        long most = 0;
        start = System.nanoTime();
        for (long seq : seqs) {
            long before = reads.reads;
            tree.inclusionProof(seq, size);
            most = Math.max(most, reads.reads - before);
        }
        double fromNodes = (System.nanoTime() - start) / 1e6;
        System.out.printf("%d random inclusion proofs: %.2f ms each from the stored nodes (%.1f node reads on average, %d at "
                + "most); %.2f ms each as 'prove' serves them (checkpoint opened, entry read, proof checked)%n", PROOFS,
                fromNodes / PROOFS, reads.reads / (double) PROOFS, most, served / PROOFS);

        start = System.nanoTime();
        for (long old : olds) {
            Proofs.consistency(ledger, old, size);
        }
        served = (System.nanoTime() - start) / 1e6;
        reads.reads = 0;
        most = 0;
        start = System.nanoTime();
        for (long old : olds) {
            long before = reads.reads;
            tree.consistencyProof(old, size);
            most = Math.max(most, reads.reads - before);
        }
        fromNodes = (System.nanoTime() - start) / 1e6;
        System.out.printf("%d random consistency proofs to %d: %.2f ms each from the stored nodes (%.1f node reads on "
                + "average, %d at most); %.2f ms each as 'prove --consistency' serves them%n", PROOFS, size,
                fromNodes / PROOFS, reads.reads / (double) PROOFS, most, served / PROOFS);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
