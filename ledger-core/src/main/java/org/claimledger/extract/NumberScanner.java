package org.claimledger.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimledger.model.Language;
import org.claimledger.numbers.Durations;
import org.claimledger.numbers.FigureReader;
import org.claimledger.numbers.FigureTextException;
import org.claimledger.numbers.FigureValue;

/**
 * Finds the figures in a stretch of text: numbers in digits or words with their currency sign, scale word and
 * percent, and ranges. Identifiers (resolution numbers, model names such as "S-300", "G7"), years, dates, clock times
 * and ordinals are not figures. Every text it returns reads with {@link FigureReader} to the value it carries.
 */
final class NumberScanner {
    private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern CENTURY_YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern IT_GLUED_SCALE = Pattern.compile("(?:mila|mln|mld|mrd)\\b.*|(?:mila|mln|mld|mrd)");
    private static final Pattern EN_GLUED_SCALE = Pattern.compile("(?:bn|mn|tn)\\b.*|(?:bn|mn|tn)");
    private static final Pattern EN_GLUED_THOUSANDS_OR_MILLIONS = Pattern.compile("[mk]\\b.*|[mk]");
    private static final Pattern EN_MONTH_ABBREVIATION = Pattern.compile(
            "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\.?");
    /** Text that ends with "da ", "dai ", "dagli ": a range or a change may start after it. */
    static final Pattern IT_RANGE_FROM = Pattern.compile("(?s).*\\b(?:da|dai|dagli)\\s+$");
    /** Text that ends with "from ": a range or a change may start after it. */
    static final Pattern EN_RANGE_FROM = Pattern.compile("(?s).*\\bfrom\\s+$");
    private static final Pattern UP_TO_LAST_SPACE = Pattern.compile("(?s).*\\s");
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(?:US\\$|\\$|€|£|¥)[ \\u00A0\\u202F]?$");
    private static final Pattern IT_AFTER = Pattern.compile(
            "^(?:[ \\u00A0\\u202F]?mila\\b|[ \\u00A0\\u202F](?:milion[ei]|miliard[oi]|mln|mld|mrd)\\b|(?:mln|mld|mrd)\\b)?"
                    + "(?:[ \\u00A0\\u202F\\u2009]?%|[ \\u00A0]per ?cento\\b|[ \\u00A0\\u202F]?€)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EN_AFTER = Pattern.compile(
            "^(?:[ \\u00A0\\u202F](?:thousand|million|billion|trillion)\\b|[ \\u00A0\\u202F]?(?:bn|mn|tn)\\b)?"
                    + "(?:[ \\u00A0\\u202F\\u2009]?%|[ \\u00A0](?:per ?cent|percent)\\b)?",
            Pattern.CASE_INSENSITIVE);
    /** "£450m", "$30k": after a currency sign, English abbreviates million and thousand to one letter. */
    private static final Pattern EN_CURRENCY_SCALE = Pattern.compile("[mk]\\b");
    /** Nouns of time and age that make a hyphenated number a span or an age, not a count: "10-year", "52-year-old". */
    private static final Pattern SPAN_COMPOUND = Pattern.compile(
            "(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|nights?|time|old)\\b.*");
    /** Words after which a number names something rather than counting it: "risoluzione 2375", "article 5". */
    private static final Set<String> IDENTIFIER_WORDS = Set.of("risoluzione", "risoluzioni", "articolo", "articoli",
            "art", "legge", "decreto", "numero", "n", "nr", "pagina", "pag", "comma", "paragrafo", "capitolo", "volo",
            "modello", "versione", "codice", "linea", "via", "piazza", "canale", "sezione", "protocollo", "sentenza",
            "alle", "dalle", "ore", "resolution", "resolutions", "article", "articles", "law", "act", "no", "number",
            "page", "pages", "p", "pp", "section", "chapter", "flight", "model", "version", "code", "route", "road",
            "street", "channel", "item", "rule", "amendment", "room", "gate", "platform", "highway", "tipo", "type");
    /** Acts whose number may follow an adjective: "legge regionale 18", "decreto legislativo 231". */
    private static final Set<String> LAWS = Set.of("legge", "leggi", "decreto", "decreti", "regolamento", "direttiva",
            "delibera", "ordinanza", "circolare");
    /** Italian puts an article before each end of a range, plural too: "tra il 3 e il 4%", "tra i 16 e i 18". */
    private static final String IT_RANGE_ARTICLE = "(?:il |i |gli |lo |l['’])?";
    private static final Pattern ITALIAN_RANGE_OPENER = Pattern.compile("(?:^|[^\\p{L}])((?:tra|fra) " + IT_RANGE_ARTICLE
            + ")$");
    private static final Pattern ENGLISH_RANGE_OPENER = Pattern.compile("(?:^|[^\\p{L}])(between )$");
    private static final Pattern ITALIAN_RANGE_JOINER = Pattern.compile(" e " + IT_RANGE_ARTICLE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENGLISH_RANGE_JOINER = Pattern.compile(" and ", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT_AFTER_WORDS = Pattern.compile("[ \\u00A0]per ?cent(?:o)?\\b|[ \\u00A0]percent\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> ONE_BEFORE_SCALE = WordSet.of("un", "uno", "una", "a", "one");

    private NumberScanner() {
    }

    /** Figures between from and to, in text order; times are the stretch's time expressions. */
    static List<FigureMention> scan(String source, int from, int to, Language language, List<Located> times) {
        List<FigureMention> found = durations(source, from, to, language);
        int durations = found.size();
        for (int start = nextDigit(source, from, to); start < to; start = nextDigit(source, start, to)) {
            int end = digitRunEnd(source, start, to);
            if (durations > 0 && insideMention(found, start)) {
                start = end;
                continue;
            }
            FigureMention mention = digitFigure(source, start, end, from, to, language, times);
            if (mention != null) {
                found.add(mention);
            }
            start = end;
        }
        for (FigureMention words : wordFigures(source, from, to, language, times)) {
            if (found.stream().noneMatch(f -> f.text().overlaps(words.text().start(), words.text().end()))) {
                found.add(words);
            }
        }
        found.sort((a, b) -> Integer.compare(a.text().start(), b.text().start()));
        return withoutElidedScales(source, joinRanges(source, from, found, language), language);
    }

    /**
     * Race and finishing times, spans of time in two or more units: "2hr 11min 03sec", "4'05\"", "tre minuti e dodici
     * secondi". Each is one figure in seconds, never its pieces. A time in words is looked for only in a stretch that
     * names minutes.
     */
    private static List<FigureMention> durations(String source, int from, int to, Language language) {
        List<FigureMention> found = new ArrayList<>();
        boolean words = names(source, from, to, "minut");
        for (int at = words ? from : nextDigit(source, from, to); at < to; at = words ? at + 1 : nextDigit(source, at + 1, to)) {
            char c = source.charAt(at);
            boolean starts = isDigit(c) || words && Character.isLetter(c);
            if (!starts || at > from && (Character.isLetterOrDigit(source.charAt(at - 1))
                    || isDigit(c) && at - 1 > from && isDigit(source.charAt(at - 2))
                            && ".,".indexOf(source.charAt(at - 1)) >= 0)) {
                // not inside a word or a number ("1,5 ore e 30 minuti" has no time starting at its 5)
                continue;
            }
            Durations.Found duration = Durations.at(source, at, to, language);
            if (duration != null && (duration.end() >= to || !Character.isLetterOrDigit(source.charAt(duration.end())))) {
                String text = source.substring(at, duration.end());
                found.add(new FigureMention(new Located(text, at, duration.end()), FigureValue.of(duration.seconds()),
                        false, FigureMention.Kind.DURATION));
                at = duration.end();
            }
        }
        return found;
    }

    /** Whether the lower-case word occurs between from and to (a bounded search: indexOf would run to the end). */
    private static boolean names(String source, int from, int to, String word) {
        char first = word.charAt(0);
        for (int at = from; at + word.length() <= to; at++) {
            if (source.charAt(at) == first && source.startsWith(word, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideMention(List<FigureMention> mentions, int at) {
        for (FigureMention mention : mentions) {
            if (mention.text().contains(at)) {
                return true;
            }
        }
        return false;
    }

    private static int nextDigit(String source, int from, int to) {
        int at = from;
        while (at < to && !isDigit(source.charAt(at))) {
            at++;
        }
        return at;
    }

    /**
     * Where a run of digits starting at start ends: digits, each mark between them (".", ",", a thin or no-break
     * space) followed by a digit. A loop, not a regular expression: a pattern with a repeated alternation
     * recursed once per character and overflowed the stack on a few thousand digits.
     */
    private static int digitRunEnd(String source, int start, int to) {
        int at = start + 1;
        while (at < to) {
            char c = source.charAt(at);
            boolean mark = c == '.' || c == ',' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
            if (isDigit(c) || mark && at + 1 < to && isDigit(source.charAt(at + 1))) {
                at++;
            } else {
                break;
            }
        }
        return at;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static FigureMention digitFigure(String source, int start, int end, int from, int to, Language language,
            List<Located> times) {
        if (insideAny(times, start) || !standsAlone(source, start, end, from, to, language)
                || isIdentifier(source, start, from, language) || isInsideName(source, start, end, from, to)
                || Ages.isAge(source, from, to, start, end, language)) {
            return null;
        }
        String number = source.substring(start, end);
        if (number.length() == 4 && number.chars().allMatch(Character::isDigit) && looksLikeYear(number)
                && (!countsSomething(source, end, to, language) || followsDefiniteArticle(source, from, start, language)
                        || language == Language.EN && followsIndefiniteArticle(source, from, start, language))) {
            return null;
        }
        int figureStart = start;
        Matcher currency = CURRENCY_BEFORE.matcher(source).region(Math.max(from, start - 4), start);
        if (currency.find()) {
            figureStart = currency.start();
        }
        Matcher after = (language == Language.IT ? IT_AFTER : EN_AFTER).matcher(source).region(end, to);
        int figureEnd = after.lookingAt() ? after.end() : end;
        Matcher abbreviated = EN_CURRENCY_SCALE.matcher(source).region(end, to);
        if (figureStart < start && language == Language.EN && figureEnd == end && abbreviated.lookingAt()) {
            figureEnd = abbreviated.end();
        }
        if (language == Language.EN && figureEnd == end && isEnglishGluedUnit(source, start, end, to)) {
            figureEnd = end + 1;
        }
        if (figureStart == start && figureEnd == end && namesRankTimeOrLine(source, start, end, from, to, language)) {
            return null;
        }
        return mention(source, figureStart, figureEnd, language, false);
    }

    private static final Set<String> CLOCK_PREPOSITIONS_IT = Set.of("dopo", "prima", "verso", "entro", "fino", "oltre",
            "tra", "fra");
    private static final Set<String> SINGULAR_ARTICLES_IT = Set.of("il", "al", "del", "nel", "sul", "col");
    private static final Set<String> NUMBER_JOINERS = Set.of("e", "a", "al", "o", "tra", "fra", "-", "\u2013", "to",
            "and", "or");

    /**
     * A bare number (no unit, sign or scale attached) that names rather than counts: a rank after "top" ("the world's
     * top 32"); an English phone line after a verb of calling ("dial 999", {@link #isPhoneLine}); an Italian clock time after "le" and a preposition of time ("poco dopo le 22", up to 24); a number of
     * three digits or more after a singular article, with no noun after it to count ("chiamare il 118", "rimanda al
     * 1522"), for a count above one takes a plural article ("i 118 dipendenti"). A number that is an end of a range or a
     * change ("dal 118 al 130", "tra il 110 e il 120") still counts.
     */
    private static boolean namesRankTimeOrLine(String source, int start, int end, int from, int to, Language language) {
        String word = wordBefore(source, from, start);
        if (language == Language.EN && CALLS_EN.contains(word)) {
            return isPhoneLine(source, start, end, to, language);
        }
        if (language == Language.EN ? !word.equals("top") : !word.equals("le") && !SINGULAR_ARTICLES_IT.contains(word)) {
            return false;
        }
        List<Token> before = Token.of(source, Token.spaceAtOrBefore(source, from, start - 24), start);
        if (before.isEmpty()) {
            return false;
        }
        String previous = before.get(before.size() - 1).key();
        if (language == Language.EN) {
            return previous.equals("top");
        }
        List<Token> after = Token.of(source, end, Math.min(to, end + 16));
        boolean countsNothing = after.isEmpty() || !after.get(0).isWord()
                || Lexicon.isCommonFiniteVerb(after.get(0).key(), language)
                || Lexicon.isPreposition(after.get(0).key(), language) && !after.get(0).key().equals("per");
        boolean joined = after.size() >= 2 && NUMBER_JOINERS.contains(after.get(0).key())
                && Character.isDigit(after.get(1).text().charAt(0))
                || before.size() >= 2 && (NUMBER_JOINERS.contains(before.get(before.size() - 2).key())
                        || Character.isDigit(before.get(before.size() - 2).text().charAt(0)));
        if (!countsNothing || joined || !after.isEmpty() && ",.".contains(after.get(0).text()) && after.size() >= 2
                && Character.isDigit(after.get(1).text().charAt(0))) {
            return false;
        }
        if (previous.equals("le") && before.size() >= 2
                && CLOCK_PREPOSITIONS_IT.contains(before.get(before.size() - 2).key())) {
            return end - start <= 2 && Integer.parseInt(source.substring(start, end)) <= 24;
        }
        return SINGULAR_ARTICLES_IT.contains(previous) && end - start >= 3
                && source.substring(start, end).chars().allMatch(Character::isDigit);
    }

    /** Verbs of calling a number: "dial 999", "called 111", "ringing 101". */
    private static final Set<String> CALLS_EN = java.util.stream.Stream.concat(
            EnglishInflections.ofAll(List.of("call", "dial", "ring", "phone", "text")).stream(),
            java.util.stream.Stream.of("rang", "rung")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * "told to dial 999", "called 111 for advice": a bare number of two to five digits right after a verb of calling,
     * with no noun after it that it counts, is a phone line, as "chiamare il 118" is; "called 40 witnesses" counts.
     */
    private static boolean isPhoneLine(String source, int start, int end, int to, Language language) {
        List<Token> after = Token.of(source, end, Math.min(to, end + 16));
        boolean countsNothing = after.isEmpty() || !after.get(0).isWord()
                || Lexicon.isPreposition(after.get(0).key(), language) || Lexicon.isAnd(after.get(0).key(), language)
                || after.get(0).key().equals("if");
        return countsNothing && end - start >= 2 && end - start <= 5
                && source.substring(start, end).chars().allMatch(Character::isDigit);
    }

    /**
     * The letters of the word right before at (spaces skipped), lower-cased as {@link Token#key} is, or "" when a
     * letter does not end there: where the token before at is a word of letters alone, its key. A cheap look before
     * splitting a stretch into tokens.
     */
    static String wordBefore(String source, int from, int at) {
        int end = at;
        while (end > from && (Character.isWhitespace(source.charAt(end - 1))
                || Character.isSpaceChar(source.charAt(end - 1)))) {
            end--;
        }
        int start = end;
        while (start > from && Character.isLetter(source.charAt(start - 1))) {
            start--;
        }
        return source.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** "2.4m" (a decimal and m: millions), "9.1p", "312p" (pence): a letter glued to an English number. */
    private static boolean isEnglishGluedUnit(String source, int start, int end, int to) {
        char unit = end < to ? source.charAt(end) : ' ';
        boolean alone = end + 1 >= to || !Character.isLetterOrDigit(source.charAt(end + 1));
        return alone && (unit == 'p' || unit == 'm' && DECIMAL.matcher(source.substring(start, end)).matches());
    }

    /** Not glued to letters ("G7", "5G", "1st"), not part of "S-300", a clock time or a date written with slashes. */
    private static boolean standsAlone(String source, int start, int end, int from, int to, Language language) {
        char before = start > from ? source.charAt(start - 1) : ' ';
        char beforeThat = start - 1 > from ? source.charAt(start - 2) : ' ';
        if (Character.isLetterOrDigit(before) || before == '#' || before == '§' || before == '/' || before == ':') {
            return false;
        }
        if ((before == '-' || before == '\u2013') && Character.isLetter(beforeThat)) {
            return false;
        }
        if ((before == '.' || before == ',') && Character.isDigit(beforeThat)) {
            return false;
        }
        if ((before == '-' || before == '\u2013' || before == '/') && start - 5 >= from
                && CENTURY_YEAR.matcher(source.substring(start - 5, start - 1)).matches()) {
            // "2019-20", "2024/25": a fiscal or school year, not a count
            return false;
        }
        if (end < to) {
            char after = source.charAt(end);
            char afterThat = end + 1 < to ? source.charAt(end + 1) : ' ';
            if ((after == ':' || after == '/' || after == '.' || after == ',') && Character.isDigit(afterThat)) {
                return false;
            }
            if ((after == '-' || after == '\u2013') && Character.isLetter(afterThat)) {
                return isCountCompound(source, end + 1, to);
            }
            if (after == '°' || after == 'º' || after == 'ª') {
                return false;
            }
            if ((after == '\'' || after == '’') && !Character.isLetter(afterThat)) {
                // "al 52'": a minute of a match
                return false;
            }
            if (Character.isLetter(after)) {
                String glued = source.substring(end, Math.min(to, end + 4)).toLowerCase(Locale.ROOT);
                boolean scale = language == Language.IT ? IT_GLUED_SCALE.matcher(glued).matches()
                        : EN_GLUED_SCALE.matcher(glued).matches()
                                || EN_GLUED_THOUSANDS_OR_MILLIONS.matcher(glued).matches()
                                        && CURRENCY_BEFORE.matcher(source)
                                        .region(Math.max(from, start - 4), start).find()
                                || isEnglishGluedUnit(source, start, end, to);
                return scale || isGluedUnit(source, end, to);
            }
        }
        return true;
    }

    /** Units of measure written joined to the number: "weighed 80kg", "a 5km walk", "between 5C and 9C". */
    private static final Set<String> GLUED_UNITS = Set.of("kg", "km", "cm", "mm", "mg", "ml", "kwh", "mwh", "gwh",
            "twh", "kw", "mw", "gw", "mph", "ha", "mq", "kmq");

    /** A unit glued to the number ending at end, then no letter or digit; "C" (Celsius) only as a capital. */
    private static boolean isGluedUnit(String source, int end, int to) {
        int unitEnd = end;
        while (unitEnd < to && Character.isLetter(source.charAt(unitEnd))) {
            unitEnd++;
        }
        if (unitEnd < to && Character.isDigit(source.charAt(unitEnd)) || unitEnd - end > 4) {
            return false;
        }
        return unitEnd - end == 1 && source.charAt(end) == 'C'
                || GLUED_UNITS.contains(CaseFold.of(source, end, unitEnd));
    }

    /**
     * "a 40,000-seat stand", "a 30-strong team": a number joined by a hyphen to the lower-case noun it counts is a
     * figure, and so is a span of time joined to the noun it measures ({@link #isMeasuredSpan}); "52-year-old" is an
     * age, and "3-D" or "S-300" are names.
     */
    private static boolean isCountCompound(String source, int at, int to) {
        int end = at;
        while (end < to && Character.isLetter(source.charAt(end))) {
            end++;
        }
        String word = source.substring(at, end);
        if (!SPAN_COMPOUND.matcher(source.substring(at, Math.min(to, at + 20)).toLowerCase(Locale.ROOT)).matches()) {
            return word.length() >= 3 && word.equals(word.toLowerCase(Locale.ROOT));
        }
        return isMeasuredSpan(source, at, to);
    }

    /**
     * "a 12-hour shift", "a five-year plan", "the 10-year yield": a span of time joined by a hyphen to the noun it
     * measures is a figure, as "a six-week trial" is. Not when it is an age ("52-year-old") or dates a record ("a
     * 40-year high"), nor in a name ("the Five-Year Plan"); at is the first letter after the hyphen.
     */
    private static boolean isMeasuredSpan(String source, int at, int to) {
        int end = at;
        while (end < to && Character.isLetter(source.charAt(end))) {
            end++;
        }
        String unit = source.substring(at, end);
        if (!SPAN_UNITS.contains(unit) || end + 1 >= to || source.charAt(end) != ' ') {
            return false;
        }
        int next = end + 1;
        int nextEnd = next;
        while (nextEnd < to && Character.isLetter(source.charAt(nextEnd))) {
            nextEnd++;
        }
        String noun = source.substring(next, nextEnd);
        return !noun.isEmpty() && Character.isLowerCase(noun.charAt(0)) && !RECORD_WORDS.contains(noun);
    }

    /** Units of time that a hyphenated span is written in, singular as English writes them before a noun. */
    private static final Set<String> SPAN_UNITS = Set.of("year", "month", "week", "day", "hour", "minute", "second",
            "decade", "night");
    /** Nouns after which a span dates a record rather than measuring anything: "a 40-year high". */
    private static final Set<String> RECORD_WORDS = Set.of("high", "low", "highs", "lows", "record", "best", "worst",
            "peak", "old");

    private static boolean isIdentifier(String source, int start, int from, Language language) {
        // the words right before the number decide, so only a stretch before it is split, widened while the walk
        // back over a list reaches its first word: splitting from the clause's start for each number was quadratic
        // in a long clause. A stretch starts at a space, which no token holds, so its tokens are the clause's.
        List<Token> before;
        int last;
        int reach = 48;
        while (true) {
            int stretch = Token.spaceAtOrBefore(source, from, start - reach);
            before = Token.of(source, stretch, start);
            last = before.size() - 1;
            // "risoluzioni 2375 e 2397": a number listed after an identifier is one too
            while (last >= 1 && isListJoiner(before.get(last).key(), language)
                    && Character.isDigit(before.get(last - 1).text().charAt(0))) {
                last -= 2;
            }
            if (last >= 2 || stretch == from) {
                break;
            }
            reach *= 4;
        }
        if (last >= 0 && before.get(last).text().equals(".")) {
            last--;
        }
        if (last >= 1 && LAWS.contains(before.get(last - 1).key()) && before.get(last).isWord()
                && !before.get(last).isCapitalized()) {
            // "legge regionale 18", "decreto legislativo 231": a law's number after its kind
            return true;
        }
        return last >= 0 && IDENTIFIER_WORDS.contains(before.get(last).key());
    }

    /** "Il Sole 24 Ore": a number between two capitalized words, the first not opening the text, is part of a name. */
    private static boolean isInsideName(String source, int start, int end, int from, int to) {
        List<Token> before = Token.of(source, Math.max(from, start - 40), start);
        List<Token> after = Token.of(source, end, Math.min(to, end + 30));
        boolean nameBefore = before.size() >= 2 && before.get(before.size() - 1).isWord()
                && before.get(before.size() - 1).isCapitalized();
        if (nameBefore && !after.isEmpty() && after.get(0).isWord() && after.get(0).isCapitalized()) {
            return true;
        }
        // "the FTSE 100.", "l'Ares 118,", "dell'Asl Roma 2,": a number closing a name, then punctuation
        Token name = nameBefore ? before.get(before.size() - 1) : null;
        return name != null && !EN_MONTH_ABBREVIATION.matcher(name.key()).matches()
                && (after.isEmpty() || ",.;)".contains(after.get(0).text()))
                && (name.isAcronym() || before.get(before.size() - 2).isWord()
                        && (before.get(before.size() - 2).isCapitalized() || before.get(before.size() - 2).isElided()));
    }

    private static boolean isListJoiner(String key, Language language) {
        return key.equals(",") || Lexicon.isAnd(key, language) || key.equals("-");
    }

    /** "il 2024 chiuderà", "the 2024 figures": a year-like number after an article is the year. */
    private static boolean followsDefiniteArticle(String source, int from, int start, Language language) {
        List<Token> before = Token.of(source, Math.max(from, start - 8), start);
        return !before.isEmpty() && before.get(before.size() - 1).isWord()
                && Lexicon.isArticle(before.get(before.size() - 1).key(), language)
                && !Lexicon.isIndefiniteArticle(before.get(before.size() - 1).key(), language);
    }

    /** "a 2019 law": in English a year-like number after "a" names the year of what follows; a count takes none. */
    private static boolean followsIndefiniteArticle(String source, int from, int start, Language language) {
        List<Token> before = Token.of(source, Math.max(from, start - 8), start);
        return !before.isEmpty() && Lexicon.isIndefiniteArticle(before.get(before.size() - 1).key(), language);
    }

    private static boolean looksLikeYear(String number) {
        int value = Integer.parseInt(number);
        return value >= 1800 && value <= 2100;
    }

    /** A bare "2000" is a year unless a noun follows that it counts ("2000 soldati"). */
    private static boolean countsSomething(String source, int end, int to, Language language) {
        List<Token> after = Token.of(source, end, Math.min(to, end + 40));
        if (after.isEmpty() || !after.get(0).isWord()) {
            return false;
        }
        String key = after.get(0).key();
        return !Lexicon.isPhraseBreak(key, language) && !Lexicon.isMonth(key, language)
                && !Lexicon.isCommonFiniteVerb(key, language) && !Lexicon.isOf(key, language)
                && !Lexicon.isAnd(key, language) && !after.get(0).isCapitalized();
    }

    private static List<FigureMention> wordFigures(String source, int from, int to, Language language,
            List<Located> times) {
        List<FigureMention> found = new ArrayList<>();
        List<Token> tokens = Token.of(source, from, to);
        int i = 0;
        while (i < tokens.size()) {
            if (isMultiplier(tokens, i, language)) {
                FigureMention multiplier = mention(source, tokens.get(i).start(), tokens.get(i).end(), language, false);
                if (multiplier != null) {
                    found.add(new FigureMention(multiplier.text(), multiplier.value(), false,
                            FigureMention.Kind.MULTIPLIER));
                }
                i++;
                continue;
            }
            int hyphen = tokens.get(i).key().indexOf('-');
            if (language == Language.EN && hyphen > 0
                    && FigureReader.isNumberWord(tokens.get(i).key().substring(0, hyphen), language)
                    && isMeasuredSpan(source, tokens.get(i).start() + hyphen + 1, to)) {
                // "a five-year plan": the number of a measured span, its unit read after the hyphen
                FigureMention span = mention(source, tokens.get(i).start(), tokens.get(i).start() + hyphen, language,
                        true);
                if (span != null) {
                    found.add(span);
                }
                i++;
                continue;
            }
            if (isOneOfAUnit(tokens, i, language) && !insideAny(times, tokens.get(i).start())) {
                FigureMention one = mention(source, tokens.get(i).start(), tokens.get(i + 1).end(), language, true);
                if (one != null) {
                    found.add(new FigureMention(one.text(), one.value(), true, FigureMention.Kind.ONE));
                }
                i += 2;
                continue;
            }
            int last = numberWordsFrom(tokens, i, language);
            if (last >= i && isNameWord(tokens, i)) {
                // "the Ten Commandments", "il gruppo dei Dieci", "the Big Four banks": a name, not a count
                i = last + 1;
                continue;
            }
            if (last < i || insideAny(times, tokens.get(i).start())
                    || (i > 0 && Lexicon.isDefiniteDeterminer(tokens.get(i - 1).key(), language)
                            && !isWholeOfAPart(tokens, i, language))) {
                i = Math.max(i, last) + 1;
                continue;
            }
            FigureMention mention = null;
            for (int end = last; end >= i && mention == null; end--) {
                mention = mention(source, tokens.get(i).start(), tokens.get(end).end(), language, true);
                if (mention != null) {
                    last = end;
                }
            }
            if (mention != null) {
                found.add(withPercent(source, mention, to, language));
            }
            i = last + 1;
        }
        return found;
    }

    /** Words after which a quantity of one is measured, not a rate: "more than a year", "less than a mile". */
    private static final Set<String> COMPARATIVES = Set.of("than", "di", "a");
    /** Words after a span that date an event from it: "an hour before take-off", "un'ora prima", "un anno fa". */
    private static final Set<String> ANCHORS = Set.of("ago", "earlier", "later", "before", "after", "fa", "prima",
            "dopo");
    /** Words of frequency that make the article after them a rate: "three times a day", "once a week". */
    private static final Set<String> FREQUENCIES = Set.of("times", "once", "twice", "volte", "volta");

    /**
     * "for an hour", "within a year", "a un metro", "oltre un anno": the indefinite article before a unit of time or
     * length counts one of it, as "one hour" does (FigureFinder then reads it as it reads "one hour"). Not where it is
     * the article of a rate: "£12 an hour", "60 hours a week", "grew 12 per cent a year", "twice a day", where a number
     * or a word of frequency stands in the three words before it with no preposition right before the article; nor
     * where a word after the unit dates an event from it ("an hour before take-off", "un anno fa": a time, as "two
     * hours before" is).
     */
    /** "and a half" or "e mezzo"/"e mezza" from token i on. */
    private static boolean isHalfAfter(List<Token> tokens, int i, Language language) {
        if (language == Language.IT) {
            return i + 1 < tokens.size() && tokens.get(i).key().equals("e")
                    && (tokens.get(i + 1).key().equals("mezzo") || tokens.get(i + 1).key().equals("mezza"));
        }
        return i + 2 < tokens.size() && tokens.get(i).key().equals("and") && tokens.get(i + 1).key().equals("a")
                && tokens.get(i + 2).key().equals("half");
    }

    private static boolean isOneOfAUnit(List<Token> tokens, int i, Language language) {
        if (i + 1 >= tokens.size() || !FigureReader.isArticleOfOne(tokens.get(i).key())
                || !FigureReader.isUnitOfOne(tokens.get(i + 1).key(), language)) {
            return false;
        }
        if (i + 2 < tokens.size() && ANCHORS.contains(tokens.get(i + 2).key())) {
            return false;
        }
        if (isHalfAfter(tokens, i + 2, language)) {
            // "an hour and a half", "un'ora e mezza": one and a half units, which "an hour" alone would sign as 1
            return false;
        }
        if (i == 0) {
            return true;
        }
        String previous = tokens.get(i - 1).key();
        if (Lexicon.isPreposition(previous, language) || COMPARATIVES.contains(previous)) {
            return true;
        }
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            Token token = tokens.get(k);
            if (Character.isDigit(token.text().charAt(0)) || isNumberWord(token.key(), language)
                    || FREQUENCIES.contains(token.key())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A number word written with a capital after a word of its sentence is part of a name ("the Ten Commandments",
     * "dei Dieci", "the Big Four"): news capitalizes a number word inside a sentence only in a name. The first word of
     * a clause, and one after a quotation mark or other punctuation, keeps its capital for other reasons.
     */
    private static boolean isNameWord(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i).isCapitalized() && !tokens.get(i).isAcronym() && tokens.get(i - 1).isWord();
    }

    private static final Set<String> PARTITIVES_IT = Set.of("dei", "degli", "delle");

    /**
     * "undici dei trentadue beneficiari", "two of the five sites": after a part counted by a number, the number after
     * the article counts the whole group; it is not one that refers back ("i due" named before).
     */
    private static boolean isWholeOfAPart(List<Token> tokens, int i, Language language) {
        int part = language == Language.IT
                ? PARTITIVES_IT.contains(tokens.get(i - 1).key()) ? i - 2 : -1
                : tokens.get(i - 1).key().equals("the") && i >= 2 && tokens.get(i - 2).key().equals("of") ? i - 3 : -1;
        if (part < 0) {
            return false;
        }
        Token counted = tokens.get(part);
        return counted.isNumber() || isNumberWord(counted.key(), language);
    }

    /**
     * A multiplier in words is a figure, as "four times" is: "twice the rate", "cut rates twice", "to double the levy",
     * "prices doubled", "quasi il doppio", "è più che triplicato". The base form of an English verb counts only where it
     * is a verb or a predeterminer ("will double", "double the fee"), not an adjective ("a double room"); an Italian
     * "doppio" only as a noun after its article, with nothing it modifies after it ("il doppio turno" is a shift).
     */
    private static boolean isMultiplier(List<Token> tokens, int i, Language language) {
        Token token = tokens.get(i);
        String key = token.key();
        if (!token.isWord() || key.length() < 5 || key.indexOf('-') >= 0
                || FigureReader.multiplier(key, language) == null) {
            return false;
        }
        String before = i > 0 ? tokens.get(i - 1).key() : "";
        String after = i + 1 < tokens.size() ? tokens.get(i + 1).key() : "";
        if (language == Language.IT) {
            if (!MULTIPLE_NOUNS_IT.contains(key)) {
                return true;
            }
            return ARTICLE_BEFORE_MULTIPLE_IT.contains(before)
                    && (after.isEmpty() || !Character.isLetter(after.charAt(0)) || AFTER_MULTIPLE_IT.contains(after));
        }
        if (key.equals("twice") || key.endsWith("ed") || key.endsWith("ing")) {
            return true;
        }
        if (key.endsWith("s")) {
            return !Lexicon.isArticle(before, language);
        }
        return VERB_BEFORE_EN.contains(before) || DETERMINER_AFTER_EN.contains(after);
    }

    private static final Set<String> MULTIPLE_NOUNS_IT = Set.of("doppio", "doppia", "triplo", "tripla", "quadruplo",
            "quadrupla");
    private static final Set<String> ARTICLE_BEFORE_MULTIPLE_IT = Set.of("il", "al", "del", "dal", "nel", "sul", "col");
    private static final Set<String> AFTER_MULTIPLE_IT = Set.of("di", "del", "dello", "della", "dei", "degli", "delle",
            "dell'", "rispetto", "che", "in", "per", "a", "al", "ai", "e", "ed", "o", "da", "dal", "nel", "sul");
    private static final Set<String> VERB_BEFORE_EN = Set.of("to", "will", "would", "could", "can", "may", "might",
            "should", "must", "nearly", "almost", "more", "than", "roughly", "did", "does", "do", "not", "effectively",
            "broadly", "least");
    private static final Set<String> DETERMINER_AFTER_EN = Set.of("the", "its", "their", "his", "her", "that", "this",
            "our", "your", "what");

    /** "seven per cent", "sette per cento": a number in words with its percent. */
    private static FigureMention withPercent(String source, FigureMention mention, int to, Language language) {
        Matcher percent = PERCENT_AFTER_WORDS.matcher(source).region(mention.text().end(), to);
        if (!percent.lookingAt()) {
            return mention;
        }
        FigureMention extended = mention(source, mention.text().start(), percent.end(), language, true);
        return extended == null ? mention : extended;
    }

    /** The index of the last token of a run of number words starting at i, or i - 1 when none starts there. */
    private static int numberWordsFrom(List<Token> tokens, int i, Language language) {
        int last = i - 1;
        for (int at = i; at < tokens.size(); at++) {
            String key = tokens.get(at).key();
            boolean next = at + 1 < tokens.size() && isNumberWord(tokens.get(at + 1).key(), language);
            if (isNumberWord(key, language) && !tokens.get(at).isAcronym()) {
                last = at;
            } else if ((ONE_BEFORE_SCALE.contains(key) || key.equals("mezzo")) && at + 1 < tokens.size()
                    && (isScale(tokens.get(at + 1).key(), language)
                            || FigureReader.isGroupNoun(tokens.get(at + 1).key(), language))) {
                // "un milione", "a dozen", "una trentina"
                last = at;
            } else if (last >= i && Lexicon.isAnd(key, language) && at + 1 < tokens.size()
                    && tokens.get(at + 1).key().equals("mezzo") && isScale(tokens.get(last).key(), language)) {
                // "un milione e mezzo"
                last = at + 1;
                break;
            } else if (last >= i && key.equals("and") && at + 3 < tokens.size()
                    && tokens.get(at + 1).key().equals("a") && tokens.get(at + 2).key().equals("half")
                    && isScale(tokens.get(at + 3).key(), language)) {
                // "two and a half million"
                last = at + 3;
                break;
            } else if (last >= i && Lexicon.isAnd(key, language) && next) {
                continue;
            } else {
                break;
            }
        }
        return last;
    }

    /**
     * The letters every number word, scale word and group noun of a language starts with ("tre", "ventina",
     * "milioni"; "eleven", "dozen", "billion"), taken from FigureReader's words: a word starting with any other is
     * none, without reading it. Asked of every word of every clause.
     */
    private static final String IT_NUMBER_INITIALS = FigureReader.numberWordInitials(Language.IT);
    private static final String EN_NUMBER_INITIALS = FigureReader.numberWordInitials(Language.EN);

    private static boolean isNumberWord(String key, Language language) {
        if (key.isEmpty() || (language == Language.IT ? IT_NUMBER_INITIALS : EN_NUMBER_INITIALS)
                .indexOf(key.charAt(0)) < 0) {
            return false;
        }
        return FigureReader.isNumberWord(key, language) || FigureReader.isGroupNoun(key, language);
    }

    private static boolean isScale(String key, Language language) {
        return FigureReader.scaleWords(language).containsKey(key) || key.equals("hundred");
    }

    private static List<FigureMention> joinRanges(String source, int from, List<FigureMention> found,
            Language language) {
        List<FigureMention> joined = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            FigureMention current = found.get(i);
            if (i + 1 < found.size()) {
                FigureMention range = range(source, from, current, found.get(i + 1), language);
                if (range != null) {
                    // "between 2hr 10min and 2hr 12min": a range of durations is read in seconds too
                    joined.add(current.kind() == FigureMention.Kind.DURATION ? new FigureMention(range.text(),
                            range.value(), false, FigureMention.Kind.DURATION) : range);
                    i++;
                    continue;
                }
            }
            joined.add(current);
        }
        return joined;
    }

    /**
     * "è passato da 30 a 45 milioni", "fell to 640 million from 710", "sceso a 640 milioni dai 710 di fine giugno",
     * "from £5.6bn to 5.9": at the ends of a change a scale is often written once, on one end, and belongs to the other
     * too. The bare end's own text then reads as a number a thousand or a million times too small, and a figure must
     * read as its value from its own text (SPEC §8), so the bare end is left out rather than stated wrong. (A spread,
     * "da 30 a 45 milioni", is one range and reads whole.)
     */
    private static List<FigureMention> withoutElidedScales(String source, List<FigureMention> found,
            Language language) {
        List<FigureMention> kept = new ArrayList<>(found.size());
        boolean dropNext = false;
        for (int i = 0; i < found.size(); i++) {
            FigureMention current = found.get(i);
            FigureMention next = i + 1 < found.size() ? found.get(i + 1) : null;
            boolean drop = dropNext;
            dropNext = false;
            // no joiner of a change is longer than a few characters: a longer gap is not copied to be tried
            if (next != null && next.text().start() >= current.text().end()
                    && next.text().start() - current.text().end() <= 12) {
                String between = source.substring(current.text().end(), next.text().start());
                drop |= isElidedEnd(source, current, next, between, language);
                dropNext = isElidedEnd(source, next, current, between, language);
            }
            if (!drop) {
                kept.add(current);
            }
        }
        return kept;
    }

    /** The words that join the two ends of a change: "to 640 million from 710", "a 640 milioni dai 710". */
    private static final Pattern CHANGE_JOINER = Pattern.compile(
            " (?:to|from|a|al|ai|agli|da|dal|dai|dagli) (?:[$£€] ?)?");
    private static final Pattern BARE_DIGITS = Pattern.compile("(?:[$£€] ?)?\\d[\\d.,]*");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    /** Words that open a time after a number, not a noun it counts: "to 2.6 last year", "dai 710 dello scorso anno". */
    private static final Set<String> TIME_OPENERS = Set.of("last", "this", "next", "earlier", "later", "ieri", "oggi");

    /**
     * Whether bare, joined to scaled as the other end of a change, is a number whose scale is written only on scaled:
     * bare digits that count nothing of their own (no noun after them) and that are of scaled's order once multiplied
     * by a thousand, a million, ... (within ten times either way).
     */
    private static boolean isElidedEnd(String source, FigureMention bare, FigureMention scaled, String between,
            Language language) {
        String scaledText = scaled.text().text();
        if (bare.inWords() || scaled.inWords() || bare.value().isRange() || scaled.value().isRange()
                || !CHANGE_JOINER.matcher(between).matches() || !BARE_DIGITS.matcher(bare.text().text()).matches()
                || PERCENT.matcher(scaledText).find() || scaledText.chars().noneMatch(Character::isLetter)
                || bare.value().value().signum() <= 0) {
            return false;
        }
        int end = bare.text().end();
        List<Token> after = Token.of(source, end, Math.min(source.length(), end + 20));
        if (!after.isEmpty() && after.get(0).isWord() && !Lexicon.isPreposition(after.get(0).key(), language)
                && !Lexicon.isOf(after.get(0).key(), language) && !Lexicon.isAnd(after.get(0).key(), language)
                && !TIME_OPENERS.contains(after.get(0).key()) && !Lexicon.isMonth(after.get(0).key(), language)
                && !Lexicon.isWeekday(after.get(0).key(), language)) {
            return false;
        }
        BigDecimal target = scaled.value().value();
        BigDecimal value = bare.value().value();
        for (int k = 0; k < 4; k++) {
            value = value.multiply(THOUSAND);
            if (value.compareTo(target.multiply(BigDecimal.TEN)) > 0) {
                return false;
            }
            if (value.multiply(BigDecimal.TEN).compareTo(target) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "tra 10 e 12", "between 10 and 12", "10-12"; "da 10 a 12" is left alone, as news mostly uses it for change. */
    private static FigureMention range(String source, int from, FigureMention lower, FigureMention upper,
            Language language) {
        if (lower.kind() == FigureMention.Kind.ONE || upper.kind() == FigureMention.Kind.ONE) {
            // "between a year and 18 months": a quantity of one is in its own unit, so it is no end of a range
            // read in the other end's unit (1..18 would be signed, and read back, for 12..18 months)
            return null;
        }
        if (upper.text().start() < lower.text().end()) {
            // "25€000": "25€" and "€000" share the sign; two figures that overlap are no range
            return null;
        }
        String between = source.substring(lower.text().end(), upper.text().start());
        if (between.strip().equals("-") || between.strip().equals("\u2013")) {
            if (isScore(source, from, lower, upper, language)) {
                return null;
            }
            return mention(source, lower.text().start(), upper.text().end(), language, lower.inWords());
        }
        if (between.equals(language == Language.IT ? " a " : " to ")) {
            return toRange(source, from, lower, upper, language);
        }
        if (between.equals(language == Language.IT ? " o " : " or ") && lower.inWords() == upper.inWords()
                && sameKind(lower.text().text(), upper.text().text())
                && lower.value().value().compareTo(upper.value().value()) < 0) {
            // "two or three days", "4 or 5 per cent": one estimate with two ends, not two figures
            return mention(source, lower.text().start(), upper.text().end(), language, lower.inWords());
        }
        if (!(language == Language.IT ? ITALIAN_RANGE_JOINER : ENGLISH_RANGE_JOINER).matcher(between).matches()) {
            return null;
        }
        String before = source.substring(from, lower.text().start()).toLowerCase(Locale.ROOT);
        Matcher opener = (language == Language.IT ? ITALIAN_RANGE_OPENER : ENGLISH_RANGE_OPENER).matcher(before);
        if (!opener.find()) {
            return null;
        }
        return mention(source, from + opener.start(1), upper.text().end(), language, lower.inWords());
    }

    /** Verbs and nouns of a match's result, before its score: "lost 3-5", "won 2-1", "la vittoria per 3-1". */
    private static final Set<String> RESULTS_EN = java.util.stream.Stream.concat(
            EnglishInflections.ofAll(List.of("win", "lose", "draw", "beat", "lead", "trail")).stream(),
            java.util.stream.Stream.of("won", "lost", "drew", "drawn", "beaten", "led", "victory", "defeat", "loss",
                    "score", "scoreline", "thrashing")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> RESULTS_IT = Set.of("vinto", "vinta", "vince", "vincono", "perso", "persa",
            "perde", "perdono", "pareggiato", "pareggia", "battuto", "battuta", "batte", "sconfitto", "sconfitta",
            "vittoria", "pareggio", "risultato", "punteggio", "finita", "finito", "terminata", "terminato", "per");

    /** Words that follow a score: "won 3-1 against", "perso 2-4 contro", "won 2-1 away". */
    private static final Set<String> SCORE_FOLLOWERS = Set.of("against", "to", "at", "by", "away", "contro", "in",
            "a", "and", "e", "after", "dopo");

    /**
     * "City lost 3-5", "ha vinto per 1-3", "a 2-4 defeat": two numbers joined by a dash right after a word of a match's
     * result, with no noun after them that they count, are a score, two figures (the gold README's conventions), not a
     * range, whichever end is larger ("lost 300-500 jobs" is a range). "per"/"by" count only after such a word: "ha
     * vinto per 1-3", not "per 3-5 giorni".
     */
    private static boolean isScore(String source, int from, FigureMention lower, FigureMention upper,
            Language language) {
        if (lower.inWords() || !BARE_DIGITS.matcher(lower.text().text()).matches()
                || !BARE_DIGITS.matcher(upper.text().text()).matches()) {
            return false;
        }
        List<Token> after = Token.of(source, upper.text().end(), Math.min(source.length(), upper.text().end() + 16));
        if (!after.isEmpty() && after.get(0).isWord() && !Lexicon.isPreposition(after.get(0).key(), language)
                && !SCORE_FOLLOWERS.contains(after.get(0).key())) {
            // "lost 300-500 jobs": the numbers count a noun, so they are no score
            return false;
        }
        List<Token> before = Token.of(source, Token.spaceAtOrBefore(source, from, lower.text().start() - 30),
                lower.text().start());
        int last = before.size() - 1;
        if (last < 0) {
            return false;
        }
        Set<String> results = language == Language.IT ? RESULTS_IT : RESULTS_EN;
        String word = before.get(last).key();
        if (word.equals("per") || word.equals("by")) {
            return last >= 1 && results.contains(before.get(last - 1).key()) && !before.get(last - 1).key().equals("per");
        }
        return results.contains(word);
    }

    /**
     * "from 300,000 to 400,000", "10 to 15 courses", "da due a quattro metri", "to rise 2 to 3 per cent": a range,
     * unless a verb of change comes before its "from" ("rose from 1.7 to 2.3 per cent" is two figures, where it was and
     * where it went) or the two ends are of different kinds ("6.2 per cent to 312p"). Italian needs its "da"; "X a Y"
     * alone is not a range.
     */
    private static FigureMention toRange(String source, int from, FigureMention lower, FigureMention upper,
            Language language) {
        String before = source.substring(Math.max(from, lower.text().start() - 40), lower.text().start())
                .toLowerCase(Locale.ROOT);
        boolean opener = (language == Language.IT ? IT_RANGE_FROM : EN_RANGE_FROM).matcher(before).matches();
        // "rose from 2 to 3 per cent" is a change, two figures; "expects wages to rise 2 to 3 per cent", with no
        // "from" (or "da"), is the range of one change
        if (language == Language.IT && !opener || !sameKind(lower.text().text(), upper.text().text())
                || lower.inWords() != upper.inWords()) {
            return null;
        }
        String openerWord = language == Language.IT
                ? UP_TO_LAST_SPACE.matcher(before.stripTrailing()).replaceAll("") : "from";
        int start = opener ? lower.text().start() - openerWord.length() - 1 : lower.text().start();
        if (opener && ChangeWords.saysChange(source, from, start, language)) {
            return null;
        }
        return mention(source, start, upper.text().end(), language, lower.inWords());
    }

    /**
     * The two ends of a range measure the same thing: a percent or a currency written on the lower end is written on
     * the upper one too ("rose 4.3 per cent to £24.6bn" is a change and where it went); a unit written once, after the
     * upper end, is both ends' ("2 to 3 per cent", "30 to 35 million").
     */
    private static boolean sameKind(String lower, String upper) {
        boolean lowerPercent = PERCENT.matcher(lower).find();
        char lowerCurrency = "$£€".indexOf(lower.charAt(0)) >= 0 ? lower.charAt(0) : 0;
        return (!lowerPercent || PERCENT.matcher(upper).find())
                && (lowerCurrency == 0 || upper.charAt(0) == lowerCurrency);
    }

    private static final Pattern PERCENT = Pattern.compile("%|per ?cent|percent", Pattern.CASE_INSENSITIVE);

    private static FigureMention mention(String source, int start, int end, Language language, boolean inWords) {
        String text = source.substring(start, end);
        try {
            FigureValue value = FigureReader.read(text, language);
            return new FigureMention(new Located(text, start, end), value, inWords);
        } catch (FigureTextException | IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean insideAny(List<Located> spans, int index) {
        for (Located span : spans) {
            if (span.contains(index)) {
                return true;
            }
        }
        return false;
    }
}
