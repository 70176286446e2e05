package org.synergraph.quality;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synergraph.config.Resources;
import org.synergraph.corpus.CorpusManifest;

/**
 * The pipeline over the practice sets (src/test/resources/practice: public UN texts read by hand, development
 * data beside the corpus's gold) holds the relation recall and precision it has reached, rules alone, so that a
 * change to a construction that loses readings on texts of this kind is noticed. The floors are raised as the
 * catalogue grows, never lowered to let a change pass. The outside test is not measured here: it is for
 * measuring, not for holding a build to.
 */
class PracticeSetTest {

    @ParameterizedTest(name = "practice/{0}: recall ≥ {1}, precision ≥ {2}")
    @CsvSource({"a, 0.68, 0.90", "b, 0.22, 0.85", "c, 0.18, 0.75"})
    void practice_set_keeps_its_recall_and_precision(String set, double minRecall, double minPrecision) {
        Path dir = Path.of("src/test/resources/practice", set);
        Resources resources = Resources.from(Optional.of(Path.of("").toAbsolutePath()));
        Evaluation eval = Evaluation.run(resources, CorpusManifest.inFolder(dir));
        RelationScorer.Counts all = eval.relations(GoldSample.load(dir.resolve("gold")), false)
                .get(RelationScorer.OVERALL);
        System.out.printf("practice/%s: relations P %.2f R %.2f (%d predicted, %d of %d found)%n", set,
                all.precision(), all.recall(), all.predicted(), all.found(), all.gold());
        assertTrue(all.recall() >= minRecall, "recall " + all.recall());
        assertTrue(all.precision() >= minPrecision, "precision " + all.precision());
    }
}
