package org.claimledger.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.claimledger.model.Language;

/**
 * Reads the text of a figure as written in a language: "9 milioni", "11.000" (it), "11,000" (en), "1,5" (it),
 * "$540 million", "45%", "45 per cento", "nine million", "tre", "3 mila", and ranges "tra 10 e 12",
 * "between 10 and 12", "10-12". It is used when a claim is signed and again when it is verified, so it is strict:
 * anything but a figure expression (a stray word, a misplaced grouping mark) is an error, never a guess.
 */
public final class FigureReader {
    private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern CURRENCY_PREFIX = Pattern.compile("^(?:US\\$|\\$|€|£|¥)[ \\u00A0\\u202F]?");
    private static final Pattern PERCENT_SUFFIX = Pattern.compile(
            "(?:[ \\u00A0\\u202F\\u2009]?%|[ \\u00A0]per ?cento|[ \\u00A0]per ?cent)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CURRENCY_SUFFIX = Pattern.compile("[ \\u00A0\\u202F]?€$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2009]+");
    private static final Pattern LEADING_SPACE = Pattern.compile("^[ \\u00A0\\u202F\\u2009]+");
    private static final Pattern ENGLISH_WORD_BREAKS = Pattern.compile("[\\s\\u00A0\\u202F\\u2009-]+");

    /** Scale words that may follow digits ("9 milioni", "1.2 billion"); "mila" may also be joined ("3mila"). */
    private static final Map<String, BigDecimal> ITALIAN_SCALES = Map.of(
            "mila", BigDecimal.valueOf(1_000L),
            "milione", BigDecimal.valueOf(1_000_000L), "milioni", BigDecimal.valueOf(1_000_000L),
            "mln", BigDecimal.valueOf(1_000_000L),
            "miliardo", BigDecimal.valueOf(1_000_000_000L), "miliardi", BigDecimal.valueOf(1_000_000_000L),
            "mld", BigDecimal.valueOf(1_000_000_000L), "mrd", BigDecimal.valueOf(1_000_000_000L));
    private static final Map<String, BigDecimal> ENGLISH_SCALES = Map.of(
            "thousand", BigDecimal.valueOf(1_000L),
            "million", BigDecimal.valueOf(1_000_000L), "mn", BigDecimal.valueOf(1_000_000L),
            "billion", BigDecimal.valueOf(1_000_000_000L), "bn", BigDecimal.valueOf(1_000_000_000L),
            "trillion", BigDecimal.valueOf(1_000_000_000_000L), "tn", BigDecimal.valueOf(1_000_000_000_000L));

    private static final Map<String, BigDecimal> ENGLISH_CURRENCY_SCALES = Map.of("m", BigDecimal.valueOf(1_000_000L),
            "k", BigDecimal.valueOf(1_000L));

    private FigureReader() {
    }

    public static FigureValue read(String text, Language language) throws FigureTextException {
        if (text == null || text.isBlank()) {
            throw new FigureTextException("figure text is empty");
        }
        try {
            return readFigure(text.strip(), language);
        } catch (FigureTextException e) {
            throw new FigureTextException("cannot read figure text '" + text + "' (" + language.code() + "): "
                    + e.getMessage());
        }
    }

    /** The scale words this language allows after digits, lower case; the extractor uses them to find figures. */
    public static Map<String, BigDecimal> scaleWords(Language language) {
        return language == Language.IT ? ITALIAN_SCALES : ENGLISH_SCALES;
    }

    /** "a dozen" is 12; "una trentina", "un centinaio" are about 30 and about 100. */
    private static final Map<String, Long> ENGLISH_GROUP_NOUNS = Map.of("dozen", 12L);
    private static final Map<String, Long> ITALIAN_GROUP_NOUNS = Map.ofEntries(Map.entry("decina", 10L),
            Map.entry("dozzina", 12L), Map.entry("quindicina", 15L), Map.entry("ventina", 20L),
            Map.entry("trentina", 30L), Map.entry("quarantina", 40L), Map.entry("cinquantina", 50L),
            Map.entry("sessantina", 60L), Map.entry("settantina", 70L), Map.entry("ottantina", 80L),
            Map.entry("novantina", 90L), Map.entry("centinaio", 100L), Map.entry("migliaio", 1000L));

    /** The value of a noun that counts a group ("dozen", "trentina"), with or without "a"/"una"; null otherwise. */
    private static Long approximateNoun(String lower, Language language) {
        Map<String, Long> nouns = language == Language.IT ? ITALIAN_GROUP_NOUNS : ENGLISH_GROUP_NOUNS;
        Long value = nouns.get(lower);
        int space = lower.indexOf(' ');
        if (value == null && space > 0 && List.of("a", "un", "una").contains(lower.substring(0, space))) {
            value = nouns.get(lower.substring(space + 1).strip());
        }
        return value;
    }

    /**
     * Units of time and length that the indefinite article counts once, each with the article it takes: "an hour", "a
     * year", "a mile", "un'ora", "un anno", "una settimana", "un metro". Singular only; not "second"/"secondo", which are
     * also ordinals, nor "day"/"giorno", which mostly say when ("one day", "un giorno", "a day of protests").
     */
    private static final Map<String, String> ENGLISH_UNITS_OF_ONE = Map.ofEntries(Map.entry("hour", "an"),
            Map.entry("minute", "a"), Map.entry("week", "a"), Map.entry("month", "a"), Map.entry("year", "a"),
            Map.entry("decade", "a"), Map.entry("metre", "a"), Map.entry("meter", "a"), Map.entry("kilometre", "a"),
            Map.entry("kilometer", "a"), Map.entry("mile", "a"));
    private static final Map<String, String> ITALIAN_UNITS_OF_ONE = Map.of("ora", "un'", "minuto", "un", "settimana",
            "una", "mese", "un", "anno", "un", "decennio", "un", "metro", "un", "chilometro", "un", "miglio", "un");
    private static final Set<String> ARTICLES_OF_ONE = Set.of("a", "an", "un", "una", "un'");

    /** True for a lower-case singular unit that the indefinite article counts once ("hour" of "an hour"). */
    public static boolean isUnitOfOne(String word, Language language) {
        return (language == Language.IT ? ITALIAN_UNITS_OF_ONE : ENGLISH_UNITS_OF_ONE).containsKey(word);
    }

    /** True for a lower-case indefinite article that may count one before a unit: "a", "an", "un", "una", "un'". */
    public static boolean isArticleOfOne(String word) {
        return ARTICLES_OF_ONE.contains(word);
    }

    /**
     * "an hour", "un anno", "un'ora": a unit of one after the article it takes, and nothing else, reads as 1; else null
     * ("a hour", "una anno", "un giorno" and the article alone are no figure).
     */
    private static Long oneUnit(String lower, Language language) {
        String text = lower.replace('\u2019', '\'');
        int split = text.startsWith("un'") ? 3 : text.indexOf(' ') + 1;
        if (split <= 0) {
            return null;
        }
        String article = text.substring(0, split).stripTrailing();
        String unit = text.substring(split);
        return article.equals((language == Language.IT ? ITALIAN_UNITS_OF_ONE : ENGLISH_UNITS_OF_ONE).get(unit))
                ? 1L : null;
    }

    /** True for a noun that counts a group: "dozen", "trentina", "centinaio". */
    public static boolean isGroupNoun(String word, Language language) {
        return approximateNoun(word, language) != null;
    }

    /** Multipliers in words: English by stem, any inflection read alike ("double", "doubled", "doubling"). */
    private static final Map<String, Long> ENGLISH_MULTIPLIER_STEMS = Map.of("doubl", 2L, "tripl", 3L, "trebl", 3L,
            "quadrupl", 4L);
    private static final Pattern ENGLISH_MULTIPLIER_ENDING = Pattern.compile("e|ed|es|ing");
    /** Italian nouns and adjectives of a multiple ("il doppio", "il triplo"), and verbs by stem ("raddoppiato"). */
    private static final Map<String, Long> ITALIAN_MULTIPLES = Map.of("doppio", 2L, "doppia", 2L, "triplo", 3L,
            "tripla", 3L, "quadruplo", 4L, "quadrupla", 4L);
    private static final Map<String, Long> ITALIAN_MULTIPLIER_STEMS = Map.of("raddoppi", 2L, "triplic", 3L,
            "quadruplic", 4L);
    private static final Pattern ITALIAN_MULTIPLIER_ENDING = Pattern.compile(
            "[oa]|ano|are|at[oaie]|ando|h?er(?:à|anno|ebbe|ebbero)");

    /**
     * The value of a multiplier in words, lower case, or null: "twice" (2), "double", "doubled", "triple", "treble",
     * "quadruple" and their inflections; Italian "doppio", "triplo", "quadruplo" and the verbs "raddoppiare",
     * "triplicare", "quadruplicare" in their inflections. A verb form reads as its multiplier: "doubled" is 2.
     */
    public static Long multiplier(String lower, Language language) {
        if (language == Language.EN && lower.equals("twice")) {
            return 2L;
        }
        if (language == Language.IT && ITALIAN_MULTIPLES.containsKey(lower)) {
            return ITALIAN_MULTIPLES.get(lower);
        }
        Map<String, Long> stems = language == Language.IT ? ITALIAN_MULTIPLIER_STEMS : ENGLISH_MULTIPLIER_STEMS;
        Pattern endings = language == Language.IT ? ITALIAN_MULTIPLIER_ENDING : ENGLISH_MULTIPLIER_ENDING;
        for (Map.Entry<String, Long> stem : stems.entrySet()) {
            if (lower.startsWith(stem.getKey())
                    && endings.matcher(lower.substring(stem.getKey().length())).matches()) {
                return stem.getValue();
            }
        }
        return null;
    }

    /**
     * The letters every number word, scale word and group noun of the language starts with, each once: a word that
     * starts with any other is none of them, without reading it (the extractor asks it of every word).
     */
    public static String numberWordInitials(Language language) {
        Stream<String> words = language == Language.IT ? ItalianNumberWords.heads()
                : EnglishNumberWords.words().stream();
        Stream<String> groups = (language == Language.IT ? ITALIAN_GROUP_NOUNS
                : ENGLISH_GROUP_NOUNS).keySet().stream();
        return Stream.concat(words, groups).filter(word -> !word.isEmpty())
                .map(word -> word.substring(0, 1)).distinct().sorted().collect(Collectors.joining());
    }

    /** True when the lower-case word is a number or scale word of the language: "tre", "tremila", "milioni", "eleven". */
    public static boolean isNumberWord(String word, Language language) {
        return language == Language.IT ? ItalianNumberWords.isNumberWord(word) || ItalianNumberWords.isScaleWord(word)
                : EnglishNumberWords.isNumberWord(word);
    }

    private static FigureValue readFigure(String text, Language language) throws FigureTextException {
        List<String[]> splits = RangeSplits.of(text, language);
        if (splits.isEmpty()) {
            return FigureValue.of(readSingle(text, language)); // which reads a duration first
        }
        BigDecimal duration = Durations.read(text, language);
        if (duration != null) {
            // "2hr 10min" may look like two ends to the range splits: a duration is read whole first
            return FigureValue.of(duration);
        }
        FigureTextException last = null;
        if (language == Language.IT && text.strip().toLowerCase(Locale.ROOT).endsWith(" e mezzo")) {
            // "un milione e mezzo" is one number, not a range
            try {
                return FigureValue.of(readSingle(text, language));
            } catch (FigureTextException e) {
                last = e;
            }
        }
        for (String[] split : splits) {
            try {
                return readRange(split[0], split[1], language);
            } catch (FigureTextException e) {
                last = e;
            }
        }
        throw last;
    }

    private static FigureValue readRange(String lowerText, String upperText, Language language)
            throws FigureTextException {
        BigDecimal lower = readSingle(lowerText, language);
        BigDecimal upper = readSingle(upperText, language);
        BigDecimal sharedScale = trailingScale(upperText, language);
        // "tra 10 e 12 milioni": the scale written once belongs to both ends
        if (sharedScale != null && trailingScale(lowerText, language) == null
                && lower.multiply(sharedScale).compareTo(upper) < 0) {
            lower = lower.multiply(sharedScale);
        }
        if (upper.compareTo(lower) <= 0) {
            throw new FigureTextException("range '" + lowerText + "' to '" + upperText
                    + "' must go from a smaller to a larger number");
        }
        return new FigureValue(lower, upper);
    }

    private static BigDecimal trailingScale(String text, Language language) {
        String core = stripPercentAndCurrency(text.strip());
        String lower = core.toLowerCase(Locale.ROOT);
        if (language == Language.IT && lower.endsWith(" e mezzo")) {
            // "tra due e tre milioni e mezzo": the half is of the scale, which the lower end shares
            lower = lower.substring(0, lower.length() - " e mezzo".length());
        }
        for (Map.Entry<String, BigDecimal> scale : scaleWords(language).entrySet()) {
            if (lower.endsWith(scale.getKey()) && lower.length() > scale.getKey().length()) {
                char before = lower.charAt(lower.length() - scale.getKey().length() - 1);
                if (!Character.isLetter(before)) {
                    return scale.getValue();
                }
            }
        }
        return null;
    }

    private static String stripPercentAndCurrency(String text) {
        String core = CURRENCY_PREFIX.matcher(text).replaceFirst("");
        core = PERCENT_SUFFIX.matcher(core).replaceFirst("");
        return CURRENCY_SUFFIX.matcher(core).replaceFirst("");
    }

    private static BigDecimal readSingle(String text, Language language) throws FigureTextException {
        String core = text.strip();
        BigDecimal duration = Durations.read(core, language);
        if (duration != null) {
            // "between 2hr 10min and 2hr 12min": each end of a range may be a duration
            return duration;
        }
        Matcher currency = CURRENCY_PREFIX.matcher(core);
        boolean hasCurrency = currency.find();
        if (hasCurrency) {
            core = core.substring(currency.end());
        }
        Matcher percent = PERCENT_SUFFIX.matcher(core);
        if (percent.find()) {
            if (hasCurrency) {
                throw new FigureTextException("'" + text + "' has both a currency sign and a percent");
            }
            core = core.substring(0, percent.start());
        } else if (!hasCurrency) {
            Matcher euro = CURRENCY_SUFFIX.matcher(core);
            if (euro.find()) {
                core = core.substring(0, euro.start());
            }
        }
        if (core.isEmpty()) {
            throw new FigureTextException("'" + text + "' has no number");
        }
        if (DigitNumber.isDigit(core.charAt(0))) {
            return readDigits(core, language, hasCurrency);
        }
        return readWords(core, language);
    }

    private static BigDecimal readDigits(String core, Language language, boolean hasCurrency)
            throws FigureTextException {
        int end = 0;
        while (end < core.length()) {
            char c = core.charAt(end);
            boolean spaceGroup = DigitNumber.isSpaceGroupMark(c);
            boolean continues = spaceGroup ? end + 1 < core.length() && DigitNumber.isDigit(core.charAt(end + 1))
                    : DigitNumber.isNumberChar(c, language);
            if (!continues) {
                break;
            }
            end++;
        }
        BigDecimal number = DigitNumber.read(core.substring(0, end), language);
        String rest = core.substring(end);
        if (rest.isEmpty()) {
            return number;
        }
        Matcher space = LEADING_SPACE.matcher(rest);
        boolean joined = !space.find();
        String scaleWord = rest.substring(joined ? 0 : space.end()).toLowerCase(Locale.ROOT);
        BigDecimal scale = scaleWords(language).get(scaleWord);
        if (scale == null && hasCurrency && joined && language == Language.EN) {
            // "£450m", "$30k": after a currency sign a single letter abbreviates the scale; "450m" alone is metres
            scale = ENGLISH_CURRENCY_SCALES.get(scaleWord);
        }
        if (scale == null && joined && language == Language.EN && scaleWord.equals("m")
                && DECIMAL.matcher(core.substring(0, end)).matches()) {
            // "2.4m active members": a decimal with a letter m is millions in English copy, currency or not
            scale = ENGLISH_CURRENCY_SCALES.get(scaleWord);
        }
        if (scale == null && joined && language == Language.EN && scaleWord.equals("p") && !hasCurrency) {
            // "9.1p", "312p": pence, a unit written joined; the number is the figure
            return number;
        }
        // "3mila" and "£3bn" are written joined; "9milioni" is a typo for which no reading is guessed
        boolean mayJoin = scaleWord.equals("mila") || scaleWord.length() <= 3;
        if (scale == null || (joined && !mayJoin)) {
            throw new FigureTextException("'" + rest.strip() + "' after the number is not a scale word of "
                    + language.code() + " (" + String.join(", ", new TreeSet<>(scaleWords(language).keySet())) + ")");
        }
        return number.multiply(scale);
    }

    private static BigDecimal readWords(String core, Language language) throws FigureTextException {
        String lower = core.toLowerCase(Locale.ROOT);
        Long approximate = approximateNoun(lower, language);
        if (approximate != null) {
            return BigDecimal.valueOf(approximate);
        }
        Long one = oneUnit(lower, language);
        if (one != null) {
            return BigDecimal.valueOf(one);
        }
        Long multiplier = multiplier(lower, language);
        if (multiplier != null) {
            return BigDecimal.valueOf(multiplier);
        }
        Pattern breaks = language == Language.IT ? SPACES : ENGLISH_WORD_BREAKS;
        List<String> tokens = new ArrayList<>();
        for (String token : breaks.split(lower)) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        if (tokens.isEmpty()) {
            throw new FigureTextException("'" + core + "' has no number");
        }
        long value = language == Language.IT ? ItalianNumberWords.read(tokens, core)
                : EnglishNumberWords.read(tokens, core);
        return BigDecimal.valueOf(value);
    }
}
