package org.claimledger.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.model.Language;
import org.claimledger.model.SourceText;
import org.junit.jupiter.api.Test;

class SourceIntakeTest {
    private static final Path ARTICLES = Path.of("..", "fixtures", "articles");

    @Test
    void languageMismatch_namesEveryFixtureArticleRegisteredInTheOtherLanguage_andNoneInItsOwn() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<Path> articles;
        try (Stream<Path> files = Files.list(ARTICLES)) {
            articles = files.filter(file -> file.getFileName().toString().matches("(heldout[0-9]*_)?(it|en)_.*\\.txt"))
                    .sorted().toList();
        }
        for (Path article : articles) {
            SourceText text = SourceText.fromString(Files.readString(article));
            Language own = article.getFileName().toString().replaceFirst("^heldout[0-9]*_", "").startsWith("it_")
                    ? Language.IT : Language.EN;
            Language other = own == Language.IT ? Language.EN : Language.IT;
            if (SourceIntake.languageMismatch(text, own) != null) {
                wrong.add(article.getFileName() + " refused as " + own.code());
            }
            if (SourceIntake.languageMismatch(text, other) == null) {
                wrong.add(article.getFileName() + " accepted as " + other.code());
            }
        }
        assertTrue(articles.size() >= 10, "the fixture articles were found: " + articles);
        assertEquals(List.of(), wrong);
    }

    @Test
    void languageMismatch_leavesShortTextsAsDeclared() {
        SourceText short1 = SourceText.fromString("The government spent more than 3 million on the bridge, it said.");
        assertNull(SourceIntake.languageMismatch(short1, Language.IT), "too few words to judge");
        String english = "The port said that the ships were more than the year before, and the BTO has said it was "
                + "the busiest year on record according to the report.";
        String message = SourceIntake.languageMismatch(SourceText.fromString(english), Language.IT);
        assertTrue(message.startsWith("the text reads as English, not Italian ("), message);
        assertTrue(message.endsWith("so register it with --lang en"), message);
    }

    @Test
    void requireText_refusesAnEmptyOrBlankText() throws LedgerException {
        LedgerException empty = assertThrows(LedgerException.class,
                () -> SourceIntake.requireText(SourceText.fromString(""), "a.txt"));
        assertEquals(Failure.MALFORMED_INPUT, empty.failure());
        assertEquals("source file a.txt is empty; there is no text to register", empty.getMessage());
        LedgerException blank = assertThrows(LedgerException.class,
                () -> SourceIntake.requireText(SourceText.fromString(" \n\n\t"), "a.txt"));
        assertEquals("source file a.txt is empty (only white space); there is no text to register", blank.getMessage());
        SourceIntake.requireText(SourceText.fromString("x"), "a.txt");
    }

    @Test
    void published_takesIso8601DatesAtAnyPrecision_andNothingElse() {
        for (String date : List.of("2025", "2025-06", "2025-06-01", "2025-06-01T09:30:00+02:00", "2025-06-01T07:30Z")) {
            assertEquals(date, SourceIntake.published(date));
        }
        assertNull(SourceIntake.published(null));
        for (String notADate : List.of("yesterday", "2025-13", "2025-02-30", "01/06/2025", "2025-6-1", "25",
                "2025-06-01T09:30:00", "2025-06-01 09:30")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> SourceIntake.published(notADate), notADate);
            assertTrue(e.getMessage().startsWith("'" + notADate + "' is not"), e.getMessage());
        }
        for (String hostile : List.of("2025\n-06\u001b[2J", "2025-06-01T: \u001b]0;x\u0007")) {
            String message = assertThrows(IllegalArgumentException.class, () -> SourceIntake.published(hostile)).getMessage();
            assertTrue(message.chars().noneMatch(c -> c < 0x20), "control characters are escaped: " + message);
        }
    }
}
