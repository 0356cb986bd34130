package org.claimledger.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each of many passages occurs in one text, found in a single pass: a rolling hash over a window as long as the
 * shortest passage picks the places where some passage may start, and only those are compared. Searching the whole
 * text once per passage would make a long text's claims file quadratic to write.
 */
final class Occurrences {
    private static final long BASE = 1_000_003L;
    /** The size of the bit filter of passage hashes that each window is tested against before the map. */
    private static final int FILTER_BITS = 1 << 16;

    private final Map<String, List<Integer>> starts = new HashMap<>();

    private Occurrences() {
    }

    /** The char indexes where each passage occurs in text, overlapping occurrences included, in order. */
    static Occurrences of(String text, Collection<String> passages) {
        Occurrences occurrences = new Occurrences();
        Set<String> distinct = new HashSet<>(passages);
        distinct.remove("");
        distinct.forEach(passage -> occurrences.starts.put(passage, new ArrayList<>()));
        if (distinct.isEmpty()) {
            return occurrences;
        }
        int window = distinct.stream().mapToInt(String::length).min().orElseThrow();
        Map<Long, List<String>> byHash = new HashMap<>();
        for (String passage : distinct) {
            byHash.computeIfAbsent(hash(passage, 0, window), h -> new ArrayList<>()).add(passage);
        }
        long top = 1;
        for (int i = 1; i < window; i++) {
            top *= BASE;
        }
        // the low bits of every passage's hash, so that most windows are passed over without boxing a key
        long[] seen = new long[FILTER_BITS / 64];
        byHash.keySet().forEach(h -> seen[(int) (h & (FILTER_BITS - 1)) >>> 6] |= 1L << (h & 63));
        long rolling = text.length() < window ? 0 : hash(text, 0, window);
        for (int at = 0; at + window <= text.length(); at++) {
            if (at > 0) {
                rolling = (rolling - text.charAt(at - 1) * top) * BASE + text.charAt(at + window - 1);
            }
            if ((seen[(int) (rolling & (FILTER_BITS - 1)) >>> 6] & 1L << (rolling & 63)) == 0) {
                continue;
            }
            List<String> candidates = byHash.get(rolling);
            if (candidates != null) {
                for (String passage : candidates) {
                    if (text.startsWith(passage, at)) {
                        occurrences.starts.get(passage).add(at);
                    }
                }
            }
        }
        return occurrences;
    }

    /** The char indexes where the passage occurs, in order. */
    List<Integer> starts(String passage) {
        return starts.getOrDefault(passage, List.of());
    }

    /** How many times the passage occurs (0 for a passage not given to {@link #of}). */
    int count(String passage) {
        return starts.getOrDefault(passage, List.of()).size();
    }

    /** The 1-based occurrence of the passage that starts at a char index, or 0 when none starts there. */
    int ordinalAt(String passage, int start) {
        return starts.getOrDefault(passage, List.of()).indexOf(start) + 1;
    }

    private static long hash(String text, int from, int length) {
        long hash = 0;
        for (int i = from; i < from + length; i++) {
            hash = hash * BASE + text.charAt(i);
        }
        return hash;
    }
}
