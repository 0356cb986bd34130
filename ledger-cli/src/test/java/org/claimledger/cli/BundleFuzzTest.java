package org.claimledger.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.claimledger.bundle.BundleFeed;
import org.claimledger.entry.Entry;
import org.claimledger.entry.MalformedEntryException;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.verify.Audit;
import org.claimledger.verify.PinStore;
import org.claimledger.verify.TrustedKeys;
import org.claimledger.verify.VerifyReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Audit bundles and the entries in them, fuzzed: one file of a real bundle is damaged per case (the manifest,
 * the entries, a source, a checkpoint) or the layout changed. Verify must report or refuse, never crash, and a
 * bundle whose entries or source texts changed must never verify clean. Then verify --bundle on the real
 * command line.
 */
class BundleFuzzTest {
    private static final Set<Failure> REFUSALS = Set.of(Failure.MALFORMED_INPUT, Failure.STORAGE, Failure.NOT_A_LEDGER);

    @TempDir
    Path dir;

    /** One damaged bundle, described by the file it changed and how. */
    private record Damage(String file, byte[] before, byte[] after) {
        boolean changedSignedData() {
            return (file.equals("entries.jsonl") || file.startsWith("sources/")) && !Arrays.equals(before, after);
        }
    }

    @Test
    void verifyBundle_reportsOrRefusesEveryDamage_andNeverPassesChangedEntriesOrSources() throws Exception {
        SeededLedger seeded = SeededLedger.shared();
        TrustedKeys trusted = TrustedKeys.read(seeded.path("ledger.vkey"));
        BundleDamage damage = new BundleDamage(seeded.bundle());
        Fuzz.run("bundle", Fuzz.cases(600), random -> damage.seed(random), (input, random) -> {
            Path bundle = dir.resolve("bundle");
            Damage done = damage.apply(bundle, random);
            try {
                VerifyReport report = Audit.run(BundleFeed.open(bundle),
                        new Audit.Request(trusted, new PinStore(dir.resolve("state")), null, null));
                Fuzz.expect(!(report.clean() && done.changedSignedData()), "verify passed a bundle whose " + done.file()
                        + " changed");
            } catch (LedgerException e) {
                Fuzz.expect(REFUSALS.contains(e.failure()), e.failure() + ": " + e.getMessage());
                Fuzz.assertMessage(e.getMessage());
            } finally {
                BundleDamage.delete(bundle);
                BundleDamage.delete(dir.resolve("state"));
            }
        });
    }

    @Test
    void verifyBundle_throughTheCommandLine_exitsCleanFoundOrRefused() throws Exception {
        SeededLedger seeded = SeededLedger.shared();
        Files.copy(seeded.path("ledger.vkey"), dir.resolve("ledger.vkey"));
        BundleDamage damage = new BundleDamage(seeded.bundle());
        Cli cli = new Cli(dir);
        Fuzz.run("bundle-cli", Fuzz.cases(60), random -> damage.seed(random), (input, random) -> {
            Path bundle = dir.resolve("bundle");
            Damage done = damage.apply(bundle, random);
            try {
                Cli.Result result = cli.run("verify", "--bundle", "bundle", "--trust", "ledger.vkey", "--state", "state");
                Fuzz.assertOutcome(result, Set.of(0, 1, 3, 10, 12));
                Fuzz.expect(!(result.code() == 0 && done.changedSignedData()), "exit 0 for a bundle whose "
                        + done.file() + " changed");
            } finally {
                BundleDamage.delete(bundle);
                BundleDamage.delete(dir.resolve("state"));
            }
        });
    }

    @Test
    void entryParse_acceptsOnlyCanonicalEnvelopes_orSaysWhatIsWrong() throws Exception {
        List<byte[]> leaves = Files.readAllLines(SeededLedger.shared().bundle().resolve("entries.jsonl")).stream()
                .map(line -> line.getBytes(StandardCharsets.UTF_8)).toList();
        Mutations mutations = new Mutations(leaves);
        Fuzz.run("entry", Fuzz.cases(4_000), mutations::next, (input, random) -> {
            try {
                Entry entry = Entry.parse(input);
                Fuzz.expect(Arrays.equals(entry.leaf(), input), "an entry is its exact leaf bytes");
            } catch (MalformedEntryException e) {
                Fuzz.assertMessage(e.getMessage());
            }
        });
    }

    /** Copies the bundle and damages one thing in the copy; the random choices come from the case's seed. */
    private static final class BundleDamage {
        private final Path original;
        private final List<String> files;
        private final Mutations[] mutations;

        BundleDamage(Path original) {
            this.original = original;
            try (Stream<Path> all = Files.walk(original)) {
                this.files = all.filter(Files::isRegularFile).map(p -> original.relativize(p).toString()).sorted().toList();
                this.mutations = new Mutations[files.size()];
                for (int i = 0; i < files.size(); i++) {
                    mutations[i] = new Mutations(List.of(Files.readAllBytes(original.resolve(files.get(i)))));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The generator's output is only a marker: the damage is chosen again, from the same seed, in apply. */
        byte[] seed(Random random) {
            return new byte[0];
        }

        Damage apply(Path bundle, Random random) throws IOException {
            try (Stream<Path> all = Files.walk(original)) {
                for (Path from : all.toList()) {
                    Files.copy(from, bundle.resolve(original.relativize(from).toString()));
                }
            }
            int roll = random.nextInt(100);
            if (roll < 5) {
                String file = files.get(random.nextInt(files.size()));
                Files.delete(bundle.resolve(file));
                return new Damage(file, new byte[] {1}, new byte[0]);
            }
            if (roll < 8) {
                String extra = random.nextBoolean() ? "sources/" + "0".repeat(64) + ".txt" : "checkpoints/7.txt";
                Files.write(bundle.resolve(extra), Mutations.randomText(random));
                return new Damage(extra, new byte[0], new byte[0]);
            }
            int index = roll < 55 ? files.indexOf("entries.jsonl") : random.nextInt(files.size());
            String file = files.get(index);
            byte[] before = Files.readAllBytes(bundle.resolve(file));
            byte[] after = mutations[index].next(random);
            Files.write(bundle.resolve(file), after);
            return new Damage(file, before, after);
        }

        static void delete(Path root) throws IOException {
            if (!Files.exists(root)) {
                return;
            }
            try (Stream<Path> all = Files.walk(root)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
