package org.claimledger.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    /**
     * "sono cinque gli azzurri in finale", "restano tre", "erano in trecento": a number after a verb of being (with
     * the "in" of "essere in tre") counts its subject.
     */
    private static final Pattern IT_VERB_BEFORE = Pattern.compile(
            "(?s).*\\b(?:sono|erano|saranno|sarebbero|restano|rimangono|risultano|furono)\\s+(?:in\\s+)?$");
    private static final Pattern EN_VERB_AFTER = Pattern.compile("(?s)^\\s+(?:are|were|have|had)\\b.*");
    private static final Pattern EN_PART_OF_GROUP = Pattern.compile(
            "(?s)^\\s+of\\s+(?:his|her|their|its|the|whom|which|us|you|our|your)\\b.*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern FRACTION_DENOMINATOR = Pattern.compile(
            "(?s)[\\s-]+(?i:terzi|quarti|quinti|sesti|decimi|thirds|quarters|fifths|tenths)\\b.*");
    private static final Pattern IT_PARTITIVE = Pattern.compile("(?s)\\s+di\\s+(?:loro|essi|esse|questi|queste)\\b.*");
    private static final Pattern EN_PARTITIVE = Pattern.compile("(?s)\\s+of\\s+(?:them|those|these)\\b.*");
    /** "ne ha acquisite due", "ne sono rimasti tre": the clitic "ne" stands for the noun the number counts. */
    private static final Pattern IT_CLITIC_NE = Pattern.compile("(?s).*\\bne\\s+(?:\\p{L}+\\s+){1,2}$");
    /** "rose to", "swelled to", "sono saliti a", "balzati a": the word before "to" (or "a") and that word. */
    private static final Pattern EN_WORD_TO = Pattern.compile("(?s).*\\b(\\p{L}+)\\s+to\\s+$");
    private static final Pattern IT_WORD_TO = Pattern.compile("(?s).*\\b(\\p{L}+)\\s+a\\s+$");
    /** "arrivati a nove": reaching a number ends a change as a verb of change does. */
    private static final Set<String> REACHED = Set.of("arrivato", "arrivata", "arrivati", "arrivate");
    private FigureFinder() {
    }

    static List<CandidateFigure> in(String source, Located clause, Language language) {
        List<Located> times = TimeScope.whenNeeded(source, clause.start(), clause.end(), language);
        List<CandidateFigure> figures = new ArrayList<>();
        String previousNoun = null;
        List<FigureMention> mentions = NumberScanner.scan(source, clause.start(), clause.end(), language, times);
        Set<FigureMention> shares = Proportions.in(source, clause.start(), mentions, language);
        for (FigureMention found : mentions) {
            FigureMention mention = found.number();
            if (mention.inWords() && isFractionNumerator(source, mention, clause.end()) || shares.contains(found)) {
                // "due terzi dei comuni", "two thirds of voters", "one in five": a fraction or a share, not a count
                continue;
            }
            if (mention.inWords() && isDeterminerOne(source, mention, clause, language)
                    || boundsAPeriod(source, clause, mention, language)) {
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
            if (unit == null && found.kind() == FigureMention.Kind.ONE) {
                // "per un'ora": the unit is written in the figure's own text ("ora" alone may also be "now")
                unit = source.substring(mention.text().end(), found.text().end()).strip();
            }
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
            figures.add(new CandidateFigure(found.text(), found.value(), unit, qualifier,
                    period(source, times, found.text())));
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
            return isChangeTo(before, language) || IT_CLITIC_NE.matcher(before).matches()
                    || several && IT_VERB_BEFORE.matcher(before).matches()
                    || IT_VERB_AFTER.matcher(after).matches()
                    || several && IT_PART_OF_GROUP.matcher(after).matches();
        }
        return isChangeTo(before, language)
                || EN_VERB_AFTER.matcher(after).matches()
                || several && EN_PART_OF_GROUP.matcher(after).matches();
    }

    /** "rose to nine", "swelled to nine", "sono lievitati a nove", "arrivati a nove": the end of a change. */
    private static boolean isChangeTo(String before, Language language) {
        Matcher word = (language == Language.IT ? IT_WORD_TO : EN_WORD_TO).matcher(before);
        return word.matches() && (ChangeWords.isChange(word.group(1), language)
                || language == Language.IT && REACHED.contains(word.group(1)));
    }

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
        Pattern from = italian ? NumberScanner.IT_RANGE_FROM : NumberScanner.EN_RANGE_FROM;
        if (from.matcher(before).matches() && to.matches() && FigureReader.isNumberWord(to.group(1), language)) {
            return true;
        }
        Matcher fromNumber = (italian ? IT_FROM_NUMBER_TO : EN_FROM_NUMBER_TO).matcher(before);
        return fromNumber.matches() && FigureReader.isNumberWord(fromNumber.group(1), language);
    }

    private static final Set<String> OTHERS = Set.of("another", "other", "others", "altro", "altra", "altri",
            "altre", "l'altro", "l'altra", "un'altra");

    /** Words after which a number says which stretch of time, not how many: "le ultime due campagne", "the past three". */
    private static final Set<String> LAST_OR_PAST = Set.of("ultimi", "ultime", "scorsi", "scorse", "last", "past");
    private static final Set<String> AFTER = Set.of("dopo", "after");
    /**
     * "nelle ultime due campagne", "over the past three seasons", "dopo due annate difficili", "after two seasons": a
     * number of stretches of time that says when something happened bounds it (a period, in the gold README's
     * conventions), it does not state a quantity; "gli ultimi tre stipendi" counts salaries.
     */
    private static boolean boundsAPeriod(String source, Located clause, FigureMention mention, Language language) {
        if (mention.kind() != FigureMention.Kind.AMOUNT) {
            return false;
        }
        String word = NumberScanner.wordBefore(source, clause.start(), mention.text().start());
        if (!LAST_OR_PAST.contains(word) && !AFTER.contains(word)) {
            return false;
        }
        List<Token> before = Token.of(source, Token.spaceAtOrBefore(source, clause.start(),
                mention.text().start() - 16), mention.text().start());
        if (before.isEmpty()) {
            return false;
        }
        String previous = before.get(before.size() - 1).key();
        boolean lastOrPast = LAST_OR_PAST.contains(previous) && before.size() >= 2
                && (Lexicon.isArticle(before.get(before.size() - 2).key(), language)
                        || Lexicon.isMergedArticle(before.get(before.size() - 2).key(), language));
        if (!lastOrPast && !AFTER.contains(previous)) {
            return false;
        }
        List<Token> after = Token.of(source, mention.text().end(), Math.min(clause.end(), mention.text().end() + 16));
        return !after.isEmpty() && TimeScope.isPeriodNoun(after.get(0).key());
    }

    private static final Set<String> ARTICLES_OF_OTHER = Set.of("the", "l'", "un'", "un", "gli", "le");
    /** The joiners of "from one ... to another", "da uno all'altro": they answer a "one" that follows "from". */
    private static final Set<String> TO_JOINERS = Set.of("to", "into", "a", "all'", "nell'", "ad");
    /** The joiners of "one or the other", "l'una o l'altra": they answer a "one" three words back at most. */
    private static final Set<String> OR_JOINERS = Set.of("or", "nor", "o", "né");
    private static final Set<String> FROM = Set.of("from", "da");

    /**
     * "from one ... to another", "one or the other", "o l'altra", "da uno all'altro": the other half of "one ...
     * another", not a second count; "One man was taken to another station" is no such pair.
     */
    private static boolean answersOne(List<Token> tokens, int other, boolean fromOne) {
        int i = other - 1;
        while (i >= 0 && ARTICLES_OF_OTHER.contains(tokens.get(i).key())) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        String joiner = tokens.get(i).key();
        return fromOne && TO_JOINERS.contains(joiner) || i <= 3 && OR_JOINERS.contains(joiner);
    }

    /**
     * "One trader said", "from one client to another", "l'una o l'altra": "one" picks out a member, it does not count,
     * where the noun phrase it opens is the subject of a reporting cue (the speaker is one of a group, as in "One said")
     * or where the other half answers it: "to another" after "from one" ("da uno all'altro"), "or the other" within
     * three words. "One person died", "one million", "one killed and another injured", "One man was taken to another
     * station" still count.
     */
    private static boolean isDeterminerOne(String source, FigureMention mention, Located clause, Language language) {
        if (mention.value().value().compareTo(BigDecimal.ONE) != 0 || mention.text().text().indexOf(' ') >= 0) {
            return false;
        }
        boolean fromOne = FROM.contains(NumberScanner.wordBefore(source, clause.start(), mention.text().start()));
        List<Token> after = Token.of(source, mention.text().end(), clause.end());
        CueLexicon cues = CueLexicon.of(language);
        for (int i = 0; i < after.size(); i++) {
            Token token = after.get(i);
            if (OTHERS.contains(token.key()) && answersOne(after, i, fromOne)) {
                return true;
            }
            if (i < 6 && token.isWord() && cues.finite().contains(token.key())
                    && after.subList(0, i).stream().allMatch(Token::isWord)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "92 pensionati ogni cento lavoratori", "£3 for every £10 spent", "12 cases per 100,000 people": the denominator of
     * a rate is not a figure; the rate's numerator is. An interval of time is measured, so it stays one: "una volta
     * ogni cinque giorni", "every three years".
     */
    private static boolean isDenominator(String source, Located clause, Located figure, Language language) {
        String previous = NumberScanner.wordBefore(source, clause.start(), figure.start());
        if (!(language == Language.IT ? previous.equals("ogni") : previous.equals("every") || previous.equals("per"))) {
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

    private static final Set<String> TIME_UNITS = Set.of("giorni", "anni", "mesi", "settimane",
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
