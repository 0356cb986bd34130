package org.claimledger.extract;

import org.claimledger.numbers.FigureValue;

/**
 * A figure's text as found by the scanner, before its unit, qualifier and time are read: a count or amount, a span of
 * time in several units read in seconds ("2hr 11min 03sec"), or a multiplier in words ("twice", "il doppio").
 */
record FigureMention(Located text, FigureValue value, boolean inWords, Kind kind) {

    /**
     * AMOUNT: a count or amount; DURATION: a time in several units, in seconds; MULTIPLIER: "twice", "il doppio";
     * ONE: a quantity of one written with the indefinite article and its unit, "an hour", "un anno" (the article alone
     * reads as no number, so the unit is part of the text).
     */
    enum Kind { AMOUNT, DURATION, MULTIPLIER, ONE }

    FigureMention(Located text, FigureValue value, boolean inWords) {
        this(text, value, inWords, Kind.AMOUNT);
    }

    /**
     * What stands where a number would: for a quantity of one written with the article, the article alone as an
     * amount ("an" of "an hour", "un'" of "un'ora"), so that its unit and the words around it are read as those of
     * "one hour"; otherwise this mention.
     */
    FigureMention number() {
        if (kind != Kind.ONE) {
            return this;
        }
        String written = text.text();
        int apostrophe = written.indexOf('\'') >= 0 ? written.indexOf('\'') : written.indexOf('\u2019');
        int end = apostrophe >= 0 && (written.indexOf(' ') < 0 || apostrophe < written.indexOf(' '))
                ? apostrophe + 1 : written.indexOf(' ');
        return new FigureMention(new Located(written.substring(0, end), text.start(), text.start() + end), value,
                true, Kind.AMOUNT);
    }
}
