package org.claimledger.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.merkle.ProofException;
import org.claimledger.note.VerifierKey;
import org.claimledger.verify.ProofCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inclusion proofs (C2SP tlog-proof) and consistency proofs, fuzzed: a proof that verifies proves only the truth
 * (the leaf at its own index, the one pair of trees), everything else is an invalid proof or malformed input.
 * Then both kinds through verify-proof on the real command line.
 */
class ProofFuzzTest {
    private static final List<Integer> PROVEN = List.of(2, 4);

    @TempDir
    Path dir;

    @Test
    void inclusion_verifiesOnlyTheLeafAtItsIndex() {
        Mutations mutations = new Mutations(GoldenTree.files(GoldenTree.PROOFS, ".tlog-proof"));
        List<VerifierKey> trusted = List.of(GoldenTree.trusted());
        byte[] root = GoldenTree.root(GoldenTree.SIZE);
        Fuzz.run("inclusion-proof", Fuzz.cases(2_000), mutations::next, (input, random) -> {
            for (int index = 0; index < GoldenTree.SIZE; index++) {
                try {
                    ProofCheck.Included included = ProofCheck.inclusion(input, GoldenTree.leaf(index), trusted, null);
                    Fuzz.expect(included.index() == index && PROVEN.contains(index)
                            && included.checkpoint().size() == GoldenTree.SIZE
                            && Arrays.equals(included.checkpoint().root(), root),
                            "a proof verified leaf " + index + " at index " + included.index());
                } catch (ProofException | LedgerException e) {
                    refused(e);
                }
            }
        });
    }

    @Test
    void consistency_verifiesOnlyTheGoodProofs() {
        List<byte[]> good = List.of(read("good_consistency_3_to_5.txt"), read("good_consistency_4_to_5.txt"));
        Mutations mutations = new Mutations(GoldenTree.files(GoldenTree.PROOFS, ".txt"));
        List<VerifierKey> trusted = List.of(GoldenTree.trusted());
        byte[][] checkpoints = new byte[GoldenTree.SIZE + 1][];
        for (int size = 1; size <= GoldenTree.SIZE; size++) {
            checkpoints[size] = GoldenTree.checkpoint(size);
        }
        Fuzz.run("consistency-proof", Fuzz.cases(4_000), mutations::next, (input, random) -> {
            String text = new String(input, StandardCharsets.UTF_8);
            int older = 1 + random.nextInt(GoldenTree.SIZE);
            int newer = older + random.nextInt(GoldenTree.SIZE - older + 1);
            try {
                ProofCheck.consistency(text, checkpoints[older], checkpoints[newer], trusted, List.of(), null);
                Fuzz.expect(older == newer || good.stream().anyMatch(g -> Arrays.equals(g, input)),
                        "a changed proof verified from " + older + " to " + newer);
            } catch (ProofException | LedgerException e) {
                refused(e);
            }
        });
    }

    @Test
    void verifyProof_throughTheCommandLine_exitsValidInvalidOrBadInput() throws Exception {
        Mutations mutations = new Mutations(GoldenTree.files(GoldenTree.PROOFS, ""));
        Files.writeString(dir.resolve("trusted.vkey"), GoldenTree.trusted().format() + "\n");
        Files.write(dir.resolve("leaf"), GoldenTree.leaf(2));
        Files.write(dir.resolve("old"), GoldenTree.checkpoint(3));
        Files.write(dir.resolve("new"), GoldenTree.checkpoint(5));
        Cli cli = new Cli(dir);
        Fuzz.run("proof-cli", Fuzz.cases(100), mutations::next, (input, random) -> {
            Files.write(dir.resolve("fuzz.proof"), input);
            Cli.Result result = cli.run("verify-proof", "fuzz.proof", "--leaf", "leaf", "--old", "old", "--new", "new",
                    "--trust", "trusted.vkey");
            Fuzz.assertOutcome(result, Set.of(0, 1, 3, 6));
        });
    }

    /** A proof that does not verify is an invalid proof, or malformed input; either way one short line. */
    private static void refused(Exception e) {
        if (e instanceof LedgerException refusal) {
            Fuzz.expect(refusal.failure() == Failure.MALFORMED_INPUT, refusal.failure() + ": " + e.getMessage());
        }
        Fuzz.assertMessage(e.getMessage());
    }

    private static byte[] read(String name) {
        try {
            return Files.readAllBytes(GoldenTree.PROOFS.resolve(name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
