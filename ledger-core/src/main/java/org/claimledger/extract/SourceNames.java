package org.claimledger.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When two names of a source are the same source, for evaluation: compared case-insensitively without a leading
 * article or surrounding punctuation; "Full Name (ABBR)" also matches "Full Name" and "ABBR"; and names declared as
 * aliases of each other (in a gold file) match.
 */
final class SourceNames {
    private static final Set<String> ARTICLES = Set.of("il", "lo", "la", "i", "gli", "le", "the", "a", "an", "un",
            "una", "uno");

    private final List<Set<String>> aliasGroups = new ArrayList<>();

    SourceNames(List<List<String>> aliases) {
        for (List<String> group : aliases) {
            Set<String> forms = new HashSet<>();
            group.forEach(name -> forms.addAll(forms(name)));
            aliasGroups.add(forms);
        }
    }

    boolean same(String a, String b) {
        Set<String> formsOfA = forms(a);
        Set<String> formsOfB = forms(b);
        if (formsOfA.stream().anyMatch(formsOfB::contains)) {
            return true;
        }
        for (Set<String> group : aliasGroups) {
            if (formsOfA.stream().anyMatch(group::contains) && formsOfB.stream().anyMatch(group::contains)) {
                return true;
            }
        }
        return false;
    }

    /** The normalized name, and for "Full Name (ABBR)" also "full name" and "abbr". */
    static Set<String> forms(String name) {
        Set<String> forms = new HashSet<>();
        String normalized = normalize(name);
        forms.add(normalized);
        int open = normalized.lastIndexOf('(');
        if (open > 0 && normalized.endsWith(")")) {
            forms.add(normalize(normalized.substring(0, open)));
            forms.add(normalize(normalized.substring(open + 1, normalized.length() - 1)));
        }
        return forms;
    }

    static String normalize(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('’', '\'')
                .replaceAll("\\s+", " ").strip();
        text = text.replaceAll("^(?:l'|dell'|nell')", "");
        int space = text.indexOf(' ');
        if (space > 0 && ARTICLES.contains(text.substring(0, space))) {
            text = text.substring(space + 1);
        }
        return text.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^)]]+$", "").strip();
    }
}
