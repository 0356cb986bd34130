package org.claimledger.extract;

import java.util.List;
import java.util.Set;

/**
 * The initials a spelled-out title is later written as: "chief financial officer" is "cfo", "chief executive officer"
 * "ceo". Linking words take no letter ("chief of staff" is "cos").
 */
final class TitleInitials {
    private static final Set<String> SKIPPED = Set.of("of", "the", "and", "for", "di", "del", "della", "e");

    private TitleInitials() {
    }

    static String of(List<String> words) {
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty() && !SKIPPED.contains(word) && Character.isLetter(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }
}
