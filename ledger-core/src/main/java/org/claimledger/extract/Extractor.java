package org.claimledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

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
        private final List<CandidateClaim> claims = new ArrayList<>();
        private CandidateAttribution lastInParagraph;
        private int paragraph = -1;
        private Sentences.Sentence previous;
        private int previousClaimCount;
        private boolean previousAttributed;

        Run(String source, Language language) {
            this.source = source;
            this.language = language;
            Entities entities = Entities.of(source);
            Introductions.note(source, language, entities);
            this.finder = new AttributionFinder(source, language, entities);
        }

        List<CandidateClaim> claims(LongConsumer progress) {
            for (Sentences.Sentence sentence : Sentences.of(source, language)) {
                if (sentence.paragraph() != paragraph) {
                    paragraph = sentence.paragraph();
                    lastInParagraph = null;
                    previous = null;
                    previousAttributed = false;
                }
                read(sentence);
                previous = sentence;
                progress.accept(sentence.text().end());
            }
            progress.accept(source.length());
            return claims;
        }

        private void read(Sentences.Sentence sentence) {
            int before = claims.size();
            CandidateAttribution attribution = null;
            CandidateAttribution backwardWithFigures = null;
            if (sentence.prose()) {
                AttributionFinder.Found found = finder.find(sentence.text());
                if (found != null && found.toPrevious() && previous != null) {
                    lastInParagraph = found.attribution();
                    attributePrevious(found.attribution());
                    // "È stato reso noto dai carabinieri, che hanno eseguito 6 misure": its own figures are theirs too
                    backwardWithFigures = found.attribution();
                } else if (found != null) {
                    attribution = found.attribution();
                    lastInParagraph = attribution;
                } else if (lastInParagraph != null && (finder.isReported(sentence.text())
                        || previousAttributed && Sentences.isQuotation(sentence.text().text()))) {
                    // "avrebbe spedito" reports without a cue; "«Abbiamo difeso il valore del prodotto»." after a
                    // quoted sentence goes on quoting the same speaker
                    CandidateAttribution carried = lastInParagraph;
                    attribution = new CandidateAttribution(carried.who(), carried.kind(), carried.cue(),
                            carried.text(), true);
                }
            }
            List<Located> clauses = Sentences.clauses(source, sentence.text());
            List<List<CandidateFigure>> figures = new ArrayList<>();
            int withFigures = 0;
            for (Located clause : clauses) {
                List<CandidateFigure> found = FigureFinder.in(source, clause, language);
                figures.add(found);
                withFigures += found.isEmpty() ? 0 : 1;
            }
            if (withFigures > 0 && backwardWithFigures != null) {
                attribution = backwardWithFigures;
            }
            if (!sentence.prose()) {
                if (sentence.kind() == Sentences.LineKind.FURNITURE) {
                    return;
                }
                // a headline attributes only as headlines do: "Giorgetti: «Conti pubblici sotto controllo»"
                attribution = finder.quotedAfterColon(sentence.text());
            }
            if (withFigures <= 1) {
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

        private void add(Located quote, List<CandidateFigure> figures, CandidateAttribution attribution,
                boolean prose) {
            claims.add(new CandidateClaim(quote, figures, attribution, Confidence.of(figures, attribution, prose)));
        }
    }
}
