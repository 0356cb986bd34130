package org.claimledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

import org.claimledger.model.AttributionKind;
import org.claimledger.model.Language;

/**
 * Finds candidate claims in a normalized source text: one per claim-bearing sentence, or per clause when a sentence
 * lists figures in clauses separated by semicolons. A sentence bears a claim when it has a figure or an attribution.
 * Lines that are not prose (headings, player text, date headers) give claims only when they carry a counted figure,
 * as a quotation lifted out of its sentence does, or quote someone the way headlines do ("Giorgetti: «...»").
 */
public final class Extractor {
    private Extractor() {
    }

    public static List<CandidateClaim> extract(String normalizedText, Language language) {
        return extract(normalizedText, language, read -> { });
    }

    /** Also tells progress how many characters of the text have been read, after each sentence. */
    public static List<CandidateClaim> extract(String normalizedText, Language language, LongConsumer progress) {
        return new Run(normalizedText, language).claims(progress);
    }

    /** One pass over one text; it remembers the attributions of the paragraph so far. */
    private static final class Run {
        private final String source;
        private final Language language;
        private final AttributionFinder finder;
        private final Entities entities;
        private final List<CandidateClaim> claims = new ArrayList<>();
        private final List<Sentences.Sentence> sentences;
        /** The tokens of each sentence, split once for noting who the text introduces and handed on to reading. */
        private final List<List<Token>> tokens;
        private CandidateAttribution lastInParagraph;
        /** The attribution of the paragraph before, which a subjectless cue at the start of a paragraph goes on. */
        private CandidateAttribution lastOfPreviousParagraph;
        private int paragraph = -1;
        /** Inside a quotation that an earlier sentence opened and did not close. */
        private boolean quoteOpen;
        /** Who the open quotation is attributed to, once a sentence of it names the speaker. */
        private CandidateAttribution quoteSpeaker;
        /** Sentences of the open quotation that wait for its speaker, named after them ("..., Haque told Reuters"). */
        private final List<Pending> pending = new ArrayList<>();
        private Sentences.Sentence previous;
        /** The first sentence of the paragraph being read. */
        private Sentences.Sentence paragraphStart;
        /** The first sentence of the paragraph before, how far back a carried speaker may have been named. */
        private Sentences.Sentence previousParagraphStart;
        private int previousClaimCount;
        private boolean previousAttributed;
        /** Whether a line of prose has been read: the lines above the first are the headline and the standfirst. */
        private boolean proseSeen;

        Run(String source, Language language) {
            this.source = source;
            this.language = language;
            this.sentences = Sentences.of(source, language);
            this.entities = Entities.of(source);
            this.tokens = Introductions.note(source, sentences, language, entities);
            this.finder = new AttributionFinder(source, language, entities);
        }

        /** A sentence inside a quotation whose speaker is not known yet, and the claims it gave. */
        private record Pending(Sentences.Sentence sentence, int firstClaim, int claimCount) {
        }

        /** The speaker of the paragraph's last attributed sentence that quoted someone, and the paragraph before's. */
        private CandidateAttribution quotedInParagraph;
        private CandidateAttribution quotedOfPreviousParagraph;

        List<CandidateClaim> claims(LongConsumer progress) {
            for (int i = 0; i < sentences.size(); i++) {
                Sentences.Sentence sentence = sentences.get(i);
                Token.remember(source, sentence.text().start(), sentence.text().end(), tokens.set(i, null));
                if (sentence.paragraph() != paragraph) {
                    paragraph = sentence.paragraph();
                    lastOfPreviousParagraph = lastInParagraph != null ? lastInParagraph : null;
                    lastInParagraph = null;
                    quotedOfPreviousParagraph = quotedInParagraph;
                    quotedInParagraph = null;
                    previousParagraphStart = paragraphStart;
                    paragraphStart = sentence;
                    previous = null;
                    previousAttributed = false;
                    if (!(quoteOpen && Quotations.opens(sentence.text().text()))) {
                        // a quotation goes on into the next paragraph only when that paragraph reopens it, as
                        // British style does; anything else closes it
                        quoteOpen = false;
                        quoteSpeaker = null;
                        pending.clear();
                    }
                }
                read(sentence);
                previous = sentence;
                progress.accept(sentence.text().end());
            }
            claims.sort((a, b) -> Integer.compare(a.quote().start(), b.quote().start()));
            progress.accept(source.length());
            return claims;
        }

        /** The speaker a subjectless cue or a pronoun goes on with: this paragraph's, else the one before's. */
        private CandidateAttribution recentSpeaker() {
            return lastInParagraph != null ? lastInParagraph : lastOfPreviousParagraph;
        }

        /**
         * "Mrs Shaw said ... Omar Reid runs a shop nearby. 'We lost 30 customers,' he said.": when "he" or "she" is
         * the cue's subject and the text showed the recent speaker to be of the other gender, the person mentioned last
         * who is not; null when the speaker goes on (the text showed nothing against it, or there is no one else).
         * The speaker who goes on is now known to be of the pronoun's gender.
         */
        private CandidateAttribution otherGender(Located sentence) {
            Located pronounCue = finder.genderedPronounCue(sentence);
            CandidateAttribution speaker = recentSpeaker();
            if (pronounCue == null || speaker.kind() != AttributionKind.PERSON) {
                return null;
            }
            String pronoun = pronounCue.text().substring(0, pronounCue.text().indexOf(' ') < 0
                    ? pronounCue.text().length() : pronounCue.text().indexOf(' '));
            Gender gender = Gender.ofPronoun(pronoun.toLowerCase(java.util.Locale.ROOT));
            if (entities.genderOf(speaker.who()) != gender.opposite()) {
                entities.noteGender(speaker.who(), gender);
                return null;
            }
            String person = entities.personBefore(sentence.start(), gender);
            if (person == null) {
                return null;
            }
            entities.noteGender(person, gender);
            return new CandidateAttribution(person, AttributionKind.PERSON, pronounCue.text(), pronounCue, false);
        }

        /**
         * The person a subjectless cue or a gendered pronoun's cue goes on with when no one has spoken before it: the
         * person mentioned last, of the pronoun's gender as far as the text shows, when the text named them in this
         * paragraph or the one before; null otherwise.
         */
        private CandidateAttribution personInReach(Sentences.Sentence sentence) {
            Located cue = finder.speakerCue(sentence.text());
            if (cue == null || ReportingCues.isPlural(cue.text(), language)) {
                // "«...», hanno detto.": a plural subject is not the one person mentioned last
                return null;
            }
            int space = cue.text().indexOf(' ');
            Gender gender = language == Language.EN ? Gender.ofPronoun(cue.text().substring(0, space < 0
                    ? cue.text().length() : space).toLowerCase(java.util.Locale.ROOT)) : null;
            int at = sentence.text().start();
            String person = entities.personBefore(at, gender);
            int reach = (previousParagraphStart != null ? previousParagraphStart : paragraphStart).text().start();
            int named = person == null ? -1 : source.lastIndexOf(person.substring(person.lastIndexOf(' ') + 1), at);
            String body = entities.institutionBefore(at);
            if (named < reach || body != null && source.lastIndexOf(body, at) > named) {
                // a body named after the person may be the subject as well ("La Regione ha stanziato fondi.")
                return null;
            }
            if (gender != null) {
                entities.noteGender(person, gender);
            }
            return new CandidateAttribution(person, AttributionKind.PERSON, cue.text(), cue, false);
        }

        /**
         * The party of each clause of a sentence split at semicolons, when a clause names a party of its own other than
         * the sentence's; the sentence's for a clause without a cue. Null when no clause names another party.
         */
        private List<CandidateAttribution> partiesOfClauses(List<Located> clauses, CandidateAttribution sentence) {
            List<CandidateAttribution> parties = new ArrayList<>();
            boolean other = false;
            for (Located clause : clauses) {
                AttributionFinder.Found found = finder.find(clause);
                CandidateAttribution own = found == null || found.toPrevious() ? null : found.attribution();
                other |= own != null && !own.who().equals(sentence.who());
                parties.add(own != null ? own : sentence);
            }
            return other ? parties : null;
        }

        /** "Ha stimato i danni": a lower-case noun after a subjectless cue is its object, not a source. */
        private static boolean isUnresolvedNoun(CandidateAttribution attribution) {
            return attribution.who().equals(attribution.who().toLowerCase(java.util.Locale.ROOT));
        }

        private static CandidateAttribution carried(CandidateAttribution attribution) {
            return new CandidateAttribution(attribution.who(), attribution.kind(), attribution.cue(),
                    attribution.text(), true);
        }

        private void read(Sentences.Sentence sentence) {
            int before = claims.size();
            CandidateAttribution attribution = null;
            CandidateAttribution backwardWithFigures = null;
            boolean startsInside = quoteOpen;
            String text = sentence.text().text();
            boolean quotes = Quotations.has(text);
            quoteOpen = Quotations.openAfter(text, quoteOpen);
            if (sentence.prose()) {
                AttributionFinder.Found found = finder.find(sentence.text());
                boolean subjectless = finder.hasSubjectlessCue(sentence.text());
                if (subjectless && recentSpeaker() != null && (found == null || language == Language.EN
                        || isUnresolvedNoun(found.attribution()))) {
                    // "Ha spiegato che ...", "He saw ...", "«...», she said.": the speaker goes on, unless the pronoun
                    // is of the other gender than the text showed for the speaker
                    CandidateAttribution other = startsInside ? null : otherGender(sentence.text());
                    attribution = other != null ? other : carried(recentSpeaker());
                    lastInParagraph = other != null ? other : recentSpeaker();
                } else if (subjectless && recentSpeaker() == null && (found == null
                        || isUnresolvedNoun(found.attribution())) && (attribution = personInReach(sentence)) != null) {
                    // "Il sindaco Paolo Riva ha visitato la zona. «...», ha detto, visibilmente commosso.": no one has
                    // been quoted yet, so the cue's left-out or pronoun subject is the person the text mentioned last,
                    // in this paragraph or the one before
                    lastInParagraph = attribution;
                } else if (startsInside && quoteSpeaker != null && (found == null
                        || Quotations.insideAt(text, found.attribution().text().start() - sentence.text().start(),
                                true)
                        || quoteSpeaker.kind() == AttributionKind.PERSON && isUnresolvedNoun(found.attribution()))) {
                    // a quotation that an attributed sentence opened goes on, also into a paragraph that reopens it;
                    // a cue inside the quoted words ("Mr Sutton told his clients") is the speaker's, not a new source,
                    // and so is a description closing it that names no one ("«...», ha aggiunto il tecnico")
                    attribution = carried(quoteSpeaker);
                } else if (found != null && found.toPrevious() && previous != null) {
                    lastInParagraph = found.attribution();
                    attributePrevious(found.attribution());
                    // "È stato reso noto dai carabinieri, che hanno eseguito 6 misure": its own figures are theirs too
                    backwardWithFigures = found.attribution();
                } else if (found != null) {
                    attribution = found.attribution();
                    lastInParagraph = attribution;
                } else if (sentence.paragraph() == 0 && (attribution = finder.headline(sentence.text())) != null) {
                    // the first line is the headline even when it ends like a sentence ("Acme, utile a 2 miliardi.")
                    lastInParagraph = attribution;
                } else if (lastInParagraph != null && (finder.isReported(sentence.text())
                        || previousAttributed && (Sentences.isQuotation(text)
                                || !startsInside && Quotations.opens(text) && quoteOpen))) {
                    // "avrebbe spedito" reports without a cue; "«Abbiamo difeso il valore del prodotto»." after a
                    // quoted sentence goes on quoting the same speaker, as does a quotation opened after it that runs
                    // on past its sentence ("We have 30 left," she said. "Some work 60 hours a week. ...; double
                    // marks only, as Quotations tracks)
                    attribution = carried(lastInParagraph);
                }
            }
            if (attribution != null && (quotes || startsInside)) {
                // the speaker of this quotation, for its sentences before and after this one
                quoteSpeaker = attribution.carried() ? quoteSpeaker != null ? quoteSpeaker : attribution
                        : attribution;
                attributePending(quoteSpeaker);
            }
            List<Located> clauses = Sentences.clauses(source, sentence.text());
            List<List<CandidateFigure>> figures = new ArrayList<>();
            int withFigures = 0;
            for (Located clause : clauses) {
                List<CandidateFigure> found = FigureFinder.in(source, clause, language);
                figures.add(found);
                withFigures += found.isEmpty() ? 0 : 1;
            }
            proseSeen |= sentence.prose();
            if (withFigures > 0 && backwardWithFigures != null) {
                attribution = backwardWithFigures;
            }
            if (!sentence.prose()) {
                // a headline attributes as headlines do: "Giorgetti: «Conti pubblici sotto controllo»", "Istat, ...";
                // a short line above the first sentence of prose is read as a headline, its figures with it, when a
                // cue, a trailing cue or a company's results name its party ("Brenta Foods lifts dividend as sales
                // rise", "Jobs at risk, warns union"); any other short line ("Photo: Reuters") is page furniture
                boolean furniture = sentence.kind() == Sentences.LineKind.FURNITURE;
                attribution = furniture ? (proseSeen ? null : finder.headlineByCue(sentence.text()))
                        : finder.headline(sentence.text());
                if (furniture && attribution == null) {
                    return;
                }
            }
            List<CandidateAttribution> perClause = sentence.prose() && clauses.size() > 1 && attribution != null
                    && !attribution.carried() ? partiesOfClauses(clauses, attribution) : null;
            if (perClause != null) {
                // "Prices rose 3%, says Zoopla; buyers pull back, agents warn": each clause reports its own party
                for (int i = 0; i < clauses.size(); i++) {
                    add(clauses.get(i), figures.get(i), perClause.get(i), true);
                }
            } else if (withFigures <= 1) {
                List<CandidateFigure> all = new ArrayList<>();
                figures.forEach(all::addAll);
                if (!all.isEmpty() || attribution != null) {
                    add(sentence.text(), all, attribution, sentence.prose());
                }
            } else {
                for (int i = 0; i < clauses.size(); i++) {
                    if (!figures.get(i).isEmpty()) {
                        add(clauses.get(i), figures.get(i), attribution, sentence.prose());
                    }
                }
            }
            previousClaimCount = claims.size() - before;
            previousAttributed = attribution != null;
            if (attribution == null && sentence.prose() && (startsInside || quoteOpen && quotes)) {
                pending.add(new Pending(sentence, before, claims.size() - before));
            }
            if (!quoteOpen && attribution == null && quotedOfPreviousParagraph != null && !pending.isEmpty()
                    && pending.get(0).sentence() == paragraphStart) {
                // a paragraph that is one quotation of several sentences, with no one named in it, goes on quoting
                // whom the paragraph before quoted: «...», ha detto X. / «... . ...». A lone quoted sentence may be
                // anyone's
                attributePending(quotedOfPreviousParagraph);
                attribution = quotedOfPreviousParagraph;
            }
            if (attribution != null && quotes) {
                quotedInParagraph = attribution.carried() && quotedInParagraph != null ? quotedInParagraph
                        : attribution;
            }
            if (!quoteOpen && attribution == null) {
                pending.clear();
                quoteSpeaker = startsInside ? null : quoteSpeaker;
            }
        }

        /** The sentences of the quotation that came before its speaker was named are the speaker's too. */
        private void attributePending(CandidateAttribution speaker) {
            for (Pending waiting : pending) {
                if (waiting.claimCount() == 0) {
                    add(waiting.sentence().text(), List.of(), carried(speaker), true);
                    continue;
                }
                for (int i = waiting.firstClaim(); i < waiting.firstClaim() + waiting.claimCount(); i++) {
                    CandidateClaim claim = claims.get(i);
                    claims.set(i, new CandidateClaim(claim.quote(), claim.figures(), carried(speaker),
                            Confidence.of(claim.figures(), carried(speaker), true)));
                }
            }
            pending.clear();
        }

        /** "Questo è quello che ha scoperto il MSMT": the sentence before is the claim, this one its attribution. */
        private void attributePrevious(CandidateAttribution attribution) {
            if (previousClaimCount == 0) {
                add(previous.text(), List.of(), attribution, previous.prose());
                return;
            }
            for (int i = claims.size() - previousClaimCount; i < claims.size(); i++) {
                CandidateClaim claim = claims.get(i);
                if (claim.attribution() == null || claim.attribution().carried()) {
                    claims.set(i, new CandidateClaim(claim.quote(), claim.figures(), attribution,
                            Confidence.of(claim.figures(), attribution, previous.prose())));
                }
            }
        }

        /**
         * One claim per party: "Asstra e Anav hanno chiesto", "Ruth Amos and Dev Patel said" attribute the sentence
         * to each of them. The first party's claim carries the figures, the second's the same quote alone, so that no
         * figure is signed twice. A claim is known to sign by its quote's span and its figures, not by its party
         * (SPEC.md §7: two such claims in one file are one claim held twice, which sign refuses), so a party is given
         * a claim only while that claim differs from the ones before: the second party only when the first claim has
         * figures, and no third.
         */
        private void add(Located quote, List<CandidateFigure> figures, CandidateAttribution attribution,
                boolean prose) {
            List<CandidateAttribution> parties = attribution == null ? java.util.Collections.singletonList(null)
                    : Parties.of(attribution, language, entities, source);
            int distinct = figures.isEmpty() ? 1 : 2;
            for (int i = 0; i < Math.min(parties.size(), distinct); i++) {
                List<CandidateFigure> own = i == 0 ? figures : List.of();
                CandidateAttribution party = parties.get(i);
                claims.add(new CandidateClaim(quote, own, party, Confidence.of(own, party, prose)));
            }
        }
    }
}
