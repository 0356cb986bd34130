package org.claimledger.extract;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimledger.model.Language;

/**
 * Finds the time expressions that scope figures: "nel 2024", "tra dicembre 2024 e fine febbraio 2025",
 * "l'anno scorso", "since November 2024", "in the first months of 2025". Numbers inside them are dates, not counts.
 */
final class TimeScope {
    private static final String YEAR = "(?:1[89]|20)\\d{2}";
    private static final String AP = "['\u2019]";
    private static final String ISO_DATE = "\\b" + YEAR + "-\\d{2}(?:-\\d{2})?\\b";
    private static final String CLOCK = "\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\b";
    /**
     * Every expression below starts at a word boundary, on a letter, a digit or a hyphen: said once before the
     * alternatives, so that the matcher tries them only where one could start (the same matches, found faster).
     */
    private static final String START = "\\b(?=[\\p{L}\\p{Nd}-])(?:";

    private static final String IT_MONTH = "(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre"
            + "|ottobre|novembre|dicembre)";
    private static final String IT_DATE = "(?:(?:inizio|fine|metà|met[aà]|primi di|prima metà di|seconda metà di)\\s+)?"
            + "(?:(?:\\d{1,2}\\s+)?" + IT_MONTH + "(?:\\s+(?:del\\s+)?" + YEAR + ")?|" + YEAR + ")";
    /**
     * Nouns of a stretch of time, singular and plural: a number of them after "per", "dopo", "negli ultimi", "da" ...
     * bounds when something happened. News counts stretches in seasons, campaigns, vintages and terms of office as
     * well as in years ("nelle ultime tre stagioni", "after four seasons in charge"); FigureFinder asks the same words.
     */
    private static final List<String> IT_PERIOD_NOUNS = List.of("mese", "mesi", "anno", "anni", "giorno", "giorni",
            "settimana", "settimane", "trimestre", "trimestri", "semestre", "semestri", "decennio", "decenni", "ora",
            "ore", "stagione", "stagioni", "campagna", "campagne", "annata", "annate", "legislatura", "legislature",
            "mandato", "mandati");
    private static final List<String> EN_PERIOD_NOUNS = List.of("year", "years", "month", "months", "week", "weeks",
            "day", "days", "quarter", "quarters", "decade", "decades", "hour", "hours", "season", "seasons", "campaign",
            "campaigns", "term", "terms");
    private static final Set<String> PERIOD_NOUN_SET = Set.copyOf(java.util.stream.Stream.concat(
            IT_PERIOD_NOUNS.stream(), EN_PERIOD_NOUNS.stream()).toList());
    private static final String IT_PERIOD_NOUN = longestFirst(IT_PERIOD_NOUNS);
    private static final List<Expression> ITALIAN_EXPRESSIONS = List.of(
            opening("\\b(?:tra|fra)\\s+(?:il\\s+|l" + AP + ")?" + IT_DATE + "\\s+e\\s+(?:il\\s+|l" + AP + ")?" + IT_DATE,
                    "tra", "fra"),
            glued("\\b(?:dal|dall" + AP + "|da)\\s*" + IT_DATE + "\\s+(?:al|all" + AP + "|a)\\s*" + IT_DATE,
                    "dal", "dall", "da"),
            glued("\\b(?:nel\\s+corso\\s+del|a\\s+partire\\s+da(?:l|ll" + AP + ")?|fino\\s+a(?:l|ll" + AP + ")?|entro\\s+(?:il|l"
                    + AP + ")|prima\\s+del|dopo\\s+il|durante\\s+il|nel|nell" + AP + "|del|dell" + AP + "|dal|dall" + AP
                    + "|al|all" + AP + "|a|ad|in|da|di)\\s*(?:(?:primo|secondo|terzo|quarto|ultimo)\\s+"
                    + "(?:trimestre|semestre)\\s+(?:del\\s+)?)?" + IT_DATE + "\\b",
                    "nel", "a", "fino", "entro", "prima", "dopo", "durante", "nell", "del", "dell", "dal", "dall", "al",
                    "all", "ad", "in", "da", "di"),
            opening("\\b(?:nei|negli|nelle|nel|nell" + AP + "|durante\\s+(?:i|gli|le))\\s+(?:primi|prime|ultimi|ultime|prossimi"
                    + "|prossime|scorsi|scorse)\\s+(?:\\p{L}++\\s+)?" + IT_PERIOD_NOUN + "(?:\\s+(?:del|dell" + AP
                    + ")\\s*" + YEAR + ")?", "nei", "negli", "nelle", "nel", "nell", "durante"),
            opening("\\b(?:l" + AP + "anno|il\\s+mese|la\\s+settimana)\\s+(?:scors[oa]|prossim[oa])", "l", "il", "la"),
            // "per cinque anni", "dopo quattro anni", "i primi nove mesi", "degli ultimi tre anni": spans that bound
            // when something happened; "condannato a cinque anni" is a figure the court decided
            // "per dieci ore" measures how long something lasted (a shift, a wait): a figure, not a bound, as "per 90
            // minuti" is (minutes are no period noun here)
            opening("\\b(?:per|dopo)\\s+(?:(?:almeno|oltre|circa|quasi|più\\s+di)\\s+)?(?:\\p{L}++|\\d++)\\s+" + IT_PERIOD_NOUN
                    + "\\b(?<!\\bper\\s{1,9}+(?:(?:almeno|oltre|circa|quasi|più\\s+di)\\s+)?(?:\\p{L}{1,30}+|\\d{1,9}+)\\s{1,9}+or[ae]\\b)",
                    "per", "dopo"),
            opening("\\b(?:i|gli|le|degli|dei|delle|agli|ai|alle)\\s+(?:primi|prime|ultimi|ultime)\\s+(?:\\p{L}++|\\d++)\\s+"
                    + IT_PERIOD_NOUN + "\\b", "i", "gli", "le", "degli", "dei", "delle", "agli", "ai", "alle"),
            opening("\\b(?:lo|la)\\s+scors[oa]\\s+(?:anno|mese|settimana|" + IT_MONTH + ")", "lo", "la"),
            opening("\\bquest" + AP + "anno\\b", "quest"),
            opening("\\b(?:in|nell" + AP + "arco\\s+di|nel\\s+giro\\s+di|per\\s+i\\s+prossimi|nei\\s+prossimi)\\s+(?:\\p{L}++|\\d++)\\s+"
                    + IT_PERIOD_NOUN + "\\b", "in", "nell", "nel", "per", "nei"),
            opening("\\b(?:entro|a|alla|verso|prima\\s+della|fino\\s+alla|dopo\\s+la)\\s+(?:la\\s+)?(?:fine|metà|inizio)\\s+(?:del|dell"
                    + AP + ")\\s*" + YEAR, "entro", "a", "alla", "verso", "prima", "fino", "dopo"),
            opening("\\b(?:l" + AP + "anno|il\\s+mese|la\\s+settimana)\\s+(?:precedente|prima|successiv[oa]|dopo)\\b",
                    "l", "il", "la"),
            opening("\\b(?:un|una)\\s+(?:anno|mese|settimana)\\s+(?:prima|dopo)\\b", "un", "una"),
            opening("\\bnello\\s+stesso\\s+periodo\\b", "nello"),
            opening("\\b(?:ieri|oggi|domani)\\b", "ieri", "oggi", "domani"),
            // "cinque anni fa" dates; "andava avanti da almeno quattro anni" bounds ("da tre a cinque anni" is a range)
            anyWord("\\b(?:\\p{L}++|\\d++)\\s+" + IT_PERIOD_NOUN + "\\s+fa\\b"),
            opening("\\bda\\s+(?:(?:almeno|oltre|circa|quasi|più\\s+di)\\s+)?(?:\\p{L}++|\\d++)\\s+" + IT_PERIOD_NOUN
                    + "\\b(?!\\s+(?:a|al|fino)\\b)", "da"),
            opening("\\b(?:(?:inizio|fine|metà)\\s+)?(?:\\d{1,2}\\s+)?" + IT_MONTH + "(?:\\s+(?:del\\s+)?" + YEAR + ")?\\b",
                    "inizio", "fine", "metà", "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                    "agosto", "settembre", "ottobre", "novembre", "dicembre"),
            // the day of an agency dateline: "ROMA, 03 OTT -"
            noWord("(?-i:\\b\\d{1,2}\\s+(?:GEN|FEB|MAR|APR|MAG|GIU|LUG|AGO|SET|OTT|NOV|DIC)\\b)"),
            noWord(ISO_DATE), noWord(CLOCK));

    /** Month names keep their capital, so that the verb "may" is not a month. */
    private static final String EN_MONTH = "(?-i:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String EN_DATE = "(?:(?:early|late|mid-?|the\\s+end\\s+of|the\\s+start\\s+of)\\s*)?"
            + "(?:(?:\\d{1,2}\\s+)?" + EN_MONTH + "(?:\\s+\\d{1,2}\\b)?(?:,?\\s+" + YEAR + ")?|" + YEAR + ")";
    private static final String EN_PERIOD_NOUN = longestFirst(EN_PERIOD_NOUNS);
    /**
     * "for eight hours", "for 90 minutes" measure how long something lasted (a shift, a wait, an operation): a figure,
     * not a span that bounds. Italian's "per 90 minuti" is not a span either (minutes are no IT_PERIOD_NOUN).
     */
    private static final String EN_SPAN = "(?:for|in|after|since)\\s+"
            + "(?:the\\s+)?(?:(?:almost|nearly|more\\s+than|less\\s+than|about|just|only|over)\\s+)?"
            + "(?:a|one|[\\p{L}-]++|\\d++)\\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\\b"
            + "(?<!\\bfor\\s{1,9}+(?:the\\s{1,9}+)?(?:(?:almost|nearly|more\\s{1,9}+than|less\\s{1,9}+than|about|just|only|over)"
            + "\\s{1,9}+)?(?:a|one|[\\p{L}-]{1,30}+|\\d{1,9}+)\\s{1,9}+(?:hours?|minutes?))";
    private static final List<Expression> ENGLISH_EXPRESSIONS = List.of(
            opening("\\b(?:between|from)\\s+" + EN_DATE + "\\s+(?:and|to|until|through)\\s+" + EN_DATE, "between", "from"),
            opening("\\b(?:in|since|by|during|until|through|before|after|from|as\\s+of|throughout|on|of)\\s+(?:the\\s+)?"
                    + "(?:(?:first|second|third|fourth|last)\\s+(?:quarter|half|months?|weeks?)\\s+of\\s+)?" + EN_DATE,
                    "in", "since", "by", "during", "until", "through", "before", "after", "from", "as", "throughout", "on",
                    "of"),
            opening("\\b(?:in|over|during|for)\\s+the\\s+(?:past|last|first|next|previous|coming)\\s+(?:[\\p{L}-]++\\s+)?"
                    + EN_PERIOD_NOUN + "(?:\\s+of\\s+" + YEAR + ")?", "in", "over", "during", "for"),
            opening("\\b(?:last|this|next|earlier\\s+this|later\\s+this)\\s+(?:year|month|week|" + EN_MONTH + ")\\b",
                    "last", "this", "next", "earlier", "later"),
            anyWord("\\b(?:a|one|[\\p{L}-]++|\\d++)\\s+" + EN_PERIOD_NOUN + "\\s+(?:ago|earlier)\\b"),
            opening("\\b(?:yesterday|today|tomorrow)\\b", "yesterday", "today", "tomorrow"),
            opening("\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\s+\\d{1,2}\\b(?!\\s*%)", "jan", "feb", "mar",
                    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
            // "for five years", "in two years", "after 11 minutes": a span that bounds when something happened; a
            // sentence ("jailed for six years") is a figure the court decided
            // the span is looked for ahead before the long look behind, which is tried at every "in" and "for"
            opening("\\b(?=" + EN_SPAN + ")(?<!(?:jailed|sentenced|imprisoned|banned|suspended|detained|disqualified)"
                    + "[^.;]{0,60})" + EN_SPAN, "for", "in", "after", "since"),
            anyWord("\\b(?:\\d++|[\\p{L}-]++)\\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\\s+(?:later|earlier)\\b"),
            opening("\\b(?:over|during|across|for\\s+the\\s+(?:next|past|last))\\s+(?:the\\s+(?:next|past|last)\\s+)?"
                    + "(?:[\\p{L}-]++|\\d++)\\s+" + EN_PERIOD_NOUN + "\\b", "over", "during", "across", "for"),
            opening("\\b(?:by|at|before|until|after)\\s+the\\s+(?:end|start|beginning|middle)\\s+of\\s+(?:" + YEAR + "|"
                    + EN_MONTH + "|the\\s+year|next\\s+year|this\\s+year)", "by", "at", "before", "until", "after"),
            opening("\\b(?:\\d{1,2}\\s+)?" + EN_MONTH + "(?:\\s+\\d{1,2}\\b)?(?:,?\\s+" + YEAR + ")?\\b", "january",
                    "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
                    "december", "jan", "feb", "aug", "sep", "sept", "oct", "nov", "dec"),
            opening("\\b(?:the|a|one)\\s+(?:year|month|week|day)\\s+(?:before|earlier|after|later)\\b", "the", "a", "one"),
            opening("\\bthe\\s+(?:previous|following|same)\\s+(?:year|month|week|day|period)\\b", "the"),
            noWord(ISO_DATE), noWord(CLOCK));

    private static final Pattern ITALIAN = compile(ITALIAN_EXPRESSIONS);
    private static final Pattern ENGLISH = compile(ENGLISH_EXPRESSIONS);

    private TimeScope() {
    }

    /** Words as one group of alternatives, the longest first, so that "years" is not matched as "year" then "s". */
    private static String longestFirst(List<String> words) {
        return words.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
    }

    /** True for a lower-case noun of a stretch of time in either language: "anni", "stagioni", "seasons", "terms". */
    static boolean isPeriodNoun(String key) {
        return PERIOD_NOUN_SET.contains(key);
    }

    /**
     * One alternative of the pattern with the words, folded, that it can open with: at a word, only the alternatives
     * that can open there are tried ("di" has three of Italian's twenty). A glued one may also open a longer word
     * ("dalgennaio"); one that opens with any word is tried at every word; one that opens with a digit, at no word.
     */
    private record Expression(String regex, Set<String> openings, boolean glued, boolean anyWord) {
        boolean mayOpen(String word) {
            if (anyWord || openings.contains(word)) {
                return true;
            }
            if (glued) {
                for (String opening : openings) {
                    if (word.startsWith(opening)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static Expression opening(String regex, String... words) {
        return new Expression(regex, Set.of(words), false, false);
    }

    /** Opens with one of the words, which may run straight into what follows: "dal2024", "nelprimo trimestre". */
    private static Expression glued(String regex, String... words) {
        return new Expression(regex, Set.of(words), true, false);
    }

    private static Expression anyWord(String regex) {
        return new Expression(regex, Set.of(), false, true);
    }

    private static Expression noWord(String regex) {
        return new Expression(regex, Set.of(), false, false);
    }

    private static Pattern compile(List<Expression> expressions) {
        return Pattern.compile(START + alternatives(expressions.stream().map(Expression::regex).toArray(String[]::new))
                + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The expressions joined as alternatives after {@link #START}, which has already asserted the word boundary each
     * of them opens with: testing it again for each alternative at every word cost more than the rest of the search.
     */
    private static String alternatives(String... expressions) {
        StringBuilder joined = new StringBuilder();
        for (String expression : expressions) {
            joined.append(joined.length() == 0 ? "" : "|")
                    .append(expression.startsWith("\\b") ? expression.substring(2) : expression);
        }
        return joined.toString();
    }

    /**
     * The same list as find, read only when first looked at: most clauses hold no number, and then nothing asks
     * which of their words are times.
     */
    static List<Located> whenNeeded(String source, int from, int to, Language language) {
        return new AbstractList<>() {
            private List<Located> found;

            private List<Located> found() {
                if (found == null) {
                    found = find(source, from, to, language);
                }
                return found;
            }

            @Override
            public Located get(int index) {
                return found().get(index);
            }

            @Override
            public int size() {
                return found().size();
            }
        };
    }

    /** The time expressions between from and to, in text order; where two could overlap the earlier one wins. */
    static List<Located> find(String source, int from, int to, Language language) {
        // the pattern is tried only at the words where one of its expressions can start, which most words are not;
        // with transparent bounds on the stretch alone it sees what a search of the stretch would see
        Matcher matcher = (language == Language.IT ? ITALIAN : ENGLISH).matcher(source.subSequence(from, to))
                .useTransparentBounds(true).useAnchoringBounds(false);
        Starts starts = language == Language.IT ? Starts.ITALIAN : Starts.ENGLISH;
        List<Located> found = new ArrayList<>();
        int length = to - from;
        int at = 0;
        while (at < length) {
            Pattern tried = starts.patternAt(source, from + at, from, to);
            if (tried != null) {
                if (matcher.pattern() != tried) {
                    matcher.usePattern(tried);
                }
                matcher.region(at, length);
                if (matcher.lookingAt()) {
                    found.add(Located.in(source, from + matcher.start(), from + matcher.end()));
                    at = matcher.end();
                    continue;
                }
            }
            at++;
        }
        return found;
    }

    /** The words at which only some of the pattern's expressions are tried, folded: for tests. */
    static Set<String> startWords(Language language) {
        return (language == Language.IT ? Starts.ITALIAN : Starts.ENGLISH).byWord().keySet();
    }

    /** All the matches of the pattern, searched the plain way: what {@link #find} must give, for tests. */
    static List<Located> findByPatternAlone(String source, int from, int to, Language language) {
        Matcher matcher = (language == Language.IT ? ITALIAN : ENGLISH).matcher(source).region(from, to);
        List<Located> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(Located.in(source, matcher.start(), matcher.end()));
        }
        return found;
    }

    /**
     * Where an expression of the pattern can start: at a digit or a hyphen, at a word that opens one of its
     * expressions ("nel", "tra", "since", a month), at one of the prepositions that the Italian dates may be glued to
     * ("dalgennaio"), or at any word followed by a period noun ("tre anni fa", "two years ago"). A superset of where
     * the pattern matches, with words folded as its case-insensitive matching folds them. A new expression must add
     * its first words here; TimeScopeSearchTest compares the result with the plain search on the fixture articles.
     */
    private record Starts(Set<String> glued, Set<String> gluedTo, List<String> periodStems, Pattern all,
            Map<String, Pattern> byWord) {
        private static final Set<String> IT_MONTHS = Set.of("gennaio", "febbraio", "marzo", "aprile", "maggio",
                "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre");
        private static final Set<String> EN_MONTHS = Set.of("january", "february", "march", "april", "may", "june",
                "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
                "jul", "aug", "sep", "sept", "oct", "nov", "dec");
        static final Starts ITALIAN = of(TimeScope.ITALIAN, ITALIAN_EXPRESSIONS, union(IT_MONTHS, Set.of("tra",
                "fra", "dal", "dall", "da", "nel",
                "nell", "a", "fino", "entro", "prima", "dopo", "durante", "del", "dell", "al", "all", "ad", "in", "di",
                "nei", "negli", "nelle", "l", "il", "la", "per", "i", "gli", "le", "degli", "dei", "delle", "agli",
                "ai", "alle", "lo", "quest", "alla", "verso", "un", "una", "nello", "ieri", "oggi", "domani", "inizio",
                "fine", "metà")),
                // "dal", "nel", ... then optional space and a date: "dalgennaio", "nelprimo trimestre"
                Set.of("dal", "da", "nel", "del", "al", "a", "ad", "in", "di"),
                union(IT_MONTHS, Set.of("inizio", "fine", "met", "primi", "prima", "seconda", "primo", "secondo",
                        "terzo", "quarto", "ultimo")),
                List.of("mes", "ann", "giorn", "settiman", "trimestr", "semestr", "decenni", "or"));
        static final Starts ENGLISH = of(TimeScope.ENGLISH, ENGLISH_EXPRESSIONS, union(EN_MONTHS, Set.of("between",
                "from", "in", "since", "by",
                "during", "until", "through", "before", "after", "as", "throughout", "on", "of", "over", "for", "last",
                "this", "next", "earlier", "later", "yesterday", "today", "tomorrow", "across", "at", "the", "a",
                "one")), Set.of(), Set.of(),
                List.of("year", "month", "week", "day", "quarter", "decade", "hour", "minute"));

        /**
         * For each start word, the pattern of the expressions that can open there, in the pattern's order: where the
         * others cannot match, it finds what the whole pattern finds. An expression's opening word missing from the
         * start words fails here, rather than losing its matches quietly.
         */
        private static Starts of(Pattern all, List<Expression> expressions, Set<String> words, Set<String> glued,
                Set<String> gluedTo, List<String> periodStems) {
            for (Expression expression : expressions) {
                for (String opening : expression.openings()) {
                    if (!words.contains(opening)) {
                        throw new IllegalStateException("start word \"" + opening + "\" is missing from " + words);
                    }
                }
            }
            Map<List<Expression>, Pattern> compiled = new HashMap<>();
            Map<String, Pattern> byWord = new HashMap<>();
            for (String word : words) {
                List<Expression> opened = expressions.stream().filter(e -> e.mayOpen(word)).toList();
                if (!opened.isEmpty()) {
                    byWord.put(word, compiled.computeIfAbsent(opened, TimeScope::compile));
                }
            }
            // a hash map, not Map.copyOf: asked at every word of a clause with a figure, it compares hash codes first
            return new Starts(glued, gluedTo, periodStems, all, java.util.Collections.unmodifiableMap(byWord));
        }

        private static Set<String> union(Set<String> a, Set<String> b) {
            Set<String> all = new java.util.HashSet<>(a);
            all.addAll(b);
            return Set.copyOf(all);
        }

        /** The pattern to try at, null where no expression can start. */
        Pattern patternAt(String source, int at, int from, int to) {
            char c = source.charAt(at);
            if (c == '-') {
                return all;
            }
            if (!Character.isLetterOrDigit(c) || at > from && Character.isLetterOrDigit(source.charAt(at - 1))) {
                // no word starts here: the pattern opens with a word boundary
                return null;
            }
            if (!Character.isLetter(c)) {
                return all;
            }
            int end = at;
            while (end < to && Character.isLetter(source.charAt(end))) {
                end++;
            }
            String word = CaseFold.of(source, at, end);
            Pattern opened = byWord.get(word);
            if (opened != null) {
                return opened;
            }
            if (followedByPeriodNoun(source, end, to)) {
                return all;
            }
            for (String preposition : glued) {
                if (word.startsWith(preposition)) {
                    for (String date : gluedTo) {
                        if (word.startsWith(date, preposition.length())) {
                            return all;
                        }
                    }
                }
            }
            return null;
        }

        /** After the word ending at end (and any digits or hyphens glued to it), a space and a period noun. */
        private boolean followedByPeriodNoun(String source, int end, int to) {
            int at = end;
            while (at < to && (Character.isLetterOrDigit(source.charAt(at)) || source.charAt(at) == '-')) {
                at++;
            }
            int space = at;
            while (at < to && Character.isWhitespace(source.charAt(at))) {
                at++;
            }
            if (at == space) {
                return false;
            }
            int wordEnd = at;
            while (wordEnd < to && Character.isLetter(source.charAt(wordEnd))) {
                wordEnd++;
            }
            if (wordEnd == at) {
                return false;
            }
            char first = CaseFold.fold(source.charAt(at));
            for (String stem : periodStems) {
                // a list, tried letter first: this runs at nearly every word of a clause with a figure
                if (stem.charAt(0) == first && foldedStartsWith(source, at, wordEnd, stem)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the word between at and end, folded as {@link CaseFold} folds it, starts with stem. */
        private static boolean foldedStartsWith(String source, int at, int end, String stem) {
            if (end - at < stem.length()) {
                return false;
            }
            for (int i = 0; i < stem.length(); i++) {
                char c = source.charAt(at + i);
                if (CaseFold.fold(c) != stem.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
    }
}
