package org.claimledger.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntryTimeTest {
    @ParameterizedTest
    @ValueSource(strings = {"2025-06-02T09:00:00.000Z", "2024-02-29T23:59:59.999Z", "1970-01-01T00:00:00.001Z"})
    void parse_readsTheCanonicalForm_asTheFormatterDoes(String text) {
        Instant time = EntryTime.parse(text);
        assertEquals(EntryTime.parseWithFormatter(text), time);
        assertEquals(text, EntryTime.format(time));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-06-02T09:00:00Z", "2025-06-02T09:00:00.000+01:00", "2025-02-30T09:00:00.000Z",
            "2025-06-02 09:00:00.000Z", "2025-06-02T24:00:00.000Z", "+2025-06-02T09:00:00.000Z", ""})
    void parse_refusesEverythingElse(String text) {
        assertThrows(IllegalArgumentException.class, () -> EntryTime.parse(text));
    }
}
