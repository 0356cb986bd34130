package org.claimledger.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.claimledger.claims.ClaimsFile;
import org.claimledger.entry.Entry;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.FileLimit;
import org.claimledger.ledger.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sign", mixinStandardHelpOptions = true, description = "Sign every claim of a claims file into the ledger, all or nothing.")
final class SignCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "CLAIMS-FILE", description = "A claims file (see SPEC.md; claimledger extract writes one).")
    String file;

    @Option(names = "--source", paramLabel = "ID", description = "The source the claims quote (default: the file's \"source\").")
    String source;

    @Mixin
    LedgerOption ledger;

    @Mixin
    KeyOptions key;

    @Option(names = "--json", description = "Print the new entries as JSON.")
    boolean json;

    SignCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        ClaimsFile claims = readClaimsFile(context, file);
        try (Ledger opened = ledger.open(context)) {
            List<Entry> entries = opened.signClaims(key.unlock(context), claims, source,
                    ProgressBar.on(context, "sign", 2L * claims.claims().size()));
            EntryText.printAppended(context, json, entries, "signed " + entries.size() + " claims as entries "
                    + entries.get(0).seq() + " to " + entries.get(entries.size() - 1).seq());
        }
        return ExitCodes.OK;
    }

    static ClaimsFile readClaimsFile(CliContext context, String file) throws LedgerException {
        Path path = context.path(file);
        byte[] bytes;
        try {
            bytes = FileLimit.CLAIMS_FILE.read(path);
        } catch (NoSuchFileException e) {
            throw new LedgerException(Failure.UNREADABLE_INPUT, "claims file " + file + " does not exist");
        } catch (IOException e) {
            throw new LedgerException(Failure.UNREADABLE_INPUT, "claims file " + file + " cannot be read: " + e.getMessage());
        }
        return ClaimsFile.read(bytes, file);
    }
}
