package org.claimledger.extract;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.claimledger.model.Language;
import org.junit.jupiter.api.Test;

/** Found by the source fuzz suite: a run of a few thousand digits overflowed the stack in the figure scanner. */
class LongDigitRunTest {
    @Test
    void runOfFiftyThousandDigitsAndMarks_isScannedWithoutOverflowingTheStack() {
        String text = "Nel 2024 erano " + "9.".repeat(25_000) + "9 soldati, ha detto il ministro.";
        for (Language language : Language.values()) {
            // Before, a StackOverflowError escaped here (exit 70 from 'claimledger extract').
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Extractor.extract(text, language));
        }
    }
}
