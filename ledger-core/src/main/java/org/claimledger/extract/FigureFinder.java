package org.claimledger.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimledger.model.Language;
import org.claimledger.model.Qualifier;
import org.claimledger.numbers.FigureReader;

/** The figures of one clause, each with its qualifier, unit and time scope. */
final class FigureFinder {
    private static final Pattern PER_CENT = Pattern.compile("(?is).*\\bper ?cent[o]?|.*percent");
    private static final Pattern IT_VERB_AFTER = Pattern.compile(
            "(?s)^\\s+(?:sono|erano|sarebbero|hanno|avevano)\\b.*");
    /** "tre dei suoi", "due delle quali", "tre dei fermati": a part of a group, named by a noun or a pronoun. */
    private static final Pattern IT_PART_OF_GROUP = Pattern.compile(
            "(?s)^\\s+(?:dei|degli|delle)\\s+\\p{Ll}.*");
    /** "sono cinque gli azzurri in finale", "restano tre": a number after a verb of being counts its subject. */
    private static final Pattern IT_VERB_BEFORE = Pattern.compile(
            "(?s).*\\b(?:sono|erano|saranno|sarebbero|restano|rimangono|risultano|furono)\\s+$");
    private static final Pattern EN_VERB_AFTER = Pattern.compile("(?s)^\\s+(?:are|were|have|had)\\b.*");
    private static final Pattern EN_PART_OF_GROUP = Pattern.compile(
            "(?s)^\\s+of\\s+(?:his|her|their|its|the|whom|which|us|you|our|your)\\b.*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern FRACTION_DENOMINATOR = Pattern.compile(
            "(?s)[\\s-]+(?i:terzi|quarti|quinti|sesti|decimi|thirds|quarters|fifths|tenths)\\b.*");
    private static final Pattern IT_PARTITIVE = Pattern.compile("(?s)\\s+di\\s+(?:loro|essi|esse|questi|queste)\\b.*");
    private static final Pattern EN_PARTITIVE = Pattern.compile("(?s)\\s+of\\s+(?:them|those|these)\\b.*");
    private static final Pattern EN_CHANGE_TO = Pattern.compile("(?s).*\\b(?:rose|risen|fell|fallen|climbed|grew"
            + "|increased|dropped|jumped|rising|falling)\\s+to\\s+$");
    private static final Pattern IT_CHANGE_TO = Pattern.compile(
            "(?s).*\\b(?:salit|scesi|sces|arrivat|passat|aumentat|calat|cresciut|lievitat)\\p{L}*\\s+a\\s+$");
    private FigureFinder() {
    }

    static List<CandidateFigure> in(String source, Located clause, Language language) {
        List<Located> times = TimeScope.whenNeeded(source, clause.start(), clause.end(), language);
        List<CandidateFigure> figures = new ArrayList<>();
        String previousNoun = null;
        List<FigureMention> mentions = NumberScanner.scan(source, clause.start(), clause.end(), language, times);
        java.util.Set<FigureMention> shares = Proportions.in(source, clause.start(), mentions, language);
        for (FigureMention mention : mentions) {
            if (mention.inWords() && isFractionNumerator(source, mention, clause.end()) || shares.contains(mention)) {
                // "due terzi dei comuni", "two thirds of voters", "one in five": a fraction or a share, not a count
                continue;
            }
            if (mention.kind() == FigureMention.Kind.AMOUNT && (RaceDistances.isEventOrPoint(source, clause.start(),
                    clause.end(), mention.text().start(), mention.text().end(), language)
                    || isDenominator(source, clause, mention.text(), language))) {
                continue;
            }
            String unit = switch (mention.kind()) {
                case DURATION -> language == Language.IT ? "secondi" : "seconds";
                case MULTIPLIER -> language == Language.IT ? "volte" : "times";
                default -> UnitPhrase.after(source, mention, clause.end(), language, times, previousNoun);
            };
            if (mention.inWords() && unit == null && isPartitive(source, mention, clause.end(), language)) {
                unit = language == Language.IT ? "di loro" : "of them";
            }
            if (mention.inWords() && unit == null && !standsForACount(source, mention, clause, language)) {
                // "uno dei", "one of them": a number word counts only what it names
                continue;
            }
            Qualifier qualifier = QualifierReader.before(source, clause.start(), mention.text().start(), language);
            if (qualifier == Qualifier.EXACTLY && language == Language.IT && isGroupNoun(mention, language)) {
                // "una trentina di famiglie": about thirty
                qualifier = Qualifier.ABOUT;
            }
            figures.add(new CandidateFigure(mention.text(), mention.value(), unit, qualifier,
                    period(source, times, mention.text())));
            String noun = mention.kind() == FigureMention.Kind.AMOUNT ? UnitPhrase.headNoun(unit) : null;
            previousNoun = noun != null ? noun : previousNoun;
        }
        return figures;
    }

    /**
     * A number in words with no noun after it is still a count where the sentence says what it counts: a group noun
     * or a percent ("a dozen", "seven per cent"), the end of a change ("rose to nine", "sono saliti a nove"), the
     * subject of a verb ("soltanto tre sono stati completati"), or a part of a group ("Two of his clients"; "One of
     * the ships" only picks one out).
     */
    private static boolean standsForACount(String source, FigureMention mention, Located clause, Language language) {
        if (isGroupNoun(mention, language) || PER_CENT.matcher(mention.text().text()).matches()) {
            return true;
        }
        boolean several = mention.value().value().compareTo(BigDecimal.ONE) > 0;
        String before = source.substring(Math.max(clause.start(), mention.text().start() - 30), mention.text().start())
                .toLowerCase(java.util.Locale.ROOT);
        String after = source.substring(mention.text().end(), Math.min(clause.end(), mention.text().end() + 25))
                .toLowerCase(java.util.Locale.ROOT);
        if (isEndOfChangeInWords(before, after, language)) {
            return true;
        }
        if (language == Language.IT) {
            return IT_CHANGE_TO.matcher(before).matches()
                    || several && IT_VERB_BEFORE.matcher(before).matches()
                    || IT_VERB_AFTER.matcher(after).matches()
                    || several && IT_PART_OF_GROUP.matcher(after).matches();
        }
        return EN_CHANGE_TO.matcher(before).matches()
                || EN_VERB_AFTER.matcher(after).matches()
                || several && EN_PART_OF_GROUP.matcher(after).matches();
    }

    private static final Pattern IT_FROM = Pattern.compile("(?s).*\\bda\\s+$");
    private static final Pattern IT_TO_NUMBER = Pattern.compile("(?s)^\\s+a\\s+(\\p{L}+).*");
    private static final Pattern EN_TO_NUMBER = Pattern.compile("(?s)^\\s+to\\s+(\\p{L}+).*");
    private static final Pattern IT_FROM_NUMBER_TO = Pattern.compile("(?s).*\\bda\\s+(\\p{L}+)\\s+a\\s+$");
    private static final Pattern EN_FROM_NUMBER_TO = Pattern.compile("(?s).*\\bfrom\\s+(\\p{L}+)\\s+to\\s+$");

    /**
     * "portato da quattro a cinque il numero", "raised from two to three the ...": both ends of a change written in
     * words count, though no noun follows either.
     */
    private static boolean isEndOfChangeInWords(String before, String after, Language language) {
        boolean italian = language == Language.IT;
        Matcher to = (italian ? IT_TO_NUMBER : EN_TO_NUMBER).matcher(after);
        if ((italian ? IT_FROM : NumberScanner.EN_RANGE_FROM).matcher(before).matches() && to.matches()
                && FigureReader.isNumberWord(to.group(1), language)) {
            return true;
        }
        Matcher from = (italian ? IT_FROM_NUMBER_TO : EN_FROM_NUMBER_TO).matcher(before);
        return from.matches() && FigureReader.isNumberWord(from.group(1), language);
    }

    /**
     * "92 pensionati ogni cento lavoratori", "£3 for every £10 spent", "12 cases per 100,000 people": the denominator of
     * a rate is not a figure; the rate's numerator is. An interval of time is measured, so it stays one: "una volta
     * ogni cinque giorni", "every three years".
     */
    private static boolean isDenominator(String source, Located clause, Located figure, Language language) {
        int end = figure.start();
        while (end > clause.start() && Character.isWhitespace(source.charAt(end - 1))) {
            end--;
        }
        int word = end;
        while (word > clause.start() && Character.isLetter(source.charAt(word - 1))) {
            word--;
        }
        String previous = source.substring(word, end);
        if (end == figure.start() || !(language == Language.IT ? previous.equals("ogni")
                : previous.equals("every") || previous.equals("per"))) {
            return false;
        }
        int next = figure.end();
        while (next < clause.end() && Character.isWhitespace(source.charAt(next))) {
            next++;
        }
        int nextEnd = next;
        while (nextEnd < clause.end() && Character.isLetter(source.charAt(nextEnd))) {
            nextEnd++;
        }
        return !TIME_UNITS.contains(CaseFold.of(source, next, nextEnd));
    }

    private static final java.util.Set<String> TIME_UNITS = java.util.Set.of("giorni", "anni", "mesi", "settimane",
            "ore", "minuti", "secondi", "days", "years", "months", "weeks", "hours", "minutes", "seconds", "decades",
            "decenni");

    private static boolean isGroupNoun(FigureMention mention, Language language) {
        String[] words = SPACES.split(mention.text().text().toLowerCase(java.util.Locale.ROOT));
        return FigureReader.isGroupNoun(words[words.length - 1], language);
    }

    private static boolean isFractionNumerator(String source, FigureMention mention, int end) {
        String after = source.substring(mention.text().end(), Math.min(end, mention.text().end() + 12));
        return FRACTION_DENOMINATOR.matcher(after).matches();
    }

    /**
     * "per tre di loro", "two of them": a number word of two or more counts the people named before; "uno di loro",
     * "one of them" only picks one out.
     */
    private static boolean isPartitive(String source, FigureMention mention, int end, Language language) {
        String after = source.substring(mention.text().end(), Math.min(end, mention.text().end() + 12));
        return mention.value().value().compareTo(BigDecimal.ONE) > 0 && (language == Language.IT
                ? IT_PARTITIVE.matcher(after).matches()
                : EN_PARTITIVE.matcher(after).matches());
    }

    /**
     * The first time expression after the figure in its clause, else the last one before it. A date that follows a
     * number which is not a figure ("decreto n. 199 del 2021") dates that identifier, not the figure.
     */
    private static Located period(String source, List<Located> times, Located figure) {
        Located before = null;
        for (Located time : times) {
            if (datesAnIdentifier(source, time, figure)) {
                continue;
            }
            if (time.start() >= figure.end()) {
                return time;
            }
            if (time.end() <= figure.start()) {
                before = time;
            }
        }
        return before;
    }

    private static boolean datesAnIdentifier(String source, Located time, Located figure) {
        int at = time.start();
        while (at > 0 && Character.isWhitespace(source.charAt(at - 1))) {
            at--;
        }
        return at > 0 && Character.isDigit(source.charAt(at - 1)) && !figure.contains(at - 1);
    }
}
