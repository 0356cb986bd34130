package org.claimledger.entry;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.claimledger.input.Excerpt;

/** Entry times: UTC, millisecond precision, one fixed text form so that the signed bytes are unambiguous. */
public final class EntryTime {
    private static final java.util.regex.Pattern CANONICAL =
            java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z");
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private EntryTime() {
    }

    public static String format(Instant time) {
        return FORMAT.format(time.truncatedTo(ChronoUnit.MILLIS));
    }

    /** Parses the canonical form only; anything else throws IllegalArgumentException. */
    public static Instant parse(String text) {
        if (!CANONICAL.matcher(text).matches()) {
            throw new IllegalArgumentException("time must be written as 2025-06-01T12:00:00.000Z, got '" + Excerpt.of(text) + "'");
        }
        try {
            // The pattern fixed every position, so the fields can be read directly (much faster than a formatter).
            Instant time = java.time.LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10),
                    number(text, 11, 13), number(text, 14, 16), number(text, 17, 19), number(text, 20, 23) * 1_000_000)
                    .toInstant(ZoneOffset.UTC);
            return time;
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("time must be a real date and time, got '" + Excerpt.of(text) + "'");
        }
    }

    private static int number(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }

    /** The formatter-based reading, kept to cross-check the fast one in tests. */
    static Instant parseWithFormatter(String text) {
        try {
            Instant time = Instant.from(FORMAT.parse(text));
            if (!format(time).equals(text)) {
                throw new IllegalArgumentException("time must be written as 2025-06-01T12:00:00.000Z, got '" + Excerpt.of(text) + "'");
            }
            return time;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("time must be written as 2025-06-01T12:00:00.000Z, got '" + Excerpt.of(text) + "'");
        }
    }

    /** Accepts user input: a canonical time, any ISO-8601 instant, or a date (midnight UTC). */
    public static Instant parseLenient(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException again) {
                throw new IllegalArgumentException("time must be an ISO-8601 date or instant such as 2025-06-01 or "
                        + "2025-06-01T12:00:00Z, got '" + Excerpt.of(text) + "'");
            }
        }
    }
}
