package org.claimledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    private static final Pattern IT_AND = Pattern.compile("\\s+(?:e|ed)\\s+");
    private static final Pattern EN_AND = Pattern.compile("\\s+and\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> TIES = Set.of("of", "for", "di", "del", "dello", "della",
            "dei", "degli", "delle", "per");
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
        if (namesOneBody(attribution.who(), language)) {
            return List.of(attribution);
        }
        List<String> names = new ArrayList<>();
        for (String part : parts) {
            String name = withoutArticle(part.strip(), language);
            if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || SPACES.split(name).length > MOST_WORDS
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

    /**
     * "the Department of Health and Social Care", "the Betting and Gaming Council", "Ministero dell'Università e
     * Ricerca": one body whose name holds "and". The part after the last "and" has no article of its
     * own ("Labour and the Electoral Commission" are two), and either the part before it ties its words with
     * "of", "for" or "di" (a department of one thing and another) or the part after it ends with a noun that heads a
     * body's name while the part before names no body of its own.
     */
    private static boolean namesOneBody(String whole, Language language) {
        Matcher and = (language == Language.IT ? IT_AND : EN_AND).matcher(whole);
        int start = -1;
        int end = -1;
        while (and.find()) {
            start = and.start();
            end = and.end();
        }
        if (start < 0) {
            return false;
        }
        String head = whole.substring(0, start);
        int comma = head.lastIndexOf(',');
        if (comma >= 0 && !opensListedBody(head.substring(0, head.indexOf(',')), language)) {
            // "The Bank of England, Barclays and HSBC": a list of bodies, whose last "and" joins the last two only
            head = head.substring(comma + 1);
        }
        String[] before = SPACES.split(withoutArticle(head.strip(), language));
        String[] after = SPACES.split(whole.substring(end).strip());
        if (after[0].isEmpty() || Lexicon.isArticle(fold(after[0]), language) || isArticleElided(after[0])) {
            return false;
        }
        for (int i = 1; i < before.length; i++) {
            if (ties(fold(before[i]))) {
                return true;
            }
        }
        for (String word : before) {
            if (SourceName.isBodyNoun(fold(word))) {
                return false;
            }
        }
        return SourceName.isBodyNoun(fold(after[after.length - 1]));
    }

    /** "the Ministry of Housing": words whose body's remit may be a list ({@link SourceName#isListedBodyTie}). */
    private static boolean opensListedBody(String words, Language language) {
        String[] keys = SPACES.split(fold(words.strip()));
        for (int i = 1; i < keys.length; i++) {
            if (SourceName.isListedBodyTie(keys[i - 1], keys[i], language)) {
                return true;
            }
        }
        return false;
    }

    /** "of", "di", "della", "dell'Ambiente": a word that ties a body's name to what it is for. */
    private static boolean ties(String word) {
        return TIES.contains(word) || word.startsWith("dell'") || word.startsWith("d'");
    }

    /** "l'Agenzia": an article run into its noun. */
    private static boolean isArticleElided(String word) {
        String folded = fold(word);
        return folded.startsWith("l'") || folded.startsWith("un'");
    }

    private static String fold(String word) {
        return CaseFold.of(word, 0, word.length()).replace('\u2019', '\'');
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

    /** "the GMB" is "GMB"; "il Pd" is "Pd"; "l'Unione consumatori" is "Unione consumatori". */
    private static String withoutArticle(String part, Language language) {
        int apostrophe = fold(part).indexOf('\'');
        if (isArticleElided(part) && apostrophe + 1 < part.length()) {
            return part.substring(apostrophe + 1).strip();
        }
        int space = part.indexOf(' ');
        if (space > 0 && Lexicon.isArticle(part.substring(0, space).toLowerCase(java.util.Locale.ROOT), language)) {
            return part.substring(space + 1).strip();
        }
        return part;
    }
}
