package org.claimledger.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sources an article names, so that later mentions resolve to the full name: "MSMT" and "l'MSMT" to
 * "Multilateral Sanctions Monitoring Team (MSMT)" once the article has spelled it out, "Shoigu" to "Sergei Shoigu"
 * once he has been named in full, and "the report" to the organization most recently mentioned.
 */
final class Entities {
    /** "Multilateral Sanctions Monitoring Team (MSMT)": capitalized words, then an acronym in parentheses. */
    private static final Pattern DEFINITION = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}\\p{N}'’.-]*\\s+(?:(?:of|for|the|and|on|di|del|della|dei|degli|delle|per|e|sulla|sul)\\s+)?)"
                    + "{0,8}\\p{Lu}[\\p{L}\\p{N}'’.-]*)\\s*\\((\\p{Lu}[\\p{Lu}\\p{N}&.-]{1,9})\\)");

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, SourceKind> kinds = new HashMap<>();
    private final List<Mention> organizationMentions = new ArrayList<>();

    private record Mention(String who, int at) {
    }

    private Entities() {
    }

    /** Reads the acronym definitions of the whole text and where each defined organization is mentioned. */
    static Entities of(String source) {
        Entities entities = new Entities();
        Matcher definition = DEFINITION.matcher(source);
        while (definition.find()) {
            String full = definition.group(1);
            String acronym = definition.group(2);
            // "The United Nations (UN)": the name starts at the word the acronym starts with
            while (full.charAt(0) != acronym.charAt(0) && full.indexOf(' ') > 0) {
                full = full.substring(full.indexOf(' ') + 1).strip();
            }
            if (full.charAt(0) == acronym.charAt(0)) {
                String who = full + " (" + acronym + ")";
                entities.names.put(key(full), who);
                entities.names.put(key(acronym), who);
                entities.names.put(key(who), who);
                entities.kinds.put(who, SourceKind.ORGANIZATION);
                entities.noteMentions(source, acronym, who);
                entities.noteMentions(source, full, who);
            }
        }
        entities.organizationMentions.sort((a, b) -> Integer.compare(a.at, b.at));
        return entities;
    }

    private void noteMentions(String source, String name, String who) {
        Matcher mention = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])")
                .matcher(source);
        while (mention.find()) {
            organizationMentions.add(new Mention(who, mention.start()));
        }
    }

    /** The full name for a name as written, or the name itself when the article never spelled it out. */
    String resolve(String name) {
        String known = names.get(key(name));
        if (known == null && name.contains(" ")) {
            known = names.get(key(name.substring(name.lastIndexOf(' ') + 1)));
            if (known != null && kinds.get(known) != SourceKind.PERSON) {
                known = null;
            }
        }
        return known == null ? name : known;
    }

    SourceKind kindOf(String who) {
        return kinds.get(who);
    }

    /** Remembers a source named in an attribution; a person's surname will then resolve to the full name. */
    void remember(String who, SourceKind kind, int at) {
        kinds.putIfAbsent(who, kind);
        names.putIfAbsent(key(who), who);
        if (kind == SourceKind.PERSON && who.contains(" ")) {
            names.putIfAbsent(key(who.substring(who.lastIndexOf(' ') + 1)), who);
        }
        if (kind == SourceKind.ORGANIZATION) {
            organizationMentions.add(new Mention(who, at));
            organizationMentions.sort((a, b) -> Integer.compare(a.at, b.at));
        }
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
