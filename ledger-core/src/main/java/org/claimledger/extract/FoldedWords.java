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
        int at = 0;
        while (at < text.length()) {
            if (!Character.isLetter(text.charAt(at))) {
                at++;
                continue;
            }
            int end = at + 1;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            words.add(CaseFold.of(text, at, end));
            at = end;
        }
        return new FoldedWords(words);
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
