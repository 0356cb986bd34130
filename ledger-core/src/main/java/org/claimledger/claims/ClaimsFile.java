package org.claimledger.claims;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.claimledger.entry.ClaimBody;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.InputLimits;
import org.claimledger.json.FieldException;
import org.claimledger.json.FieldNames;
import org.claimledger.json.JsonFields;
import org.claimledger.json.JsonSyntaxException;
import org.claimledger.json.LocatedJson;
import org.claimledger.model.AttributionKind;
import org.claimledger.model.Language;
import org.claimledger.model.Qualifier;
import org.claimledger.model.SourceEncodingException;
import org.claimledger.model.SourceText;
import org.claimledger.model.Span;

/** A claims file (the input of `sign`, the output of `extract`): optional source id and language, and claim drafts. */
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

    private final LocatedJson json;
    private final String sourceId;
    private final Language language;
    private final List<ClaimDraft> claims;
    private final List<Problem> problems;

    private ClaimsFile(LocatedJson json, String sourceId, Language language, List<ClaimDraft> claims,
            List<Problem> problems) {
        this.json = json;
        this.sourceId = sourceId;
        this.language = language;
        this.claims = claims;
        this.problems = problems;
    }

    /** Reads and checks the file's shape; the first problem is reported as file:line:column with the field. */
    public static ClaimsFile read(byte[] bytes, String fileName) throws LedgerException {
        ClaimsFile file = readAll(bytes, fileName);
        if (!file.problems.isEmpty()) {
            Problem first = file.problems.get(0);
            throw new LedgerException(first.failure(), first.line());
        }
        return file;
    }

    /**
     * Reads the file, keeping a claim of the wrong shape as a problem and going on to the next, so that every such
     * claim is reported at once; only the claims of the right shape are in {@link #claims()}. A file that is not a
     * claims file at all (not JSON, wrong version, source, lang or claims) still fails at once.
     */
    public static ClaimsFile readAll(byte[] bytes, String fileName) throws LedgerException {
        try {
            SourceText.decodeStrict(bytes);
        } catch (SourceEncodingException e) {
            throw new LedgerException(Failure.UNREADABLE_INPUT, fileName + ": " + e.getMessage()
                    + "; convert the file to UTF-8 (for example: iconv -f WINDOWS-1252 -t UTF-8)");
        }
        LocatedJson json;
        try {
            json = LocatedJson.parse(bytes, fileName);
        } catch (JsonSyntaxException e) {
            throw new LedgerException(Failure.MALFORMED_INPUT, e.getMessage());
        }
        try {
            JsonFields root = JsonFields.of(json.root(), "");
            long version = root.integer("v");
            if (version != VERSION) {
                throw new FieldException(root.at("v"), "claims file version must be " + VERSION + ", got " + version);
            }
            String sourceId = root.optionalText("source");
            if (sourceId != null && !sourceId.matches("[0-9a-f]{64}")) {
                throw new FieldException(root.at("source"), "source must be a source id (64 lowercase hex digits)");
            }
            Language language = null;
            if (root.has("lang")) {
                try {
                    language = Language.fromCode(root.text("lang"));
                } catch (IllegalArgumentException e) {
                    throw new FieldException(root.at("lang"), e.getMessage());
                }
            }
            JsonNode claimNodes = root.array("claims");
            if (claimNodes.size() > InputLimits.CLAIMS_PER_FILE) {
                throw new FieldException(root.at("claims"), "the file has " + claimNodes.size() + " claims; a claims file "
                        + "has at most " + InputLimits.CLAIMS_PER_FILE + " (" + InputLimits.SPEC + "); split it");
            }
            List<ClaimDraft> claims = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            for (int i = 0; i < claimNodes.size(); i++) {
                try {
                    claims.add(draft(JsonFields.of(claimNodes.get(i), FieldNames.child(root.at("claims"), i))));
                } catch (FieldException e) {
                    problems.add(new Problem(Failure.MALFORMED_INPUT, i, json.locate(e.pointer()), e.getMessage()));
                }
            }
            return new ClaimsFile(json, sourceId, language, claims, List.copyOf(problems));
        } catch (FieldException e) {
            throw new LedgerException(Failure.MALFORMED_INPUT, json.locate(e.pointer()) + ": " + e.getMessage());
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

    /** The claims of the right shape, in file order. */
    public List<ClaimDraft> claims() {
        return claims;
    }

    /** The claims of the wrong shape (empty after {@link #read}). */
    public List<Problem> problems() {
        return problems;
    }

    /** How many claims the file holds, of any shape. */
    public int claimCount() {
        return claims.size() + problems.size();
    }

    /** The problem of one claim that does not fit its source, located at the field it names. */
    public Problem problem(ClaimDraft draft, ClaimProblem problem) {
        return new Problem(problem.failure(), claimIndex(draft.pointer()), locate(problem.pointer()), problem.getMessage());
    }

    /** A problem with a claim as a whole, located at the claim. */
    public Problem problem(ClaimDraft draft, Failure failure, String message) {
        return new Problem(failure, claimIndex(draft.pointer()), locate(draft.pointer()), message);
    }

    /** The index of the claim a pointer such as /claims/3/figures/0 belongs to. */
    static int claimIndex(String pointer) {
        String[] parts = pointer.split("/");
        return parts.length > 2 && parts[1].equals("claims") ? Integer.parseInt(parts[2]) : -1;
    }

    /** "file:line:column" of a field, for messages about resolved claims. */
    public String locate(String pointer) {
        return json.locate(pointer);
    }
}
