package org.claimledger.numbers;

import java.math.BigDecimal;

import org.claimledger.model.Language;

/**
 * Reads a number written with digits in a language's convention: Italian "11.000" and "1,5", English "11,000" and
 * "1.5". A no-break or thin space groups thousands in either language. A grouping mark must be followed by exactly
 * three digits, so "1.5" in Italian and "1,5" in English are errors rather than silent misreadings.
 */
final class DigitNumber {
    private DigitNumber() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isSpaceGroupMark(char c) {
        return c == '\u00A0' || c == '\u2009' || c == '\u202F';
    }

    static char decimalMark(Language language) {
        return language == Language.IT ? ',' : '.';
    }

    static char groupMark(Language language) {
        return language == Language.IT ? '.' : ',';
    }

    /** True for characters that can appear inside a digit number in this language. */
    static boolean isNumberChar(char c, Language language) {
        return isDigit(c) || c == decimalMark(language) || c == groupMark(language) || isSpaceGroupMark(c);
    }

    static BigDecimal read(String text, Language language) throws FigureTextException {
        char decimal = decimalMark(language);
        int decimalAt = text.indexOf(decimal);
        if (decimalAt >= 0 && text.indexOf(decimal, decimalAt + 1) >= 0) {
            throw new FigureTextException("'" + text + "' has more than one decimal mark '" + decimal + "' ("
                    + language.code() + ")");
        }
        String integer = decimalAt < 0 ? text : text.substring(0, decimalAt);
        String fraction = decimalAt < 0 ? "" : text.substring(decimalAt + 1);
        if (decimalAt >= 0 && !allDigits(fraction)) {
            throw new FigureTextException("'" + text + "' must have only digits after the decimal mark '" + decimal
                    + "' (" + language.code() + ")");
        }
        String digits = ungroup(integer, text, language);
        return new BigDecimal(decimalAt < 0 ? digits : digits + "." + fraction);
    }

    private static String ungroup(String integer, String whole, Language language) throws FigureTextException {
        if (integer.isEmpty() || !isDigit(integer.charAt(0))) {
            throw new FigureTextException("'" + whole + "' must start with a digit");
        }
        char mark = 0;
        StringBuilder digits = new StringBuilder();
        int run = 0;
        for (int i = 0; i < integer.length(); i++) {
            char c = integer.charAt(i);
            if (isDigit(c)) {
                digits.append(c);
                run++;
                continue;
            }
            boolean grouping = c == groupMark(language) || isSpaceGroupMark(c);
            if (!grouping) {
                throw new FigureTextException("'" + whole + "' has '" + c + "' where a digit was expected");
            }
            if (mark != 0 && c != mark) {
                throw new FigureTextException("'" + whole + "' mixes grouping marks '" + mark + "' and '" + c + "'");
            }
            if (mark == 0 && run > 3) {
                throw new FigureTextException("'" + whole + "' has more than three digits before the grouping mark '"
                        + c + "'");
            }
            if (mark != 0 && run != 3) {
                throw new FigureTextException(groupError(whole, mark, language));
            }
            mark = c;
            run = 0;
        }
        if (mark != 0 && run != 3) {
            throw new FigureTextException(groupError(whole, mark, language));
        }
        return digits.toString();
    }

    private static String groupError(String whole, char mark, Language language) {
        return "'" + whole + "' has a grouping mark '" + mark + "' not followed by exactly three digits ("
                + language.code() + " writes decimals with '" + decimalMark(language) + "')";
    }

    private static boolean allDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
