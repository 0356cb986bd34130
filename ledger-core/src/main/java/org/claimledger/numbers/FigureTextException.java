package org.claimledger.numbers;

/** The text of a figure could not be read as a number; the message quotes the text and says why. */
public final class FigureTextException extends Exception {
    public FigureTextException(String message) {
        super(message);
    }
}
