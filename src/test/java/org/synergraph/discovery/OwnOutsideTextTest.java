package org.synergraph.discovery;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.synergraph.support.TestGraph;

/**
 * Discovery precision and recall on a text of our own that no rule was written from (own-outside.txt, with the
 * names a reader finds in it): precision must stay at 0.8 or more. The figures are printed for docs/EXTRACTION.md.
 */
class OwnOutsideTextTest {
    private static final Path DIR = TestGraph.projectRoot().resolve("src/test/resources/discovery");

    @Test
    void discovery_precision_on_our_own_outside_text_is_at_least_0_8() throws IOException {
        List<String> lines = Files.readAllLines(DIR.resolve("own-outside.txt"));
        Set<String> expected = Files.readAllLines(DIR.resolve("own-outside.expected.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).collect(Collectors.toSet());

        List<String> found = DiscoveryFixture.names(DiscoveryFixture.discover(lines.toArray(String[]::new)));

        long correct = found.stream().filter(expected::contains).count();
        double precision = found.isEmpty() ? 1.0 : (double) correct / found.size();
        System.out.printf("own outside text: discovered %d, correct %d, expected %d, precision %.2f, recall %.2f%n"
                        + "  wrong: %s%n  missed: %s%n", found.size(), correct, expected.size(), precision,
                (double) correct / expected.size(), found.stream().filter(n -> !expected.contains(n)).toList(),
                expected.stream().filter(n -> !found.contains(n)).sorted().toList());
        assertTrue(precision >= 0.8, "precision " + precision + " on " + Arrays.toString(found.toArray()));
    }
}
