package org.claimledger.entry;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Entry times: UTC, millisecond precision, one fixed text form so that the signed bytes are unambiguous. */
public final class EntryTime {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private EntryTime() {
    }

    public static String format(Instant time) {
        return FORMAT.format(time.truncatedTo(ChronoUnit.MILLIS));
    }

    /** Parses the canonical form only; anything else throws IllegalArgumentException. */
    public static Instant parse(String text) {
        try {
            Instant time = Instant.from(FORMAT.parse(text));
            if (!format(time).equals(text)) {
                throw new IllegalArgumentException("time must be written as 2025-06-01T12:00:00.000Z, got '" + text + "'");
            }
            return time;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("time must be written as 2025-06-01T12:00:00.000Z, got '" + text + "'");
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
                        + "2025-06-01T12:00:00Z, got '" + text + "'");
            }
        }
    }
}
