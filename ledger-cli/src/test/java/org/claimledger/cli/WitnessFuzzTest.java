package org.claimledger.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.note.CosignerKey;
import org.claimledger.verify.WitnessKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The witnesses' formats, fuzzed: a witness list reads as the keys its lines name or is refused as malformed input;
 * cosignature lines given to {@code checkpoint cosign --add} are stored only when a listed witness made them on a
 * stored checkpoint, and are otherwise refused with one line, the ledger unchanged.
 */
class WitnessFuzzTest {
    @TempDir
    static Path template;

    @TempDir
    Path dir;

    private static String list;
    private static String cosignature;

    @BeforeAll
    static void aCheckpointCosignedByOneOfTwoWitnesses() throws Exception {
        Cli cli = SeededLedger.shared().copyTo(template);
        cli.ok("checkpoint", "--ledger", "news", "--ledger-key", "ledger.key", "--out", "cp20.txt");
        StringBuilder witnesses = new StringBuilder("# the witnesses\n");
        for (String w : new String[] {"w1", "w2"}) {
            cli.ok("witness", "new", "--name", "witness.example/" + w, "--out", w + ".key");
            witnesses.append(cli.ok("key", "vkey", w + ".key").out());
        }
        list = witnesses.toString();
        Files.writeString(template.resolve("witnesses.txt"), list);
        cosignature = cli.ok("witness", "cosign", "cp20.txt", "--log-key", "ledger.vkey", "--key", "w1.key",
                "--state", "w1").out();
    }

    @Test
    void witnessList_readsAsTheKeysItsLinesName_orIsRefused() throws Exception {
        Mutations mutations = Mutations.ofText(list, list + "\n\n# end\n");
        Path file = dir.resolve("fuzz.txt");
        Fuzz.run("witness-list", Fuzz.cases(2_000), mutations::next, (input, random) -> {
            Files.write(file, input);
            Integer quorum = random.nextInt(4) == 0 ? null : random.nextInt(4) - 1;
            WitnessKeys keys;
            try {
                keys = WitnessKeys.read(file, quorum);
            } catch (LedgerException e) {
                Fuzz.expect(Set.of(Failure.MALFORMED_INPUT, Failure.UNREADABLE_INPUT, Failure.INVALID_REQUEST)
                        .contains(e.failure()), "failure " + e.failure() + ": " + e.getMessage());
                Fuzz.assertMessage(e.getMessage());
                return;
            }
            String text = new String(input, StandardCharsets.UTF_8);
            for (CosignerKey key : keys.keys()) {
                Fuzz.expect(text.lines().map(String::strip).anyMatch(line -> {
                    try {
                        return CosignerKey.parse(line).equals(key);
                    } catch (Exception notAKey) {
                        return false;
                    }
                }), "every key read is one a line names: " + key.label());
            }
            Fuzz.expect(keys.quorum() >= 1 && keys.quorum() <= keys.keys().size(), "a quorum the list can meet");
        });
    }

    @Test
    void cosignAdd_throughTheCommandLine_storesOnlyAListedWitnessesLine_orRefusesWithOneLine() throws Exception {
        Mutations mutations = Mutations.ofText(cosignature, cosignature + "\n" + cosignature);
        SeededLedger.copyFiles(template, dir);
        Cli cli = new Cli(dir);
        Fuzz.run("cosign-add-cli", Fuzz.cases(60), mutations::next, (input, random) -> {
            Files.write(dir.resolve("fuzz.cosig"), input);
            Cli.Result result = cli.run("checkpoint", "cosign", "--ledger", "news", "--add", "fuzz.cosig",
                    "--witnesses", "witnesses.txt");
            Fuzz.assertOutcome(result, Set.of(0, 3, 6, 9));
            if (result.code() == 0) {
                Fuzz.expect(new String(input, StandardCharsets.UTF_8).contains(cosignature.strip()),
                        "stored only what the witness signed: " + result.out());
            }
        });
        Files.writeString(dir.resolve("genuine.cosig"), cosignature);
        cli.ok("checkpoint", "cosign", "--ledger", "news", "--add", "genuine.cosig", "--witnesses", "witnesses.txt");
        Cli.Result verified = cli.run("verify", "--ledger", "news", "--trust", "ledger.vkey", "--state", "auditor",
                "--witnesses", "witnesses.txt", "--quorum", "1");
        Fuzz.assertOutcome(verified, Set.of(0));
    }
}
