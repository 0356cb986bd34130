package org.claimledger.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Precision and recall of extracted claims against a gold file. A figure is found when a candidate figure has exactly
 * the gold value (and upper bound) and its text overlaps the gold figure's text; each is matched once. An attribution
 * is found when a candidate claim overlapping the gold passage is attributed to the same source (see
 * {@link SourceNames}). Precision counts every candidate figure and every attributed candidate claim.
 */
public record Evaluation(Score figures, Score attributions, double qualifierAgreement, List<String> missed,
        List<String> spurious) {

    /** How many were found right, out of how many were predicted and how many the gold has. */
    public record Score(int correctPredicted, int predicted, int foundGold, int gold) {
        public double precision() {
            return predicted == 0 ? 1.0 : (double) correctPredicted / predicted;
        }

        public double recall() {
            return gold == 0 ? 1.0 : (double) foundGold / gold;
        }
    }

    public Evaluation {
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
    }

    public static Evaluation of(GoldFile gold, String article, List<CandidateClaim> claims) throws GoldFileException {
        List<String> missed = new ArrayList<>();
        List<String> spurious = new ArrayList<>();
        List<CandidateFigure> predicted = new ArrayList<>();
        claims.forEach(claim -> predicted.addAll(claim.figures()));
        boolean[] used = new boolean[predicted.size()];
        int found = 0;
        int sameQualifier = 0;
        for (GoldFile.GoldFigure figure : gold.figures()) {
            Located where = gold.locate(figure, article);
            int match = -1;
            for (int i = 0; i < predicted.size() && match < 0; i++) {
                CandidateFigure candidate = predicted.get(i);
                if (!used[i] && candidate.text().overlaps(where.start(), where.end())
                        && candidate.value().valueText().equals(canonical(figure.value()))
                        && String.valueOf(candidate.value().upperText()).equals(String.valueOf(canonical(figure.upper())))) {
                    match = i;
                }
            }
            if (match < 0) {
                missed.add("figure " + figure.value() + " '" + figure.text() + "' at char " + where.start());
                continue;
            }
            used[match] = true;
            found++;
            sameQualifier += predicted.get(match).qualifier() == figure.qualifier() ? 1 : 0;
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!used[i]) {
                spurious.add("figure " + predicted.get(i).value().valueText() + " '" + predicted.get(i).text().text()
                        + "' at char " + predicted.get(i).text().start());
            }
        }
        Score figures = new Score(found, predicted.size(), found, gold.figures().size());
        Score attributions = attributions(gold, article, claims, missed, spurious);
        return new Evaluation(figures, attributions, found == 0 ? 1.0 : (double) sameQualifier / found, missed,
                spurious);
    }

    private static Score attributions(GoldFile gold, String article, List<CandidateClaim> claims, List<String> missed,
            List<String> spurious) throws GoldFileException {
        SourceNames names = new SourceNames(gold.aliases());
        List<Located> anchors = new ArrayList<>();
        for (GoldFile.GoldAttribution attribution : gold.attributions()) {
            anchors.add(gold.locate(attribution, article));
        }
        boolean[] foundGold = new boolean[anchors.size()];
        int predicted = 0;
        int correct = 0;
        for (CandidateClaim claim : claims) {
            if (claim.attribution() == null) {
                continue;
            }
            predicted++;
            boolean right = false;
            for (int g = 0; g < anchors.size(); g++) {
                if (claim.quote().overlaps(anchors.get(g).start(), anchors.get(g).end())
                        && names.same(claim.attribution().who(), gold.attributions().get(g).who())) {
                    foundGold[g] = true;
                    right = true;
                }
            }
            if (right) {
                correct++;
            } else {
                spurious.add("attribution to " + claim.attribution().who() + " of '" + claim.quote().text() + "'");
            }
        }
        int found = 0;
        for (int g = 0; g < anchors.size(); g++) {
            if (foundGold[g]) {
                found++;
            } else {
                missed.add("attribution to " + gold.attributions().get(g).who() + " of '"
                        + gold.attributions().get(g).quote() + "'");
            }
        }
        return new Score(correct, predicted, found, anchors.size());
    }

    private static String canonical(String decimal) {
        return decimal == null ? null : new java.math.BigDecimal(decimal).stripTrailingZeros().toPlainString();
    }
}
