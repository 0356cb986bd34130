package org.claimledger.extract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimledger.model.AttributionKind;
import org.claimledger.model.Language;

/**
 * The sources an article names, so that later mentions resolve to the full name: "MSMT" and "l'MSMT" to
 * "Multilateral Sanctions Monitoring Team (MSMT)" once the article has spelled it out, "Shoigu" to "Sergei Shoigu"
 * once he has been named in full, "il ministro" to the minister named last, "the observatory" to the organization
 * whose name has that word, and "the report" to the organization mentioned last.
 */
final class Entities {
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ACRONYM = Pattern.compile("\\((\\p{Lu}[\\p{L}\\p{N}&.-]{1,9})\\)");
    private static final Set<String> PARTICLES = Set.of("of", "for", "the", "and", "on", "in", "di", "del", "della",
            "dei", "degli", "delle", "dell'", "per", "e", "sulla", "sul", "da", "la", "le", "il", "des", "de", "du");

    /** How many person mentions back a pronoun may reach, past those of the other gender. */
    private static final int PRONOUN_REACH = 12;

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, AttributionKind> kinds = new HashMap<>();
    /** Where each organization is mentioned; lookups by position stay logarithmic on long texts. */
    private final TreeMap<Integer, String> organizationsByPosition = new TreeMap<>();
    /** Every mention of an organization or institution under each word of its name: lookups stay logarithmic. */
    private final Map<String, TreeMap<Integer, String>> namesByWord = new HashMap<>();
    private final Map<String, TreeMap<Integer, String>> personsByTitle = new HashMap<>();
    private final TreeMap<Integer, String> documentsByPosition = new TreeMap<>();
    private final TreeMap<Integer, String> institutionsByPosition = new TreeMap<>();
    /** Every mention of a person named in full or attributed, by position, and the gender the text showed. */
    private final TreeMap<Integer, String> personsByPosition = new TreeMap<>();
    private final Map<String, Gender> genders = new HashMap<>();
    /** The organizations the text describes by a noun ("the charity Roofline"), under the noun, by position. */
    private final Map<String, TreeMap<Integer, String>> descriptions = new HashMap<>();

    private Entities() {
    }

    /** Reads the acronym definitions of the whole text and where each defined organization is mentioned. */
    static Entities of(String source) {
        Entities entities = new Entities();
        Matcher acronym = ACRONYM.matcher(source);
        Map<String, String> mentioned = new LinkedHashMap<>();
        while (acronym.find()) {
            String full = expansion(source, acronym.start(), acronym.group(1));
            if (full != null && !entities.kinds.containsKey(full + " (" + acronym.group(1) + ")")) {
                String who = full + " (" + acronym.group(1) + ")";
                entities.names.put(key(full), who);
                entities.names.put(key(acronym.group(1)), who);
                entities.names.put(key(who), who);
                entities.kinds.put(who, AttributionKind.ORGANIZATION);
                mentioned.putIfAbsent(acronym.group(1), who);
                mentioned.putIfAbsent(full, who);
            }
        }
        entities.noteMentions(source, mentioned);
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

    /** Notes every mention, as a whole word, of each name (an acronym or its expansion) of the organizations. */
    private void noteMentions(String source, Map<String, String> whoByName) {
        Occurrences occurrences = Occurrences.of(source, whoByName.keySet());
        for (Map.Entry<String, String> name : whoByName.entrySet()) {
            for (int at : occurrences.starts(name.getKey())) {
                int end = at + name.getKey().length();
                if ((at == 0 || !Character.isLetterOrDigit(source.charAt(at - 1)))
                        && (end == source.length() || !Character.isLetterOrDigit(source.charAt(end)))) {
                    noteOrganization(name.getValue(), at);
                }
            }
        }
    }

    private void noteOrganization(String who, int at) {
        organizationsByPosition.put(at, who);
        noteWords(who, at);
    }

    /**
     * True when the phrase ends in a person's surname that is also a day or a month ("Jess Monday"; the callers ask
     * only for those): a given name before it, not a word of time ("Last Monday"), or the word alone when the article
     * named a person with that surname.
     */
    boolean isSurname(List<Token> phrase, Language language) {
        Token last = phrase.get(phrase.size() - 1);
        if (!last.isCapitalized()) {
            return false;
        }
        if (phrase.size() >= 2 && phrase.get(phrase.size() - 2).isWord()
                && phrase.get(phrase.size() - 2).isCapitalized()
                && !Lexicon.isPreposition(phrase.get(phrase.size() - 2).key(), language)
                && !Lexicon.isArticle(phrase.get(phrase.size() - 2).key(), language)
                && !Lexicon.isWeekday(phrase.get(phrase.size() - 2).key(), language)
                && !Lexicon.isTimeWord(phrase.get(phrase.size() - 2).key())) {
            return true;
        }
        String known = names.get(key(last.text()));
        return known != null && !known.equals(last.text()) && kinds.get(known) == AttributionKind.PERSON;
    }

    /** The full name for a name as written, or the name itself when the article never spelled it out. */
    String resolve(String name) {
        String known = names.get(key(name));
        if (known == null && name.contains(" ")) {
            known = names.get(key(name.substring(name.lastIndexOf(' ') + 1)));
            if (known != null && (kinds.get(known) != AttributionKind.PERSON
                    || SourceName.looksLikeOrganization(name))) {
                // "the Federation of Small Firms" names a body, never a person known by a surname "Firms"
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
        if (who.equals(who.toLowerCase(Locale.ROOT))) {
            // a common noun that stayed unresolved ("l'istituto", "the researchers") is no name to refer back to
            return;
        }
        kinds.putIfAbsent(who, kind);
        names.putIfAbsent(key(who), who);
        if (kind == AttributionKind.PERSON && who.contains(" ")) {
            names.putIfAbsent(key(who.substring(who.lastIndexOf(' ') + 1)), who);
        }
        if (kind == AttributionKind.PERSON) {
            personsByPosition.put(at, who);
            for (String title : titles) {
                personsByTitle.computeIfAbsent(title, t -> new TreeMap<>()).put(at, who);
            }
        }
        if (kind == AttributionKind.ORGANIZATION) {
            noteOrganization(who, at);
        }
    }

    /** Notes the gender the text shows for a person, unless it showed one already. */
    void noteGender(String person, Gender gender) {
        if (gender != null) {
            genders.putIfAbsent(person, gender);
        }
    }

    /** The gender the text has shown for a person, or null. */
    Gender genderOf(String person) {
        return genders.get(person);
    }

    /**
     * "Omar Reid runs a shop nearby. 'We lost 30 customers,' he said.": the person mentioned last before a position
     * whose gender, as far as the text shows, is not the opposite of the one wanted (any, for a null gender); null when
     * there is none.
     */
    String personBefore(int at, Gender gender) {
        Map.Entry<Integer, String> mention = personsByPosition.lowerEntry(at);
        for (int looked = 0; mention != null && looked < PRONOUN_REACH; looked++,
                mention = personsByPosition.lowerEntry(mention.getKey())) {
            if (gender == null || genders.get(mention.getValue()) != gender.opposite()) {
                return mention.getValue();
            }
        }
        return null;
    }

    /** Notes an institution the text names, quoted or not ("La Banca d'Italia ha abbassato la stima"). */
    void noteInstitution(String who, int at) {
        kinds.putIfAbsent(who, AttributionKind.ORGANIZATION);
        names.putIfAbsent(key(who), who);
        institutionsByPosition.put(at, who);
        noteWords(who, at);
    }

    /** Notes that the text describes an organization by a noun: "the charity Roofline", "Ofwat, the regulator,". */
    void noteDescription(String noun, String who, int at) {
        descriptions.computeIfAbsent(noun, n -> new TreeMap<>()).put(at, who);
        kinds.putIfAbsent(who, AttributionKind.ORGANIZATION);
        names.putIfAbsent(key(who), who);
    }

    /**
     * "the charity", "il sindacato", "watchdog warns" in a headline: the organization the text described by that noun
     * last before a position, else first after it; null when none.
     */
    String organizationDescribed(String noun, int at) {
        TreeMap<Integer, String> described = descriptions.get(noun);
        if (described == null) {
            return null;
        }
        Map.Entry<Integer, String> near = described.lowerEntry(at);
        near = near != null ? near : described.ceilingEntry(at);
        return near == null ? null : near.getValue();
    }

    /** The institution named last before a position, which a generic "l'istituto" or "the body" refers to. */
    String institutionBefore(int at) {
        Map.Entry<Integer, String> institution = institutionsByPosition.lowerEntry(at);
        Map.Entry<Integer, String> organization = organizationsByPosition.lowerEntry(at);
        Map.Entry<Integer, String> last = institution == null ? organization
                : organization == null || institution.getKey() > organization.getKey() ? institution : organization;
        return last == null ? null : last.getValue();
    }

    /** Remembers who wrote or published the document an attribution cites ("a study published in The Lancet"). */
    void rememberDocument(String author, int at) {
        documentsByPosition.put(at, author);
    }

    /** The author of the document cited last before a position, which "the study" or "il rapporto" refers to. */
    String documentBefore(int at) {
        Map.Entry<Integer, String> last = documentsByPosition.lowerEntry(at);
        return last == null ? null : last.getValue();
    }

    /** "il ministro", "the economist": the person last introduced with that title before a position. */
    String personTitled(String title, int at) {
        TreeMap<Integer, String> persons = personsByTitle.get(title);
        Map.Entry<Integer, String> last = persons == null ? null : persons.lowerEntry(at);
        return last == null ? null : last.getValue();
    }

    /** "Il governatore: «...»" in a headline: the person introduced with that title first, anywhere in the text. */
    String personTitledAfter(String title, int at) {
        Map.Entry<Integer, String> first = null;
        Set<String> synonyms = TitleSynonyms.inHeadline(title);
        for (Map.Entry<String, TreeMap<Integer, String>> titled : personsByTitle.entrySet()) {
            // "il governatore" is also "il governatore delle Marche", and "il presidente della Regione Marche"
            if (titled.getKey().equals(title) || titled.getKey().startsWith(title + " ")
                    || synonyms.stream().anyMatch(s -> titled.getKey().equals(s)
                            || titled.getKey().startsWith(s + " "))) {
                Map.Entry<Integer, String> candidate = titled.getValue().ceilingEntry(at);
                first = candidate != null && (first == null || candidate.getKey() < first.getKey()) ? candidate : first;
            }
        }
        return first == null ? null : first.getValue();
    }

    /**
     * "the observatory", "la procura": the organization or institution, mentioned last before a position, whose name
     * has that word.
     */
    String organizationNamed(String word, int at) {
        if (word.length() < 4 || PARTICLES.contains(word)) {
            return null;
        }
        TreeMap<Integer, String> named = namesByWord.get(word);
        Map.Entry<Integer, String> last = named == null ? null : named.lowerEntry(at);
        return last == null ? null : last.getValue();
    }

    /**
     * The organization whose name has that word, mentioned last before a position, else first after it: "the jury
     * was told" in a court's report, "..., court hears" in the headline above the court's name.
     */
    String organizationNamedNear(String word, int at) {
        String before = organizationNamed(word, at);
        if (before != null) {
            return before;
        }
        TreeMap<Integer, String> named = namesByWord.get(word);
        Map.Entry<Integer, String> next = named == null ? null : named.ceilingEntry(at);
        return next == null ? null : next.getValue();
    }

    /** Indexes a mention of a named body under each word of its name, for {@link #organizationNamed}. */
    private void noteWords(String who, int at) {
        for (String word : NOT_LETTER_OR_DIGIT.split(key(who))) {
            if (!word.isEmpty()) {
                namesByWord.computeIfAbsent(word, w -> new TreeMap<>()).put(at, who);
            }
        }
    }

    /** The organization mentioned last before a position, which "il rapporto" or "the report" refers to. */
    String organizationBefore(int at) {
        Map.Entry<Integer, String> last = organizationsByPosition.lowerEntry(at);
        return last == null ? null : last.getValue();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
    }
}
