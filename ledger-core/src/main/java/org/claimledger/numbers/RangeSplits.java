package org.claimledger.numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimledger.model.Language;

/**
 * Finds the ways a figure text could be a range: "tra 10 e 12", "fra", "da 10 a 12", "between 10 and 12",
 * "from 10 to 12", "10 to 12", "10-12", "10–12", "due o tre", "two or three". Each candidate is a pair (lower text,
 * upper text); the reader tries them in
 * order, since a conjunction may also sit inside a number ("un milione e duecentomila").
 */
final class RangeSplits {
    private static final Pattern ITALIAN = Pattern.compile("^(?:(tra|fra) (.+)|(da) (.+))$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENGLISH = Pattern.compile("^(?:(between) (.+)|(from) (.+))$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ARTICLE = Pattern.compile("^(?:il |i |gli |lo |l['’])", Pattern.CASE_INSENSITIVE);

    private RangeSplits() {
    }

    static List<String[]> of(String text, Language language) throws FigureTextException {
        Matcher worded = (language == Language.IT ? ITALIAN : ENGLISH).matcher(text);
        if (worded.matches()) {
            boolean first = worded.group(1) != null;
            String body = first ? worded.group(2) : worded.group(4);
            String joiner = joinerFor((first ? worded.group(1) : worded.group(3)).toLowerCase(Locale.ROOT));
            List<String[]> splits = splitsOn(body, " " + joiner + " ");
            if (language == Language.IT) {
                // "tra il 3 e il 4%", "tra i 16 e i 18 miliardi": Italian puts an article before each end of a range
                for (String[] split : splits) {
                    split[0] = ARTICLE.matcher(split[0]).replaceFirst("");
                    split[1] = ARTICLE.matcher(split[1]).replaceFirst("");
                }
            }
            if (splits.isEmpty()) {
                throw new FigureTextException("'" + text + "' opens a range but has no '" + joiner + "'");
            }
            return splits;
        }
        String or = language == Language.IT ? " o " : " or ";
        if (text.toLowerCase(Locale.ROOT).contains(or)) {
            // "two or three", "4 or 5 per cent": an estimate between two numbers
            List<String[]> splits = splitsOn(text, or);
            if (!splits.isEmpty()) {
                return splits;
            }
        }
        if (language == Language.EN && startsWithNumber(text)) {
            // "10 to 15", "2 to 3 per cent", "$4 million to $5 million": English writes a range with "to" and no
            // opener too
            List<String[]> splits = splitsOn(text, " to ");
            if (!splits.isEmpty()) {
                return splits;
            }
        }
        return dashSplits(text);
    }

    /** A digit first, or a currency sign and a digit: "10 to 15", "£4m to £5m". */
    private static boolean startsWithNumber(String text) {
        int at = !text.isEmpty() && "$£€".indexOf(text.charAt(0)) >= 0 ? 1 : 0;
        return at < text.length() && DigitNumber.isDigit(text.charAt(at));
    }

    private static String joinerFor(String opener) {
        switch (opener) {
            case "tra":
            case "fra":
                return "e";
            case "da":
                return "a";
            case "between":
                return "and";
            default:
                return "to";
        }
    }

    private static List<String[]> splitsOn(String body, String joiner) {
        List<String[]> splits = new ArrayList<>();
        String lower = body.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(joiner); at >= 0; at = lower.indexOf(joiner, at + 1)) {
            splits.add(new String[] {body.substring(0, at), body.substring(at + joiner.length())});
        }
        return splits;
    }

    /** "10-12", "10 – 12", "10%-12%", "$10-12 million": a dash between a digit or percent and a digit or currency. */
    private static List<String[]> dashSplits(String text) {
        List<String[]> splits = new ArrayList<>();
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c != '-' && c != '\u2013') {
                continue;
            }
            String lower = text.substring(0, at).strip();
            String upper = text.substring(at + 1).strip();
            if (lower.isEmpty() || upper.isEmpty()) {
                continue;
            }
            char before = lower.charAt(lower.length() - 1);
            char after = upper.charAt(0);
            if ((DigitNumber.isDigit(before) || before == '%') && (DigitNumber.isDigit(after) || "$€£¥".indexOf(after) >= 0)) {
                splits.add(new String[] {lower, upper});
            }
        }
        return splits;
    }
}
