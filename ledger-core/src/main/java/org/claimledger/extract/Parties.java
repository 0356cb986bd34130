package org.claimledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimledger.model.AttributionKind;
import org.claimledger.model.Language;

/**
 * The parties of a source named as a list: "Asstra e Anav", "Cisl e Uil", "Mario Rossi and Luca Bianchi". Each is a
 * party of its own, as the gold convention counts them (one entry per party); a source that is one name stays one.
 */
final class Parties {
    private static final Pattern IT_JOINER = Pattern.compile("\\s*,\\s*|\\s+(?:e|ed)\\s+");
    private static final Pattern EN_JOINER = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");
    private static final int MOST_WORDS = 4;

    private Parties() {
    }

    /** The parties of the attribution, each with its own name and kind; the attribution itself when it names one. */
    static List<CandidateAttribution> of(CandidateAttribution attribution, Language language, Entities entities,
            String source) {
        String[] parts = (language == Language.IT ? IT_JOINER : EN_JOINER).split(attribution.who());
        if (parts.length < 2) {
            return List.of(attribution);
        }
        List<String> names = new ArrayList<>();
        for (String part : parts) {
            String name = withoutArticle(part.strip(), language);
            if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || name.split("\\s+").length > MOST_WORDS
                    || name.contains("(")) {
                // "Fratelli d'Italia e alleati": a part that is no name leaves the source whole
                return List.of(attribution);
            }
            names.add(name);
        }
        if (language == Language.EN && names.size() == 2 && names.stream().noneMatch(n -> n.contains(" "))
                && !mentionedApart(source, attribution.who(), names)) {
            // "Marks and Spencer", "Procter and Gamble": English joins surnames into one firm's name with "and"
            return List.of(attribution);
        }
        List<CandidateAttribution> parties = new ArrayList<>();
        for (String name : names) {
            String resolved = entities.resolve(name);
            // a part resolves to a name of its own, not back to the list it was read from
            String who = resolved.equals(attribution.who()) ? name : resolved;
            AttributionKind known = entities.kindOf(who);
            AttributionKind kind = known != null ? known
                    : name.contains(" ") && attribution.kind() == AttributionKind.PERSON ? AttributionKind.PERSON
                    : AttributionKind.ORGANIZATION;
            parties.add(new CandidateAttribution(who, kind, attribution.cue(), attribution.text(),
                    attribution.carried()));
        }
        return parties;
    }

    /** True when the text names each part more often than it writes the whole list. */
    private static boolean mentionedApart(String source, String whole, List<String> names) {
        int together = count(source, whole);
        return names.stream().allMatch(name -> count(source, name) > together);
    }

    private static int count(String source, String word) {
        Matcher matcher = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(word) + "(?![\\p{L}\\d])").matcher(source);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** "the GMB" is "GMB"; "il Pd" is "Pd". */
    private static String withoutArticle(String part, Language language) {
        int space = part.indexOf(' ');
        if (space > 0 && Lexicon.isArticle(part.substring(0, space).toLowerCase(java.util.Locale.ROOT), language)) {
            return part.substring(space + 1).strip();
        }
        return part;
    }
}
