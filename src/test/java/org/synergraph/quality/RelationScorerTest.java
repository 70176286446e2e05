package org.synergraph.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Precision and recall arithmetic on tiny hand-made inputs. */
class RelationScorerTest {
    private static GoldSample.GoldFact fact(String s, String p, String o, String para, String confidence) {
        return new GoldSample.GoldFact(s, p, o, "d", para, confidence);
    }

    private static RelationScorer.Predicted predicted(String s, String p, String o, String para) {
        return new RelationScorer.Predicted("d", s, p, o, para);
    }

    @Test
    void precision_and_recall_count_each_fact_once() {
        // Given three counting gold facts and three predictions, two right (one in another paragraph), one wrong
        List<GoldSample.GoldFact> gold = List.of(fact("a", "FUNDS", "x", "1", "high"),
                fact("b", "FUNDS", "x", "2", "medium"), fact("c", "FUNDS", "x", "3", "high"));
        List<RelationScorer.Predicted> pred = List.of(predicted("a", "FUNDS", "x", "1"),
                predicted("a", "FUNDS", "x", "9"), predicted("b", "FUNDS", "x", "5"), predicted("z", "FUNDS", "x", "1"));
        // When scored
        RelationScorer.Counts c = RelationScorer.score(pred, gold, Equivalence.exact()).get("FUNDS");
        // Then the repeated prediction counts once: 3 predicted, 2 correct, 1 in the same paragraph; 2 of 3 found
        assertEquals(new RelationScorer.Counts(3, 2, 0, 3, 2, 1), c);
        assertEquals(2.0 / 3, c.precision(), 1e-9);
        assertEquals(2.0 / 3, c.recall(), 1e-9);
    }

    @Test
    void low_confidence_facts_neither_reward_nor_penalise() {
        List<GoldSample.GoldFact> gold = List.of(fact("a", "LEADS", "x", "1", "low"), fact("b", "LEADS", "x", "1", "high"));
        List<RelationScorer.Predicted> pred = List.of(predicted("a", "LEADS", "x", "1"));
        RelationScorer.Counts c = RelationScorer.score(pred, gold, Equivalence.exact()).get("LEADS");
        // The prediction matching a low fact is ignored: nothing judged, precision 1; the low fact is not to recall
        assertEquals(new RelationScorer.Counts(1, 0, 1, 1, 0, 0), c);
        assertEquals(1.0, c.precision());
        assertEquals(0.0, c.recall());
    }

    @Test
    void planned_in_is_active_in_with_status_planned_and_stays_apart_from_active() {
        // Given gold PLANNED_IN, and one planned and one active prediction for the same pair
        List<GoldSample.GoldFact> gold = List.of(fact("i", "PLANNED_IN", "country:PER", "4", "high"));
        RelationScorer.Predicted planned = Evaluation.predicted(new org.synergraph.extract.Relation("i",
                org.synergraph.extract.RelationType.ACTIVE_IN, "country:PER", org.synergraph.extract.RelationStatus.PLANNED, null, null, null,
                org.synergraph.extract.Method.RULE, 0.8,
                new org.synergraph.extract.Evidence("d", "d#1", "4", "q", 0, 1)));
        Map<String, RelationScorer.Counts> scores = RelationScorer.score(
                List.of(planned, predicted("i", "ACTIVE_IN", "country:PER", "4")), gold, Equivalence.exact());
        // Then the planned one is right, the active one is wrong
        assertEquals("PLANNED_IN", planned.predicate());
        assertEquals(new RelationScorer.Counts(1, 1, 0, 1, 1, 1), scores.get("PLANNED_IN"));
        assertEquals(new RelationScorer.Counts(1, 0, 0, 0, 0, 0), scores.get("ACTIVE_IN"));
        assertEquals(new RelationScorer.Counts(2, 1, 0, 1, 1, 1), scores.get(RelationScorer.OVERALL));
    }

    @Test
    void a_secretariat_stands_for_its_body_in_both_directions_but_other_parts_do_not() {
        Equivalence eq = new Equivalence(Map.of("org:mp_secretariat", "initiative:mp"));
        List<GoldSample.GoldFact> gold = List.of(fact("org:fao", "HOSTS", "initiative:mp", "1", "high"),
                fact("org:mp_secretariat", "SUPPORTS", "country:PNG", "1", "high"),
                fact("org:coag", "REPORTS_TO", "org:fao_council", "1", "high"));
        List<RelationScorer.Predicted> pred = List.of(predicted("org:fao", "HOSTS", "org:mp_secretariat", "1"),
                predicted("initiative:mp", "SUPPORTS", "country:PNG", "1"),
                predicted("org:coag", "REPORTS_TO", "org:fao", "1"));
        Map<String, RelationScorer.Counts> s = RelationScorer.score(pred, gold, eq);
        assertEquals(1, s.get("HOSTS").correct());
        assertEquals(1, s.get("SUPPORTS").correct());
        assertEquals(0, s.get("REPORTS_TO").correct());
    }

    @Test
    void nothing_predicted_and_nothing_to_find_score_one() {
        RelationScorer.Counts none = new RelationScorer.Counts(0, 0, 0, 0, 0, 0);
        assertEquals(1.0, none.precision());
        assertEquals(1.0, none.recall());
    }
}
