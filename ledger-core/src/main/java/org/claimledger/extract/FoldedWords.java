package org.claimledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The runs of letters of one text, each folded as {@link CaseFold} folds it: the quick word checks that spare a
 * sentence the cue patterns ({@link ReportingCues}) each ask whether one of their words is in it, and fold the
 * sentence once between them.
 */
final class FoldedWords {
    private final List<String> words;

    private FoldedWords(List<String> words) {
        this.words = words;
    }

    static FoldedWords of(CharSequence text) {
        List<String> words = new ArrayList<>();
        for (int at = nextWord(text, 0); at < text.length(); at = nextWord(text, at)) {
            int end = wordEnd(text, at);
            words.add(CaseFold.of(text, at, end));
            at = end;
        }
        return new FoldedWords(words);
    }

    /** {@code of(text).holdAny(these)}, without keeping the words: it stops at the first one found (one token's test). */
    static boolean anyIn(CharSequence text, Set<String> these) {
        for (int at = nextWord(text, 0); at < text.length(); at = nextWord(text, at)) {
            int end = wordEnd(text, at);
            if (these.contains(CaseFold.of(text, at, end))) {
                return true;
            }
            at = end;
        }
        return false;
    }

    private static int nextWord(CharSequence text, int at) {
        while (at < text.length() && !Character.isLetter(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static int wordEnd(CharSequence text, int at) {
        int end = at + 1;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** True when one of the text's words is one of these. */
    boolean holdAny(Set<String> these) {
        for (String word : words) {
            if (these.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
