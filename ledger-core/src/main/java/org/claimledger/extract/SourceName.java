package org.claimledger.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.claimledger.model.AttributionKind;
import org.claimledger.model.Language;

/**
 * Reads the name of a source from the words of a noun phrase: the titles before it tell the kind
 * ("il segretario del Consiglio di sicurezza russo Sergei Shoigu" is the person Sergei Shoigu, "il portale Nk News" the
 * publication Nk News), a document noun ("il rapporto", "the report") refers to an organization named earlier.
 */
record SourceName(String name, AttributionKind kind, boolean documentReference, boolean pronoun, boolean definite,
        List<String> titles, List<String> words) {
    private static final Pattern SPACES_OR_BRACKETS = Pattern.compile("[\\s()]+");
    private static final Pattern ENDS_WITH_NUMBER_OR_CAPITAL = Pattern.compile("(?s).*(?:\\d|\\s\\p{Lu})");
    private static final Set<String> PERSON_TITLES = WordSet.of("segretario", "segretaria", "ministro", "ministra",
            "presidente", "portavoce", "direttore", "direttrice", "analista", "esperto", "esperta", "generale",
            "ambasciatore", "ambasciatrice", "leader", "premier", "capo", "consigliere", "consigliera", "funzionario",
            "funzionaria", "ricercatore", "ricercatrice", "professore", "professoressa", "giornalista", "deputato",
            "deputata", "senatore", "senatrice", "sindaco", "sindaca", "comandante", "colonnello", "economista",
            "autore", "autrice", "vicepresidente", "cancelliere", "secretary", "minister", "president", "spokesman",
            "spokeswoman", "spokesperson", "director", "analyst", "expert", "general", "ambassador", "chief",
            "adviser", "advisor", "official", "researcher", "professor", "journalist", "senator", "mayor", "ceo",
            "commander", "colonel", "economist", "author", "chancellor", "governor", "governatore", "head", "dr",
            "mr", "mrs", "ms", "sir", "lord", "signor", "dott", "prof", "on", "vice", "procuratore", "procuratrice",
            "avvocato", "avvocata", "giudice", "magistrato", "prefetto", "questore", "assessore", "assessora", "rettore",
            "rettrice", "sottosegretario", "sottosegretaria", "viceministro", "viceministra", "commissario",
            "commissaria", "governatrice", "fonte", "prosecutor", "lawyer", "attorney", "judge", "councillor",
            "councilor", "chairman", "chairwoman", "source", "doctor", "cardiologist", "scientist",
            "epidemiologist", "inspector", "detective", "superintendent", "treasurer", "amministratore",
            "amministratrice", "capogruppo", "pm", "gip", "gup", "vicesindaco", "difensore", "legale", "coordinatore",
            "coordinatrice", "delegato", "delegata", "dirigente", "primario", "cfo", "coo", "cto", "cio", "garante",
            "allenatore", "allenatrice", "coach", "manager", "curatore", "curatrice", "representative",
            "congressman", "congresswoman", "councilman", "councilwoman", "assemblyman", "assemblywoman", "lawmaker",
            "mp", "mep", "msp", "eurodeputato", "eurodeputata", "onorevole", "ct", "titolare", "selezionatore");
    /**
     * Letters after a person's name for an honour, a rank at the bar, a seat or a degree ("Jane Roe KC", "Ann Lee
     * MP"): they say what the person is, not who, so the party is the name without them. "Jr" and "Sr" are not among
     * them: they tell a son from his father, two parties.
     */
    private static final Set<String> POSTNOMINALS = Set.of("kc", "qc", "mp", "mep", "msp", "mla", "obe", "mbe",
            "cbe", "kbe", "dbe", "frs", "phd");
    /** The postnominals written in mixed case; the others count only in capitals ("Ann Lee MP", not "Ann Lee Mp"). */
    private static final Set<String> WRITTEN_POSTNOMINALS = Set.of("PhD");
    /**
     * Adjectives for a political party that stand before a person's name as a nationality does ("Republican John Doe",
     * "Labour Ann Lee"): they describe the person; before a body's name they are part of it ("Labour Party").
     */
    private static final Set<String> AFFILIATIONS = Set.of("republican", "democrat", "democratic", "labour",
            "conservative", "tory", "liberal", "socialist", "centrist");
    private static final Set<String> PUBLICATION_TITLES = Set.of("portale", "giornale", "quotidiano", "sito", "testata",
            "rivista", "emittente", "settimanale", "tv", "newspaper", "magazine", "website", "outlet", "broadcaster",
            "daily", "weekly", "journal", "site", "blog", "network", "tabloid");
    private static final Set<String> PUBLICATION_NAMES = Set.of("news", "times", "post", "journal", "reuters",
            "bloomberg", "guardian", "ansa", "tass", "corriere", "repubblica", "stampa", "agence", "press", "tribune",
            "herald", "gazette", "daily", "tv", "telegraph", "economist", "politico", "axios", "nikkei", "yonhap",
            "kcna", "ria", "interfax", "afp", "ap", "bbc", "cnn", "sky", "al jazeera", "messaggero", "sole", "fatto",
            "avvenire", "foglio", "giornale", "libero", "tg1", "rai", "mediaset");
    private static final Set<String> DOCUMENTS = Set.of("rapporto", "report", "documento", "studio", "paper", "dossier",
            "relazione", "indagine", "comunicato", "analisi", "ricerca", "sondaggio", "bollettino", "testo", "nota",
            "study", "document", "survey", "analysis", "statement", "memo", "filing", "release", "bulletin", "text",
            "assessment", "review", "audit", "inquiry", "investigation", "data", "dati", "stime", "estimates",
            "figures", "cifre", "trial", "sperimentazione", "proiezioni", "proiezione", "previsioni", "previsione",
            "calcolo", "calcoli", "projections", "projection", "forecasts",
            // accounts of events and counts, and the plurals of the nouns above: a class, not a phrase
            "ricostruzione", "ricostruzioni", "reconstruction", "resoconto", "numeri", "censimento", "census",
            "studi", "studies", "rapporti", "reports", "indagini", "ricerche", "sondaggi", "surveys", "relazioni",
            "documenti", "documents", "analyses", "audits", "reviews", "consensus");
    private static final Set<String> POSSESSIVES = Set.of("suo", "sua", "suoi", "sue", "loro", "its", "their", "his",
            "her");
    private static final Set<String> PRONOUNS = Set.of("lui", "lei", "egli", "ella", "he", "she", "they", "loro",
            "essi", "esse", "it");
    /** Nouns that head the name of an institution written in lower case: "ministero dell'Interno". */
    private static final Set<String> INSTITUTIONS = WordSet.of("ministero", "ministry", "dipartimento", "department",
            "ufficio", "office", "università", "university", "istituto", "institute", "agenzia", "agency",
            "commissione", "commission", "governo", "government", "banca", "bank", "corte", "court", "procura",
            "tribunale", "comune", "regione", "provincia", "consiglio", "council", "autorità", "authority", "polizia",
            "police", "prefettura", "questura", "camera", "senato", "presidenza", "segreteria");

    /** Offices that follow a title and come before the holder's name: "ministro dell'Ambiente Gilberto Pichetto Fratin". */
    private static final Set<String> OFFICES = Set.of("ambiente", "difesa", "esteri", "interno", "interni", "economia",
            "salute", "giustizia", "istruzione", "lavoro", "sviluppo", "finanze", "tesoro", "agricoltura", "cultura",
            "trasporti", "infrastrutture", "energia", "sicurezza", "affari", "stato", "consiglio", "camera", "senato",
            "governo", "repubblica", "defense", "defence", "state", "treasury", "interior", "foreign", "affairs",
            "health", "justice", "energy", "commerce", "education", "labor", "labour", "finance", "economy",
            "environment", "home", "office", "security", "council", "government", "house", "senate", "general");

    /** Words that join a title to its complement: "presidente del Consiglio", "governor of the Bank of England". */
    private static final Set<String> COMPLEMENTS = Set.of("di", "del", "dello", "della", "dei", "degli", "delle",
            "dell'", "d'", "of", "for", "at");

    /** "vicine a", "close to": sources described by whom they are close to. */
    private static final Set<String> CLOSE = Set.of("vicino", "vicina", "vicini", "vicine", "close", "familiar");

    /** Streets and palaces that stand for the institution in them, written in lower case before the name. */
    private static final Set<String> PLACES = Set.of("via", "viale", "piazza", "piazzale", "corso", "largo", "palazzo",
            "vicolo", "lungotevere");

    private static final Pattern PLURAL_AGENT = Pattern.compile("\\p{L}{3,}(?:ers|ors|ists|ians|ants|ents|wives)");
    private static final Pattern SINGULAR_AGENT = Pattern.compile("\\p{L}{3,}(?:er|or|ist|ian|ant)");
    /** Words with an agent's ending that name no one: adverbs, comparatives, things. */
    private static final Set<String> NOT_AGENTS = Set.of("never", "however", "together", "rather", "further",
            "whether", "other", "others", "either", "neither", "under", "after", "over", "later", "earlier", "former",
            "latter", "matter", "matters", "number", "numbers", "order", "orders", "quarter", "quarters", "water",
            "paper", "papers", "letter", "letters", "center", "centers", "sector", "sectors", "factor", "factors",
            "error", "errors", "summer", "winter", "border", "borders", "cents", "events", "percent", "recent");

    /** Italian adjectives by their endings: "civile", "regionale", "costiera", "europea", "nazionali". */
    private static final Pattern IT_ADJECTIVE = Pattern.compile("\\p{L}{2,}(?:al[ei]|il[ei]|ic[oaie]|ich[ei]|ian[oaie]"
            + "|an[oaie]|es[ei]|iv[oaie]|ari[oaie]|ier[oaie]|e[oaei]|ens[ei]|ial[ei])");

    /**
     * Plural nouns for groups that report by their office or their expertise: they are sources, but not names, and
     * "Per gli analisti di Equita" gives their view.
     */
    private static final Set<String> REPORTING_GROUPS = Set.of("osservatori", "analisti", "esperti", "investigatori",
            "ricercatori", "autorità", "funzionari", "autori", "fonti", "inquirenti", "governi", "officials",
            "analysts", "experts", "investigators", "researchers", "authorities", "observers", "monitors", "sources",
            "authors", "governments", "inspectors", "ispettori", "carabinieri", "agenti", "finanzieri", "poliziotti",
            "militari", "vigili", "economists", "economisti", "sindacati", "associazioni", "prosecutors",
            "policymakers", "unions", "doctors", "medici", "scientists", "scienziati", "lawyers", "avvocati");
    /**
     * People named by their work or place, who speak as a group ("port workers", "i residenti") but are as often
     * those a measure is for ("Per i pazienti di Asti, l'attesa è di 40 giorni").
     */
    private static final Set<String> PEOPLE_GROUPS = Set.of(
            "workers", "lavoratori", "residents", "residenti", "farmers", "agricoltori", "teachers", "insegnanti",
            "nurses", "infermieri", "drivers", "autisti", "passengers", "passeggeri", "consumers", "consumatori",
            "campaigners", "activists", "attivisti", "protesters", "manifestanti", "employees", "dipendenti",
            "shoppers", "landlords", "tenants", "inquilini", "parents", "genitori", "students", "studenti", "patients",
            "pazienti", "retailers", "commercianti", "operators", "operatori", "officers");
    /** Plural nouns for groups that report: they are sources, but not names. */
    private static final Set<String> GROUPS = union(REPORTING_GROUPS, PEOPLE_GROUPS);

    /**
     * Reads the noun phrase tokens (articles included); null when no source can be read from them. opensSentence says
     * the phrase's first word is capitalized because it opens a sentence ("Gli analisti", "Officials").
     */
    static SourceName read(List<Token> phrase, Language language, boolean opensSentence) {
        int start = 0;
        while (start < phrase.size() && (Lexicon.isArticle(phrase.get(start).key(), language)
                || Lexicon.isMergedArticle(phrase.get(start).key(), language)
                || start == 0 && phrase.size() > 1 && Lexicon.isConjunction(phrase.get(0).key(), language)
                || phrase.get(start).isElided() && Lexicon.isOf(phrase.get(start).key(), language))) {
            start++;
        }
        List<Token> words = phrase.subList(start, phrase.size());
        if (words.isEmpty()) {
            return null;
        }
        boolean definite = start > 0 && (Lexicon.isDefiniteDeterminer(phrase.get(start - 1).key(), language)
                || Lexicon.isMergedArticle(phrase.get(start - 1).key(), language) || phrase.get(start - 1).isElided());
        List<String> keys = words.stream().filter(Token::isWord).map(Token::key).toList();
        String first = words.get(0).key();
        if (words.size() == 1 && PRONOUNS.contains(first)) {
            return new SourceName(words.get(0).text(), AttributionKind.PERSON, false, true, false, List.of(), keys);
        }
        if (words.size() == 1 && words.get(0).isAcronym() && PERSON_TITLES.contains(first)) {
            // "the CFO", "il pm": a title written as initials is a title, not an organization's name
            return new SourceName(first, AttributionKind.PERSON, false, false, definite, List.of(first), keys);
        }
        SourceName coordinated = coordinated(words, language, definite, keys);
        if (coordinated != null) {
            return coordinated;
        }
        boolean commonOpener = opensSentence && (PERSON_TITLES.contains(first) || DOCUMENTS.contains(first)
                || PUBLICATION_TITLES.contains(first) || GROUPS.contains(first));
        int[] run = lastCapitalizedRun(commonOpener ? words.subList(1, words.size()) : words, language);
        if (run != null && commonOpener) {
            run = new int[] {run[0] + 1, run[1] + 1};
        }
        if (GROUPS.contains(first) && !words.get(0).isCapitalized() && keys.size() >= 3
                && Lexicon.isOf(keys.get(1), language) && words.get(2).isCapitalized()) {
            // "i carabinieri del Nucleo investigativo", "officers of the Metropolitan Police": the unit speaks as a group
            return new SourceName(text(words, 0, words.size()), AttributionKind.ORGANIZATION, false, false, definite,
                    List.of(), keys);
        }
        if (isGroupAtABody(keys) && (!keys.get(1).equals("at") && !keys.get(1).equals("in")
                && !keys.get(1).equals("from") || words.get(2).isCapitalized()
                || keys.size() >= 4 && Lexicon.isArticle(keys.get(2), language))) {
            // "Economists at Investec", "analysts at Jefferies", "economists polled by Reuters": a group at a firm,
            // or asked by one, speaks as that group
            return new SourceName(text(words, 0, words.size()), AttributionKind.ORGANIZATION, false, false, definite,
                    List.of(), keys);
        }
        if (keys.stream().anyMatch(CLOSE::contains) && !CLOSE.contains(first)) {
            // "fonti vicine a Palazzo Chigi", "a person close to the club": described by whom they are close to
            return new SourceName(text(words, 0, words.size()), isSingularTitle(first) ? AttributionKind.PERSON
                    : AttributionKind.ORGANIZATION, false, false, definite, titles(keys), keys);
        }
        if (run != null && run[1] + 1 < words.size() && words.get(run[1]).key().equals("'s")
                && isSingularTitle(keys.get(keys.size() - 1))) {
            // "The Prime Minister's spokesman": the title's holder, not the name before the possessive
            return new SourceName(text(words, 0, words.size()), AttributionKind.PERSON, false, false, definite,
                    titles(keys), keys);
        }
        if (run != null && run[1] < words.size() && words.size() - run[1] <= 2 && run[1] - run[0] <= 2
                && words.subList(run[1], words.size()).stream().allMatch(t -> t.isWord() && !t.isCapitalized())
                && isDescribedHead(keys.get(keys.size() - 1), language)
                && !Lexicon.isOf(words.get(run[1]).key(), language)
                && !(language == Language.IT && isBodyNoun(words.get(run[0]).key()))) {
            // "A Labour spokesperson", "Some Bangladeshi officials", "Opposition senators", "A York-based lender",
            // "Renters' union": a name that qualifies a lower-case head noun (a title, a group, a body, someone named
            // by what they do) is a modifier of a description of a source left unnamed
            boolean person = isSingularTitle(keys.get(keys.size() - 1))
                    || language == Language.EN && isAgentNoun(keys.get(keys.size() - 1));
            return new SourceName(text(words, run[0], words.size()), person ? AttributionKind.PERSON
                    : AttributionKind.ORGANIZATION, false, false, definite, person ? titles(keys) : List.of(), keys);
        }
        if (run != null && run[1] - run[0] >= 3 && words.get(run[1] - 1).isWord()
                && POSTNOMINALS.contains(words.get(run[1] - 1).key())
                && (words.get(run[1] - 1).isAcronym() || WRITTEN_POSTNOMINALS.contains(words.get(run[1] - 1).text()))
                && words.subList(run[0], run[1] - 1).stream().allMatch(t -> t.isWord() && !t.isAcronym())
                && !looksLikeOrganization(text(words, run[0], run[1] - 1))) {
            // "Jane Roe KC", "Ann Lee MP", "Ann Lee PhD": the letters after a person's name are no part of it
            run = new int[] {run[0], run[1] - 1};
        }
        if (run != null && language == Language.EN && run[1] - run[0] >= 3 && run[1] - run[0] <= 4
                && (Lexicon.isDemonym(words.get(run[0]).key(), language)
                        || AFFILIATIONS.contains(words.get(run[0]).key()))
                && words.subList(run[0] + 1, run[1]).stream().allMatch(t -> t.isWord() && t.isCapitalized())
                && !looksLikeOrganization(text(words, run[0] + 1, run[1]))) {
            // "Welshman Owen Pryce", "Briton Ann Lee", "Republican John Doe": a nationality or a party before a
            // person's full name describes the person; before a body's name it is part of it ("Canadian Interagency
            // Forest Fire Centre", "Labour Party")
            run = new int[] {run[0] + 1, run[1]};
        }
        if (run != null) {
            run = HolderName.within(words, run, language);
            if (run[0] == run[1]) {
                // "un funzionario di Palazzo Koch": a title and its complement describe a source left unnamed
                return new SourceName(text(words, 0, words.size()), AttributionKind.PERSON, false, false, definite,
                        titles(keys), keys);
            }
            if (run[0] > 0 && PLACES.contains(words.get(run[0] - 1).text())) {
                // "via Nazionale", "palazzo Chigi": an institution named by the street or palace it is in
                return new SourceName(text(words, run[0] - 1, run[1]), AttributionKind.ORGANIZATION, false, false,
                        definite, List.of(), keys);
            }
            if (run[1] - run[0] == 1 && INSTITUTIONS.contains(words.get(run[0]).key()) && run[1] + 1 < words.size()
                    && Lexicon.isOf(words.get(run[1]).key(), language) && words.get(run[1] + 1).isWord()) {
                run = new int[] {run[0], run[1] + 2};
            }
            if (run[0] >= 2 && INSTITUTIONS.contains(words.get(run[0] - 2).key())
                    && Lexicon.isOf(words.get(run[0] - 1).key(), language)) {
                run = new int[] {run[0] - 2, run[1]};
            }
            if (language == Language.IT && run[1] < words.size() && (run[1] - run[0] == 1
                    && INSTITUTIONS.contains(words.get(run[0]).key()) || run[1] - run[0] <= 2
                    && isBodyNoun(words.get(run[0]).key()))
                    && isLowerCaseRest(words.subList(run[1], words.size()), language)) {
                // "Banca centrale europea", "Ufficio parlamentare di bilancio", "Agenzia delle entrate", "Unione
                // italiana vini", "Osservatorio Anbi sulle risorse idriche": Italian capitalizes only the first word
                // of a body's name, or its first word and an acronym
                run = new int[] {run[0], words.size()};
            } else if (language == Language.IT && start > 0 && run[0] == 0 && run[1] == 1 && run[1] < words.size()
                    && isLowerCaseRest(words.subList(run[1], words.size()), language)
                    && words.subList(run[1], words.size()).stream()
                            .allMatch(t -> IT_ADJECTIVE.matcher(t.key()).matches() || Lexicon.isOf(t.key(), language))) {
                // "la Protezione civile regionale", "la Guardia costiera": after an article, a capitalized noun and
                // the adjectives after it are one body's name, which Italian capitalizes only at its first word
                run = new int[] {run[0], words.size()};
            } else if (language == Language.IT && start > 0 && run[0] == 0 && run[1] == 1 && run[1] + 1 < words.size()
                    && IT_ADJECTIVE.matcher(words.get(1).key()).matches()
                    && isLowerCaseRest(words.subList(run[1], words.size()), language)) {
                // "la Società italiana di pediatria", "il Corpo nazionale soccorso alpino e speleologico": after an
                // article, a capitalized noun, an adjective and the rest of the name in lower case are one body's name
                return new SourceName(text(words, 0, words.size()), AttributionKind.ORGANIZATION, false, false,
                        definite, List.of(), keys);
            }
            List<String> titles = titles(words.subList(0, run[0]).stream().filter(Token::isWord).map(Token::key)
                    .toList());
            String name = text(words, run[0], run[1]);
            return new SourceName(name, kindOf(words.subList(0, run[0]), name, run[1] - run[0]), false, false,
                    definite, titles, keys);
        }
        if (words.stream().anyMatch(t -> !t.isWord())) {
            return null;
        }
        String name = text(words, 0, words.size());
        boolean document = keys.stream().anyMatch(DOCUMENTS::contains);
        int of = Math.min(keys.size(), 3) - 1;
        while (of > 0 && !DOCUMENTS.contains(keys.get(of - 1))) {
            of--;
        }
        // "le stime del suo ministero": a possessive between "of" and the body
        int body = of + 1 < keys.size() && POSSESSIVES.contains(keys.get(of + 1)) ? of + 2 : of + 1;
        if (of > 0 && body < keys.size() && words.size() == keys.size() && Lexicon.isOf(keys.get(of), language)
                && isBodyNoun(keys.get(body)) && !words.get(body).isCapitalized()) {
            // "le proiezioni dell'istituto di previdenza", "i dati del ministero": the body the document is of
            List<String> rest = keys.subList(body, keys.size());
            return new SourceName(text(words, body, words.size()), AttributionKind.ORGANIZATION, false, false, true,
                    List.of(), rest);
        }
        if (document) {
            return new SourceName(name, AttributionKind.DOCUMENT, true, false, definite, List.of(), keys);
        }
        // "il ministro", "a senior health official", "the council's finance director": a title heads a person
        String head = keys.isEmpty() ? first : keys.get(keys.size() - 1);
        String title = isSingularTitle(first) ? first : isSingularTitle(head) ? head : null;
        return new SourceName(name, title != null ? AttributionKind.PERSON : AttributionKind.ORGANIZATION, false, false,
                definite, title != null ? List.of(title) : List.of(), keys);
    }

    /**
     * "Mario Rossi and Luca Bianchi", "Lega e il Pd", "Asstra e Anav", "Il Wwf, la Lipu e Legambiente", "Unison, the
     * GMB, and Unite": names joined by "and"/"e" and commas, each capitalized (an article may open each, "of" and an
     * article may join its words, "Friends of the Earth", and an Italian body's name may go on in lower case after its
     * capitalized head, "l'Unione consumatori"); read whole, so that each becomes a party of its own ({@link
     * Parties}). A comma inside one body's name ({@link #isListInName}) does not part it. Null when the words are not
     * such a list, or when commas part names and no "and" closes them (an apposition).
     */
    private static SourceName coordinated(List<Token> words, Language language, boolean definite, List<String> keys) {
        int segments = 1;
        int wordsInSegment = 0;
        int segmentStart = 0;
        boolean and = false;
        boolean persons = true;
        boolean body = false;
        for (int i = 0; i < words.size(); i++) {
            Token word = words.get(i);
            boolean comma = word.text().equals(",") && !isListInName(words, segmentStart, i, language);
            if (Lexicon.isAnd(word.key(), language) && !word.isCapitalized() || comma) {
                if (wordsInSegment == 0 && !(i > 0 && words.get(i - 1).text().equals(","))
                        || i > 0 && Lexicon.isOf(words.get(i - 1).key(), language)) {
                    return null;
                }
                and |= !comma;
                persons &= wordsInSegment >= 2 && !body || wordsInSegment == 0;
                segments += wordsInSegment == 0 ? 0 : 1;
                wordsInSegment = 0;
                segmentStart = i + 1;
                body = false;
                continue;
            }
            if (wordsInSegment == 0 && (Lexicon.isArticle(word.key(), language) && !word.isCapitalized()
                    || word.isElided())) {
                continue;
            }
            if (wordsInSegment > 0 && word.isWord() && !word.isCapitalized() && i + 1 < words.size()
                    && (Lexicon.isOf(word.key(), language) || Lexicon.isArticle(word.key(), language))) {
                // "Friends of the Earth", "Bank of England": "of" and an article inside one name
                body = true;
                continue;
            }
            if (wordsInSegment > 0 && word.key().equals("'s") && i + 1 == words.size()) {
                // "Tesco, Asda and Sainsbury's": a possessive closing the last name is part of it
                continue;
            }
            if (wordsInSegment > 0 && language == Language.IT && word.isWord() && !word.isCapitalized()
                    && segments > 1) {
                // "l'Unione consumatori": an Italian body's name goes on in lower case after its head
                body = true;
                continue;
            }
            if (!word.isWord() || !word.isCapitalized() || isPersonTitle(word.key()) || isGroup(word.key())) {
                return null;
            }
            wordsInSegment++;
        }
        if (segments < 2 || wordsInSegment == 0 || !and) {
            return null;
        }
        persons &= wordsInSegment >= 2 && !body;
        return new SourceName(text(words, 0, words.size()), persons ? AttributionKind.PERSON
                : AttributionKind.ORGANIZATION, false, false, definite, List.of(), keys);
    }

    /**
     * The rest of an Italian institution's name after its capitalized first word: lower-case words, each "di", "del",
     * "delle" followed by one ("superiore di sanità", "delle entrate"), no "e" joining a second body; an "e" before
     * another "di" complement continues the first ("dell'artigianato e della piccola impresa"), and one between two
     * words that close the name, the last an adjective, joins two qualities of it ("soccorso alpino e speleologico").
     */
    private static boolean isLowerCaseRest(List<Token> rest, Language language) {
        for (int i = 0; i < rest.size(); i++) {
            Token word = rest.get(i);
            boolean andOf = Lexicon.isAnd(word.key(), language) && i + 1 < rest.size()
                    && Lexicon.isOf(rest.get(i + 1).key(), language)
                    && rest.subList(0, i).stream().anyMatch(t -> Lexicon.isOf(t.key(), language))
                    || Lexicon.isAnd(word.key(), language) && i >= 1 && i + 2 == rest.size()
                    && !Lexicon.isOf(rest.get(i - 1).key(), language)
                    && IT_ADJECTIVE.matcher(rest.get(i + 1).key()).matches();
            if (!word.isWord() || word.isCapitalized() || Lexicon.isAnd(word.key(), language) && !andOf
                    || Lexicon.isOf(word.key(), language) && (i + 1 == rest.size()
                            || Lexicon.isOf(rest.get(i + 1).key(), language))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The key that "the minister" or "il presidente del Consiglio" looks a person up by: the title word, or the title
     * with its complement when it has one, so that "la presidente del Consiglio" is not the "presidente della Regione"
     * named before.
     */
    String titleKey() {
        if (words.stream().anyMatch(COMPLEMENTS::contains)) {
            return String.join(" ", words);
        }
        return words.stream().filter(SourceName::isSingularTitle).findFirst().orElse(words.get(0));
    }

    /** The title words of a title phrase, and the whole phrase when a complement makes it one office. */
    private static List<String> titles(List<String> keys) {
        List<String> titles = new ArrayList<>(keys.stream().filter(PERSON_TITLES::contains).toList());
        int first = keys.indexOf(titles.isEmpty() ? "" : titles.get(0));
        if (first >= 0 && keys.subList(first, keys.size()).stream().anyMatch(COMPLEMENTS::contains)) {
            titles.add(String.join(" ", keys.subList(first, keys.size())));
        }
        if (first >= 0 && keys.size() - first >= 3) {
            // "chief financial officer" is later "the CFO"
            titles.add(TitleInitials.of(keys.subList(first, keys.size())));
        }
        return titles;
    }

    /**
     * The titles are listed in the singular, so membership is the test: an ending cannot tell number in Italian, where
     * "presidente", "procuratore", "assessore" are singular and end as plurals do.
     */
    private static boolean isSingularTitle(String key) {
        return PERSON_TITLES.contains(key);
    }

    /** A name as names are written, capitalized, rather than a description ("comandante delle Fiamme Gialle"). */
    boolean isProperName() {
        return Character.isUpperCase(name.charAt(0)) && !documentReference && !pronoun;
    }

    /** True when the phrase names a document, alone ("the report") or with its author ("il rapporto di Terna"). */
    boolean mentionsDocument() {
        return words.stream().anyMatch(DOCUMENTS::contains);
    }

    /** "banca", "istituto", "agency": the nouns that head institutions' names. */
    static boolean isInstitution(String key) {
        return INSTITUTIONS.contains(key);
    }

    /**
     * The words of a group described by where it works or who asked it: "economists at Investec", "analysts polled by
     * Reuters". It is named so, not by the firm inside it.
     */
    static boolean isGroupAtABody(List<String> keys) {
        return keys.size() >= 3 && isGroupNoun(keys.get(0)) && (keys.get(1).equals("at") || keys.get(1).equals("in")
                || keys.get(1).equals("from") || keys.size() >= 4 && keys.get(1).endsWith("ed")
                && keys.get(2).equals("by"));
    }

    /**
     * A plural noun for people who speak as a group: one of {@link #GROUPS}, the plural of a title ("senators",
     * "councillors") or an English plural agent noun ("midwives", "renters", "campaigners", "economists").
     */
    static boolean isGroupNoun(String key) {
        return GROUPS.contains(key) || key.length() > 3 && key.endsWith("s")
                && PERSON_TITLES.contains(key.substring(0, key.length() - 1))
                || PLURAL_AGENT.matcher(key).matches() && !NOT_AGENTS.contains(key);
    }

    /** "lender", "broker", "insurer", "regulator", "economist": an English singular noun for who does something. */
    private static boolean isAgentNoun(String key) {
        return SINGULAR_AGENT.matcher(key).matches() && !NOT_AGENTS.contains(key);
    }

    /**
     * The lower-case noun that heads a description after a qualifying name: a title, a group, a body's word
     * ("council", "union", "groups") and in English an agent noun.
     */
    private static boolean isDescribedHead(String key, Language language) {
        if (isSingularTitle(key) || GROUPS.contains(key)) {
            return true;
        }
        return language == Language.EN && (isGroupNoun(key) || isAgentNoun(key) || ORGANIZATION_WORDS.contains(key)
                || key.endsWith("s") && ORGANIZATION_WORDS.contains(key.substring(0, key.length() - 1)));
    }

    /** "rapporto", "study", "trial": nouns for documents that say things. */
    static boolean isDocument(String key) {
        return DOCUMENTS.contains(key);
    }

    /** "fonti", "inquirenti", "analysts": plural nouns for groups that report. */
    static boolean isGroup(String key) {
        return GROUPS.contains(key);
    }

    /** A group that reports by its office or expertise ("analisti", "associazioni"), not people a measure is for. */
    static boolean isReportingGroup(String key) {
        return REPORTING_GROUPS.contains(key);
    }

    private static Set<String> union(Set<String> one, Set<String> other) {
        Set<String> all = new HashSet<>(one);
        all.addAll(other);
        return WordSet.copyOf(all);
    }

    static boolean isPersonTitle(String key) {
        return PERSON_TITLES.contains(key);
    }

    /** "Ambiente" in "ministro dell'Ambiente", "State" in "Secretary of State": the office a title is for. */
    static boolean isOffice(String key) {
        return OFFICES.contains(key);
    }

    /**
     * The last run of capitalized words ("Sergei Shoigu", "Corea del Nord", "Multilateral Sanctions Monitoring Team
     * (MSMT)"), as [from, to) indexes; lower-case particles may join capitalized words.
     */
    private static int[] lastCapitalizedRun(List<Token> words, Language language) {
        int[] found = null;
        int i = 0;
        while (i < words.size()) {
            if (!isNameWord(words.get(i))) {
                i++;
                continue;
            }
            int from = i;
            int to = i + 1;
            while (to < words.size()) {
                if (isNameWord(words.get(to))) {
                    to++;
                } else if (to + 1 < words.size() && (isParticle(words.get(to).key(), language)
                        || words.get(to).isNumber()) && isNameWord(words.get(to + 1))) {
                    to += 2;
                } else if (to + 2 < words.size() && isParticle(words.get(to).key(), language)
                        && isParticle(words.get(to + 1).key(), language) && isNameWord(words.get(to + 2))) {
                    to += 3;
                } else if (to + 2 < words.size() && words.get(to).text().equals("(") && isNameWord(words.get(to + 1))
                        && words.get(to + 2).text().equals(")")) {
                    to += 3;
                } else if (words.get(to).key().equals("'s") && (to + 1 == words.size()
                        || to + 1 < words.size() && isNameWord(words.get(to + 1)))) {
                    // "Marlow's said", "the King's Fund": a possessive inside or closing a name is part of it
                    to++;
                } else if (to + 1 < words.size() && words.get(to).text().equals(",") && isNameWord(words.get(to + 1))
                        && isListInName(words, from, to, language)) {
                    // "Department for Transport, Energy and Roads": a list inside one body's name
                    to++;
                } else if (to == words.size() - 1 && words.get(to).isNumber()) {
                    // "Ares 118", "Asl Roma 2": a number closing the phrase closes the name
                    to++;
                } else {
                    break;
                }
            }
            found = new int[] {from, to};
            i = to;
        }
        return found;
    }

    /**
     * True when the comma at index comma continues a list inside a name: the name so far opens as {@link
     * #isListedBodyTie} says ("Department for Transport") and an "and" closes the list after the comma ("Energy and
     * Roads").
     */
    private static boolean isListInName(List<Token> words, int from, int comma, Language language) {
        boolean tied = false;
        for (int i = from + 1; i < comma; i++) {
            tied |= isListedBodyTie(words.get(i - 1), words.get(i), language);
        }
        if (!tied) {
            return false;
        }
        for (int i = comma + 1; i < words.size(); i++) {
            Token word = words.get(i);
            if (Lexicon.isAnd(word.key(), language) && !word.isCapitalized()) {
                return i + 1 < words.size() && isNameWord(words.get(i + 1)) && !words.get(i + 1).isAcronym();
            }
            if (!isNameWord(word) && !word.text().equals(",") || word.isAcronym()) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when head and tie open a body's name whose remit may be a list: an English department, ministry or office
     * "for" or "of" ("Department for Transport, Energy and Roads", "Ministry of Housing, Communities and Local
     * Government"). A bank "of" a country ("The Bank of England, Barclays and
     * HSBC") heads a list of bodies, not one; Italian writes a ministry's remit with "e" and no comma.
     */
    static boolean isListedBodyTie(Token head, Token tie, Language language) {
        return head.isCapitalized() && isListedBodyTie(head.key(), tie.key(), language);
    }

    /** {@link #isListedBodyTie(Token, Token, Language)} on the words' lower-case keys. */
    static boolean isListedBodyTie(String head, String tie, Language language) {
        return language == Language.EN && (tie.equals("for") || tie.equals("of")) && LISTED_REMIT_HEADS.contains(head);
    }

    /** English heads of a body's name whose remit may be a list after "for" or "of". */
    private static final Set<String> LISTED_REMIT_HEADS = Set.of("department", "ministry", "office", "secretary",
            "commission", "committee", "council", "agency", "minister");

    private static boolean isNameWord(Token token) {
        return token.isWord() && (token.isCapitalized() || token.isAcronym());
    }

    private static boolean isParticle(String key, Language language) {
        return Lexicon.isOf(key, language) || key.equals("de") || key.equals("van") || key.equals("von")
                || key.equals("bin") || key.equals("al") || key.equals("for") || key.equals("the")
                || key.equals("e") || key.equals("and") || key.equals("la") || key.equals("le") || key.equals("der")
                || key.equals("den") || key.equals("da") || key.equals("dos") || key.equals("du") || key.equals("y")
                || key.equals("&");
    }

    private static AttributionKind kindOf(List<Token> titles, String name, int words) {
        for (Token title : titles) {
            if (PUBLICATION_TITLES.contains(title.key())) {
                return AttributionKind.PUBLICATION;
            }
        }
        for (Token title : titles) {
            if (PERSON_TITLES.contains(title.key())) {
                return AttributionKind.PERSON;
            }
        }
        for (String word : SPACES_OR_BRACKETS.split(name.toLowerCase())) {
            if (PUBLICATION_NAMES.contains(word)) {
                return AttributionKind.PUBLICATION;
            }
        }
        boolean acronym = name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (acronym || name.contains("(") || words == 1 || ENDS_WITH_NUMBER_OR_CAPITAL.matcher(name).matches()) {
            // "Ares 118", "Lega Serie A": a number or a lone capital closing a name is no person's
            return AttributionKind.ORGANIZATION;
        }
        if (Lexicon.isPlace(name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT))) {
            // "Coldiretti Sicilia", "Anci Toscana": a body's branch is named after its place; no surname is one
            return AttributionKind.ORGANIZATION;
        }
        String first = name.substring(0, name.indexOf(' ') < 0 ? name.length() : name.indexOf(' '));
        return looksLikeOrganization(name) || isBodyNoun(CaseFold.of(first, 0, first.length()))
                ? AttributionKind.ORGANIZATION : AttributionKind.PERSON;
    }

    /**
     * True when a word of the name names a body, not a person: "ministero", "Bank", "Trust". A word is a run of
     * letters, digits and underscores, as a pattern's word boundary sees it, compared folded.
     */
    static boolean looksLikeOrganization(String name) {
        int at = 0;
        while (at < name.length()) {
            if (!isWordChar(name, at, false)) {
                at += Character.charCount(name.codePointAt(at));
                continue;
            }
            int end = at;
            while (end < name.length() && isWordChar(name, end, end > at)) {
                end += Character.charCount(name.codePointAt(end));
            }
            if (ORGANIZATION_WORDS.contains(CaseFold.of(name, at, end))) {
                return true;
            }
            at = end;
        }
        return false;
    }

    /** A letter, digit or underscore; inside a word also a combining mark, which a word boundary does not split. */
    private static boolean isWordChar(String text, int at, boolean inside) {
        int c = text.codePointAt(at);
        return c == '_' || Character.isLetterOrDigit(c) || inside && Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** "Unione", "federazione", "consorzio": a noun that heads a body's name, institution or association. */
    static boolean isBodyNoun(String key) {
        return INSTITUTIONS.contains(key) || ORGANIZATION_WORDS.contains(key) || BODY_NOUNS.contains(key);
    }

    /** Heads of bodies' names besides {@link #ORGANIZATION_WORDS}: associations, unions, consortia, orders. */
    private static final Set<String> BODY_NOUNS = WordSet.of("confederazione", "consorzio", "coordinamento",
            "sindacato", "ordine", "collegio", "camera", "conferenza", "cooperativa", "ente", "azienda", "associazioni",
            "lega");

    /** Words that name a body, not a person. */
    private static final Set<String> ORGANIZATION_WORDS = WordSet.of("team", "ministry", "ministero", "agency",
            "agenzia", "commission", "commissione", "institute", "istituto", "bank", "banca", "office", "ufficio",
            "council", "consiglio", "fund", "fondo", "organization", "organisation", "organizzazione", "nations",
            "nazioni", "department", "dipartimento", "university", "università", "center", "centre", "centro", "group",
            "gruppo", "association", "associazione", "federation", "federazione", "union", "unione", "committee",
            "comitato", "court", "corte", "parliament", "parlamento", "government", "governo", "company", "corp", "inc",
            "ltd", "spa", "foundation", "fondazione", "authority", "autorità", "police", "polizia", "army", "esercito",
            "forces", "forze", "kremlin", "cremlino", "pentagon", "pentagono", "house", "casa", "service", "servizio",
            "servizi", "board", "bureau", "observatory", "osservatorio", "watch", "monitor", "international",
            "internazionale", "party", "partito", "alliance", "alleanza", "coalition", "coalizione", "network", "rete",
            "cross", "croce", "force", "forza", "guard", "guardia", "statistics", "statistica", "school", "scuola",
            "college", "hospital", "ospedale", "clinic", "clinica", "academy", "accademia", "society", "trust", "club");

    static String text(List<Token> words, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            Token token = words.get(i);
            boolean glued = i > from && (token.text().equals(")") || token.text().equals(",")
                    || words.get(i - 1).text().equals("(")
                    || words.get(i - 1).isElided() && words.get(i - 1).end() == token.start()
                    || Token.isApostrophe(token.text().charAt(0)));
            text.append(i == from || glued ? "" : " ").append(token.text());
        }
        return text.toString();
    }
}
