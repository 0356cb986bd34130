package org.claimledger.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The other words Italian copy uses for a title it has named once, to avoid repeating it: the lawyer introduced as
 * "l'avvocato" is later "il legale" or "il difensore"; the "presidente della Regione" is "il governatore"; the
 * "presidente del Consiglio" is "il premier"; the gip is "il giudice". A headline's role may also be a word that names
 * other people in body text: the defence ("La difesa: «...»") for the lawyer, "il ct" for the national team's
 * "allenatore" or "commissario tecnico", "il titolare" for a minister; those count only for a headline's role
 * ({@link #inHeadline}), since "il titolare" of a shop or "il tecnico" of a firm is no minister or coach.
 */
final class TitleSynonyms {
    private static final List<Set<String>> GROUPS = List.of(
            Set.of("avvocato", "avvocata", "legale", "difensore"),
            Set.of("gip", "giudice"),
            Set.of("governatore", "governatrice", "presidente della regione"),
            Set.of("premier", "presidente del consiglio"));
    /**
     * The groups of a headline's role: those above, the lawyers' taking in "difesa", and two that are other people's
     * in body text.
     */
    private static final List<Set<String>> HEADLINE_GROUPS = List.of(
            union(GROUPS.get(0), Set.of("difesa")),
            Set.of("ct", "commissario tecnico", "allenatore", "allenatrice", "tecnico", "selezionatore"),
            Set.of("ministro", "ministra", "titolare"),
            Set.of("ad", "amministratore delegato", "amministratrice delegata", "ceo"),
            GROUPS.get(1), GROUPS.get(2), GROUPS.get(3));

    private TitleSynonyms() {
    }

    /** The other titles that name the same office as title in body text; empty when it has none. */
    static Set<String> of(String title) {
        return groupOf(title, GROUPS);
    }

    /** The other titles that name the same office as title when a headline gives it as a role. */
    static Set<String> inHeadline(String title) {
        return groupOf(title, HEADLINE_GROUPS);
    }

    private static Set<String> union(Set<String> group, Set<String> more) {
        Set<String> all = new HashSet<>(group);
        all.addAll(more);
        return Set.copyOf(all);
    }

    private static Set<String> groupOf(String title, List<Set<String>> groups) {
        for (Set<String> group : groups) {
            if (group.contains(title)) {
                return group;
            }
        }
        return Set.of();
    }
}
