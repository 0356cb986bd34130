package org.claimledger.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.claimledger.extract.LanguageGuess;
import org.claimledger.failure.Failure;
import org.claimledger.failure.LedgerException;
import org.claimledger.input.Excerpt;
import org.claimledger.model.Language;
import org.claimledger.model.SourceText;

/**
 * What is checked before a text is registered as a source, since a source entry is signed for good: that there is
 * a text, that the language it is registered in (which decides how "6,623" is read) is the one it is written in,
 * and that its publication date is a date.
 */
public final class SourceIntake {
    /** Fewer function words than this are too few to judge a language by. */
    static final int ENOUGH_WORDS = 10;
    /** The other language must have this many times the declared one's function words to call it a mismatch. */
    static final int CLEAR_MAJORITY = 3;

    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern YEAR_MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private SourceIntake() {
    }

    /** Refuses a text with nothing but white space in it. */
    public static void requireText(SourceText text, String file) throws LedgerException {
        if (text.text().isBlank()) {
            throw new LedgerException(Failure.MALFORMED_INPUT, "source file " + file + " is empty"
                    + (text.byteLength() == 0 ? "" : " (only white space)") + "; there is no text to register");
        }
    }

    /**
     * Says why the text is not written in the declared language, or returns null when it may be. Only a clear
     * majority of the other language's commonest words counts, so a short or mixed text is taken as declared.
     */
    public static String languageMismatch(SourceText text, Language declared) {
        LanguageGuess.Evidence evidence = LanguageGuess.evidence(text.text());
        int declaredWords = declared == Language.IT ? evidence.italian() : evidence.english();
        int otherWords = declared == Language.IT ? evidence.english() : evidence.italian();
        if (otherWords < ENOUGH_WORDS || otherWords < CLEAR_MAJORITY * Math.max(declaredWords, 1)) {
            return null;
        }
        Language other = declared == Language.IT ? Language.EN : Language.IT;
        return "the text reads as " + name(other) + ", not " + name(declared) + " (" + otherWords + " of its commonest "
                + name(other) + " words against " + declaredWords + " " + name(declared) + "); figures are read by "
                + "the language's rules (\"6,623\" is 6623 in English, 6.623 in Italian), so register it with --lang "
                + other.code();
    }

    /**
     * Checks a publication date: an ISO 8601 year (2025), year and month (2025-06), date (2025-06-01) or date and
     * time with its offset (2025-06-01T09:30:00+02:00). Returns it unchanged; null stays null.
     *
     * @throws IllegalArgumentException naming the forms that are accepted
     */
    public static String published(String value) {
        if (value == null) {
            return null;
        }
        try {
            if (YEAR.matcher(value).matches()) {
                return value;
            }
            if (YEAR_MONTH.matcher(value).matches()) {
                YearMonth.parse(value);
                return value;
            }
            if (DATE.matcher(value).matches()) {
                LocalDate.parse(value);
                return value;
            }
            if (value.length() > 10 && value.charAt(10) == 'T') {
                OffsetDateTime.parse(value);
                return value;
            }
        } catch (DateTimeParseException e) {
            String message = e.getMessage();
            // The parser's reason quotes the value too, so it is escaped like it.
            throw new IllegalArgumentException("'" + Excerpt.of(value) + "' is not a date ("
                    + Excerpt.of(message.substring(message.lastIndexOf(": ") + 2)) + ")");
        }
        throw new IllegalArgumentException("'" + Excerpt.of(value) + "' is not an ISO 8601 date; write 2025, 2025-06, "
                + "2025-06-01 or 2025-06-01T09:30:00+02:00");
    }

    private static String name(Language language) {
        return language == Language.IT ? "Italian" : "English";
    }
}
