package org.claimledger.extract;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.claimledger.model.Language;
import org.claimledger.numbers.FigureReader;

/**
 * A proportion in words is a share, not two counts: "three in ten", "one in five", "nine out of ten", "in four of his
 * last five races", "due famiglie su cinque", "un bambino su quattro". Like "almost half" it is no figure at all; never
 * two loose numbers. Both ends must be in words (or the numerator an article, "un bambino su quattro"), the numerator
 * smaller than the denominator, with at most three words between the numerator and "in"/"out of"/"su".
 */
final class Proportions {
    private static final int MAX_NOUN_WORDS = 3;
    private static final Set<String> ONE = Set.of("un", "uno", "una", "one");
    private static final Set<String> LAST = Set.of("last", "first", "past", "next", "ultimi", "ultime", "prime",
            "primi", "scorse", "scorsi");

    private Proportions() {
    }

    /** The mentions, of those found in a clause starting at from, that are either end of a proportion in words. */
    static Set<FigureMention> in(String source, int from, List<FigureMention> mentions, Language language) {
        Set<FigureMention> shares = null;
        for (int i = 0; i < mentions.size(); i++) {
            FigureMention denominator = mentions.get(i);
            if (!denominator.inWords() || denominator.value().isRange()) {
                continue;
            }
            int start = denominator.text().start();
            List<Token> before = Token.of(source, Token.spaceAtOrBefore(source, from, start - 60), start);
            int at = joinerBefore(before, language);
            if (at < 0) {
                continue;
            }
            Token numerator = numeratorBefore(before, at, language);
            if (numerator == null) {
                continue;
            }
            BigDecimal value = valueOf(numerator, language);
            if (value == null || value.compareTo(denominator.value().value()) >= 0) {
                continue;
            }
            if (shares == null) {
                shares = new HashSet<>();
            }
            shares.add(denominator);
            for (FigureMention other : mentions) {
                if (other.text().contains(numerator.start())) {
                    shares.add(other);
                }
            }
        }
        return shares == null ? Set.of() : shares;
    }

    /** The index of the first token of "in", "out of", "su", "of his last" right before the denominator, or -1. */
    private static int joinerBefore(List<Token> before, Language language) {
        int last = before.size() - 1;
        if (last < 1) {
            return -1;
        }
        String key = before.get(last).key();
        if (language == Language.IT) {
            return key.equals("su") ? last : -1;
        }
        if (key.equals("in")) {
            return last;
        }
        if (key.equals("of") && before.get(last - 1).key().equals("out")) {
            return last - 1;
        }
        // "four of his last five races"
        if (LAST.contains(key)) {
            int of = last - 1;
            if (of >= 1 && !before.get(of).key().equals("of")) {
                of--;
            }
            return of >= 1 && before.get(of).key().equals("of") ? of : -1;
        }
        return -1;
    }

    /** The number word at most three words before the joiner ("due famiglie su"), or null. */
    private static Token numeratorBefore(List<Token> before, int joiner, Language language) {
        for (int at = joiner - 1; at >= 0 && at >= joiner - 1 - MAX_NOUN_WORDS; at--) {
            Token token = before.get(at);
            if (!token.isWord()) {
                return null;
            }
            if (ONE.contains(token.key()) || FigureReader.isNumberWord(token.key(), language)) {
                return token;
            }
            if (Lexicon.isCommonFiniteVerb(token.key(), language) || Lexicon.isPhraseBreak(token.key(), language)) {
                return null;
            }
        }
        return null;
    }

    private static BigDecimal valueOf(Token numerator, Language language) {
        if (ONE.contains(numerator.key())) {
            return BigDecimal.ONE;
        }
        try {
            return FigureReader.read(numerator.text(), language).value();
        } catch (org.claimledger.numbers.FigureTextException e) {
            return null;
        }
    }
}
