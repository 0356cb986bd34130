package org.claimledger.extract;

import java.util.List;
import java.util.Set;

import org.claimledger.model.Language;

/**
 * A distance in a race that names an event or a point in it, not a quantity the article claims, as times within a
 * match are not: the event ("the 200 metres final", "i 400 misti", "the 1,500 metres freestyle") and the point ("the
 * last 500 metres", "negli ultimi cento metri", "ai 35 chilometri", "at the 30km mark"). A distance that is measured
 * stays a figure ("the road is 12 kilometres long", "un tratto di 5 chilometri").
 */
final class RaceDistances {
    private static final Set<String> UNITS = Set.of("metres", "meters", "metre", "meter", "kilometres",
            "kilometers", "km", "miles", "mile", "yards", "metri", "metro", "chilometri", "chilometro");
    /** Strokes and race kinds, which may follow the distance with no unit: "i 400 misti", "the 200 freestyle". */
    private static final Set<String> STROKES = Set.of("freestyle", "butterfly", "backstroke", "breaststroke", "medley",
            "hurdles", "steeplechase", "misti", "stile", "dorso", "rana", "farfalla", "ostacoli", "siepi");
    /** Events named after a distance: "the 200 metres final", "i 100 metri ostacoli". */
    private static final Set<String> EVENTS = union(STROKES, Set.of("final", "finals", "heat", "heats", "semi-final",
            "semi-finals", "semifinal", "semifinals", "race", "title", "event", "relay", "individual", "gold", "crown",
            "staffetta", "piani", "finale", "batteria", "batterie", "titolo", "gara", "oro"));
    /** "the last 500 metres", "negli ultimi cento metri": a point counted back from the finish or from the start. */
    private static final Set<String> POINT_BEFORE = Set.of("last", "final", "first", "closing", "opening", "ultimi",
            "ultime", "primi", "prime");
    /** Italian "ai 35 chilometri", "al chilometro": at a point of the course. */
    private static final Set<String> AT_IT = Set.of("ai", "al", "agli");
    private static final Set<String> SPEED = Set.of("orari", "all'ora", "per", "an", "a", "/");

    private RaceDistances() {
    }

    /** True when the figure from start to end (clause from..to) is a race's event or a point within it. */
    static boolean isEventOrPoint(String source, int from, int to, int start, int end, Language language) {
        int word = end;
        while (word < to && source.charAt(word) == ' ') {
            word++;
        }
        int wordEnd = word;
        while (wordEnd < to && Character.isLetter(source.charAt(wordEnd))) {
            wordEnd++;
        }
        String first = CaseFold.of(source, word, wordEnd);
        if (STROKES.contains(first)) {
            // "i 400 misti", "the 200 freestyle"
            return true;
        }
        if (!UNITS.contains(first)) {
            // most figures: nothing more to read
            return false;
        }
        List<Token> after = Token.of(source, end, Math.min(to, end + 40));
        String next = after.size() > 1 ? after.get(1).key() : "";
        if (EVENTS.contains(next)) {
            // "the 200 metres final", "i 100 metri ostacoli"
            return true;
        }
        if (SPEED.contains(next) || next.equals("hour") || next.equals("h")) {
            return false;
        }
        List<Token> before = Token.of(source, Math.max(from, start - 20), start);
        String previous = before.isEmpty() ? "" : before.get(before.size() - 1).key();
        return POINT_BEFORE.contains(previous) || language == Language.IT && AT_IT.contains(previous);
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> both = new java.util.HashSet<>(first);
        both.addAll(second);
        return Set.copyOf(both);
    }
}
