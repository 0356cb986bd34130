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

    private final LocatedJson json;
    private final String sourceId;
    private final Language language;
    private final List<ClaimDraft> claims;

    private ClaimsFile(LocatedJson json, String sourceId, Language language, List<ClaimDraft> claims) {
        this.json = json;
        this.sourceId = sourceId;
        this.language = language;
        this.claims = claims;
    }

    /** Reads and checks the file's shape; every problem is reported as file:line:column with the field. */
    public static ClaimsFile read(byte[] bytes, String fileName) throws LedgerException {
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
            for (int i = 0; i < claimNodes.size(); i++) {
                claims.add(draft(JsonFields.of(claimNodes.get(i), FieldNames.child(root.at("claims"), i))));
            }
            return new ClaimsFile(json, sourceId, language, claims);
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

    public List<ClaimDraft> claims() {
        return claims;
    }

    /** "file:line:column" of a field, for messages about resolved claims. */
    public String locate(String pointer) {
        return json.locate(pointer);
    }
}
