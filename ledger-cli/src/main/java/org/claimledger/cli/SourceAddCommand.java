package org.claimledger.cli;

import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.crypto.NamedKey;
import org.claimledger.entry.Entry;
import org.claimledger.failure.LedgerException;
import org.claimledger.ledger.Ledger;
import org.claimledger.ledger.SourceMetadata;
import org.claimledger.model.Language;
import org.claimledger.model.SourceText;
import org.claimledger.verify.Audit;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

@Command(name = "add", mixinStandardHelpOptions = true, description = "Register a source text: normalized (UTF-8, NFC, LF), hashed, stored, and recorded in a signed entry.")
final class SourceAddCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "FILE", description = "The source text, UTF-8.")
    String file;

    @Option(names = "--lang", required = true, paramLabel = "it|en", converter = LanguageCode.class,
            description = "The language the text is written in.")
    Language language;

    @Option(names = "--title", description = "The article's title.")
    String title;

    @Option(names = "--publisher", description = "Who published it.")
    String publisher;

    @Option(names = "--url", description = "Where it was published.")
    String url;

    @Option(names = "--published", paramLabel = "DATE", description = "When it was published, e.g. 2025-06-01.")
    String published;

    @Mixin
    LedgerOption ledger;

    @Mixin
    KeyOptions key;

    @Option(names = "--json", description = "Print the entry as JSON.")
    boolean json;

    SourceAddCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        SourceText text = Audit.readSource(context.path(file));
        try (Ledger opened = ledger.open(context)) {
            // Asked first so that an article already registered needs no key and no passphrase.
            Entry existing = opened.sourceEntry(text.id());
            Entry entry = existing != null ? existing
                    : opened.addSource(key.unlock(context), text, new SourceMetadata(title, publisher, url, published, language));
            if (json) {
                ObjectNode result = EntryText.toJson(entry);
                result.put("source", text.id());
                result.put("alreadyRegistered", existing != null);
                Json.print(context.out(), result);
            } else {
                context.out().println((existing != null ? "already registered by entry " : "entry ") + entry.seq()
                        + ": source " + text.id() + " (" + text.byteLength() + " bytes, " + language.code() + ")");
            }
        }
        return ExitCodes.OK;
    }

    /** --lang: a language code ClaimLedger reads, checked as the command line is read. */
    static final class LanguageCode implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            try {
                return Language.fromCode(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
