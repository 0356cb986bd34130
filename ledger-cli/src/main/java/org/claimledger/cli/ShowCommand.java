package org.claimledger.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

import org.claimledger.crypto.Hex;
import org.claimledger.entry.ClaimBody;
import org.claimledger.entry.Entry;
import org.claimledger.entry.EntryType;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.Excerpt;
import org.claimledger.json.FieldException;
import org.claimledger.json.JsonFields;
import org.claimledger.ledger.ClaimHistory;
import org.claimledger.ledger.Ledger;
import org.claimledger.ledger.RegisteredSource;
import org.claimledger.model.Claim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, description = {
        "Show one entry in full; --leaf prints its exact leaf bytes (what proofs commit to).",
        "A claim or correction is also shown in its source: the quote in the passage around it, with the quote, its "
                + "figures and its attribution marked (bold and underline on a terminal unless $NO_COLOR is set; "
                + "brackets otherwise)."})
final class ShowCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "SEQ", description = "The entry's sequence number.")
    long seq;

    @Mixin
    LedgerOption ledger;

    @Option(names = "--json", description = "Print the entry as JSON.")
    boolean json;

    @Option(names = "--leaf", description = "Print the exact leaf bytes and nothing else (no trailing newline).")
    boolean leaf;

    ShowCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        try (Ledger opened = ledger.openReadOnly(context)) {
            Entry entry = opened.entry(seq);
            if (leaf) {
                context.out().print(new String(entry.leaf(), StandardCharsets.UTF_8));
            } else if (json) {
                Json.print(context.out(), EntryText.toJson(entry));
            } else {
                var keys = opened.keys();
                context.out().println("entry   " + entry.seq());
                context.out().println("type    " + entry.typeCode());
                context.out().println("time    " + entry.time());
                context.out().println("signer  " + EntryText.signerName(entry, keys) + " (" + entry.signer() + ")");
                context.out().println("hash    " + Hex.encode(entry.hash()));
                context.out().println("prev    " + entry.prev());
                context.out().println("summary " + EntryText.what(entry));
                if (entry.type() == EntryType.CLAIM || entry.type() == EntryType.CORRECTION) {
                    printInSource(opened, entry);
                }
                context.out().println("body");
                Json.print(context.out(), entry.body());
            }
        }
        return ExitCodes.OK;
    }

    /** The claim in its source; a damaged entry or source text is verify's to report, so it only says so here. */
    private void printInSource(Ledger opened, Entry entry) throws LedgerException {
        Claim claim;
        try {
            claim = ClaimBody.fromJson(JsonFields.of(ClaimHistory.versionOf(entry.body()), "/body"));
        } catch (FieldException e) {
            context.out().println("source  (cannot be shown: " + e.getMessage() + "; run 'claimledger verify')");
            return;
        }
        RegisteredSource source;
        try {
            source = opened.source(claim.sourceId());
        } catch (LedgerException e) {
            if (e.failure() != Failure.NOT_FOUND && e.failure() != Failure.STORAGE) {
                throw e;
            }
            context.out().println("source  " + claim.sourceId() + " (cannot be shown: " + e.getMessage() + ")");
            return;
        }
        String title = source.record().title();
        context.out().println("source  " + claim.sourceId().substring(0, 12)
                + (title == null ? "" : " \"" + Excerpt.of(title) + "\"")
                + " (" + source.record().language().code() + "), registered by entry " + source.seq());
        QuoteInContext.Marks marks = context.styled() ? QuoteInContext.Marks.TERMINAL : QuoteInContext.Marks.BRACKETS;
        List<String> lines;
        try {
            lines = QuoteInContext.lines(source.text(), claim, marks);
        } catch (IllegalArgumentException e) {
            context.out().println("context (cannot be shown: " + e.getMessage() + "; run 'claimledger verify')");
            return;
        }
        context.out().println("context " + marks.legend);
        lines.forEach(line -> context.out().println("    " + line));
    }
}
