package org.claimledger.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimledger.model.AttributionKind;

/**
 * The sources an article names, so that later mentions resolve to the full name: "MSMT" and "l'MSMT" to
 * "Multilateral Sanctions Monitoring Team (MSMT)" once the article has spelled it out, "Shoigu" to "Sergei Shoigu"
 * once he has been named in full, "il ministro" to the minister named last, "the observatory" to the organization
 * whose name has that word, and "the report" to the organization mentioned last.
 */
final class Entities {
    private static final Pattern ACRONYM = Pattern.compile("\\((\\p{Lu}[\\p{L}\\p{N}&.-]{1,9})\\)");
    private static final Set<String> PARTICLES = Set.of("of", "for", "the", "and", "on", "in", "di", "del", "della",
            "dei", "degli", "delle", "dell'", "per", "e", "sulla", "sul", "da", "la", "le", "il", "des", "de", "du");

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, AttributionKind> kinds = new HashMap<>();
    private final List<Mention> organizationMentions = new ArrayList<>();
    private final List<Mention> titledPersons = new ArrayList<>();

    private record Mention(String who, String word, int at) {
    }

    private Entities() {
    }

    /** Reads the acronym definitions of the whole text and where each defined organization is mentioned. */
    static Entities of(String source) {
        Entities entities = new Entities();
        Matcher acronym = ACRONYM.matcher(source);
        while (acronym.find()) {
            String full = expansion(source, acronym.start(), acronym.group(1));
            if (full != null) {
                String who = full + " (" + acronym.group(1) + ")";
                entities.names.put(key(full), who);
                entities.names.put(key(acronym.group(1)), who);
                entities.names.put(key(who), who);
                entities.kinds.put(who, AttributionKind.ORGANIZATION);
                entities.noteMentions(source, acronym.group(1), who);
                entities.noteMentions(source, full, who);
            }
        }
        entities.organizationMentions.sort((a, b) -> Integer.compare(a.at, b.at));
        return entities;
    }

    /**
     * The words before "(ACRONYM)" whose initials spell it, particles aside: "Multilateral Sanctions Monitoring Team
     * (MSMT)", "Associazione nazionale consumatori (Anc)". Null when no run of words spells it.
     */
    private static String expansion(String source, int open, String acronym) {
        int lineStart = source.lastIndexOf('\n', open) + 1;
        List<Token> words = Token.of(source, lineStart, open);
        String wanted = acronym.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        StringBuilder initials = new StringBuilder();
        for (int from = words.size() - 1; from >= 0 && from >= words.size() - 12; from--) {
            Token word = words.get(from);
            if (!word.isWord()) {
                return null;
            }
            if (!PARTICLES.contains(word.key())) {
                initials.insert(0, word.key().charAt(0));
            }
            if (initials.toString().equals(wanted) && word.isCapitalized()) {
                return source.substring(word.start(), words.get(words.size() - 1).end());
            }
        }
        return null;
    }

    private void noteMentions(String source, String name, String who) {
        Matcher mention = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])")
                .matcher(source);
        while (mention.find()) {
            organizationMentions.add(new Mention(who, null, mention.start()));
        }
    }

    /** The full name for a name as written, or the name itself when the article never spelled it out. */
    String resolve(String name) {
        String known = names.get(key(name));
        if (known == null && name.contains(" ")) {
            known = names.get(key(name.substring(name.lastIndexOf(' ') + 1)));
            if (known != null && kinds.get(known) != AttributionKind.PERSON) {
                known = null;
            }
        }
        return known == null ? name : known;
    }

    AttributionKind kindOf(String who) {
        return kinds.get(who);
    }

    /** Remembers a source named in an attribution; a person's surname will then resolve to the full name. */
    void remember(String who, AttributionKind kind, List<String> titles, int at) {
        kinds.putIfAbsent(who, kind);
        names.putIfAbsent(key(who), who);
        if (kind == AttributionKind.PERSON && who.contains(" ")) {
            names.putIfAbsent(key(who.substring(who.lastIndexOf(' ') + 1)), who);
        }
        if (kind == AttributionKind.PERSON) {
            for (String title : titles) {
                titledPersons.add(new Mention(who, title, at));
            }
        }
        if (kind == AttributionKind.ORGANIZATION) {
            organizationMentions.add(new Mention(who, null, at));
            organizationMentions.sort((a, b) -> Integer.compare(a.at, b.at));
        }
    }

    /** "il ministro", "the economist": the person last introduced with that title before a position. */
    String personTitled(String title, int at) {
        String found = null;
        for (Mention person : titledPersons) {
            if (person.at < at && person.word.equals(title)) {
                found = person.who;
            }
        }
        return found;
    }

    /** "the observatory": the organization, mentioned last before a position, whose name has that word. */
    String organizationNamed(String word, int at) {
        if (word.length() < 4 || PARTICLES.contains(word)) {
            return null;
        }
        String found = null;
        for (Mention mention : organizationMentions) {
            if (mention.at >= at) {
                break;
            }
            for (String part : key(mention.who).split("[^\\p{L}\\p{N}]+")) {
                if (part.equals(word)) {
                    found = mention.who;
                }
            }
        }
        return found;
    }

    /** The organization mentioned last before a position, which "il rapporto" or "the report" refers to. */
    String organizationBefore(int at) {
        String found = null;
        for (Mention mention : organizationMentions) {
            if (mention.at >= at) {
                break;
            }
            found = mention.who;
        }
        return found;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
    }
}
