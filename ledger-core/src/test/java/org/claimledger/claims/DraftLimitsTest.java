package org.claimledger.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.claimledger.failure.Failure;
import org.claimledger.model.AttributionKind;
import org.claimledger.model.Figure;
import org.claimledger.model.Language;
import org.claimledger.model.Qualifier;
import org.claimledger.model.SourceText;
import org.claimledger.model.Span;
import org.junit.jupiter.api.Test;

/** Every limit of SPEC.md §16 on a claim, checked before its texts are looked for or its figures read. */
class DraftLimitsTest {
    private static final SourceText SOURCE = SourceText.fromString("Nel 2024 erano 11.000 soldati, ha detto Shoigu.");
    private static final String QUOTE = "Nel 2024 erano 11.000 soldati";

    private static ClaimDraft.FigureDraft figure(String text, String value, String upper, String unit, String period) {
        return new ClaimDraft.FigureDraft("/figures/0", text, value, upper, unit, Qualifier.EXACTLY, period, null, null);
    }

    private static ClaimProblem refused(ClaimDraft draft) {
        ClaimProblem problem = assertThrows(ClaimProblem.class, () -> new ClaimResolver(SOURCE, Language.IT).resolve(draft));
        assertEquals(Failure.MALFORMED_INPUT, problem.failure(), problem.getMessage());
        return problem;
    }

    private static ClaimDraft draft(String statement, List<ClaimDraft.FigureDraft> figures, ClaimDraft.AttributionDraft who) {
        return new ClaimDraft("", QUOTE, null, null, statement, figures, who);
    }

    @Test
    void draftAtEveryLimit_isSigned() throws ClaimProblem {
        ClaimDraft draft = draft("s".repeat(10_000), List.of(figure("11.000", "11000", null, "u".repeat(200),
                "p".repeat(200))), new ClaimDraft.AttributionDraft("/attribution", "w".repeat(200),
                        AttributionKind.PERSON, "c".repeat(200), "ha detto Shoigu", null));
        assertEquals("11000", new ClaimResolver(SOURCE, Language.IT).resolve(draft).figures().get(0).value());
    }

    @Test
    void eachFieldOverItsLimit_isMalformedInput_namingTheFieldAndTheLimit() {
        assertEquals("statement has 10001 characters; at most 10000 are allowed (SPEC.md §16)",
                refused(draft("s".repeat(10_001), List.of(), null)).getMessage());
        assertEquals("figures[0].unit has 201 characters; at most 200 are allowed (SPEC.md §16)",
                refused(draft(null, List.of(figure("11.000", "11000", null, "u".repeat(201), null)), null)).getMessage());
        assertEquals("figures[0].period has 201 characters; at most 200 are allowed (SPEC.md §16)",
                refused(draft(null, List.of(figure("11.000", "11000", null, null, "p".repeat(201))), null)).getMessage());
        assertEquals("figures[0].upper has 41 digits; a figure has at most 40 (SPEC.md §16)",
                refused(draft(null, List.of(figure("11.000", "11000", "1" + "0".repeat(40), null, null)), null))
                        .getMessage());
        ClaimProblem who = refused(draft(null, List.of(), new ClaimDraft.AttributionDraft("/attribution",
                "w".repeat(201), AttributionKind.PERSON, null, "ha detto Shoigu", null)));
        assertEquals("/attribution/who", who.pointer());
        assertTrue(who.getMessage().startsWith("attribution.who has 201 characters; at most 200"), who.getMessage());
        List<ClaimDraft.FigureDraft> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(figure("11.000", "11000", null, null, null));
        }
        assertEquals("figures has 51 figures; a claim has at most 50 (SPEC.md §16); split it into several claims",
                refused(draft(null, many, null)).getMessage());
    }

    @Test
    void charactersAreCodePoints_notUtf16Units() throws ClaimProblem {
        String emoji = "\uD83D\uDCF0"; // one character, two UTF-16 units
        ClaimDraft draft = draft(emoji.repeat(10_000), List.of(), null);
        assertEquals(QUOTE, new ClaimResolver(SOURCE, Language.IT).resolve(draft).quote().text());
    }

    @Test
    void storedFigureOfNineHundredThousandDigits_isAContradictionFoundWithoutReadingIt() {
        String huge = "9" + "0".repeat(900_000);
        Figure figure = new Figure(huge, huge, null, null, Qualifier.EXACTLY, null, new Span(0, 1));
        FigureCheck.Contradiction contradiction = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> FigureCheck.contradiction(figure, Language.IT));
        assertNotNull(contradiction);
        assertEquals("text", contradiction.field());
        assertEquals("figure text has 900001 characters; at most 200 are allowed (SPEC.md §16), so it is not read",
                contradiction.message());
        assertEquals("9" + "0".repeat(59) + "... (900001 characters)", contradiction.stated());

        Figure value = new Figure("9 milioni", huge, null, null, Qualifier.EXACTLY, null, new Span(0, 1));
        FigureCheck.Contradiction digits = FigureCheck.contradiction(value, Language.IT);
        assertEquals("value", digits.field());
        assertEquals("value has 900001 digits; a figure has at most 40 (SPEC.md §16), so it is not read",
                digits.message());
        assertNull(FigureCheck.contradiction(new Figure("9 milioni", "9000000", null, null, Qualifier.EXACTLY, null,
                new Span(0, 1)), Language.IT));
    }
}
