package org.claimledger.extract;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An unmodifiable set of words for the lookups made at every word of every sentence. {@code Set.of} finds a word by a
 * modulo and compares it with each word its probe passes; a hash set compares hash codes first, which made a word's
 * lookup about half as costly (the lexicons' lookups were a tenth of extraction). Like {@code Set.of}, a word written
 * twice is refused.
 */
final class WordSet {
    private WordSet() {
    }

    static Set<String> of(String... words) {
        Set<String> set = new HashSet<>();
        for (String word : words) {
            if (!set.add(word)) {
                throw new IllegalArgumentException("the word \"" + word + "\" is listed twice");
            }
        }
        return Collections.unmodifiableSet(set);
    }

    static Set<String> copyOf(Collection<String> words) {
        return Collections.unmodifiableSet(new HashSet<>(List.copyOf(words)));
    }
}
