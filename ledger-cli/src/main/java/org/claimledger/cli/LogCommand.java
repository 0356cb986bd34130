package org.claimledger.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import org.claimledger.entry.Entry;
import org.claimledger.entry.EntryTime;
import org.claimledger.entry.EntryType;
import org.claimledger.failure.LedgerException;
import org.claimledger.keys.KeyRegistry;
import org.claimledger.ledger.Ledger;
import org.claimledger.ledger.LogQuery;
import org.claimledger.store.StoredEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "log", mixinStandardHelpOptions = true, description = {
        "List the ledger's entries, one line each (or --json), oldest first; filter them by type, signer, source and "
                + "time, newest first with --reverse, at most N with -n.",
        "Reading is not verifying: run verify for that."})
final class LogCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    LedgerOption ledger;

    @Option(names = "--from", paramLabel = "SEQ", description = "Start at entry SEQ (default 0).")
    long from;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "List at most N entries (1 or more).")
    Long limit;

    @Option(names = "--type", split = ",", paramLabel = "TYPE",
            description = "Only entries of these types, comma-separated or repeated: genesis, key-enroll, key-revoke, "
                    + "ledger-key, source, claim, correction, retraction.")
    List<String> types = new ArrayList<>();

    @Option(names = "--signer", paramLabel = "KEY", description = "Only entries signed by this key (id, 8+ digit prefix or name).")
    String signer;

    @Option(names = "--source", paramLabel = "ID",
            description = "Only the source's own entry and the claims and corrections that rest on it (id or 8+ digit prefix).")
    String source;

    @Option(names = "--since", paramLabel = "TIME",
            description = "Only entries signed at or after TIME: an ISO-8601 date or instant, e.g. 2025-06-01 or 2025-06-01T12:00:00Z.")
    String since;

    @Option(names = "--until", paramLabel = "TIME", description = "Only entries signed before TIME (same forms as --since).")
    String until;

    @Option(names = "--reverse", description = "Newest first; with -n, the last N entries.")
    boolean reverse;

    @Option(names = "--json", description = "Print the entries as JSON.")
    boolean json;

    LogCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LedgerException {
        if (from < 0) {
            throw new ParameterException(spec.commandLine(), "--from must be 0 or more, got " + from);
        }
        if (limit != null && limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be 1 or more, got " + limit);
        }
        Set<EntryType> entryTypes = entryTypes();
        Instant sinceTime = time("--since", since);
        Instant untilTime = time("--until", until);
        if (sinceTime != null && untilTime != null && !sinceTime.isBefore(untilTime)) {
            throw new ParameterException(spec.commandLine(), "--since " + since + " must be before --until " + until);
        }
        try (Ledger opened = ledger.openReadOnly(context)) {
            long size = opened.store().size();
            if (from > 0 && from >= size) {
                throw new ParameterException(spec.commandLine(), "--from " + from + " is past the last entry (the ledger "
                        + "has " + size + " entries, 0 to " + (size - 1) + ")");
            }
            KeyRegistry keys = opened.keys();
            String signerId = signer == null ? null : Ledger.findKey(keys, signer).id();
            String sourceId = source == null ? null : opened.source(source).record().id();
            LogQuery query = new LogQuery(from, limit, entryTypes, signerId, sourceId, sinceTime, untilTime, reverse);
            ArrayNode array = Json.object().arrayNode();
            query.run(opened.store(), new LogQuery.Listing() {
                @Override
                public void entry(Entry entry) {
                    if (json) {
                        array.add(EntryText.toJson(entry));
                    } else {
                        context.out().println(EntryText.summary(entry, keys));
                    }
                }

                @Override
                public void damaged(StoredEntry stored, String problem) {
                    if (!json) {
                        context.out().printf("%5d  (damaged entry: %s; run verify)%n", stored.seq(), problem);
                    }
                }
            });
            if (json) {
                Json.print(context.out(), array);
            }
        }
        return ExitCodes.OK;
    }

    private Set<EntryType> entryTypes() {
        Set<EntryType> entryTypes = EnumSet.noneOf(EntryType.class);
        for (String code : types) {
            EntryType type = EntryType.fromCode(code.strip());
            if (type == null) {
                throw new ParameterException(spec.commandLine(), "--type: no entry type '" + code + "'; use "
                        + Arrays.stream(EntryType.values()).map(EntryType::code).collect(Collectors.joining(", ")));
            }
            entryTypes.add(type);
        }
        return entryTypes;
    }

    private Instant time(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return EntryTime.parseLenient(value);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }
}
