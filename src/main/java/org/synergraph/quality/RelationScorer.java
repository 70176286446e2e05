package org.synergraph.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Precision and recall of predicted relations against gold facts, per predicate and overall. A prediction is
 * correct when a gold fact of the same document has the same predicate (PLANNED_IN = ACTIVE_IN with status
 * planned) and equivalent subject and object; the paragraph need not match. Predictions matching only a low-confidence
 * fact are ignored; low facts are not to be recalled. Each fact and each prediction counts once per document.
 */
final class RelationScorer {
    static final String OVERALL = "overall";
    private static final Set<String> SYMMETRIC = Set.of("PARTNERS_WITH");

    private RelationScorer() {
    }

    /** A predicted relation in gold terms. */
    record Predicted(String doc, String subject, String predicate, String object, String para) {
        /** Identity for counting: a partnership counts once whichever way round it was read. */
        String key() {
            boolean swap = SYMMETRIC.contains(predicate) && subject.compareTo(object) > 0;
            return doc + "|" + (swap ? object : subject) + "|" + predicate + "|" + (swap ? subject : object);
        }
    }

    /** The counts for one predicate. */
    record Counts(int predicted, int correct, int ignored, int gold, int found, int sameParagraph) {
        Counts plus(Counts o) {
            return new Counts(predicted + o.predicted, correct + o.correct, ignored + o.ignored, gold + o.gold,
                    found + o.found, sameParagraph + o.sameParagraph);
        }

        /** correct / (predicted − ignored); 1 when nothing was predicted. */
        double precision() {
            int judged = predicted - ignored;
            return judged == 0 ? 1.0 : (double) correct / judged;
        }

        /** found / gold; 1 when there is nothing to find. */
        double recall() {
            return gold == 0 ? 1.0 : (double) found / gold;
        }
    }

    static Map<String, Counts> score(List<Predicted> predicted, List<GoldSample.GoldFact> gold, Equivalence eq) {
        Map<String, Predicted> unique = new LinkedHashMap<>();
        predicted.forEach(p -> unique.putIfAbsent(p.key(), p));
        Map<String, GoldSample.GoldFact> facts = new LinkedHashMap<>();
        for (GoldSample.GoldFact f : gold) {
            String k = f.doc() + "|" + f.subject() + "|" + f.predicate() + "|" + f.object();
            GoldSample.GoldFact earlier = facts.get(k);
            if (earlier == null || !earlier.counts() && f.counts()) {
                facts.put(k, f);
            }
        }
        Map<String, int[]> raw = new LinkedHashMap<>();
        Set<GoldSample.GoldFact> found = new LinkedHashSet<>();
        for (Predicted p : unique.values()) {
            int[] c = raw.computeIfAbsent(p.predicate(), x -> new int[6]);
            c[0]++;
            List<GoldSample.GoldFact> matches = new ArrayList<>();
            facts.values().stream().filter(f -> matches(p, f, eq)).forEach(matches::add);
            List<GoldSample.GoldFact> counting = matches.stream().filter(GoldSample.GoldFact::counts).toList();
            if (!counting.isEmpty()) {
                c[1]++;
                found.addAll(counting);
                if (counting.stream().anyMatch(f -> f.para().equals(p.para()))) {
                    c[5]++;
                }
            } else if (!matches.isEmpty()) {
                c[2]++;
            }
        }
        for (GoldSample.GoldFact f : facts.values()) {
            if (f.counts()) {
                int[] c = raw.computeIfAbsent(f.predicate(), x -> new int[6]);
                c[3]++;
                if (found.contains(f)) {
                    c[4]++;
                }
            }
        }
        Map<String, Counts> out = new LinkedHashMap<>();
        Counts total = new Counts(0, 0, 0, 0, 0, 0);
        for (var e : new java.util.TreeMap<>(raw).entrySet()) {
            int[] c = e.getValue();
            Counts counts = new Counts(c[0], c[1], c[2], c[3], c[4], c[5]);
            out.put(e.getKey(), counts);
            total = total.plus(counts);
        }
        out.put(OVERALL, total);
        return out;
    }

    /**
     * Same document, same predicate, equivalent ends; a partnership is symmetric, so "A partners with B" also
     * matches a reader's "B partners with A".
     */
    static boolean matches(Predicted p, GoldSample.GoldFact f, Equivalence eq) {
        if (!p.doc().equals(f.doc()) || !p.predicate().equals(f.predicate())) {
            return false;
        }
        boolean forward = eq.same(p.subject(), f.subject()) && eq.same(p.object(), f.object());
        return forward || SYMMETRIC.contains(p.predicate()) && eq.same(p.subject(), f.object())
                && eq.same(p.object(), f.subject());
    }
}
