package org.claimledger.extract;

import org.claimledger.numbers.FigureValue;

/**
 * A figure's text as found by the scanner, before its unit, qualifier and time are read: a count or amount, a span of
 * time in several units read in seconds ("2hr 11min 03sec"), or a multiplier in words ("twice", "il doppio").
 */
record FigureMention(Located text, FigureValue value, boolean inWords, Kind kind) {

    enum Kind { AMOUNT, DURATION, MULTIPLIER }

    FigureMention(Located text, FigureValue value, boolean inWords) {
        this(text, value, inWords, Kind.AMOUNT);
    }
}
