package org.synergraph.relations;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synergraph.config.Resources;
import org.synergraph.corpus.Passage;
import org.synergraph.corpus.PassageKind;
import org.synergraph.extract.Gazetteer;
import org.synergraph.extract.MentionFinder;
import org.synergraph.extract.RelationType;

/**
 * The catalogue over sentences of our own (src/test/resources/relations/own-sentences.json): prints every miss and
 * every extra reading, and fails when recall or precision falls below the level the catalogue has reached.
 */
class OwnSentencesTest {
    /** Raise these as the catalogue grows; never lower them to make a change pass. */
    private static final double MIN_RECALL = 0.8;
    private static final double MIN_PRECISION = 0.8;

    @Test
    void own_sentences_are_read_with_the_expected_recall_and_precision() throws IOException {
        Resources resources = Resources.from(Optional.of(Path.of("").toAbsolutePath()));
        Gazetteer gazetteer = Gazetteer.load(resources);
        MentionFinder finder = MentionFinder.of(gazetteer);
        RelationReader reader = RelationReader.load(resources);
        JsonNode root = new ObjectMapper().readTree(Files.readString(
                Path.of("src/test/resources/relations/own-sentences.json")));
        int expected = 0;
        int found = 0;
        int predicted = 0;
        int right = 0;
        for (JsonNode s : root.path("sentences")) {
            String text = s.path("text").asText();
            Set<String> want = new java.util.HashSet<>();
            s.path("expect").forEach(e -> want.add(e.asText()));
            Passage p = new Passage("own", 0, "1", PassageKind.PARAGRAPH, text, null);
            java.util.Map<String, String> readings = new java.util.HashMap<>();
            reader.readDocument(List.of(p), x -> finder.find(x), gazetteer).forEach(r -> readings.put(
                    r.subjectId() + " " + (r.type() == RelationType.ACTIVE_IN && "planned".equals(r.status())
                            ? "PLANNED_IN" : r.type().name()) + " " + r.objectId(), r.evidence().reading()));
            Set<String> got = readings.keySet();
            for (String w : want) {
                expected++;
                if (got.contains(w) || got.contains(swapped(w))) {
                    found++;
                } else {
                    System.out.println("MISSED " + w + " in «" + text + "»");
                }
            }
            for (String g : got) {
                predicted++;
                if (want.contains(g) || want.contains(swapped(g))) {
                    right++;
                } else {
                    System.out.println("EXTRA " + g + " [" + readings.get(g) + "] in «" + text + "»");
                }
            }
        }
        double recall = expected == 0 ? 1 : (double) found / expected;
        double precision = predicted == 0 ? 1 : (double) right / predicted;
        System.out.printf(Locale.ROOT, "own sentences: recall %.2f (%d/%d), precision %.2f (%d/%d)%n", recall, found,
                expected, precision, right, predicted);
        assertTrue(recall >= MIN_RECALL, "recall " + recall);
        assertTrue(precision >= MIN_PRECISION, "precision " + precision);
    }

    private static String swapped(String fact) {
        String[] f = fact.split(" ");
        return f[1].equals("PARTNERS_WITH") ? f[2] + " " + f[1] + " " + f[0] : fact;
    }
}
