package org.claimledger.extract;

import java.util.List;
import java.util.Set;

/**
 * The other words Italian copy uses for a title it has named once, to avoid repeating it: the lawyer introduced as
 * "l'avvocato" is later "il legale" or "il difensore"; the "presidente della Regione" is "il governatore"; the
 * "presidente del Consiglio" is "il premier"; the gip is "il giudice"; the defence ("la difesa") is the lawyer; "il
 * ct" is the national team's "allenatore" or "commissario tecnico"; a minister is "il titolare" of the ministry.
 */
final class TitleSynonyms {
    private static final List<Set<String>> GROUPS = List.of(
            Set.of("avvocato", "avvocata", "legale", "difensore", "difesa"),
            Set.of("ct", "commissario tecnico", "allenatore", "allenatrice", "tecnico", "selezionatore"),
            Set.of("ministro", "ministra", "titolare"),
            Set.of("gip", "giudice"),
            Set.of("governatore", "governatrice", "presidente della regione"),
            Set.of("premier", "presidente del consiglio"));

    private TitleSynonyms() {
    }

    /** The other titles that name the same office as title; empty when it has none. */
    static Set<String> of(String title) {
        for (Set<String> group : GROUPS) {
            if (group.contains(title)) {
                return group;
            }
        }
        return Set.of();
    }
}
