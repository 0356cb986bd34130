package org.claimledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimledger.model.AttributionKind;
import org.claimledger.model.Language;

/**
 * Finds who a sentence is attributed to: a reporting cue and the person or body it points to, resolved to its full
 * name through {@link Entities}. The forms, tried in order: the impersonal "si legge nel rapporto"; a preposition
 * ("secondo il report", "according to officials"); a cue after a comma or quote with the source after it
 * (", ha detto Shoigu"); a source before its cue ("Il rapporto sottolinea", "the ministry said"); an opinion phrase
 * whose source is the subject ("a loro avviso"). A sentence opening "Questo è quello che ..." hands its attribution to
 * the sentence before.
 */
final class AttributionFinder {
    private static final Pattern COME_OR_AS = Pattern.compile("come|as");
    private static final Pattern PAST_PERFECT = Pattern.compile("(?:aveva|avevano|had)\\s.*");
    private static final Pattern HAS_DASH = Pattern.compile(".*[-–—].*");
    private static final Pattern POSSESSIVE_OR_ARTICLE = Pattern.compile("his|her|its|their|il|la|lo|i|gli|le");
    private static final Set<String> DOCUMENT_PREPOSITIONS = Set.of("nel", "nella", "nello", "nell'", "in", "sul",
            "sulla", "nei", "negli");
    private static final Set<String> NOT_AFTER_SECONDO = Set.of("il", "al", "del", "nel", "lo", "un", "dal", "sul",
            "suo", "sua", "loro", "il suo", "per");
    private static final Set<String> RELATIVES = Set.of("cui", "which", "whom");
    /** Words that count a group before its number: "all 72 economists". */
    private static final Set<String> QUANTIFIERS = Set.of("all", "some", "most", "tutti", "tutte");
    private static final Set<String> RELATIVE_SUBJECTS = Set.of("che", "il quale", "la quale", "who", "which");
    /** What may follow an inverted source ("ha detto Shoigu dopo un incontro"); anything else is not one. */
    private static final Set<String> ADJUNCTS = Set.of("in", "on", "at", "during", "after", "before", "when", "while",
            "to", "from", "dopo", "durante", "prima", "mentre", "a", "al", "alla", "nel", "nella", "con", "per",
            "davanti", "ai", "all'", "da", "dal", "dalla", "citing", "citando", "adding", "aggiungendo", "who", "che",
            "secondo", "according", "precisando", "spiegando", "sottolineando");

    /** An attribution and whether it belongs to the sentence before rather than to its own sentence. */
    record Found(CandidateAttribution attribution, boolean toPrevious) {
    }

    /** "al", "all'", "ai": after an Italian cue they name whom it was said to ("ha riferito all'ANSA"). */
    private static final Set<String> DATIVES = Set.of("a", "ad", "al", "allo", "alla", "ai", "agli", "alle", "all'");

    /**
     * After a cue's word, "among" and a group ("forecast among economists polled by Reuters"): the group, with who
     * asked it; empty otherwise.
     */
    private List<Token> groupAfterNoun(List<Token> tokens, int afterCue) {
        if (afterCue + 1 >= tokens.size() || !tokens.get(afterCue).key().equals("among")
                || !SourceName.isGroupNoun(tokens.get(afterCue + 1).key())) {
            return List.of();
        }
        int end = afterCue + 2;
        if (end + 2 < tokens.size() && tokens.get(end).key().endsWith("ed") && tokens.get(end + 1).key().equals("by")
                && tokens.get(end + 2).isCapitalized()) {
            end += 3;
            while (end < tokens.size() && tokens.get(end).isWord() && tokens.get(end).isCapitalized()) {
                end++;
            }
        }
        return tokens.subList(afterCue + 1, end);
    }

    /** True when a rejecting cue's object, after an article, is a motion, a bill or an amendment. */
    private boolean isVoteOnAMotion(List<Token> tokens, int afterCue, String cue) {
        int at = afterCue < tokens.size() && Lexicon.isArticle(tokens.get(afterCue).key(), language) ? afterCue + 1
                : afterCue;
        if (at >= tokens.size() || !MOTIONS.contains(tokens.get(at).key())) {
            return false;
        }
        String[] words = cue.trim().split("\\s+");
        String lemma = CueLexicon.of(language).lemmaOf(words[words.length - 1]);
        return lemma != null && REJECTING.contains(lemma);
    }

    private static final Set<String> REJECTING = Set.of("respingere", "reject", "dismiss", "bocciare");
    /** What an assembly votes on. */
    private static final Set<String> MOTIONS = Set.of("mozione", "mozioni", "emendamento", "emendamenti", "ddl",
            "decreto", "motion", "motions", "amendment", "amendments", "bill", "bills");

    /** The states a bare passive cue is followed by: "feared dead", "believed drowned", "reported missing". */
    private static final Set<String> BARE_PASSIVE_STATES = Set.of("dead", "killed", "missing", "drowned", "injured",
            "trapped", "lost", "alive", "hurt");

    /** The bodies that hear evidence, whose "heard" attributes what they were told. */
    private static final Set<String> HEARING_BODIES = Set.of("court", "jury", "inquest", "tribunal", "hearing",
            "inquiry", "committee", "magistrates");

    private static final Pattern COLON_QUOTE = Pattern.compile("^\\s*(?:[^:,«\"“\\n]{1,40},\\s*)?"
            + "((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.-]*)\\s*:\\s*[«\"“]");

    /** ", the jury was told.", ", court hears": group 1 the hearing body's noun, group 2 the cue, at the end. */
    private static final Pattern CLOSING_HEARING = Pattern.compile("[,;]\\s*(?i:the\\s+|an\\s+|a\\s+)?"
            + "((?:\\p{Lu}[\\p{L}'’]*\\s+){0,4}(?i:jury|court|inquest|tribunal|hearing|trial))\\s+"
            + "(?i:(heard|hears|(?:was|were|is)\\s+told|told))\\s*[.!]?[\"”’']?\\s*$");

    /**
     * "Il garante: «...»", "Emergency doctors: 'Corridor care is routine'", "Nazionale, il ct: «...»": an article or a
     * capitalized word, then a lower-case title or group, a colon and a quotation, double or single; a topic and a
     * comma may come first.
     */
    private static final Pattern ROLE_COLON_QUOTE = Pattern.compile("^\\s*(?:[^:,«\"“\\n]{1,40},\\s*)?"
            + "((?:\\p{L}+['’]|\\p{L}+\\s+)"
            + "\\p{Ll}[\\p{L}-]*)\\s*:\\s*[«\"“‘']\\s*\\p{Lu}");

    /** "Siccità, Coldiretti: in Sicilia ...", "Upb: «...»", "Il garante: ...": a short source, then a colon. */
    private static final Pattern HEADLINE_COLON = Pattern.compile("^\\s*(?:[^:,«\"“\\n]{1,40},\\s*)?"
            + "((?:[\\p{L}'’.-]+\\s+){0,3}[\\p{L}'’.-]+)\\s*(:)\\s*\\S");
    /**
     * "Affitti: Sunia, canoni su del 6%", "Bollette: Arera, aumenti del 3%": a topic and a colon, then the source, a
     * capitalized name of up to three words, and a comma before the claim.
     */
    private static final Pattern TOPIC_COLON_SOURCE = Pattern.compile("^\\s*[^:,«\"“\\n]{1,40}:\\s*"
            + "((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,2}\\p{Lu}[\\p{L}'’.-]*)\\s*(,)\\s+\\S");
    /**
     * "- Council pledges £4m for roads", "Acme records 8% rise": in a headline or a bullet a name opening the line,
     * then an -s form the lexicon reads as a plural noun elsewhere, then a figure, a currency, an article or "to", is a
     * subject and its verb.
     */
    private static final Pattern SUBJECT_NOUN_LIKE_VERB = Pattern.compile("^\\s*(?:[-–—•*]\\s*)?"
            + "((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,2}\\p{Lu}[\\p{L}'’.-]*)\\s+("
            + CueLexicon.alternation(CueLexicon.of(Language.EN).nounLikeThirdPerson())
            + ")\\s+(?:[£$€\\d]|(?:a|an|the|to|its|their|new)\\s)");
    /** "Istat, a ottobre ...", "Credito Padano, utile a 1,2 miliardi": a capitalized name, then a comma. */
    private static final Pattern HEADLINE_COMMA = Pattern.compile("^\\s*((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,2}"
            + "\\p{Lu}[\\p{L}'’.-]*)\\s*(,)\\s+\\S");

    private final String source;
    private final Language language;
    private final Entities entities;
    /** Which chars of the sentence read last are inside quoted words. */
    private Located quotedSentence;
    private boolean[] quoted;
    private final NounPhrases phrases;
    private final SourceResolver resolver;
    /** The sentence text last folded (by identity: each sentence has its one string) and its folded words. */
    private String foldedText;
    private FoldedWords folded;

    AttributionFinder(String source, Language language, Entities entities) {
        this.source = source;
        this.language = language;
        this.entities = entities;
        this.phrases = new NounPhrases(language);
        this.resolver = new SourceResolver(source, language, entities);
    }

    /** The explicit attribution of a sentence, or null. */
    Found find(Located sentence) {
        CandidateAttribution heard = closingHearing(sentence);
        if (heard != null) {
            return new Found(heard, false);
        }
        Found focused = focused(sentence);
        if (focused != null) {
            return focused;
        }
        CandidateAttribution pointed = pointer(sentence);
        if (pointed != null) {
            return new Found(pointed, true);
        }
        CandidateAttribution introduced = colonIntroduced(sentence);
        if (introduced == null) {
            introduced = perOpinion(sentence);
        }
        if (introduced != null) {
            return new Found(introduced, false);
        }
        boolean backward = ReportingCues.backward(language).matcher(sentence.text()).find();
        CandidateAttribution found = quotedAfterColon(sentence);
        if (found == null) {
            found = impersonal(sentence);
        }
        if (found == null) {
            found = prepositional(sentence);
        }
        if (found == null) {
            found = passiveAgent(sentence);
        }
        if (found == null) {
            found = nominalSource(sentence);
        }
        if (found == null) {
            found = cueThenSource(sentence, backward);
        }
        if (found == null) {
            found = sourceThenCue(sentence);
        }
        if (found == null) {
            found = gerundOfSubject(sentence);
        }
        if (found == null) {
            found = opinion(sentence);
        }
        if (found == null) {
            found = documentSubject(sentence);
        }
        if (found == null) {
            found = companyAct(sentence);
        }
        if (found == null) {
            // "Più fredda la Cisl." only when no cue of the sentence names its party ("Più cauta Confindustria: «...»,
            // ha commentato il presidente Antonio Benedetti")
            found = stance(sentence);
        }
        return found == null ? null : new Found(found, backward);
    }

    /**
     * "Giorgetti: «Conti pubblici sotto controllo»", "Ucraina, Zelensky: «...»", "Reeves: \"No tax rises\"": the
     * headline's way to quote, a name and a colon before the quotation. Lines that are not prose may carry it.
     */
    CandidateAttribution quotedAfterColon(Located sentence) {
        Matcher colon = COLON_QUOTE.matcher(sentence.text());
        if (colon.find()) {
            int nameStart = sentence.start() + colon.start(1);
            int nameEnd = sentence.start() + colon.end(1);
            List<Token> name = Token.of(source, nameStart, nameEnd);
            if (!name.get(0).isElided() || name.get(name.size() - 1).isCapitalized()) {
                return resolver.attribution(name, true, ":", nameStart, nameEnd);
            }
            // "L'ad: «...»": an elided article, capitalized as the line opens, before a role the rule below reads
        }
        Matcher role = ROLE_COLON_QUOTE.matcher(sentence.text());
        if (!role.find()) {
            return null;
        }
        // "Il garante: «...»", "Emergency doctors: '...'": a title or a group, which the article names below
        int nameStart = sentence.start() + role.start(1);
        int nameEnd = sentence.start() + role.end(1);
        List<Token> name = Token.of(source, nameStart, nameEnd);
        Token head = name.get(name.size() - 1);
        if (!SourceName.isPersonTitle(head.key()) && !SourceName.isGroup(head.key())
                && TitleSynonyms.inHeadline(head.key()).isEmpty()
                && entities.organizationDescribed(head.key(), nameStart) == null) {
            return null;
        }
        return resolver.headlineAttribution(name, ":", nameStart, nameEnd, true, true);
    }

    /**
     * How a headline or a standfirst attributes: a source and a colon, quoted or not ("Codacons: «...»", "Siccità,
     * Coldiretti: in Sicilia danni per 2 miliardi", "Il garante: «...»", "Emergency doctors: '...'"); a name and a
     * comma before the claim ("Istat, a ottobre l'inflazione risale all'1,9%"); or a cue as prose has one ("regulator
     * warns", "..., court told"). A title ("Il governatore") may name someone the article introduces below it.
     */
    CandidateAttribution headline(Located sentence) {
        CandidateAttribution quoted = quotedAfterColon(sentence);
        if (quoted != null) {
            return quoted;
        }
        CandidateAttribution byCue = headlineByCue(sentence);
        if (byCue != null) {
            return byCue;
        }
        return headlineByForm(sentence);
    }

    /**
     * How a short line above an article's first prose names its party, when it does: a cue as prose has one, a
     * trailing cue ("Jobs at risk, warns union") or a company's results ("Brenta Foods lifts dividend"); null for a
     * name before a colon or a comma, which page furniture has too ("Photo: Reuters", "Updated: 14:32 GMT").
     */
    CandidateAttribution headlineByCue(Located sentence) {
        Found found = find(sentence);
        if (found != null && !found.toPrevious()) {
            CandidateAttribution described = describedInHeadline(sentence, found.attribution());
            if (described != null) {
                return described;
            }
        }
        Matcher trailing = HeadlineForms.trailingCue(sentence.text(), language);
        if (trailing != null) {
            int start = sentence.start() + trailing.start(2);
            CandidateAttribution described = resolver.headlineAttribution(Token.of(source, start,
                    sentence.start() + trailing.end(2)), trailing.group(1), start, sentence.start() + trailing.end(2),
                    true, false);
            if (described != null) {
                return described;
            }
        }
        Matcher company = HeadlineForms.companyResult(sentence.text(), language);
        if (company != null) {
            int nameStart = sentence.start() + company.start(1);
            return resolver.attribution(Token.of(source, nameStart, sentence.start() + company.end(1)), true,
                    company.group(2), nameStart, sentence.start() + company.end(2));
        }
        return null;
    }

    /** A headline's name and a colon or a comma before its claim ("Istat, a ottobre l'inflazione risale all'1,9%"). */
    private CandidateAttribution headlineByForm(Located sentence) {
        List<Pattern> forms = language == Language.EN ? List.of(TOPIC_COLON_SOURCE, HEADLINE_COLON, HEADLINE_COMMA,
                SUBJECT_NOUN_LIKE_VERB) : List.of(TOPIC_COLON_SOURCE, HEADLINE_COLON, HEADLINE_COMMA);
        for (Pattern form : forms) {
            Matcher matcher = form.matcher(sentence.text());
            if (matcher.find()) {
                int nameStart = sentence.start() + matcher.start(1);
                int nameEnd = sentence.start() + matcher.end(1);
                List<Token> name = Token.of(source, nameStart, nameEnd);
                if (name.stream().anyMatch(t -> Lexicon.isWeekday(t.key(), language) || Lexicon.isMonth(t.key(), language)
                        || Lexicon.isPreposition(t.key(), language))) {
                    continue;
                }
                if (form == TOPIC_COLON_SOURCE && Lexicon.isPlace(name.get(name.size() - 1).key())) {
                    // "Maltempo: Genova, scuole chiuse": a place after the topic is where, not who
                    continue;
                }
                CandidateAttribution named = resolver.headlineAttribution(name, matcher.group(2).trim(), nameStart,
                        nameEnd, form != HEADLINE_COMMA, false);
                if (named != null) {
                    return named;
                }
            }
        }
        return null;
    }

    /**
     * The party of a headline's cue: a name as found; a lower-case description ("..., says mining body", "...,
     * regulator warns") for the body or the person the article describes or titles so, before or below the headline,
     * else the description itself when its noun names a party (a body, a firm by what it does, a title, a group), as
     * the text gives no more; null for any other noun ("..., study finds" names no one the headline can point to).
     */
    private CandidateAttribution describedInHeadline(Located sentence, CandidateAttribution found) {
        String who = found.who();
        if (!who.equals(who.toLowerCase(java.util.Locale.ROOT))) {
            return found;
        }
        int at = sentence.text().lastIndexOf(who);
        if (at < 0) {
            return null;
        }
        int start = sentence.start() + at;
        CandidateAttribution described = resolver.headlineAttribution(Token.of(source, start, start + who.length()),
                found.cue(), start, start + who.length(), true, false);
        String head = who.substring(who.lastIndexOf(' ') + 1);
        return described != null ? described : isPartyNoun(head) ? found : null;
    }

    /**
     * "..., a dirlo è la relazione della Corte dei conti", "È stato reso noto dai carabinieri": the source named last,
     * for emphasis. Opening its sentence, the cue attributes the sentence before.
     */
    private Found focused(Located sentence) {
        if (language != Language.IT) {
            return null;
        }
        if (!ReportingCues.mayHoldFocused(words(sentence))) {
            return null;
        }
        Matcher cue = ReportingCues.IT_FOCUSED.matcher(sentence.text());
        if (!cue.find()) {
            return null;
        }
        int cueStart = sentence.start() + cue.start(1);
        List<Token> tokens = Token.of(source, sentence.start(), sentence.end());
        int next = indexAt(tokens, sentence.start() + cue.end(1));
        List<Token> phrase = phrases.after(tokens, next);
        if (phrase.isEmpty()) {
            return null;
        }
        List<Token> author = phrases.authorOf(tokens, phrase);
        List<Token> named = nameInApposition(tokens, phrase, tokens.indexOf(phrase.get(phrase.size() - 1)) + 1);
        List<Token> who = !author.isEmpty() ? author : !named.isEmpty() ? named : phrase;
        CandidateAttribution attribution = resolver.attribution(who, false, cue.group(1), cueStart,
                who.get(who.size() - 1).end());
        if (attribution != null && who == named) {
            SourceName description = SourceName.read(phrase, language, false);
            entities.remember(attribution.who(), AttributionKind.PERSON, description.titles(), cueStart);
        }
        return attribution == null ? null : new Found(attribution, cueStart == firstNonSpace(sentence.start()));
    }

    /** Whom a phrase names: a document's author, else a name in apposition after it, else the phrase itself. */
    private List<Token> whoNamed(List<Token> tokens, List<Token> phrase) {
        List<Token> author = phrases.authorOf(tokens, phrase);
        if (!author.isEmpty()) {
            return author;
        }
        List<Token> named = nameInApposition(tokens, phrase, tokens.indexOf(phrase.get(phrase.size() - 1)) + 1);
        return named.isEmpty() ? phrase : named;
    }

    /** A sentence's tokens, the noun phrase that opens at a match's end, and the index of the token after it. */
    private record PhraseAt(List<Token> tokens, List<Token> phrase, int after) {
    }

    /** The noun phrase that opens at offset end of the sentence's text, or null when none does. */
    private PhraseAt phraseAt(Located sentence, int end) {
        List<Token> tokens = Token.of(source, sentence.start(), sentence.end());
        List<Token> phrase = phrases.after(tokens, indexAt(tokens, sentence.start() + end));
        return phrase.isEmpty() ? null
                : new PhraseAt(tokens, phrase, tokens.indexOf(phrase.get(phrase.size() - 1)) + 1);
    }

    /**
     * "Più fredda la Cisl.", "Scettici gli economisti.", "Di diverso parere l'opposizione.": a judgement without a verb
     * and then, closing the sentence or its first clause, the party it belongs to ({@link StanceSentences}).
     */
    private CandidateAttribution stance(Located sentence) {
        Matcher judgement = language == Language.IT ? StanceSentences.judgement(sentence.text()) : null;
        if (judgement == null) {
            return null;
        }
        PhraseAt at = phraseAt(sentence, judgement.end());
        if (at == null) {
            return null;
        }
        List<Token> phrase = at.phrase();
        if (at.after() < at.tokens().size() && !CLAUSE_ENDS.contains(at.tokens().get(at.after()).text())) {
            // "Duro il colpo per le imprese.": the sentence goes on, so what is judged is not a party
            return null;
        }
        // the party is the phrase before its complement, not a name in the complement: "Negativo il saldo della
        // Lombardia" judges a balance; its head is the last word there, after any number or adjective ("Critici i
        // tre sindacati", "Più cauto il nuovo ministro")
        int complement = 0;
        while (complement < phrase.size() && !Lexicon.isOf(phrase.get(complement).key(), language)) {
            complement++;
        }
        List<Token> core = phrase.subList(0, complement);
        Token head = core.isEmpty() ? null : core.get(core.size() - 1);
        if (head == null || Lexicon.isArticle(head.key(), language)) {
            return null;
        }
        boolean named = core.stream()
                .anyMatch(t -> !Lexicon.isArticle(t.key(), language) && (t.isAcronym() || t.isCapitalized()));
        if (!named && !SourceName.isGroupNoun(head.key()) && !SourceName.isBodyNoun(head.key())
                && !SourceName.isPersonTitle(head.key()) && !StanceSentences.isSide(head.key())) {
            return null;
        }
        return resolver.attribution(phrase, false, judgement.group(1), sentence.start() + judgement.start(1),
                phrase.get(phrase.size() - 1).end());
    }

    /**
     * "Sono le richieste avanzate dalla pm Carla Vitti.", "That is the finding of a report by the Halden Institute.":
     * the source of the sentence before ({@link PointerSentences}), or of a document's author named there.
     */
    private CandidateAttribution pointer(Located sentence) {
        Matcher pointer = PointerSentences.pointer(sentence.text(), language);
        if (pointer == null) {
            return null;
        }
        List<Token> tokens = Token.of(source, sentence.start(), sentence.end());
        int next = indexAt(tokens, sentence.start() + pointer.end());
        if (next > 0 && tokens.get(next - 1).isElided()
                && tokens.get(next - 1).start() >= sentence.start() + pointer.end() - 5) {
            // "dall'Inps" is one token: the source starts inside it
            next = next - 1;
        }
        List<Token> phrase = phrases.after(tokens, next);
        if (phrase.isEmpty()) {
            return null;
        }
        List<Token> who = whoNamed(tokens, phrase);
        CandidateAttribution pointed = resolver.attribution(who, false, pointer.group(1),
                sentence.start() + pointer.start(1), who.get(who.size() - 1).end());
        if (pointed == null || language != Language.IT || pointer.group("of") == null) {
            return pointed;
        }
        // after "di" a source is a body or a person the text knows, or a party's noun ("Sono i dati del ministero");
        // not a time ("Sono i dati di ottobre") nor a place the figures are about ("Sono i numeri della Lombardia")
        String name = pointed.who();
        boolean lower = name.equals(name.toLowerCase(java.util.Locale.ROOT));
        return lower ? isPartyNoun(name.substring(name.lastIndexOf(' ') + 1)) ? pointed : null
                : entities.kindOf(name) != null && !Lexicon.isPlace(name.toLowerCase(java.util.Locale.ROOT)) ? pointed
                        : null;
    }

    /** A noun that names a party when the text gives no name: a body, a firm by what it does, a title, a group. */
    private static boolean isPartyNoun(String key) {
        return Introductions.isDescriptor(key) || SourceName.isPersonTitle(key) || SourceName.isGroup(key);
    }

    /**
     * "Norvik raises its profit target", "Credito Nord chiude i nove mesi con ricavi a 3 miliardi", "Lena Ward puts the
     * cost at £40m": a company's act on its own figures ({@link CompanyActs}) is its report, its source the subject.
     */
    private CandidateAttribution companyAct(Located sentence) {
        Matcher act = CompanyActs.act(sentence.text(), words(sentence), language);
        if (act == null) {
            return null;
        }
        int group = CompanyActs.group(act);
        int cueStart = sentence.start() + act.start(group);
        List<Token> tokens = Token.of(source, sentence.start(), sentence.end());
        int at = indexAt(tokens, cueStart);
        List<Token> phrase = phrases.before(tokens, at);
        if (phrase.isEmpty() || isQuotedCue(sentence, cueStart)
                || phrase.stream().noneMatch(t -> t.isAcronym() || SourceName.isBodyNoun(t.key())
                        || t.isCapitalized() && !Lexicon.isArticle(t.key(), language))) {
            // a company is named or called by a body's noun; "The" opening the sentence names no one ("The couple
            // raised their expectations")
            return null;
        }
        boolean opensSentence = phrase.get(0).start() == firstNonSpace(sentence.start());
        return resolver.attribution(phrase, opensSentence, act.group(group), phrase.get(0).start(),
                sentence.start() + act.end(group));
    }

    private static final Set<String> CLAUSE_ENDS = Set.of(".", "!", ":", ",", ";");

    /**
     * "..., the jury was told.", "..., court hears", "..., an inquest heard": a hearing that closes the sentence
     * reports all of it, whatever verbs the reported words hold ("Dale told customers ..., the jury was told"); the
     * source is the court the article names, before or else after.
     */
    private CandidateAttribution closingHearing(Located sentence) {
        if (language != Language.EN) {
            return null;
        }
        Matcher hearing = CLOSING_HEARING.matcher(sentence.text());
        if (!hearing.find()) {
            return null;
        }
        int cueStart = sentence.start() + hearing.start(2);
        String named = hearing.group(1);
        // "Leeds Crown Court heard" names the court; "the jury was told" means the court the article names
        String court = Character.isUpperCase(named.charAt(0)) ? entities.resolve(named.replaceAll("\\s+", " "))
                : entities.organizationNamedNear("court", cueStart);
        if (court == null) {
            return null;
        }
        return new CandidateAttribution(court, AttributionKind.ORGANIZATION, hearing.group(2).replaceAll("\\s+", " "),
                sentence, false);
    }

    /** "Così il procuratore capo Giovanni Bombardieri: «Sono 25 gli indagati»": the source before the colon. */
    private CandidateAttribution colonIntroduced(Located sentence) {
        if (language != Language.IT) {
            return null;
        }
        Matcher cue = ReportingCues.IT_COLON_INTRO.matcher(sentence.text());
        if (!cue.find()) {
            return null;
        }
        int cueStart = sentence.start() + cue.start(1);
        PhraseAt at = phraseAt(sentence, cue.end(1));
        if (at == null) {
            return null;
        }
        List<Token> phrase = at.phrase();
        List<Token> named = nameInApposition(at.tokens(), phrase, at.after());
        List<Token> who = named.isEmpty() ? phrase : named;
        int end = at.tokens().indexOf(who.get(who.size() - 1)) + 1;
        int colon = end;
        if (colon < at.tokens().size() && at.tokens().get(colon).text().equals(",")) {
            // "Parola di Elly Schlein, segretaria del Pd:": an apposition may stand before the colon
            List<Token> apposition = phrases.after(at.tokens(), colon + 1);
            colon = apposition.isEmpty() ? colon : at.tokens().indexOf(apposition.get(apposition.size() - 1)) + 1;
        }
        if (colon >= at.tokens().size() || !at.tokens().get(colon).text().equals(":")) {
            return null;
        }
        return resolver.attribution(who, false, cue.group(1), cueStart, who.get(who.size() - 1).end());
    }

    /**
     * "Per il giudice, gli affari valevano 5 milioni": "per" opening a sentence and a person or a named body closed by
     * a comma says whose view follows; "Per le società più piccole la quota sale" and "Per i pazienti, ..." name none.
     */
    private CandidateAttribution perOpinion(Located sentence) {
        if (language != Language.IT) {
            return null;
        }
        Matcher cue = ReportingCues.IT_PER.matcher(sentence.text());
        if (!cue.find()) {
            return null;
        }
        PhraseAt at = phraseAt(sentence, cue.end());
        if (at == null) {
            return null;
        }
        List<Token> phrase = at.phrase();
        SourceName name = SourceName.read(phrase, language, false);
        boolean comma = at.after() < at.tokens().size() && at.tokens().get(at.after()).text().equals(",");
        if (isQualifiedGroup(phrase) && (comma || phrase.stream().anyMatch(Token::isCapitalized))) {
            // "Per le associazioni degli artigiani, la norma ...", "Per gli analisti di Equita il titolo vale ...": a
            // group qualified by whom it gathers, and a comma or a name closing it, speaks as a party
            CandidateAttribution group = resolver.attribution(phrase, false, cue.group(1),
                    sentence.start() + cue.start(1), phrase.get(phrase.size() - 1).end());
            if (group != null) {
                return group;
            }
        }
        if (name == null || !(name.kind() == AttributionKind.PERSON || name.isProperName())) {
            return comma ? perAnaphor(phrase, sentence.start() + cue.start(1), cue.group(1)) : null;
        }
        if (!comma && name.kind() != AttributionKind.PERSON
                && entities.kindOf(entities.resolve(name.name())) != AttributionKind.PERSON) {
            // "Per Marchi il governo «...»", "Per il garante non basta": a person needs no comma; a body does
            return null;
        }
        int cueStart = sentence.start() + cue.start(1);
        return resolver.attribution(phrase, false, cue.group(1), cueStart, phrase.get(phrase.size() - 1).end());
    }

    /**
     * "Per l'associazione, ...", "Per lo studioso, ...": an article and one lower-case noun for a party named before,
     * a body by a body's noun, a person by a noun for someone who studies or practises something (-ologo, -ista,
     * -oso: "il sismologo", "la giurista", "lo studioso"), of the article's gender. Null for any other noun ("Per il
     * momento,") or when no one fits.
     */
    private CandidateAttribution perAnaphor(List<Token> phrase, int cueStart, String cue) {
        if (phrase.size() != 2 || !(Lexicon.isDefiniteDeterminer(phrase.get(0).key(), language)
                || phrase.get(0).isElided()) || phrase.get(1).isCapitalized()) {
            return null;
        }
        String noun = phrase.get(1).key();
        if (SourceName.isBodyNoun(noun)) {
            CandidateAttribution body = resolver.attribution(phrase, false, cue, cueStart, phrase.get(1).end());
            return body == null || body.who().equals(body.who().toLowerCase(java.util.Locale.ROOT)) ? null : body;
        }
        if (!IT_PERSON_NOUN.matcher(noun).matches()) {
            return null;
        }
        String person = resolver.pronounReferent(Gender.ofArticle(phrase.get(0).key(), language), cueStart);
        return person == null ? null : new CandidateAttribution(person, AttributionKind.PERSON, cue,
                Located.in(source, cueStart, phrase.get(1).end()), false);
    }

    /**
     * An article, a body's noun or a reporting group's ({@link SourceName#isReportingGroup}: "analisti", "esperti"),
     * and "di" with whom it gathers: "le associazioni degli artigiani", "gli analisti di Equita"; not those a measure
     * is for ("i pazienti di Asti", "gli automobilisti di Torino", whose place is no party either).
     */
    private boolean isQualifiedGroup(List<Token> phrase) {
        if (phrase.size() < 4 || !Lexicon.isDefiniteDeterminer(phrase.get(0).key(), language)) {
            return false;
        }
        String head = phrase.get(1).key();
        if (!Lexicon.isOf(phrase.get(2).key(), language)) {
            return false;
        }
        if (SourceName.isBodyNoun(head) || SourceName.isReportingGroup(head)) {
            return true;
        }
        // "gli ambientalisti di Legambiente", "i sindacalisti della Fiom": who upholds a cause, gathered by a body
        // named after "di"; not by a place ("gli ambientalisti di Milano") nor a person. The -isti nouns of who a
        // measure is for ("i pensionisti dell'Inps", "i correntisti della banca", "i ciclisti di Bergamo") are no
        // such group
        Token body = phrase.get(3);
        return IT_UPHOLDERS.contains(head) && body.isCapitalized() && !Lexicon.isPlace(body.key())
                && entities.kindOf(entities.resolve(body.text())) != AttributionKind.PERSON;
    }

    /** Italian plurals for who upholds a cause as a body's members or voice, both genders. */
    private static final Set<String> IT_UPHOLDERS = Set.of("ambientalisti", "ambientaliste", "animalisti",
            "animaliste", "sindacalisti", "sindacaliste", "attivisti", "attiviste", "militanti", "volontari",
            "volontarie");

    /**
     * True when an English cue is a bare -ed form or an irregular participle ("told", "shown") after a common noun, so
     * a participle ("Attacks reported by nurses", "Patients told by doctors to wait") rather than the verb of a speaker
     * ("Ann Lee warned by 2030 ..."): a name, or a word the article named as a party, before it is a subject; "says",
     * "warns" are never participles.
     */
    private boolean isParticipleAfterNoun(List<Token> tokens, List<Token> phrase, String cue, int afterCue) {
        if (cue.strip().contains(" ")) {
            return false;
        }
        if (!cue.endsWith("ed") && !(CueLexicon.of(language).participles().contains(cue.toLowerCase(
                java.util.Locale.ROOT)) && isInfinitiveAfterAgent(tokens, afterCue))) {
            // an irregular form is also the past of a speaker's verb ("An official said by phone that ..."); it is a
            // participle only where an instruction follows its agent ("Patients told by doctors to wait")
            return false;
        }
        if (phrase.isEmpty()) {
            return true;
        }
        Token head = phrase.get(phrase.size() - 1);
        boolean opensSentence = head == tokens.get(0);
        return !head.isAcronym() && (!head.isCapitalized()
                || opensSentence && entities.kindOf(entities.resolve(head.text())) == null);
    }

    /** "by doctors to wait", "by the council to leave": "to" and a word within four words after "by" at index by. */
    private static boolean isInfinitiveAfterAgent(List<Token> tokens, int by) {
        for (int k = by + 1; k < Math.min(tokens.size() - 1, by + 6); k++) {
            Token token = tokens.get(k);
            if (!token.isWord()) {
                return false;
            }
            if (token.key().equals("to") && tokens.get(k + 1).isWord()) {
                return k > by + 1;
            }
        }
        return false;
    }

    /** Italian nouns for someone who studies or practises something: "sismologo", "giurista", "studioso". */
    private static final Pattern IT_PERSON_NOUN = Pattern.compile("\\p{L}{3,}(?:olog[oa]|ist[ai]|os[oa]|iatra)");

    /** The sentence's words folded, once for all the word checks of its searches. */
    private FoldedWords words(Located sentence) {
        if (sentence.text() != foldedText) {
            foldedText = sentence.text();
            folded = FoldedWords.of(foldedText);
        }
        return folded;
    }

    private boolean mayHoldCue(Located sentence) {
        return ReportingCues.mayHoldCue(words(sentence), language);
    }

    /** True when a cue in the sentence has no subject of its own, or a pronoun: "Ha spiegato che", "He saw". */
    boolean hasSubjectlessCue(Located sentence) {
        return mayHoldCue(sentence)
                && ReportingCues.subjectless(language).matcher(sentence.text()).find();
    }

    /**
     * The words "he said", "she added" of an English sentence whose cue has a gendered pronoun as its subject, from the
     * pronoun to the cue's end; null when there are none outside quoted words ("'... he said the market was down'" is
     * the speaker's own account).
     */
    Located genderedPronounCue(Located sentence) {
        if (language != Language.EN || !mayHoldCue(sentence)) {
            return null;
        }
        Matcher cue = ReportingCues.subjectless(language).matcher(sentence.text());
        while (cue.find()) {
            Matcher pronoun = GENDERED_PRONOUN.matcher(sentence.text()).region(cue.start(), cue.end());
            if (pronoun.find() && !isQuotedCue(sentence, sentence.start() + pronoun.start())) {
                return Located.in(source, sentence.start() + pronoun.start(), sentence.start() + cue.end());
            }
        }
        return null;
    }

    private static final Pattern GENDERED_PRONOUN = Pattern.compile("(?i)\\b(?:he|she)\\b");

    /**
     * The words of the cue that goes on with the speaker before: "he said" or "she added" in English (with a
     * gendered pronoun only: "they" may be anyone), "ha detto" in Italian ("«...», ha detto, visibilmente provata.",
     * "Ha spiegato che ..."); null when there are none outside quoted words.
     */
    Located speakerCue(Located sentence) {
        if (language == Language.EN) {
            return genderedPronounCue(sentence);
        }
        if (!mayHoldCue(sentence)) {
            return null;
        }
        Matcher cue = ReportingCues.subjectless(language).matcher(sentence.text());
        while (cue.find()) {
            int start = cue.start();
            int end = cue.end();
            String text = sentence.text();
            while (start < end && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == ',')) {
                start++;
            }
            while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
                end--;
            }
            if (start < end && !isQuotedCue(sentence, sentence.start() + start)) {
                return Located.in(source, sentence.start() + start, sentence.start() + end);
            }
        }
        return null;
    }

    /** True when the sentence reports without a cue of its own ("avrebbe spedito", "reportedly"). */
    boolean isReported(Located sentence) {
        return ReportingCues.reported(language).matcher(sentence.text()).find();
    }

    private CandidateAttribution impersonal(Located sentence) {
        if (language != Language.IT) {
            return null;
        }
        Matcher cue = ReportingCues.IT_IMPERSONAL.matcher(sentence.text());
        if (!cue.find()) {
            return null;
        }
        int cueStart = sentence.start() + cue.start(1);
        int cueEnd = sentence.start() + cue.end(1);
        List<Token> tokens = Token.of(source, sentence.start(), sentence.end());
        int at = indexAt(tokens, cueStart);
        // "nel report si legge"
        for (int back = at - 1; back >= Math.max(0, at - 5); back--) {
            if (DOCUMENT_PREPOSITIONS.contains(tokens.get(back).key())) {
                List<Token> phrase = tokens.subList(back, at);
                CandidateAttribution attribution = resolver.attribution(phrase, false, cue.group(1),
                        tokens.get(back).start(),
                        cueEnd);
                if (attribution != null) {
                    return attribution;
                }
            }
        }
        // "si legge ancora nel rapporto"
        int after = indexAt(tokens, cueEnd);
        while (after < tokens.size() && NounPhrases.ADVERBS.contains(tokens.get(after).key())) {
            after++;
        }
        if (after < tokens.size() && DOCUMENT_PREPOSITIONS.contains(tokens.get(after).key())) {
            List<Token> phrase = phrases.after(tokens, after);
            if (!phrase.isEmpty()) {
                return resolver.attribution(phrase, false, cue.group(1), cueStart, phrase.get(phrase.size() - 1).end());
            }
        }
        return null;
    }

    private CandidateAttribution prepositional(Located sentence) {
        if (!ReportingCues.mayHoldPreposition(words(sentence), language)) {
            return null;
        }
        Matcher cue = ReportingCues.preposition(language).matcher(sentence.text());
        List<Token> tokens = Token.of(source, sentence.start(), sentence.end());
        while (cue.find()) {
            int cueStart = sentence.start() + cue.start(1);
            int at = indexAt(tokens, cueStart);
            String cueText = cue.group(1);
            if (cueText.toLowerCase().startsWith("secondo") && at > 0
                    && NOT_AFTER_SECONDO.contains(tokens.get(at - 1).key())) {
                continue;
            }
            int next = indexAt(tokens, sentence.start() + cue.end());
            if (next < tokens.size() && RELATIVES.contains(tokens.get(next).key()) && at >= 2
                    && tokens.get(at - 1).text().equals(",")) {
                // "l'Organizzazione internazionale per le migrazioni (Oim), secondo cui ...": the phrase before
                List<Token> antecedent = phrases.before(tokens, at - 1);
                if (!antecedent.isEmpty()) {
                    CandidateAttribution attribution = resolver.attribution(antecedent, false, cueText,
                            antecedent.get(0).start(), tokens.get(next).end());
                    if (attribution != null) {
                        return attribution;
                    }
                }
                continue;
            }
            List<Token> phrase = cueText.toLowerCase().startsWith("cit") ? citedSource(tokens, next)
                    : phrases.after(tokens, next);
            List<Token> author = phrases.authorOf(tokens, phrase);
            if (!author.isEmpty()) {
                // "stando ai dati diffusi dalla Bce", "according to a study published in The Lancet": the author
                CandidateAttribution attribution = resolver.attribution(author, false, cueText, cueStart,
                        author.get(author.size() - 1).end());
                if (attribution != null) {
                    entities.rememberDocument(attribution.who(), cueStart);
                    return phrases.isPublishedIn(tokens, author) ? new CandidateAttribution(attribution.who(),
                            AttributionKind.PUBLICATION, attribution.cue(), attribution.text(), false) : attribution;
                }
            }
            if (!phrase.isEmpty()) {
                List<Token> named = nameInApposition(tokens, phrase, tokens.indexOf(phrase.get(phrase.size() - 1)) + 1);
                // "secondo la relazione del curatore, Stefano Riva,": the person the description names in apposition
                List<Token> who = named.isEmpty() ? phrase : named;
                CandidateAttribution attribution = resolver.attribution(who, false, cueText, cueStart,
                        who.get(who.size() - 1).end());
                if (attribution != null) {
                    if (!named.isEmpty()) {
                        rememberTitles(phrase, attribution, cueStart);
                    }
                    return attribution;
                }
            }
        }
        return null;
    }

    /**
     * "è stato ribadito ieri dall'Anci Sicilia", "confermato in seguito dal direttore generale dell'Asl Roma 2, Giorgio
     * Casati", "Dai dati pubblicati dall'Agenas si evince": the agent of a passive cue is its source.
     */
    private CandidateAttribution passiveAgent(Located sentence) {
        if (!ReportingCues.mayHoldPassive(sentence.text(), words(sentence), language)) {
            return null;
        }
        Matcher cue = ReportingCues.passive(language).matcher(sentence.text());
        List<Token> tokens = null;
        while (cue.find()) {
            tokens = tokens == null ? Token.of(source, sentence.start(), sentence.end()) : tokens;
            int group = cue.group(1) != null ? 1 : 2;
            if ("prevedere".equals(CueLexicon.of(language).lemmaOf(cue.group(group)))) {
                // "gli impianti previsti dal decreto": provided for by a law, not reported by a source
                continue;
            }
            int cueStart = sentence.start() + cue.start(group);
            int next = indexAt(tokens, sentence.start() + cue.end());
            if (next > 0 && tokens.get(next - 1).isElided() && next - 1 >= 0
                    && tokens.get(next - 1).start() >= sentence.start() + cue.end() - 5) {
                // "dall'Agenas" is one token: the agent starts inside it
                next = next - 1;
            }
            if (next + 1 < tokens.size() && QUANTIFIERS.contains(tokens.get(next).key())
                    && tokens.get(next + 1).isNumber()) {
                // "as expected by all 72 economists in a Reuters poll": who is the economists, not their count
                next += 2;
            }
            List<Token> phrase = phrases.after(tokens, next);
            if (phrase.isEmpty()) {
                continue;
            }
            int after = tokens.indexOf(phrase.get(phrase.size() - 1)) + 1;
            if (isInSubject(tokens, indexAt(tokens, cueStart), after)) {
                continue;
            }
            List<Token> named = nameInApposition(tokens, phrase, after);
            List<Token> who = named.isEmpty() ? phrase : named;
            CandidateAttribution attribution = resolver.attribution(who, false, cue.group(group), cueStart,
                    who.get(who.size() - 1).end());
            if (attribution != null) {
                if (!named.isEmpty()) {
                    rememberTitles(phrase, attribution, cueStart);
                }
                return attribution;
            }
        }
        return null;
    }

    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("stato", "stata", "stati", "state", "viene",
            "vengono", "venne", "vennero", "veniva", "venivano", "been", "being", "be", "get", "gets", "got");

    /**
     * "Le aggressioni denunciate dai medici sono aumentate", "Attacks reported by nurses have doubled": a participle
     * right after a common noun, with no auxiliary, modifies that noun, and when the sentence's own verb follows its
     * agent the whole phrase is the subject of a sentence the article states. Its agent reported the noun's thing, not
     * the sentence. A capitalized word before the participle is a name, unless it opens the sentence. A document
     * keeps its author ("i dati pubblicati dall'Agenas sono chiari").
     */
    private boolean isInSubject(List<Token> tokens, int participle, int afterAgent) {
        if (participle < 1 || afterAgent >= tokens.size() || !ownVerbAt(tokens, afterAgent)) {
            return false;
        }
        Token before = tokens.get(participle - 1);
        String key = before.key();
        return before.isWord() && (!before.isCapitalized() || participle == 1)
                && !Lexicon.isCommonFiniteVerb(key, language) && !PASSIVE_AUXILIARIES.contains(key)
                && !NounPhrases.ADVERBS.contains(key) && !COME_OR_AS.matcher(key).matches()
                && !SourceName.isDocument(key) && !key.endsWith("ly") && !key.endsWith("mente");
    }

    /**
     * True when the sentence's own verb stands at index at, or after an English infinitive that completes the
     * participle ("Patients told by doctors to wait more than 18 weeks rose to 3,000"): words and numbers only, no
     * comma and no "that", up to the verb.
     */
    private boolean ownVerbAt(List<Token> tokens, int at) {
        if (Lexicon.isCommonFiniteVerb(tokens.get(at).key(), language)) {
            return true;
        }
        if (language != Language.EN || !tokens.get(at).key().equals("to")) {
            return false;
        }
        for (int i = at + 2; i < tokens.size() && i <= at + INFINITIVE_REACH; i++) {
            Token token = tokens.get(i);
            if (Lexicon.isCommonFiniteVerb(token.key(), language)) {
                return true;
            }
            if (!(token.isWord() || token.isNumber()) || token.key().equals("that")) {
                return false;
            }
        }
        return false;
    }

    /** How many words an infinitive after a participle's agent may run before the sentence's verb. */
    private static final int INFINITIVE_REACH = 8;

    /**
     * "Separate figures from the Bank of England showed", "Polling by Survation", "secondo i dati Istat": a noun for
     * data carries its source, the head of the name after it.
     */
    private CandidateAttribution nominalSource(Located sentence) {
        if (!ReportingCues.mayHoldNominal(words(sentence), language)) {
            return null;
        }
        Matcher cue = ReportingCues.nominal(language).matcher(sentence.text());
        List<Token> tokens = null;
        while (cue.find()) {
            tokens = tokens == null ? Token.of(source, sentence.start(), sentence.end()) : tokens;
            List<Token> phrase = phrases.after(tokens, indexAt(tokens, sentence.start() + cue.end()));
            if (phrase.isEmpty() || phrase.stream().noneMatch(t -> t.isCapitalized() || t.isAcronym())) {
                continue;
            }
            CandidateAttribution attribution = resolver.attribution(phrase, false, cue.group(1),
                    sentence.start() + cue.start(1), phrase.get(phrase.size() - 1).end());
            if (attribution != null) {
                return attribution;
            }
        }
        return null;
    }

    private CandidateAttribution cueThenSource(Located sentence, boolean backward) {
        if (!mayHoldCue(sentence)) {
            return null;
        }
        Matcher cue = (backward ? ReportingCues.any(language) : ReportingCues.inverted(language))
                .matcher(sentence.text());
        List<Token> tokens = Token.of(source, sentence.start(), sentence.end());
        while (cue.find()) {
            int matchStart = sentence.start() + cue.start();
            int cueStart = sentence.start() + cue.start(1);
            int cueEnd = sentence.start() + cue.end(1);
            if (isQuotedCue(sentence, cueStart) || isInName(sentence, cueStart)) {
                continue;
            }
            boolean come = COME_OR_AS.matcher(source.substring(matchStart, cueStart).strip().toLowerCase()).matches();
            int textStart = come ? firstNonSpace(matchStart) : cueStart;
            int afterCue = indexAt(tokens, cueEnd);
            while (language == Language.IT && afterCue < tokens.size()
                    && DATIVES.contains(tokens.get(afterCue).key())) {
                // "ha detto al Corriere della Sera il ministro": the one told comes first, then the source
                afterCue = tokens.indexOf(listenerEnd(tokens, afterCue)) + 1;
            }
            afterCue = afterSpokenAdjunct(tokens, afterCue);
            List<Token> phrase = phrases.after(tokens, afterCue);
            if (phrase.isEmpty() || !startsAName(phrase)) {
                if (language == Language.IT && !backward && resolver.lastPerson() != null && endsClause(tokens, cueEnd)
                        && followsQuotation(cueStart)) {
                    // "«...», ha aggiunto." with the subject left out: the person quoted last; but in "La
                    // Confindustria, in una nota, fa sapere che" the subject is there, before the aside
                    return new CandidateAttribution(resolver.lastPerson(), AttributionKind.PERSON, cue.group(1),
                            Located.in(source, textStart, cueEnd), false);
                }
                continue;
            }
            if (isBareObject(phrase) || isPossessedThing(phrase)) {
                // ", ha annunciato ricorso in appello": a bare noun after an Italian cue is what was announced; ",
                // said the Treasury's decision ...": a thing someone owns is what was said, not who said it
                continue;
            }
            int after = tokens.indexOf(phrase.get(phrase.size() - 1)) + 1;
            if (after < tokens.size() && tokens.get(after).isWord() && !ADJUNCTS.contains(tokens.get(after).key())) {
                // "said the country needs ...": a clause follows, not the source
                continue;
            }
            if (language == Language.EN && after < tokens.size() && !tokens.get(after).isWord()
                    && !",.;:)(".contains(tokens.get(after).text())) {
                // ', said the pay rise "falls short"': a quotation follows the object, not the source
                continue;
            }
            List<Token> named = nameInApposition(tokens, phrase, after);
            if (!named.isEmpty()) {
                // ", ha sottolineato il comandante delle Fiamme Gialle, il generale Giuseppe Arbore."
                CandidateAttribution attribution = resolver.attribution(named, false, cue.group(1), textStart,
                        named.get(named.size() - 1).end());
                if (attribution != null) {
                    rememberTitles(phrase, attribution, cueStart);
                    return attribution;
                }
            }
            CandidateAttribution attribution = resolver.attribution(phrase, false, cue.group(1), textStart,
                    phrase.get(phrase.size() - 1).end());
            if (attribution != null) {
                return attribution;
            }
        }
        return null;
    }

    /** The phrase up to its first lower-case word that reads as a finite verb after the first word ("raised"). */
    private List<Token> beforeFiniteVerb(List<Token> phrase) {
        for (int i = 1; i < phrase.size(); i++) {
            Token token = phrase.get(i);
            if (token.isWord() && !token.isCapitalized() && Lexicon.isFiniteVerb(token.key(), language)) {
                return phrase.subList(0, i);
            }
        }
        return phrase;
    }

    private CandidateAttribution sourceThenCue(Located sentence) {
        if (!mayHoldCue(sentence)) {
            return null;
        }
        Matcher cue = ReportingCues.any(language).matcher(sentence.text());
        List<Token> tokens = Token.of(source, sentence.start(), sentence.end());
        while (cue.find()) {
            int cueStart = sentence.start() + cue.start(1);
            int cueEnd = sentence.start() + cue.end(1);
            if (isQuotedCue(sentence, cueStart) || isInName(sentence, cueStart)) {
                continue;
            }
            int at = indexAt(tokens, cueStart);
            // "Dalla Regione si fa sapere": the impersonal "si" stands between the source and the cue
            boolean reflexive = language == Language.IT && at > 0 && tokens.get(at - 1).key().equals("si");
            List<Token> phrase = phrases.before(tokens, reflexive ? at - 1 : at);
            if (phrase.isEmpty() || isObjectOfPreposition(tokens, tokens.indexOf(phrase.get(0)))) {
                // "Schillaci, che in un'intervista al Corriere della Sera ha spiegato": the subject is before "che";
                // without one, "Researchers at the University of Alberta found" names its source in the phrase
                List<Token> antecedent = relativeAntecedent(tokens, at);
                if (!antecedent.isEmpty()
                        && PAST_PERFECT.matcher(cue.group(1).toLowerCase(java.util.Locale.ROOT)).matches()) {
                    // "De Laurentiis, che aveva chiesto un canale, ha votato contro": a past perfect in a relative
                    // clause is background to what the sentence reports, not its cue
                    continue;
                }
                phrase = antecedent.isEmpty() ? phrase : antecedent;
            }
            if (opensWithAdjunct(tokens, phrase) && relativeAntecedent(tokens, at).isEmpty()) {
                // "In aula ha contestato", "Sui 5 milioni ha contestato": the object of a preposition that opens the
                // sentence is no subject; the cue has none of its own
                continue;
            }
            if (phrase.isEmpty() && at >= 1 && Lexicon.isAnd(tokens.get(at - 1).key(), language)) {
                // "Martin Ellery, 52, called the vote "reckless" and said": who said is the subject of the sentence,
                // which ends at its own verb ("The airline raised its forecast ... and said")
                phrase = beforeFiniteVerb(phrases.after(tokens, 0));
            }
            List<Token> apposition = List.of();
            if (phrase.isEmpty() && at >= 2 && tokens.get(at - 1).text().equals(",")) {
                // "John Smith, a spokesman for the ministry, said": the name is before the apposition
                int comma = at - 2;
                while (comma > 0 && !tokens.get(comma).text().equals(",")) {
                    comma--;
                }
                phrase = comma > 0 ? phrases.before(tokens, comma) : List.of();
                apposition = comma > 0 ? tokens.subList(comma + 1, at - 1) : List.of();
                if (phrase.isEmpty() || SourceName.read(phrase, language, false) == null) {
                    // "Joy Patel, 71, a retired pharmacist from Woking, told": the sentence's subject, before every
                    // apposition
                    List<Token> subject = phrases.after(tokens, 0);
                    int next = subject.isEmpty() ? -1 : tokens.indexOf(subject.get(subject.size() - 1)) + 1;
                    if (next > 0 && next < at - 1 && tokens.get(next).text().equals(",")) {
                        phrase = subject;
                        apposition = tokens.subList(next + 1, at - 1);
                    }
                }
            }
            if (!phrase.isEmpty() && (Lexicon.isWeekday(phrase.get(phrase.size() - 1).key(), language)
                    || Lexicon.isMonth(phrase.get(phrase.size() - 1).key(), language))
                    && !entities.isSurname(phrase, language)) {
                // "figures published on Wednesday showed": a day is when, never who; but "Jess Monday" and a later
                // "Monday said" are a person the article named
                continue;
            }
            int afterCue = indexAt(tokens, cueEnd);
            if (language == Language.EN && afterCue < tokens.size()
                    && BARE_PASSIVE_STATES.contains(tokens.get(afterCue).key()) && cue.group(1).endsWith("ed")) {
                // "Hundreds feared dead", "Two believed drowned": a passive without its auxiliary, as headlines write
                // it, states what is feared; it has no subject who speaks
                continue;
            }
            if (language == Language.EN && afterCue < tokens.size() && tokens.get(afterCue).key().equals("by")
                    && isParticipleAfterNoun(tokens, phrase, cue.group(1), afterCue)) {
                // "Attacks reported by nurses have risen": a bare -ed form before its agent is a participle, and the
                // phrase before it is what was reported, not who reported it (the agent is read as a passive's)
                continue;
            }
            List<Token> among = language == Language.EN ? groupAfterNoun(tokens, afterCue) : List.of();
            if (!among.isEmpty()) {
                // "The consensus forecast among economists polled by Reuters": the cue's word is a noun here, and its
                // source the group it gathers
                CandidateAttribution attribution = resolver.attribution(among, false, cue.group(1), cueStart,
                        among.get(among.size() - 1).end());
                if (attribution != null) {
                    return attribution;
                }
            }
            if (isVoteOnAMotion(tokens, afterCue, cue.group(1))) {
                // "La Camera ha respinto la mozione", "MPs rejected the amendment": a vote is an act, not a report
                continue;
            }
            if (ReportingCues.isHearing(cue.group(1))
                    && phrase.stream().noneMatch(t -> HEARING_BODIES.contains(t.key()))) {
                // "Residents heard explosions" reports nothing; "Leeds Crown Court heard" reports the evidence
                continue;
            }
            if (ReportingCues.isHearing(cue.group(1)) && phrase.stream()
                    .noneMatch(t -> t.isCapitalized() && !Lexicon.isArticle(t.key(), language))) {
                // "The jury heard that ...": what the court the article names was told
                String court = entities.organizationNamedNear("court", cueStart);
                if (court != null) {
                    return new CandidateAttribution(court, AttributionKind.ORGANIZATION, cue.group(1),
                            Located.in(source, phrase.get(0).start(), cueEnd), false);
                }
            }
            SourceName read = phrase.isEmpty() ? null : SourceName.read(phrase, language, false);
            List<Token> publisher = citedSource(apposition, 0);
            if (read != null && read.documentReference() && !publisher.isEmpty()) {
                // "The report, published by Amnesty International on Monday, says": the report's author
                CandidateAttribution attribution = resolver.attribution(publisher, false, cue.group(1),
                        phrase.get(0).start(),
                        cueEnd);
                if (attribution != null) {
                    return attribution;
                }
            }
            if (phrase.isEmpty()) {
                continue;
            }
            List<Token> joined = joinedBody(apposition);
            if (!joined.isEmpty()) {
                // "I gestori, riuniti in Federalberghi, chiedono": a group speaks through the body it has joined
                CandidateAttribution attribution = resolver.attribution(joined, false, cue.group(1),
                        phrase.get(0).start(), cueEnd);
                if (attribution != null) {
                    return attribution;
                }
            }
            if (isName(apposition) && (!isName(phrase) || isTitle(phrase) || isInTitleComplement(tokens, phrase))
                    && apposition.size() >= 2) {
                // "Ukraine's finance minister, Serhiy Marchenko, said": the title first, the name in apposition
                CandidateAttribution attribution = resolver.attribution(apposition, false, cue.group(1),
                        phrase.get(0).start(),
                        cueEnd);
                if (attribution != null) {
                    SourceName title = SourceName.read(phrase, language, false);
                    if (title != null && title.kind() == AttributionKind.PERSON) {
                        entities.remember(attribution.who(), AttributionKind.PERSON, title.titles(), cueStart);
                    }
                    return attribution;
                }
            }
            boolean opensSentence = phrase.get(0).start() == firstNonSpace(sentence.start())
                    || isAfterQuoteOrColon(tokens, tokens.indexOf(phrase.get(0)));
            CandidateAttribution attribution = resolver.attribution(phrase, opensSentence, cue.group(1),
                    phrase.get(0).start(), cueEnd);
            if (attribution != null) {
                return attribution;
            }
        }
        return null;
    }

    /**
     * "The European Central Bank cut rates, citing a faster fall in inflation", "Vogt declined to commit, saying the
     * bank would ...", "Il sindacato ha proclamato lo sciopero, denunciando ...": a gerund cue after a comma has the
     * subject of the sentence as its source. The subject opens the sentence (after a wire dateline) and is a name.
     */
    private CandidateAttribution gerundOfSubject(Located sentence) {
        List<Token> tokens = null;
        Set<String> gerunds = CueLexicon.of(language).gerunds();
        for (int comma = sentence.text().indexOf(','); comma >= 0; comma = sentence.text().indexOf(',', comma + 1)) {
            tokens = tokens == null ? Token.of(source, sentence.start(), sentence.end()) : tokens;
            int at = indexAt(tokens, sentence.start() + comma + 1);
            if (at >= tokens.size() || !gerunds.contains(tokens.get(at).key())
                    || isQuotedCue(sentence, tokens.get(at).start())) {
                continue;
            }
            int start = afterDateline(tokens);
            List<Token> subject = phrases.after(tokens, start);
            int next = subject.isEmpty() ? -1 : tokens.indexOf(subject.get(subject.size() - 1)) + 1;
            if (subject.isEmpty() || next >= at || !tokens.get(next).isWord()
                    || subject.stream().noneMatch(t -> t.isCapitalized() || t.isAcronym())) {
                return null;
            }
            SourceName name = SourceName.read(subject, language, true);
            long capitals = subject.stream().filter(t -> t.isCapitalized() || t.isAcronym()).count();
            if (name == null || name.documentReference() || !(name.kind() == AttributionKind.PERSON
                    || capitals >= 2 || entities.kindOf(entities.resolve(name.name())) != null)) {
                // "Prices rose, adding to the pressure": a capital that only opens the sentence names no one
                return null;
            }
            Token cue = tokens.get(at);
            return resolver.attribution(subject, true, cue.text(), subject.get(0).start(), cue.end());
        }
        return null;
    }

    /** "FRANKFURT, Oct 17 (Reuters) - The European Central Bank": where the sentence starts after a wire dateline. */
    private static int afterDateline(List<Token> tokens) {
        for (int i = 1; i < Math.min(tokens.size(), 12); i++) {
            String text = tokens.get(i).text();
            if ((text.equals("-") || text.equals("–") || text.equals("—")) && i + 1 < tokens.size()
                    && tokens.get(0).text().equals(tokens.get(0).text().toUpperCase(java.util.Locale.ROOT))) {
                return i + 1;
            }
        }
        return 0;
    }

    /** "i governi russi e nordcoreani hanno attaccato il MSMT perché a loro avviso ...": the subject is the source. */
    private CandidateAttribution opinion(Located sentence) {
        Matcher cue = ReportingCues.opinion(language).matcher(sentence.text());
        if (!cue.find()) {
            return null;
        }
        int cueStart = sentence.start() + cue.start(1);
        int cueEnd = sentence.start() + cue.end(1);
        List<Token> tokens = Token.of(source, sentence.start(), cueStart);
        for (int verb = 0; verb < tokens.size(); verb++) {
            if (!Lexicon.isCommonFiniteVerb(tokens.get(verb).key(), language)) {
                continue;
            }
            int from = verb;
            while (from > 0 && verb - from < 6 && tokens.get(from - 1).isWord()
                    && !Lexicon.isArticle(tokens.get(from - 1).key(), language)) {
                from--;
            }
            if (from > 0 && Lexicon.isArticle(tokens.get(from - 1).key(), language) && from < verb) {
                List<Token> subject = tokens.subList(from - 1, verb);
                SourceName name = SourceName.read(subject, language, false);
                if (name != null) {
                    String who = source.substring(subject.get(1).start(), subject.get(subject.size() - 1).end());
                    return new CandidateAttribution(who, name.kind(), cue.group(1),
                            Located.in(source, subject.get(0).start(), cueEnd), false);
                }
            }
            return null;
        }
        return null;
    }

    /** The last token of the listener named after a dative ("al Corriere della Sera", "all'ANSA", "a Reuters"). */
    private Token listenerEnd(List<Token> tokens, int dative) {
        List<Token> listener = phrases.after(tokens, dative + 1);
        return listener.isEmpty() ? tokens.get(dative) : listener.get(listener.size() - 1);
    }

    /**
     * "il garante regionale, Vito Fiore,": the person named in apposition holds the description's titles, so that
     * "il garante" later is that person.
     */
    private void rememberTitles(List<Token> description, CandidateAttribution named, int at) {
        SourceName read = SourceName.read(description, language, false);
        if (read != null) {
            entities.remember(named.who(), AttributionKind.PERSON, read.titles(), at);
        }
    }

    /**
     * "the chief executive, Paul Grayson." after a cue: the name that a description of the source is followed by, when
     * the description names no one and the name ends the clause; empty otherwise.
     */
    private List<Token> nameInApposition(List<Token> tokens, List<Token> phrase, int after) {
        after = afterAdjunct(tokens, after);
        if (after >= tokens.size() || !tokens.get(after).text().equals(",")) {
            return List.of();
        }
        List<Token> apposition = phrases.after(tokens, after + 1);
        if (apposition.isEmpty()) {
            return List.of();
        }
        int next = tokens.indexOf(apposition.get(apposition.size() - 1)) + 1;
        SourceName description = SourceName.read(phrase, language, false);
        SourceName named = SourceName.read(apposition, language, false);
        boolean closes = next >= tokens.size() || !tokens.get(next).isWord();
        // "il direttore generale dell'Asl Roma 2, Giorgio Casati": a title before a body's name still describes
        boolean describes = description != null && (!description.isProperName()
                || description.kind() == AttributionKind.PERSON && !description.titles().isEmpty());
        return closes && describes && named != null
                && named.kind() == AttributionKind.PERSON && named.isProperName() ? apposition : List.of();
    }

    /**
     * "The trial followed 17,604 adults": a sentence whose subject is a document named before ("the study", "il
     * rapporto") tells what the document says, with or without a reporting verb.
     */
    private CandidateAttribution documentSubject(Located sentence) {
        List<Token> tokens = Token.of(source, sentence.start(), sentence.end());
        if (tokens.size() < 3 || !Lexicon.isDefiniteDeterminer(tokens.get(0).key(), language)) {
            return null;
        }
        int noun = 1;
        while (noun < Math.min(4, tokens.size()) && !SourceName.isDocument(tokens.get(noun).key())) {
            noun++;
        }
        int verb = noun + 1;
        while (verb < tokens.size() && NounPhrases.ADVERBS.contains(tokens.get(verb).key())) {
            verb++;
        }
        if (noun >= Math.min(4, tokens.size()) || verb >= tokens.size() || !tokens.get(verb).isWord()
                || !tokens.get(noun).isWord() || !Lexicon.isFiniteVerb(tokens.get(verb).key(), language)) {
            return null;
        }
        String author = entities.documentBefore(tokens.get(0).start());
        if (author == null) {
            return null;
        }
        AttributionKind kind = entities.kindOf(author);
        return new CandidateAttribution(author, kind != null ? kind : AttributionKind.ORGANIZATION,
                tokens.get(verb).text(), Located.in(source, tokens.get(0).start(), tokens.get(verb).end()), false);
    }

    /**
     * "il capogruppo di Fratelli d'Italia in consiglio regionale, Antonio De Luca": a short lower-case prepositional
     * phrase may stand between a description and the name in apposition; the index after it, or at when there is none.
     */
    private int afterAdjunct(List<Token> tokens, int at) {
        if (at >= tokens.size() || !Lexicon.isPreposition(tokens.get(at).key(), language)) {
            return at;
        }
        int end = at + 1;
        while (end < tokens.size() && end - at <= 4 && tokens.get(end).isWord() && !tokens.get(end).isCapitalized()) {
            end++;
        }
        return end > at + 1 ? end : at;
    }

    /**
     * "ha spiegato in conferenza stampa il procuratore": Italian may put where or when it was said between the cue and
     * the source; the index of the source's article after such an adjunct, or at when there is none.
     */
    private int afterSpokenAdjunct(List<Token> tokens, int at) {
        if (language != Language.IT || at >= tokens.size() || !Lexicon.isPreposition(tokens.get(at).key(), language)
                || DATIVES.contains(tokens.get(at).key())) {
            return at;
        }
        int end = at + 1;
        if (end < tokens.size() && Lexicon.isIndefiniteArticle(tokens.get(end).key(), language)) {
            // "in un comunicato", "in una nota"
            end++;
        }
        while (end < tokens.size() && end - at <= 4 && tokens.get(end).isWord() && !tokens.get(end).isCapitalized()
                && !Lexicon.isArticle(tokens.get(end).key(), language)) {
            end++;
        }
        boolean source = end > at + 1 && end < tokens.size() && Lexicon.isDefiniteDeterminer(tokens.get(end).key(),
                language) && Lexicon.isArticle(tokens.get(end).key(), language);
        return source ? end : at;
    }

    /** "Orazio Schillaci, che in un'intervista ... ha spiegato": the phrase before ", che" with no comma after it. */
    private List<Token> relativeAntecedent(List<Token> tokens, int cue) {
        for (int at = cue - 1; at >= 1; at--) {
            String key = tokens.get(at).key();
            if (key.equals(",")) {
                return List.of();
            }
            if (RELATIVE_SUBJECTS.contains(key) && tokens.get(at - 1).text().equals(",")) {
                List<Token> antecedent = phrases.before(tokens, at - 1);
                int start = antecedent.isEmpty() ? -1 : tokens.indexOf(antecedent.get(0));
                int opening = start > 0 && isObjectOfPreposition(tokens, start) ? apposition(tokens, start) : -1;
                // "Mario Rossi, capogruppo alla Camera, che parla di": the object of a preposition inside an
                // apposition is not what the relative refers to; the noun phrase the apposition describes is
                return opening > 0 ? phrases.before(tokens, opening) : antecedent;
            }
        }
        return List.of();
    }

    /**
     * The comma that opens the apposition holding token at ("Mario Rossi, capogruppo del gruppo alla Camera,"): the
     * words back to it are lower-case words, prepositions, articles and names, with no verb; -1 when there is none.
     */
    private int apposition(List<Token> tokens, int at) {
        for (int i = at - 1; i >= 1; i--) {
            Token token = tokens.get(i);
            if (token.text().equals(",")) {
                return i;
            }
            if (!token.isWord() || Lexicon.isFiniteVerb(token.key(), language)
                    || RELATIVE_SUBJECTS.contains(token.key())) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * True when the phrase is one word, the object of a preposition opening the sentence, perhaps after a number ("In
     * aula", "Sui 5 milioni"); "At Barclays analysts" has a subject after the preposition's object, and "Dalla Regione
     * si fa sapere" names its source as an agent.
     */
    private boolean opensWithAdjunct(List<Token> tokens, List<Token> phrase) {
        if (phrase.size() != 1 || !phrase.get(0).isWord()) {
            return false;
        }
        int at = tokens.indexOf(phrase.get(0)) - 1;
        while (at > 0 && tokens.get(at).isNumber()) {
            at--;
        }
        return at == 0 && (Lexicon.isPreposition(tokens.get(0).key(), language)
                || Lexicon.isMergedArticle(tokens.get(0).key(), language))
                && !NounPhrases.isAgentPreposition(tokens.get(0).key());
    }

    private boolean isObjectOfPreposition(List<Token> tokens, int phraseStart) {
        return phraseStart > 0 && Lexicon.isPreposition(tokens.get(phraseStart - 1).key(), language);
    }

    /**
     * A cue inside the quoted words ("Even the old people say so," Haque told Reuters) is the speaker's, not the
     * sentence's; a speaker aside between dashes inside a quotation ("- dice Mauri -") is the sentence's.
     */
    /** "The United States said": a capitalized cue word inside the sentence is part of a name, not a verb. */
    private boolean isInName(Located sentence, int cueStart) {
        return Character.isUpperCase(source.charAt(cueStart)) && cueStart != firstNonSpace(sentence.start());
    }

    private boolean isQuotedCue(Located sentence, int cueStart) {
        if (sentence != quotedSentence) {
            // once per sentence, so that a long sentence with many cues stays linear
            quotedSentence = sentence;
            quoted = Quotations.quotedMask(sentence.text());
        }
        int offset = cueStart - sentence.start();
        String before = sentence.text().substring(Math.max(0, offset - 3), offset);
        return quoted[offset] && !HAS_DASH.matcher(before).matches();
    }

    /** "The Chancellor", "Her Conservative shadow": an article or possessive and a title, capitalized or not. */
    private boolean isTitle(List<Token> phrase) {
        return phrase.size() <= 3 && (Lexicon.isArticle(phrase.get(0).key(), language)
                || POSSESSIVE_OR_ARTICLE.matcher(phrase.get(0).key()).matches());
    }

    /**
     * The body an apposition says its group has joined: a participle of joining or gathering ("riuniti", "associati",
     * "iscritti", "aderenti", "gathered", "organised"), a preposition and a capitalized name. Empty otherwise.
     */
    private List<Token> joinedBody(List<Token> apposition) {
        if (apposition.size() < 3 || !JOINING.matcher(apposition.get(0).key()).matches()
                || !Lexicon.isPreposition(apposition.get(1).key(), language)
                && !Lexicon.isOf(apposition.get(1).key(), language)) {
            return List.of();
        }
        List<Token> body = apposition.subList(2, apposition.size());
        return isName(body) && !Lexicon.isPlace(body.get(body.size() - 1).key()) ? body : List.of();
    }

    /** Participles of joining or gathering, by stem: "riuniti", "associate", "iscritti", "organised", "grouped". */
    private static final Pattern JOINING = Pattern.compile("(?:riunit|associat|consorziat|iscritt|aderent|organizzat"
            + "|raggruppat|federat)[oaie]|(?:gathered|organi[sz]ed|grouped|united|represented)");

    /**
     * "Il segretario del sindacato in Puglia, Marco Fini, ha detto", "The head of policy at Leeds, Tom Hale, said": the
     * name before the apposition follows a preposition in the complement of a title that opens its clause, so it is
     * where the title is held, and the apposition names the holder.
     */
    private boolean isInTitleComplement(List<Token> tokens, List<Token> phrase) {
        int at = tokens.indexOf(phrase.get(0));
        if (at < 2 || !Lexicon.isPreposition(tokens.get(at - 1).key(), language)) {
            return false;
        }
        for (int i = at - 2; i >= 0 && tokens.get(i).isWord(); i--) {
            if (SourceName.isPersonTitle(tokens.get(i).key())) {
                return true;
            }
            if (Lexicon.isCommonFiniteVerb(tokens.get(i).key(), language)) {
                return false;
            }
        }
        return false;
    }

    /** True when every word is capitalized: a name, not a title. */
    private static boolean isName(List<Token> words) {
        return !words.isEmpty() && words.size() <= 5
                && words.stream().allMatch(t -> t.isWord() && (t.isCapitalized() || t.key().length() <= 3));
    }

    /** "citando informazioni provenienti dai membri dell'MSMT": the last name before the next comma. */
    private List<Token> citedSource(List<Token> tokens, int i) {
        int end = i;
        while (end < tokens.size() && tokens.get(end).isWord()) {
            end++;
        }
        for (int at = end - 1; at >= i; at--) {
            if (isName(tokens.get(at))) {
                int from = at;
                while (from > i && (isName(tokens.get(from - 1)) || from - 1 > i && isNameJoiner(tokens.get(from - 1))
                        && isName(tokens.get(from - 2)))) {
                    // "the Office for National Statistics", "dell'Agenzia delle Entrate": one name
                    from--;
                }
                return tokens.subList(from, at + 1);
            }
        }
        return List.of();
    }

    /** "for", "of", "di", "delle": a lower-case word inside a name. */
    private boolean isNameJoiner(Token token) {
        return !token.isCapitalized() && (Lexicon.isOf(token.key(), language) || token.key().equals("for"));
    }

    private boolean isName(Token token) {
        return (token.isCapitalized() || token.isAcronym()) && !Lexicon.isMonth(token.key(), language)
                && !Lexicon.isWeekday(token.key(), language);
    }

    /**
     * An Italian subject after its verb has an article ("ha detto il ministro"), a capital ("ha detto Shoigu") or is a
     * plural group ("hanno riferito fonti del Viminale"); a lower-case noun without one is the verb's object. So in
     * English for a singular noun.
     */
    private boolean isBareObject(List<Token> phrase) {
        Token first = phrase.get(0);
        if (first.isCapitalized() || first.isElided() || Gender.ofPronoun(first.key()) != null
                || Lexicon.isArticle(first.key(), language) || Lexicon.isMergedArticle(first.key(), language)
                || Lexicon.isDefiniteDeterminer(first.key(), language)) {
            return false;
        }
        if (language == Language.EN) {
            // "Dale Hurst, 44, denies fraud": an English subject after its verb is a name, has an article or is a
            // plural ("said officials", "said police"); a singular lower-case noun without one is the verb's object
            Token last = phrase.get(phrase.size() - 1);
            return phrase.stream().allMatch(Token::isWord) && !last.key().endsWith("s")
                    && !SourceName.isPersonTitle(last.key()) && !SourceName.isBodyNoun(last.key())
                    && !SourceName.isGroup(last.key());
        }
        return !SourceName.isGroup(first.key());
    }

    /**
     * "the Treasury's decision": a possessive and then lower-case words none of which is a title or a group of people;
     * "the Prime Minister's spokesman", "the club's chief executive" and "the King's Fund" name who speaks.
     */
    private static boolean isPossessedThing(List<Token> phrase) {
        int possessive = -1;
        for (int i = 0; i < phrase.size() - 1; i++) {
            possessive = phrase.get(i).key().equals("'s") ? i : possessive;
        }
        if (possessive < 0) {
            return false;
        }
        List<Token> owned = phrase.subList(possessive + 1, phrase.size());
        return owned.stream().allMatch(t -> t.isWord() && !t.isCapitalized() && !SourceName.isPersonTitle(t.key())
                && !SourceName.isGroup(t.key()));
    }

    private boolean startsAName(List<Token> phrase) {
        return !phrase.isEmpty() && phrase.stream().anyMatch(Token::isWord);
    }

    private static boolean isAfterQuoteOrColon(List<Token> tokens, int at) {
        return at > 0 && "\"“”«»:".contains(tokens.get(at - 1).text());
    }

    /** True when a closing quotation mark, perhaps with a comma, comes right before the cue. */
    private boolean followsQuotation(int cueStart) {
        int at = cueStart;
        while (at > 0 && (Character.isWhitespace(source.charAt(at - 1)) || source.charAt(at - 1) == ',')) {
            at--;
        }
        return at > 0 && "\"”»'’".indexOf(source.charAt(at - 1)) >= 0;
    }

    private static boolean endsClause(List<Token> tokens, int cueEnd) {
        int at = indexAt(tokens, cueEnd);
        return at >= tokens.size() || !tokens.get(at).isWord() || tokens.get(at).key().equals("che")
                || tokens.get(at).key().equals("that");
    }

    /** The index of the first token that starts at or after a char index. */
    private static int indexAt(List<Token> tokens, int charIndex) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).start() < charIndex) {
            i++;
        }
        return i;
    }

    private int firstNonSpace(int at) {
        while (at < source.length() && Character.isWhitespace(source.charAt(at))) {
            at++;
        }
        return at;
    }
}
