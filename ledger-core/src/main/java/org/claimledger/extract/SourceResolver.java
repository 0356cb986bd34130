package org.claimledger.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.claimledger.model.AttributionKind;
import org.claimledger.model.Language;

/**
 * Turns the noun phrase that names a source into an attribution, resolved through what the article has said so far:
 * "Shoigu" is Sergei Shoigu once named in full, "lui" the person quoted last, "il ministro" the minister named last,
 * "the observatory" the organization with that word in its name, "l'istituto" the institution named last, "il
 * rapporto" the organization mentioned last. "A senior council official" introduces someone new and refers to no one
 * before. Every source it reads is remembered for the mentions after it.
 */
final class SourceResolver {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Nouns that refer back to any institution, not only to one with the word in its name. */
    private static final Set<String> GENERIC_INSTITUTIONS = Set.of("istituto", "ente", "organismo", "institution",
            "body", "associazione", "sindacato", "azienda", "società", "gruppo", "banca", "group", "company", "firm",
            "union", "bank");

    /** Adjectives that make a document the state's: "official figures", "dati ufficiali". */
    private static final Set<String> OFFICIAL = Set.of("official", "ufficiali", "ufficiale");

    private final String source;
    private final Language language;
    private final Entities entities;
    private String lastPerson;
    /**
     * The source named last that may be a person: one read as a person, or a lone name the article has not made
     * known as a body ("Ortega blamed tiredness"), which "the Spaniard" after it refers to.
     */
    private String lastNamedPerson;
    /** The organization attributed last, which "it" refers to. */
    private String lastOrganization;
    /** The group attributed last ("Three policymakers told Reuters"), which a lone "One said" is one of. */
    private String lastGroup;

    SourceResolver(String source, Language language, Entities entities) {
        this.source = source;
        this.language = language;
        this.entities = entities;
    }

    /** The person attributed last, whom a cue without a subject ("«...», ha aggiunto.") goes back to; or null. */
    String lastPerson() {
        return lastPerson;
    }

    /** Builds the attribution from the source's noun phrase; null when it names nothing usable. */
    CandidateAttribution attribution(List<Token> phrase, boolean opensSentence, String cue, int textStart,
            int textEnd) {
        if (lastGroup != null && phrase.size() == 1 && phrase.get(0).isWord()
                && org.claimledger.numbers.FigureReader.isNumberWord(phrase.get(0).key(), language)) {
            // "Three policymakers told Reuters ... One said": a number alone is as many of the group named last
            AttributionKind known = entities.kindOf(lastGroup);
            return new CandidateAttribution(lastGroup, known != null ? known : AttributionKind.ORGANIZATION,
                    SPACES.matcher(cue).replaceAll(" "), Located.in(source, textStart, textEnd), false);
        }
        if (phrase.size() > 1 && (phrase.get(0).isNumber()
                || org.claimledger.numbers.FigureReader.isNumberWord(phrase.get(0).key(), language))) {
            // "Three policymakers ... told Reuters": the count is not part of who
            phrase = phrase.subList(1, phrase.size());
        }
        SourceName name = SourceName.read(phrase, language, opensSentence);
        if (name == null) {
            return null;
        }
        String who = name.name();
        AttributionKind kind = name.kind();
        String demonymOf = isDemonym(phrase) ? demonymReferent(phrase, textStart) : null;
        if (demonymOf != null) {
            // "the Spaniard said", "lo svizzero ha aggiunto", "La milanese ha spiegato": a nationality or a city's
            // people for the person spoken of last, or else mentioned last, of the article's gender
            who = demonymOf;
            kind = AttributionKind.PERSON;
        } else if (name.pronoun() && name.words().get(0).equals("it")) {
            // "The trust said ... It warned": "it" is a body, the one attributed last, else the one mentioned last
            who = lastOrganization != null ? lastOrganization : entities.organizationBefore(textStart);
            if (who == null) {
                return null;
            }
            kind = AttributionKind.ORGANIZATION;
        } else if (name.pronoun()) {
            who = pronounReferent(Gender.ofPronoun(name.words().get(0)), textStart);
            if (who == null) {
                return null;
            }
            kind = AttributionKind.PERSON;
        } else if (!name.words().isEmpty() && isCommonNoun(name)
                && !Lexicon.isIndefiniteArticle(phrase.get(0).key(), language)) {
            // "the observatory" refers back; "a senior council official" introduces someone new
            String resolved = resolveCommonNoun(name, textStart);
            if (resolved != null) {
                who = resolved;
                kind = entities.kindOf(resolved);
            }
        } else if (!SourceName.isGroupAtABody(name.words())
                && name.words().stream().noneMatch(word -> Lexicon.isAnd(word, language))) {
            // "analysts at Halden Securities" is that group, not the firm the article also names; "Mario Rossi and
            // Luca Bianchi" are two parties, each resolved on its own, not the surname Bianchi's
            who = entities.resolve(who);
            AttributionKind known = entities.kindOf(who);
            kind = known != null ? known : name.kind();
        }
        if (name.documentReference() && who.equals(name.name())
                && name.words().stream().anyMatch(OFFICIAL::contains)) {
            // "Official figures showed", "i dati ufficiali": the statistics office the article names publishes them;
            // with none named, the phrase names no source
            who = entities.organizationNamedNear(language == Language.IT ? "statistica" : "statistics", textStart);
            if (who == null) {
                return null;
            }
            kind = AttributionKind.ORGANIZATION;
        }
        boolean mayBeAPerson = mayBeAPerson(name, who);
        if (!name.words().isEmpty() && (SourceName.isGroup(name.words().get(name.words().size() - 1))
                || SourceName.isGroupAtABody(name.words()))) {
            lastGroup = who;
        }
        if (name.words().stream().noneMatch(word -> Lexicon.isAnd(word, language))) {
            // a list of parties is no one name a later "il sindacato" or a surname refers back to
            entities.remember(who, kind, name.titles(), textStart);
        }
        if (name.mentionsDocument() && Character.isUpperCase(who.charAt(0))) {
            entities.rememberDocument(who, textStart);
        }
        if (kind == AttributionKind.PERSON) {
            entities.noteGender(who, name.pronoun() ? Gender.ofPronoun(name.words().get(0))
                    : Gender.of(phrase, 0, phrase.size(), language));
            lastPerson = who;
            lastNamedPerson = who;
        } else if (mayBeAPerson) {
            lastNamedPerson = who;
        }
        if (kind == AttributionKind.ORGANIZATION) {
            lastOrganization = who;
        }
        return new CandidateAttribution(who, kind, SPACES.matcher(cue).replaceAll(" "),
                Located.in(source, textStart, textEnd), false);
    }

    /**
     * Whom "he", "she", "lui", "lei" refer to: the person attributed last, unless the text showed that person to be
     * of the other gender or no one was attributed yet; then the person mentioned last who is not of the other gender.
     * Null when there is no one.
     */
    String pronounReferent(Gender gender, int at) {
        if (gender == null || lastPerson != null && entities.genderOf(lastPerson) != gender.opposite()) {
            return lastPerson;
        }
        return entities.personBefore(at, gender);
    }

    /**
     * The source a headline names before its colon or comma: a proper name, a group ("sindacati", "Emergency
     * doctors") or a title, which may refer to the person the article introduces below the headline. colon says a colon
     * follows the name, quotes that a quotation follows the colon.
     */
    CandidateAttribution headlineAttribution(List<Token> phrase, String cue, int textStart, int textEnd,
            boolean colon, boolean quotes) {
        SourceName name = SourceName.read(phrase, language, true);
        if (name == null || name.pronoun() || name.documentReference()) {
            return null;
        }
        boolean knownName = entities.kindOf(entities.resolve(name.name())) != null;
        if (!colon && !knownName || colon && !quotes && name.isProperName() && name.words().size() > 1 && !knownName
                && source.indexOf(name.name(), textEnd) < 0) {
            // "Istat, a ottobre ...", but not "Energia, il piano del governo" nor "Torino, rimonta e tre punti": a
            // name and a comma attribute only when the article knows the name as a source's; so does a name of
            // several words before a colon and no quotation, unless the article names it again: else it is the
            // headline's topic ("Coppa del mondo: la Nazionale in finale")
            return null;
        }
        if (!name.words().isEmpty() && isCommonNoun(name) && (name.kind() == AttributionKind.PERSON
                || !TitleSynonyms.inHeadline(name.words().get(0)).isEmpty())) {
            // "Il ct: «...»" for the coach the article introduces below, by that title or another word for it ("la
            // difesa" for the lawyer); with no one introduced so, a role before a quotation is the party as the
            // headline describes it
            String person = entities.personTitledAfter(name.kind() == AttributionKind.PERSON ? name.titleKey()
                    : name.words().get(0), textStart);
            String who = person != null ? person : colon && quotes ? name.name() : null;
            return who == null ? null : new CandidateAttribution(who, AttributionKind.PERSON, cue,
                    Located.in(source, textStart, textEnd), false);
        }
        if (isCommonNoun(name) && name.words().stream().noneMatch(SourceName::isGroup)) {
            // "Il sindacato: «...»" for the union the article describes so, "Fiom, il sindacato dei metalmeccanici"
            String described = name.words().isEmpty() ? null
                    : entities.organizationDescribed(headNoun(name), textStart);
            return described == null ? null : new CandidateAttribution(described, AttributionKind.ORGANIZATION, cue,
                    Located.in(source, textStart, textEnd), false);
        }
        String who = entities.resolve(name.name());
        AttributionKind known = entities.kindOf(who);
        return new CandidateAttribution(who, known != null ? known : name.kind(), cue,
                Located.in(source, textStart, textEnd), false);
    }

    /**
     * A definite article and one nationality noun: "the Spaniard", "the Dutchman", "lo svizzero", "il francese". Known
     * names ("the Guardian") are not nationalities.
     */
    private boolean isDemonym(List<Token> phrase) {
        if (phrase.size() != 2 || !Lexicon.isArticle(phrase.get(0).key(), language)
                || Lexicon.isIndefiniteArticle(phrase.get(0).key(), language)
                || entities.kindOf(entities.resolve(phrase.get(1).text())) != null) {
            return false;
        }
        String word = phrase.get(1).key();
        if (SourceName.isInstitution(word) || SourceName.isPersonTitle(word) || SourceName.isDocument(word)
                || SourceName.isGroup(word)) {
            // "il ministero", "the chairman": bodies and offices, not nationalities
            return false;
        }
        return phrase.get(1).isCapitalized() == (language == Language.EN) && Lexicon.isDemonym(word, language);
    }

    /**
     * The person "the Spaniard" or "la milanese" refers to: the person named last as a source, unless the article
     * before the noun shows the other gender; else the person mentioned last of that gender. Null when none.
     */
    private String demonymReferent(List<Token> phrase, int at) {
        Gender gender = Gender.ofArticle(phrase.get(0).key(), language);
        if (lastNamedPerson != null && (gender == null || entities.genderOf(lastNamedPerson) != gender.opposite())) {
            return lastNamedPerson;
        }
        return entities.personBefore(at, gender);
    }

    /** One capitalized word, not an acronym nor a body's word, that the article has not named as anything but this. */
    private boolean mayBeAPerson(SourceName name, String who) {
        return name.isProperName() && !who.contains(" ") && who.equals(name.name())
                && who.chars().filter(Character::isLetter).anyMatch(Character::isLowerCase)
                && !SourceName.looksLikeOrganization(who)
                && !SourceName.isInstitution(who.toLowerCase(java.util.Locale.ROOT))
                && entities.kindOf(who) != AttributionKind.ORGANIZATION;
    }

    private static boolean isCommonNoun(SourceName name) {
        return !Character.isUpperCase(name.name().charAt(0)) || name.documentReference();
    }

    /**
     * "il ministro" is the minister named last; "the observatory" the organization with that word in its name;
     * "l'istituto" the institution named last; a definite "il rapporto" or "the report" the organization mentioned
     * last. Null when none applies.
     */
    private String resolveCommonNoun(SourceName name, int at) {
        if (name.kind() == AttributionKind.PERSON) {
            // "il ministro" is the minister named last; "la presidente del Consiglio" only the one introduced so; a
            // person described by where they work ("the council's finance director") is not that organization
            if (!name.definite()) {
                return null;
            }
            String person = entities.personTitled(name.titleKey(), at);
            for (String synonym : TitleSynonyms.of(name.titleKey())) {
                // "il legale" after "l'avvocato Marco Lupi": the same office in other words
                person = person != null ? person : entities.personTitled(synonym, at);
            }
            return person;
        }
        String head = headNoun(name);
        String organization = head == null ? null : entities.organizationNamed(head, at);
        if (organization != null) {
            return organization;
        }
        String described = head == null || !name.definite() || name.documentReference() ? null
                : entities.organizationDescribed(head, at);
        if (described != null) {
            // "the charity" after "the charity Roofline"
            return described;
        }
        if (name.definite() && GENERIC_INSTITUTIONS.contains(name.words().get(name.words().size() - 1))
                && name.words().size() <= 2) {
            // "l'istituto", "the body": the institution named last, whatever its kind; "the university" is named
            return entities.institutionBefore(at);
        }
        return name.documentReference() && name.definite() ? entities.organizationBefore(at) : null;
    }

    /**
     * The noun an organization is referred to by: the owner in "the institute's tracker", else the last word in
     * English ("the port authority") and the first in Italian ("l'osservatorio baltico").
     */
    private String headNoun(SourceName name) {
        List<String> words = name.words();
        int possessive = words.indexOf("'s");
        if (possessive > 0) {
            return words.get(possessive - 1);
        }
        return language == Language.EN ? words.get(words.size() - 1) : words.get(0);
    }
}
