package org.claimledger.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.failure.LedgerException;
import org.claimledger.ledger.Ledger;
import org.claimledger.ledger.Proofs;
import org.claimledger.merkle.ConsistencyProof;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "prove", mixinStandardHelpOptions = true, description = {
        "prove N: the inclusion proof of entry N against the latest checkpoint, as a C2SP tlog-proof@v1 file "
                + "(with --out FILE, the entry's exact leaf bytes go to FILE.leaf, or to --leaf-out).",
        "prove --consistency OLD_SIZE [NEW_SIZE]: the RFC 9162 consistency proof between two tree sizes "
                + "(NEW_SIZE defaults to the latest checkpoint's), in the text form 'claimledger consistency proof v1'.",
        "Proofs are read from stored tree nodes (O(log n) reads) and checked against the signed checkpoints first.",
        "Check them with no database: 'claimledger verify-proof'."})
final class ProveCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "N|NEW_SIZE",
            description = "The entry to prove; with --consistency, the new tree size.")
    Long number;

    @Option(names = "--consistency", paramLabel = "OLD_SIZE", description = "Prove that the tree of OLD_SIZE entries is a prefix of the newer one.")
    Long oldSize;

    @Mixin
    LedgerOption ledger;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the proof to FILE instead of stdout.")
    String out;

    @Option(names = "--leaf-out", paramLabel = "FILE", description = "Write the entry's exact leaf bytes to FILE (default with --out: FILE.leaf).")
    String leafOut;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    ProveCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        if (oldSize == null && number == null) {
            throw new ParameterException(spec.commandLine(), "give the entry N to prove, or --consistency OLD_SIZE [NEW_SIZE]");
        }
        try (Ledger opened = ledger.openReadOnly(context)) {
            return oldSize != null ? consistency(opened) : inclusion(opened);
        }
    }

    private int inclusion(Ledger opened) throws LedgerException {
        if (leafOut == null && out != null) {
            leafOut = out + ".leaf";
        }
        Proofs.Inclusion inclusion = Proofs.inclusion(opened, number);
        String proof = inclusion.proof().format();
        Path proofFile = out == null ? null : CliFiles.write(context, out, inclusion.proof().bytes(), "proof");
        Path leafFile = leafOut == null ? null : CliFiles.write(context, leafOut, inclusion.leaf(), "leaf");
        long size = inclusion.checkpoint().checkpoint().size();
        String what = "inclusion proof of entry " + number + " in the checkpoint of " + size + " entries ("
                + inclusion.proof().hashes().size() + " hashes)";
        if (json) {
            ObjectNode result = Json.object();
            result.put("index", number);
            result.put("treeSize", size);
            result.put("root", Base64.getEncoder().encodeToString(inclusion.checkpoint().checkpoint().root()));
            result.put("proof", proof);
            result.put("proofFile", proofFile == null ? null : proofFile.toString());
            result.put("leaf", new String(inclusion.leaf(), StandardCharsets.UTF_8));
            result.put("leafFile", leafFile == null ? null : leafFile.toString());
            Json.print(context.out(), result);
        } else if (proofFile != null) {
            context.out().println(what + " written to " + proofFile);
            context.out().println("its leaf bytes (" + inclusion.leaf().length + " bytes) written to " + leafFile);
        } else {
            context.out().print(proof);
            context.err().println(what + (leafFile != null ? "; leaf bytes written to " + leafFile
                    : "; the leaf bytes: 'claimledger show " + number + " --leaf' or --leaf-out FILE"));
        }
        return ExitCodes.OK;
    }

    private int consistency(Ledger opened) throws LedgerException {
        ConsistencyProof proof = Proofs.consistency(opened, oldSize, number);
        String text = proof.format();
        Path proofFile = out == null ? null : CliFiles.write(context, out, text.getBytes(StandardCharsets.UTF_8), "proof");
        String what = "consistency proof from " + proof.oldSize() + " to " + proof.newSize() + " entries ("
                + proof.hashes().size() + " hashes)";
        if (json) {
            ObjectNode result = Json.object();
            result.put("oldSize", proof.oldSize());
            result.put("newSize", proof.newSize());
            result.put("proof", text);
            result.put("proofFile", proofFile == null ? null : proofFile.toString());
            Json.print(context.out(), result);
        } else if (proofFile != null) {
            context.out().println(what + " written to " + proofFile);
        } else {
            context.out().print(text);
            context.err().println(what);
        }
        return ExitCodes.OK;
    }
}
