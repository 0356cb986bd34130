package org.claimledger.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Precision and recall of extracted claims against a gold file. A figure is found when a candidate figure has exactly
 * the gold value (and upper bound) and its text overlaps the gold figure's text; each is matched once. An attribution
 * is found when a candidate claim overlapping the gold passage is attributed to the same source (see
 * {@link SourceNames}). Precision counts every candidate figure and every attributed candidate claim.
 * <p>
 * Attributions are also scored per party: the gold names are grouped into sources by the same-source rule (the first
 * name seen stands for its group), and so are the candidates' names. A gold party is found when a candidate claim
 * matches one of its gold attributions; a candidate party is right when one of its claims matches a gold attribution.
 */
public record Evaluation(Score figures, Score attributions, Score parties, double qualifierAgreement,
        List<String> missed, List<String> spurious) {

    /** How many were found right, out of how many were predicted and how many the gold has. */
    public record Score(int correctPredicted, int predicted, int foundGold, int gold) {
        public double precision() {
            return predicted == 0 ? 1.0 : (double) correctPredicted / predicted;
        }

        public double recall() {
            return gold == 0 ? 1.0 : (double) foundGold / gold;
        }

        /** The counts of both added up. */
        public Score plus(Score other) {
            return new Score(correctPredicted + other.correctPredicted, predicted + other.predicted,
                    foundGold + other.foundGold, gold + other.gold);
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
        SourceNames names = new SourceNames(gold.aliases());
        List<Located> anchors = new ArrayList<>();
        for (GoldFile.GoldAttribution attribution : gold.attributions()) {
            anchors.add(gold.locate(attribution, article));
        }
        List<CandidateClaim> attributed = claims.stream().filter(claim -> claim.attribution() != null).toList();
        boolean[][] hits = new boolean[attributed.size()][anchors.size()];
        for (int c = 0; c < attributed.size(); c++) {
            CandidateClaim claim = attributed.get(c);
            for (int g = 0; g < anchors.size(); g++) {
                hits[c][g] = claim.quote().overlaps(anchors.get(g).start(), anchors.get(g).end())
                        && names.same(claim.attribution().who(), gold.attributions().get(g).who());
            }
        }
        Score attributions = sentences(gold, attributed, hits, missed, spurious);
        Score parties = parties(gold, attributed, hits, names, missed, spurious);
        return new Evaluation(figures, attributions, parties, found == 0 ? 1.0 : (double) sameQualifier / found,
                missed, spurious);
    }

    private static Score sentences(GoldFile gold, List<CandidateClaim> attributed, boolean[][] hits,
            List<String> missed, List<String> spurious) {
        int golds = gold.attributions().size();
        boolean[] foundGold = new boolean[golds];
        int correct = 0;
        for (int c = 0; c < attributed.size(); c++) {
            boolean right = false;
            for (int g = 0; g < golds; g++) {
                foundGold[g] |= hits[c][g];
                right |= hits[c][g];
            }
            if (right) {
                correct++;
            } else {
                spurious.add("attribution to " + attributed.get(c).attribution().who() + " of '"
                        + attributed.get(c).quote().text() + "'");
            }
        }
        int found = 0;
        for (int g = 0; g < golds; g++) {
            if (foundGold[g]) {
                found++;
            } else {
                missed.add("attribution to " + gold.attributions().get(g).who() + " of '"
                        + gold.attributions().get(g).quote() + "'");
            }
        }
        return new Score(correct, attributed.size(), found, golds);
    }

    private static Score parties(GoldFile gold, List<CandidateClaim> attributed, boolean[][] hits, SourceNames names,
            List<String> missed, List<String> spurious) {
        List<String> goldNames = gold.attributions().stream().map(GoldFile.GoldAttribution::who).toList();
        Map<String, List<Integer>> goldParties = parties(goldNames, names);
        int found = 0;
        for (Map.Entry<String, List<Integer>> party : goldParties.entrySet()) {
            boolean matched = false;
            for (int c = 0; c < attributed.size() && !matched; c++) {
                for (int g : party.getValue()) {
                    matched |= hits[c][g];
                }
            }
            if (matched) {
                found++;
            } else {
                missed.add("party " + party.getKey());
            }
        }
        List<String> candidateNames = attributed.stream().map(claim -> claim.attribution().who()).toList();
        Map<String, List<Integer>> candidateParties = parties(candidateNames, names);
        int right = 0;
        for (Map.Entry<String, List<Integer>> party : candidateParties.entrySet()) {
            boolean matched = false;
            for (int c : party.getValue()) {
                for (boolean hit : hits[c]) {
                    matched |= hit;
                }
            }
            if (matched) {
                right++;
            } else {
                spurious.add("party " + party.getKey());
            }
        }
        return new Score(right, candidateParties.size(), found, goldParties.size());
    }

    /** The indexes of the names, grouped by source; each group is keyed by its first name, in order of first use. */
    private static Map<String, List<Integer>> parties(List<String> whos, SourceNames names) {
        Map<String, List<Integer>> parties = new LinkedHashMap<>();
        for (int i = 0; i < whos.size(); i++) {
            String who = whos.get(i);
            String first = parties.keySet().stream().filter(name -> names.same(name, who)).findFirst().orElse(who);
            parties.computeIfAbsent(first, name -> new ArrayList<>()).add(i);
        }
        return parties;
    }

    private static String canonical(String decimal) {
        return decimal == null ? null : new java.math.BigDecimal(decimal).stripTrailingZeros().toPlainString();
    }
}
