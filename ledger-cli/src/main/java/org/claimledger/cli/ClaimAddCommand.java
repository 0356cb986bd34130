package org.claimledger.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.claimledger.claims.ClaimDraft;
import org.claimledger.entry.Entry;
import org.claimledger.failure.LedgerException;
import org.claimledger.json.JsonFields;
import org.claimledger.ledger.Ledger;
import org.claimledger.model.AttributionKind;
import org.claimledger.model.Qualifier;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

@Command(name = "add", mixinStandardHelpOptions = true, description = "Sign one claim: a quote from a registered source, its figures and its attribution.")
final class ClaimAddCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--source", required = true, paramLabel = "ID", description = "The source id (or 8+ digit prefix).")
    String source;

    @Option(names = "--quote", required = true, description = "The exact passage of the source the claim rests on.")
    String quote;

    @Option(names = "--occurrence", paramLabel = "N", description = "Which occurrence of the quote, when it occurs more than once (1-based).")
    Integer occurrence;

    @Option(names = "--statement", description = "The claim in the editor's words (optional).")
    String statement;

    static final class FigureOptions {
        @Option(names = "--figure", required = true, paramLabel = "TEXT", description = "A figure as written in the quote, e.g. \"9 milioni\". Repeat for more figures; the options after it belong to it.")
        String text;

        @Option(names = "--value", required = true, paramLabel = "DECIMAL", converter = DecimalText.class, description = "The figure's exact value, e.g. 9000000.")
        String value;

        @Option(names = "--upper", paramLabel = "DECIMAL", converter = DecimalText.class, description = "The upper end, for ranges.")
        String upper;

        @Option(names = "--unit", description = "What it counts, e.g. \"colpi di artiglieria\".")
        String unit;

        @Option(names = "--qualifier", paramLabel = "QUALIFIER", converter = QualifierCode.class,
                description = "exactly (default), at-least, more-than, about, nearly, up-to, at-most, less-than.")
        Qualifier qualifier;

        @Option(names = "--period", description = "The time it is scoped to, e.g. \"nel 2024\".")
        String period;
    }

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<FigureOptions> figures = new ArrayList<>();

    static final class AttributionOptions {
        @Option(names = "--who", required = true, description = "Who says it, resolved: e.g. \"Sergei Shoigu\".")
        String who;

        @Option(names = "--kind", required = true, paramLabel = "KIND", converter = AttributionKindCode.class,
                description = "person, organization, document or publication.")
        AttributionKind kind;

        @Option(names = "--cue", description = "The reporting cue, e.g. \"ha affermato\".")
        String cue;

        @Option(names = "--attribution-text", required = true, paramLabel = "TEXT", description = "The exact passage that attributes, e.g. \"ha detto Shoigu\".")
        String text;
    }

    @ArgGroup(exclusive = false)
    AttributionOptions attribution;

    @Mixin
    LedgerOption ledger;

    @Mixin
    KeyOptions key;

    @Option(names = "--json", description = "Print the entry as JSON.")
    boolean json;

    ClaimAddCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        ClaimDraft draft = new ClaimDraft("", quote, occurrence, null, statement, figureDrafts(figures),
                attributionDraft(attribution));
        try (Ledger opened = ledger.open(context)) {
            Entry entry = opened.signClaim(key.unlock(context), source, draft);
            EntryText.printAppended(context, json, entry, "signed claim " + entry.seq() + ": "
                    + EntryText.claimSummary(entry.body()));
        }
        return ExitCodes.OK;
    }

    /** The figures given on the command line, as drafts (claim correct takes the same options). */
    static List<ClaimDraft.FigureDraft> figureDrafts(List<FigureOptions> figures) {
        List<ClaimDraft.FigureDraft> figureDrafts = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            FigureOptions figure = figures.get(i);
            figureDrafts.add(new ClaimDraft.FigureDraft("/figures/" + i, figure.text, figure.value, figure.upper,
                    figure.unit, figure.qualifier == null ? Qualifier.EXACTLY : figure.qualifier, figure.period, null, null));
        }
        return figureDrafts;
    }

    /** The attribution given on the command line, or null. */
    static ClaimDraft.AttributionDraft attributionDraft(AttributionOptions attribution) {
        if (attribution == null) {
            return null;
        }
        return new ClaimDraft.AttributionDraft("/attribution", attribution.who, attribution.kind, attribution.cue,
                attribution.text, null);
    }

    /** --value and --upper: a plain decimal, checked as the command line is read (a wrong one is a usage error). */
    static final class DecimalText implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!JsonFields.isDecimal(value)) {
                throw new TypeConversionException("must be a plain decimal such as 9000000 or 1.5, got '" + value + "'");
            }
            return value;
        }
    }

    static final class QualifierCode implements ITypeConverter<Qualifier> {
        @Override
        public Qualifier convert(String value) {
            try {
                return Qualifier.fromCode(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class AttributionKindCode implements ITypeConverter<AttributionKind> {
        @Override
        public AttributionKind convert(String value) {
            try {
                return AttributionKind.fromCode(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
