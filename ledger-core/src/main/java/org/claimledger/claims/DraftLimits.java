package org.claimledger.claims;

import org.claimledger.failure.Failure;
import org.claimledger.input.InputLimits;
import org.claimledger.json.FieldNames;

/**
 * The size limits of SPEC.md §16 for a claim draft, checked before anything else is done with it: before its
 * texts are looked for in the source and before a figure's text is read as a number, whose cost grows with its
 * length. A draft over a limit is malformed input, named by its field.
 */
final class DraftLimits {
    private DraftLimits() {
    }

    static void check(ClaimDraft draft) throws ClaimProblem {
        length(draft.pointer(), "quote", draft.quote(), InputLimits.PASSAGE);
        length(draft.pointer(), "statement", draft.statement(), InputLimits.PASSAGE);
        if (draft.figures().size() > InputLimits.FIGURES_PER_CLAIM) {
            String pointer = FieldNames.child(draft.pointer(), "figures");
            throw new ClaimProblem(Failure.MALFORMED_INPUT, pointer, FieldNames.display(pointer) + " has "
                    + draft.figures().size() + " figures; a claim has at most " + InputLimits.FIGURES_PER_CLAIM + " ("
                    + InputLimits.SPEC + "); split it into several claims");
        }
        for (ClaimDraft.FigureDraft figure : draft.figures()) {
            length(figure.pointer(), "text", figure.text(), InputLimits.FIGURE_TEXT);
            digits(figure.pointer(), "value", figure.value());
            digits(figure.pointer(), "upper", figure.upper());
            length(figure.pointer(), "unit", figure.unit(), InputLimits.FIGURE_TEXT);
            length(figure.pointer(), "period", figure.period(), InputLimits.FIGURE_TEXT);
        }
        ClaimDraft.AttributionDraft attribution = draft.attribution();
        if (attribution != null) {
            length(attribution.pointer(), "who", attribution.who(), InputLimits.NAME);
            length(attribution.pointer(), "cue", attribution.cue(), InputLimits.NAME);
            length(attribution.pointer(), "text", attribution.text(), InputLimits.PASSAGE);
        }
    }

    private static void length(String parent, String name, String text, int maxCharacters) throws ClaimProblem {
        if (text == null || text.length() <= maxCharacters) {
            return; // Within its limit whatever it holds: no field name is made for a message.
        }
        String pointer = FieldNames.child(parent, name);
        String problem = InputLimits.overLength(FieldNames.display(pointer), text, maxCharacters);
        if (problem != null) {
            throw new ClaimProblem(Failure.MALFORMED_INPUT, pointer, problem);
        }
    }

    private static void digits(String parent, String name, String decimal) throws ClaimProblem {
        if (decimal == null || decimal.length() <= InputLimits.FIGURE_DIGITS) {
            return;
        }
        String pointer = FieldNames.child(parent, name);
        String problem = InputLimits.overDigits(FieldNames.display(pointer), decimal);
        if (problem != null) {
            throw new ClaimProblem(Failure.MALFORMED_INPUT, pointer, problem);
        }
    }
}
