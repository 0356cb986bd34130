package org.claimledger.cli;

import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.crypto.KeyFile;
import org.claimledger.crypto.NamedKey;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.FileLimit;
import org.claimledger.note.Cosigner;
import org.claimledger.note.StrictBase64;
import org.claimledger.state.StateDirectory;
import org.claimledger.verify.TrustedKeys;
import org.claimledger.witness.Witness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "cosign", mixinStandardHelpOptions = true, description = {
        "Cosign a log's checkpoint as a witness, and print the cosignature line (c2sp.org/tlog-cosignature, "
                + "cosignature/v1) for the newsroom to add ('claimledger checkpoint cosign --add FILE').",
        "The checkpoint must be signed by a --log-key of its origin. The first checkpoint of a log is taken on first "
                + "use; each later one must come with the consistency proof from the size this witness last cosigned "
                + "('claimledger prove --consistency OLD NEW' on the newsroom's side). A smaller tree, another root at "
                + "the same size, or a proof that fails is refused (exit 17) and kept as evidence in the state "
                + "directory; a missing proof, or one from another size, is refused (exit 18) and changes nothing.",
        "The new checkpoint is recorded (forced to the disk) before the cosignature is printed, so a witness killed "
                + "at any moment never cosigns two inconsistent checkpoints."})
@ReadsEnvironment({EnvironmentVariable.CLAIMLEDGER_PASSPHRASE, EnvironmentVariable.CLAIMLEDGER_STATE,
        EnvironmentVariable.HOME})
final class WitnessCosignCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "CHECKPOINT", description = "The log's signed checkpoint (C2SP tlog-checkpoint).")
    String checkpoint;

    @Option(names = "--proof", paramLabel = "FILE",
            description = "The consistency proof from the size this witness last cosigned for the log to the "
                    + "checkpoint's ('claimledger consistency proof v1'); not needed the first time.")
    String proof;

    @Option(names = "--log-key", required = true, paramLabel = "FILE",
            description = "The logs' keys this witness accepts checkpoints from (vkey lines, as newsrooms publish them).")
    String logKey;

    @Option(names = "--key", required = true, paramLabel = "FILE", description = "The witness key file ('claimledger witness new').")
    String key;

    @Option(names = "--passphrase-file", paramLabel = "FILE",
            description = "Read the witness key's passphrase from the first line of FILE (else $" + Passphrases.ENV
                    + ", else a prompt).")
    String passphraseFile;

    @Option(names = "--state", paramLabel = "DIR",
            description = "The witness's state directory: the latest checkpoint cosigned for each log (witness/) and the "
                    + "refused ones (witness/evidence/). Default: $" + LedgerOption.STATE_ENV + ", else ~/.claimledger.")
    String state;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    WitnessCosignCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        TrustedKeys logKeys = TrustedKeys.read(context.path(logKey));
        byte[] note = CliFiles.read(context, checkpoint, "checkpoint", FileLimit.CHECKPOINT_FILE);
        byte[] proofBytes = proof == null ? null : CliFiles.read(context, proof, "proof", FileLimit.PROOF_FILE);
        NamedKey witnessKey = KeyOptions.unlock(context, key, passphraseFile, KeyFile.Kind.WITNESS);
        Witness witness = new Witness(new StateDirectory(LedgerOption.statePath(context, state)), context.clock());
        Witness.Cosigned cosigned = witness.cosign(new Witness.Submission(checkpoint, note, proof, proofBytes),
                logKeys.keys(), new Cosigner(witnessKey.name(), witnessKey.key()));
        String line = cosigned.cosignature().line();
        long size = cosigned.checkpoint().size();
        String origin = cosigned.checkpoint().origin();
        String root = StrictBase64.encode(cosigned.checkpoint().root());
        Long previous = cosigned.previous() == null ? null : cosigned.previous().size();
        if (json) {
            ObjectNode result = Json.object();
            result.put("cosignature", line);
            result.put("witness", witnessKey.name());
            result.put("origin", origin);
            result.put("size", size);
            result.put("root", root);
            result.put("timestamp", cosigned.timestamp());
            result.put("previousSize", previous);
            Json.print(context.out(), result);
        } else {
            context.out().println(line);
            context.err().println(witnessKey.name() + " cosigned checkpoint " + size + " of " + origin + " (root " + root
                    + "); " + (previous == null ? "the first of this log it has seen, taken on first use"
                            : previous == size ? "the one it had cosigned already"
                            : "it extends checkpoint " + previous + ", the last one it cosigned")
                    + "; recorded in " + witness.state().fileFor(origin));
        }
        return ExitCodes.OK;
    }
}
