package org.claimledger.numbers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.claimledger.model.Language;

/**
 * A span of time written in two or more units, such as a race or finishing time, read as one number of seconds:
 * "2hr 11min 03sec" (7863), "2 hours 5 minutes" (7500), "tre minuti e dodici secondi" (192), and the Italian prime
 * notation, minutes ' seconds " hundredths: {@code 1'58"40} (118.40), {@code 4'05"} (245). The units go from larger
 * to smaller, each at most once, and a unit below another stays under it (no "2h 75min"); a decimal is allowed on
 * seconds only. A time in one unit ("12 hours") is not read here: it is a figure of that unit.
 */
public final class Durations {
    private static final int HOUR = 3600;
    private static final int MINUTE = 60;
    private static final int SECOND = 1;
    private static final Map<String, Integer> ENGLISH_UNITS = Map.ofEntries(Map.entry("h", HOUR),
            Map.entry("hr", HOUR), Map.entry("hrs", HOUR), Map.entry("hour", HOUR), Map.entry("hours", HOUR),
            Map.entry("m", MINUTE), Map.entry("min", MINUTE), Map.entry("mins", MINUTE), Map.entry("minute", MINUTE),
            Map.entry("minutes", MINUTE), Map.entry("s", SECOND), Map.entry("sec", SECOND),
            Map.entry("secs", SECOND), Map.entry("second", SECOND), Map.entry("seconds", SECOND));
    /** Italian copy also writes race times with the English abbreviations: "2hr 07min 12sec". */
    private static final Map<String, Integer> ITALIAN_UNITS = Map.ofEntries(Map.entry("h", HOUR),
            Map.entry("hr", HOUR), Map.entry("hrs", HOUR), Map.entry("ora", HOUR), Map.entry("ore", HOUR),
            Map.entry("m", MINUTE), Map.entry("min", MINUTE), Map.entry("mins", MINUTE), Map.entry("minuto", MINUTE),
            Map.entry("minuti", MINUTE), Map.entry("s", SECOND), Map.entry("sec", SECOND), Map.entry("secs", SECOND),
            Map.entry("secondo", SECOND), Map.entry("secondi", SECOND));
    /** The first letters of every unit word of both languages, each once: a word starting otherwise is no unit. */
    private static final String UNIT_INITIALS = Stream.concat(ENGLISH_UNITS.keySet().stream(),
            ITALIAN_UNITS.keySet().stream()).map(unit -> unit.substring(0, 1)).distinct().sorted()
            .collect(Collectors.joining());
    /** The length of the longest unit word ("minutes", "seconds", "secondi"): a longer word is no unit of time. */
    private static final int LONGEST_UNIT = Stream.concat(ENGLISH_UNITS.keySet().stream(),
            ITALIAN_UNITS.keySet().stream()).mapToInt(String::length).max().orElseThrow();
    private static final List<String> ONE = List.of("un", "uno", "una", "one", "an");
    private static final String MINUTE_MARKS = "'\u2019\u2032";
    private static final String SECOND_MARKS = "\"\u201D\u2033";

    /** Where a duration found in a text ends, and its value in seconds. */
    public record Found(int end, BigDecimal seconds) {
    }

    private Durations() {
    }

    /**
     * The duration that starts at start (a digit, or the first letter of a number word) and ends by to, or null when
     * none does: fewer than two units, units out of order, or a number that is not one.
     */
    public static Found at(String text, int start, int to, Language language) {
        Map<String, Integer> units = language == Language.IT ? ITALIAN_UNITS : ENGLISH_UNITS;
        int at = start;
        int lastUnit = Integer.MAX_VALUE;
        int segments = 0;
        int end = -1;
        BigDecimal total = BigDecimal.ZERO;
        while (at < to) {
            int numberEnd = numberEnd(text, at, to, language);
            if (numberEnd < 0) {
                break;
            }
            boolean digits = DigitNumber.isDigit(text.charAt(at));
            int unit;
            int unitEnd;
            char mark = numberEnd < to ? text.charAt(numberEnd) : ' ';
            if (digits && MINUTE_MARKS.indexOf(mark) >= 0) {
                unit = MINUTE;
                unitEnd = numberEnd + 1;
            } else if (digits && SECOND_MARKS.indexOf(mark) >= 0) {
                unit = SECOND;
                unitEnd = numberEnd + 1;
            } else {
                int wordStart = numberEnd;
                if (wordStart < to && (text.charAt(wordStart) == ' ' || text.charAt(wordStart) == '\u00A0')) {
                    wordStart++;
                } else if (!digits) {
                    break;
                }
                int wordEnd = wordStart;
                while (wordEnd < to && Character.isLetter(text.charAt(wordEnd))) {
                    wordEnd++;
                }
                if (wordEnd == wordStart || wordEnd - wordStart > LONGEST_UNIT
                        || wordEnd < to && Character.isDigit(text.charAt(wordEnd))) {
                    break;
                }
                if (UNIT_INITIALS.indexOf(Character.toLowerCase(text.charAt(wordStart))) < 0) {
                    break; // "5 million", "3 anni": no unit, and most words are not one
                }
                String word = text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT);
                Integer found = units.get(word);
                if (found == null || word.length() == 1 && !digits) {
                    break;
                }
                unit = found;
                unitEnd = wordEnd;
            }
            // the number is read only once a unit follows it: most numbers have none
            BigDecimal number = digits ? digitsValue(text.substring(at, numberEnd), language)
                    : wordValue(text.substring(at, numberEnd), language);
            if (number == null) {
                break;
            }
            if (unitEnd == numberEnd + 1 && SECOND_MARKS.indexOf(mark) >= 0 && number.scale() == 0) {
                // 58"40: hundredths written after the seconds' mark
                int fraction = unitEnd;
                while (fraction < to && fraction - unitEnd < 2 && DigitNumber.isDigit(text.charAt(fraction))) {
                    fraction++;
                }
                if (fraction > unitEnd && (fraction >= to || !Character.isLetterOrDigit(text.charAt(fraction)))) {
                    number = number.add(new BigDecimal("0." + text.substring(unitEnd, fraction)));
                    unitEnd = fraction;
                }
            }
            if (unit >= lastUnit || number.scale() > 0 && unit != SECOND
                    || lastUnit != Integer.MAX_VALUE && number.compareTo(BigDecimal.valueOf(lastUnit / unit)) >= 0) {
                break;
            }
            total = total.add(number.multiply(BigDecimal.valueOf(unit)));
            segments++;
            lastUnit = unit;
            end = unitEnd;
            at = afterJoiner(text, unitEnd, to, language);
        }
        return segments >= 2 ? new Found(end, total) : null;
    }

    /** The whole text read as a duration in seconds, or null when it is not one. */
    static BigDecimal read(String text, Language language) {
        if (text.isEmpty() || !Character.isLetterOrDigit(text.charAt(0))) {
            return null;
        }
        Found found = at(text, 0, text.length(), language);
        return found != null && found.end() == text.length() ? found.seconds() : null;
    }

    /** Where the next number may start after a unit: right after a mark, or after a space, comma or "and"/"e". */
    private static int afterJoiner(String text, int at, int to, Language language) {
        if (at < to && DigitNumber.isDigit(text.charAt(at))) {
            return at;
        }
        int next = at;
        if (next < to && text.charAt(next) == ',') {
            next++;
        }
        if (next >= to || text.charAt(next) != ' ') {
            return to;
        }
        next++;
        String and = language == Language.IT ? "e " : "and ";
        if (text.regionMatches(true, next, and, 0, and.length())) {
            next += and.length();
        }
        return next;
    }

    /** The end of digits (with one decimal mark) or of a word (an English one may hold hyphens) at at, or -1. */
    private static int numberEnd(String text, int at, int to, Language language) {
        char first = text.charAt(at);
        int end = at;
        if (DigitNumber.isDigit(first)) {
            while (end < to && DigitNumber.isDigit(text.charAt(end))) {
                end++;
            }
            char decimal = DigitNumber.decimalMark(language);
            if (end + 1 < to && text.charAt(end) == decimal && DigitNumber.isDigit(text.charAt(end + 1))) {
                end++;
                while (end < to && DigitNumber.isDigit(text.charAt(end))) {
                    end++;
                }
            }
            return end;
        }
        if (!Character.isLetter(first)) {
            return -1;
        }
        while (end < to && (Character.isLetter(text.charAt(end))
                || language == Language.EN && text.charAt(end) == '-' && end + 1 < to
                        && Character.isLetter(text.charAt(end + 1)))) {
            end++;
        }
        return end;
    }

    private static BigDecimal digitsValue(String digits, Language language) {
        return new BigDecimal(digits.replace(DigitNumber.decimalMark(language), '.'));
    }

    private static BigDecimal wordValue(String word, Language language) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (ONE.contains(lower)) {
            return BigDecimal.ONE;
        }
        try {
            if (language == Language.IT) {
                return ItalianNumberWords.isNumberWord(lower)
                        ? BigDecimal.valueOf(ItalianNumberWords.read(List.of(lower), word)) : null;
            }
            List<String> parts = List.of(lower.split("-"));
            for (String part : parts) {
                if (!EnglishNumberWords.isNumberWord(part)) {
                    return null;
                }
            }
            return BigDecimal.valueOf(EnglishNumberWords.read(parts, word));
        } catch (FigureTextException e) {
            return null;
        }
    }
}
