package org.claimledger.cli;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.Excerpt;
import org.claimledger.input.FileLimit;
import org.claimledger.merkle.ConsistencyProof;
import org.claimledger.merkle.ProofException;
import org.claimledger.merkle.TlogProof;
import org.claimledger.note.VerifierKey;
import org.claimledger.verify.ProofCheck;
import org.claimledger.verify.TrustedKeys;
import org.claimledger.verify.WitnessKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify-proof", mixinStandardHelpOptions = true, description = {
        "Check a proof with no database.",
        "An inclusion proof (tlog-proof@v1 file from 'prove N'): --leaf FILE with the entry's exact leaf bytes; the "
                + "proof's checkpoint must be signed by a --trust key and the leaf must be at the proof's index in its tree.",
        "A consistency proof (from 'prove --consistency'): --old and --new signed checkpoints; the older tree must be "
                + "a prefix of the newer. An older checkpoint signed by a ledger key replaced since opens with --old-trust.",
        "With --witnesses FILE, the proof's checkpoint (or the newer one) must also carry valid cosignatures from "
                + "--quorum K of the listed witnesses.",
        "Exit 0 only when the proof is valid, 1 when it is not."})
final class VerifyProofCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROOF", description = "The proof file.")
    String proofFile;

    @Option(names = "--trust", required = true, paramLabel = "FILE",
            description = "The trusted ledger keys (C2SP vkey lines, as the newsroom publishes them).")
    String trust;

    @Option(names = "--old-trust", paramLabel = "FILE", description = "Ledger keys replaced since, which may have "
            + "signed the older checkpoint of a consistency proof and nothing else. Keep a replaced key out of --trust: "
            + "there it would be trusted to sign any note, which is what whoever stole it would forge.")
    String oldTrust;

    @Option(names = "--leaf", paramLabel = "FILE", description = "The entry's exact leaf bytes (for an inclusion proof).")
    String leaf;

    @Option(names = "--old", paramLabel = "FILE", description = "The older signed checkpoint (for a consistency proof).")
    String oldCheckpoint;

    @Option(names = "--new", paramLabel = "FILE", description = "The newer signed checkpoint (for a consistency proof).")
    String newCheckpoint;

    @Option(names = "--origin", paramLabel = "NAME", description = "The log's origin (default: the trusted keys' name).")
    String origin;

    @Mixin
    WitnessOptions witnesses;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    VerifyProofCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        TrustedKeys trusted = TrustedKeys.read(context.path(trust));
        WitnessKeys witnessKeys = witnesses.read(context);
        byte[] proof = CliFiles.read(context, proofFile, "proof file", FileLimit.PROOF_FILE);
        String firstLine = firstLine(proof);
        ObjectNode result = Json.object();
        String verdict;
        try {
            if (firstLine.equals(TlogProof.HEADER)) {
                result.put("kind", "inclusion");
                byte[] leafBytes = CliFiles.read(context, required(leaf, "--leaf FILE", "an inclusion proof"), "leaf file",
                        FileLimit.LEAF_FILE);
                ProofCheck.Included included = ProofCheck.inclusion(proof, leafBytes, trusted.keys(), origin);
                result.put("index", included.index());
                result.put("treeSize", included.checkpoint().size());
                result.put("root", Base64.getEncoder().encodeToString(included.checkpoint().root()));
                verdict = "entry " + included.index() + " is in the tree of " + included.checkpoint().size()
                        + " entries of " + included.checkpoint().origin() + " (root "
                        + Base64.getEncoder().encodeToString(included.checkpoint().root()) + "), signed by a key in "
                        + trust + witnessed(included.note().bytes(), witnessKeys, "proof's");
            } else if (firstLine.equals(ConsistencyProof.HEADER)) {
                result.put("kind", "consistency");
                byte[] older = CliFiles.read(context, required(oldCheckpoint, "--old FILE", "a consistency proof"), "old checkpoint",
                        FileLimit.CHECKPOINT_FILE);
                byte[] newer = CliFiles.read(context, required(newCheckpoint, "--new FILE", "a consistency proof"), "new checkpoint",
                        FileLimit.CHECKPOINT_FILE);
                List<VerifierKey> olderOnly = oldTrust == null ? List.of() : TrustedKeys.read(context.path(oldTrust)).keys();
                ProofCheck.consistency(new String(proof, StandardCharsets.UTF_8), older, newer, trusted.keys(), olderOnly,
                        origin);
                verdict = "the checkpoint " + oldCheckpoint + " is a prefix of " + newCheckpoint
                        + ": the log only grew between them" + witnessed(newer, witnessKeys, "new");
            } else {
                throw new LedgerException(Failure.MALFORMED_INPUT, proofFile + " is not a proof file: its first line is \""
                        + Excerpt.of(firstLine) + "\", expected \"" + TlogProof.HEADER + "\" or \"" + ConsistencyProof.HEADER + "\"");
            }
        } catch (ProofException e) {
            print(result, false, e.getMessage());
            return ExitCodes.VERIFY_FAILED;
        }
        print(result, true, verdict);
        return ExitCodes.OK;
    }

    /** The quorum's verdict on the checkpoint, as a clause of the verdict; none when no witnesses are listed. */
    private static String witnessed(byte[] note, WitnessKeys witnessKeys, String which)
            throws LedgerException, ProofException {
        if (witnessKeys == null) {
            return "";
        }
        return "; witnessed: " + ProofCheck.witnessed(note, witnessKeys, which).describe();
    }

    private void print(ObjectNode result, boolean valid, String message) {
        if (json) {
            result.put("valid", valid);
            result.put("message", message);
            Json.print(context.out(), result);
        } else {
            context.out().println((valid ? "proof OK: " : "proof INVALID: ") + message);
        }
    }

    private String required(String value, String option, String kind) {
        if (value == null) {
            throw new ParameterException(spec.commandLine(), "checking " + kind + " needs " + option);
        }
        return value;
    }

    private static String firstLine(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
