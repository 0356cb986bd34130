package org.claimledger.extract;

import org.claimledger.numbers.FigureValue;

/** A figure's text as found by the scanner, before its unit, qualifier and time are read. */
record FigureMention(Located text, FigureValue value, boolean inWords) {
}
