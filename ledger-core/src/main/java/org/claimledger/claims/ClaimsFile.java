package org.claimledger.claims;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimledger.crypto.Hex;
import org.claimledger.entry.ClaimBody;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.FileLimit;
import org.claimledger.input.InputLimits;
import org.claimledger.input.Utf8CheckingStream;
import org.claimledger.json.FieldException;
import org.claimledger.json.FieldNames;
import org.claimledger.json.JsonFields;
import org.claimledger.json.JsonSyntaxException;
import org.claimledger.json.LocatedJson;
import org.claimledger.model.AttributionKind;
import org.claimledger.model.Language;
import org.claimledger.model.Qualifier;
import org.claimledger.model.Span;

/**
 * A claims file (the input of `sign`, the output of `extract`): optional source id and language, and claim drafts.
 * It is streamed: opening it checks the whole file once without keeping its claims, and {@link #reader()} reads them
 * one at a time, so a file of a million claims is signed in bounded memory.
 */
public final class ClaimsFile {
    public static final int VERSION = 1;

    /**
     * One claim that cannot be signed: its index in the file, where (file:line:column), and the message, which
     * names the field, what is wrong and what to do.
     */
    public record Problem(Failure failure, int claim, String location, String message) {
        /** "file:line:column: field: what is wrong; what to do". */
        public String line() {
            return location + ": " + message;
        }
    }

    /**
     * One claim as read, in file order: its index and either its draft or the problem that keeps it from being one,
     * with where each of its fields is in the file (kept for messages only while the claim is being handled), and
     * how many bytes of the file it took.
     */
    public record Item(int index, long bytes, ClaimDraft draft, Problem problem, LocatedJson json) {
        /** The problem of this claim not fitting its source, located at the field it names. */
        public Problem problemOf(ClaimProblem problem) {
            return new Problem(problem.failure(), index, json.locate(problem.pointer()), problem.getMessage());
        }

        /** A problem with this claim as a whole, located at the claim. */
        public Problem problemOf(Failure failure, String message) {
            return new Problem(failure, index, json.locate(FieldNames.child("/claims", index)), message);
        }
    }

    /** Where a claims file's bytes come from, each time it is read: the file on disk, or bytes in memory. */
    @FunctionalInterface
    interface Input {
        InputStream open() throws IOException;
    }

    private final Input input;
    private final Path path;
    private final LocatedJson header;
    private final String sourceId;
    private final Language language;
    private final int claimCount;
    private final byte[] fingerprint;
    private final List<ClaimDraft> drafts;

    private ClaimsFile(Input input, Path path, LocatedJson header, String sourceId, Language language, int claimCount,
            byte[] fingerprint, List<ClaimDraft> drafts) {
        this.input = input;
        this.path = path;
        this.header = header;
        this.sourceId = sourceId;
        this.language = language;
        this.claimCount = claimCount;
        this.fingerprint = fingerprint;
        this.drafts = drafts;
    }

    /**
     * Opens a claims file on disk to be streamed claim by claim with {@link #reader()}: this first pass checks that
     * it is UTF-8 and JSON throughout, within its limits (SPEC.md §16), and reads its version, source and language;
     * it keeps no claim in memory. A file that is not a claims file at all fails here, with file:line:column.
     */
    public static ClaimsFile open(Path path, String fileName) throws LedgerException {
        Input input = Files.isRegularFile(path) || !Files.exists(path) ? () -> FileLimit.CLAIMS_FILE.open(path)
                : new OnceReadableInput(path);
        return open(input, path, fileName);
    }

    /** The same for a claims file in memory; its claims are read with {@link #reader()}. */
    public static ClaimsFile of(byte[] bytes, String fileName) throws LedgerException {
        return open(() -> new ByteArrayInputStream(bytes), null, fileName);
    }

    /** A (small) claims file in memory, read whole with {@link #whole()}. */
    public static ClaimsFile read(byte[] bytes, String fileName) throws LedgerException {
        return of(bytes, fileName).whole();
    }

    /**
     * This file read whole, for a file known to be small (a correction's one claim, tests): every claim's shape is
     * checked, the first problem reported as file:line:column with the field, and the drafts kept as {@link #claims()}.
     */
    public ClaimsFile whole() throws LedgerException {
        List<ClaimDraft> claims = new ArrayList<>();
        List<LocatedJson> parts = new ArrayList<>();
        try (Reader reader = reader()) {
            for (Item item = reader.next(); item != null; item = reader.next()) {
                if (item.problem() != null) {
                    throw new LedgerException(item.problem().failure(), item.problem().line());
                }
                claims.add(item.draft());
                parts.add(item.json());
            }
            reader.requireUnchanged();
        }
        return new ClaimsFile(input, path, header.with(parts), sourceId, language, claimCount, fingerprint, List.copyOf(claims));
    }

    private static ClaimsFile open(Input input, Path path, String fileName) throws LedgerException {
        Map<String, int[]> positions = new HashMap<>();
        JsonNode root;
        int claims = 0;
        byte[] fingerprint;
        try (DigestInputStream digest = new DigestInputStream(new Utf8CheckingStream(input.open()), sha256());
                JsonParser parser = LocatedJson.parser(digest, InputLimits.CLAIM_BYTES)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw failure(new JsonSyntaxException(fileName, 1, 1, "the file is empty; expected a JSON object"));
            }
            positions.put("", position(parser));
            if (first != JsonToken.START_OBJECT) {
                root = skim(parser);
            } else {
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    positions.put(FieldNames.child("", name), position(parser));
                    if (name.equals("claims") && parser.currentToken() == JsonToken.START_ARRAY) {
                        // Counted, not kept: each claim is read on its own later.
                        while (parser.nextToken() != JsonToken.END_ARRAY) {
                            claims++;
                            parser.skipChildren();
                        }
                        object.set(name, JsonNodeFactory.instance.arrayNode());
                    } else {
                        object.set(name, skim(parser));
                    }
                }
                root = object;
            }
            if (parser.nextToken() != null) {
                throw failure(new JsonSyntaxException(fileName, parser.currentTokenLocation().getLineNr(),
                        parser.currentTokenLocation().getColumnNr(), "unexpected content after the end of the JSON document"));
            }
            digest.transferTo(OutputStream.nullOutputStream());
            fingerprint = digest.getMessageDigest().digest();
        } catch (IOException e) {
            throw failure(e, fileName, path);
        }
        LocatedJson header = LocatedJson.of(fileName, root, positions);
        try {
            JsonFields fields = JsonFields.of(root, "");
            long version = fields.integer("v");
            if (version != VERSION) {
                throw new FieldException(fields.at("v"), "claims file version must be " + VERSION + ", got " + version);
            }
            String sourceId = fields.optionalText("source");
            if (sourceId != null && !Hex.isHash(sourceId)) {
                throw new FieldException(fields.at("source"), "source must be a source id (64 lowercase hex digits)");
            }
            Language language = null;
            if (fields.has("lang")) {
                try {
                    language = Language.fromCode(fields.text("lang"));
                } catch (IllegalArgumentException e) {
                    throw new FieldException(fields.at("lang"), e.getMessage());
                }
            }
            fields.array("claims");
            if (claims > InputLimits.CLAIMS_PER_FILE) {
                throw new FieldException(fields.at("claims"), "the file has " + claims + " claims; a claims file has at "
                        + "most " + InputLimits.CLAIMS_PER_FILE + " (" + InputLimits.SPEC + "); split it");
            }
            return new ClaimsFile(input, path, header, sourceId, language, claims, fingerprint, null);
        } catch (FieldException e) {
            throw new LedgerException(Failure.MALFORMED_INPUT, header.locate(e.pointer()) + ": " + e.getMessage());
        }
    }

    /** A value whose type and (for a scalar) value are all the first pass needs; arrays and objects are skipped. */
    private static JsonNode skim(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> {
                parser.skipChildren();
                yield JsonNodeFactory.instance.objectNode();
            }
            case START_ARRAY -> {
                parser.skipChildren();
                yield JsonNodeFactory.instance.arrayNode();
            }
            case VALUE_STRING -> JsonNodeFactory.instance.textNode(parser.getText());
            case VALUE_NUMBER_INT -> JsonNodeFactory.instance.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> JsonNodeFactory.instance.numberNode(parser.getDecimalValue());
            case VALUE_TRUE, VALUE_FALSE -> JsonNodeFactory.instance.booleanNode(parser.currentToken() == JsonToken.VALUE_TRUE);
            default -> JsonNodeFactory.instance.nullNode();
        };
    }

    private static int[] position(JsonParser parser) {
        return new int[] {parser.currentTokenLocation().getLineNr(), parser.currentTokenLocation().getColumnNr()};
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static LedgerException failure(JsonSyntaxException e) {
        return new LedgerException(Failure.MALFORMED_INPUT, e.getMessage());
    }

    /** What went wrong reading the file, as the one line a user sees. */
    private static LedgerException failure(IOException e, String fileName, Path path) {
        if (e instanceof Utf8CheckingStream.NotUtf8Exception notUtf8) {
            return new LedgerException(Failure.UNREADABLE_INPUT, fileName + ": " + notUtf8.getMessage()
                    + "; convert the file to UTF-8 (for example: iconv -f WINDOWS-1252 -t UTF-8)");
        }
        if (e instanceof FileLimit.OverLimitException) {
            return FileLimit.CLAIMS_FILE.tooLarge(path);
        }
        if (e instanceof LocatedJson.ValueTooLargeException tooLarge) {
            return new LedgerException(Failure.MALFORMED_INPUT, fileName + ":" + tooLarge.line() + ":"
                    + tooLarge.column() + ": a claim is larger than " + InputLimits.bytes(InputLimits.CLAIM_BYTES)
                    + ", the most one claim may hold (" + InputLimits.SPEC + "); it is not a claim ClaimLedger reads");
        }
        if (e instanceof JsonProcessingException json) {
            return failure(LocatedJson.syntaxError(json, fileName));
        }
        if (e instanceof NoSuchFileException) {
            return new LedgerException(Failure.UNREADABLE_INPUT, "claims file " + fileName + " does not exist");
        }
        return new LedgerException(Failure.UNREADABLE_INPUT, "claims file " + fileName + " cannot be read: "
                + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()), e);
    }

    /** Reads the claims again, one at a time, from the start of the file; close it when done. */
    public Reader reader() throws LedgerException {
        return new Reader();
    }

    /**
     * The claims of the file one at a time, in file order, each read whole (within {@link InputLimits#CLAIM_BYTES})
     * and checked for shape; memory does not grow with the file.
     */
    public final class Reader implements AutoCloseable {
        private final DigestInputStream digest;
        private final JsonParser parser;
        private int next;
        private boolean done;

        private Reader() throws LedgerException {
            InputStream in = null;
            try {
                in = input.open();
                digest = new DigestInputStream(in, sha256());
                parser = LocatedJson.parser(digest, InputLimits.CLAIM_BYTES);
                parser.nextToken();
                // open() saw a JSON object with a "claims" array; the fingerprint, checked at the end, says it still is.
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    if (parser.nextToken() == JsonToken.START_ARRAY && name.equals("claims")) {
                        return;
                    }
                    parser.skipChildren();
                }
                throw changed();
            } catch (IOException e) {
                closeQuietly(in);
                throw failure(e, header.fileName(), path);
            } catch (LedgerException e) {
                closeQuietly(in);
                throw e;
            }
        }

        /** The next claim, or null after the last. */
        public Item next() throws LedgerException {
            if (done) {
                return null;
            }
            try {
                if (parser.nextToken() == JsonToken.END_ARRAY) {
                    done = true;
                    return null;
                }
                int index = next++;
                String pointer = FieldNames.child("/claims", index);
                JsonLocation start = parser.currentTokenLocation();
                LocatedJson json;
                try {
                    json = LocatedJson.readValue(parser, header.fileName(), pointer, InputLimits.CLAIM_BYTES);
                } catch (StreamConstraintsException e) {
                    // A string longer than a claim may be: named like any claim over its size.
                    throw failure(new LocatedJson.ValueTooLargeException(start.getLineNr(), start.getColumnNr()),
                            header.fileName(), path);
                }
                long bytes = parser.currentLocation().getByteOffset() - start.getByteOffset();
                try {
                    return new Item(index, bytes, draft(JsonFields.of(json.root(), pointer)), null, json);
                } catch (FieldException e) {
                    return new Item(index, bytes, null, new Problem(Failure.MALFORMED_INPUT, index, json.locate(e.pointer()),
                            e.getMessage()), json);
                }
            } catch (IOException e) {
                throw failure(e, header.fileName(), path);
            }
        }

        /**
         * Reads on to the end of the file and fails unless its bytes are the ones {@link #open} checked: a file
         * changed while it was being read cannot have one set of claims checked and another signed.
         */
        public void requireUnchanged() throws LedgerException {
            try {
                while (next() != null) {
                    // Reads the claims left, if any.
                }
                digest.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw failure(e, header.fileName(), path);
            }
            if (!MessageDigest.isEqual(fingerprint, digest.getMessageDigest().digest())) {
                throw changed();
            }
        }

        private LedgerException changed() {
            return new LedgerException(Failure.UNREADABLE_INPUT, "claims file " + header.fileName() + " changed while "
                    + "it was being read; nothing was signed; sign it again once it is no longer being written");
        }

        @Override
        public void close() {
            closeQuietly(parser);
            closeQuietly(digest);
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (IOException ignored) {
            // Only read from: nothing is lost when closing fails.
        }
    }

    private static ClaimDraft draft(JsonFields claim) throws FieldException {
        JsonNode figureNodes = claim.has("figures") ? claim.array("figures") : null;
        List<ClaimDraft.FigureDraft> figures = new ArrayList<>();
        if (figureNodes != null) {
            for (int i = 0; i < figureNodes.size(); i++) {
                JsonFields figure = JsonFields.of(figureNodes.get(i), FieldNames.child(claim.at("figures"), i));
                figures.add(new ClaimDraft.FigureDraft(figure.pointer(), figure.nonEmptyText("text"),
                        figure.decimal("value"), figure.optionalDecimal("upper"), figure.optionalText("unit"),
                        qualifier(figure), figure.optionalText("period"), occurrence(figure), span(figure)));
            }
        }
        ClaimDraft.AttributionDraft attribution = null;
        if (claim.has("attribution")) {
            JsonFields node = claim.object("attribution");
            attribution = new ClaimDraft.AttributionDraft(node.pointer(), node.nonEmptyText("who"), kind(node),
                    node.optionalText("cue"), node.nonEmptyText("text"), span(node));
        }
        return new ClaimDraft(claim.pointer(), claim.nonEmptyText("quote"), occurrence(claim), span(claim),
                claim.optionalText("statement"), figures, attribution);
    }

    private static Qualifier qualifier(JsonFields figure) throws FieldException {
        if (!figure.has("qualifier")) {
            return Qualifier.EXACTLY;
        }
        try {
            return Qualifier.fromCode(figure.text("qualifier"));
        } catch (IllegalArgumentException e) {
            throw new FieldException(figure.at("qualifier"), FieldNames.display(figure.at("qualifier")) + ": " + e.getMessage());
        }
    }

    private static AttributionKind kind(JsonFields attribution) throws FieldException {
        try {
            return AttributionKind.fromCode(attribution.text("kind"));
        } catch (IllegalArgumentException e) {
            throw new FieldException(attribution.at("kind"), FieldNames.display(attribution.at("kind")) + ": " + e.getMessage());
        }
    }

    private static Integer occurrence(JsonFields node) throws FieldException {
        if (!node.has("occurrence")) {
            return null;
        }
        long occurrence = node.integer("occurrence");
        if (occurrence < 1 || occurrence > Integer.MAX_VALUE) {
            throw new FieldException(node.at("occurrence"), FieldNames.display(node.at("occurrence"))
                    + " counts from 1 to " + Integer.MAX_VALUE + ", got " + occurrence);
        }
        return (int) occurrence;
    }

    private static Span span(JsonFields node) throws FieldException {
        return node.has("span") ? ClaimBody.readSpan(node.object("span")) : null;
    }

    public String sourceId() {
        return sourceId;
    }

    public Language language() {
        return language;
    }

    /** How many claims the file holds, of any shape. */
    public int claimCount() {
        return claimCount;
    }

    /** The claims of a file read whole with {@link #read}, in file order; a streamed file is read with {@link #reader()}. */
    public List<ClaimDraft> claims() {
        if (drafts == null) {
            throw new IllegalStateException("a streamed claims file is read with reader()");
        }
        return drafts;
    }

    /** "file:line:column" of a member of the file's top level (such as /lang), or of any field after {@link #whole()}. */
    public String locate(String pointer) {
        return header.locate(pointer);
    }
}
