package org.synergraph.extract;

import org.junit.jupiter.api.Test;
import org.synergraph.config.Resources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The finder over the real corpus files, with the real gazetteer when data/gazetteer/entities.json exists. */
class CorpusMentionTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final int REPEATS = 50;

    private static boolean realGazetteerPresent() {
        return Files.isRegularFile(ROOT.resolve(EntitiesFile.FILE));
    }

    private static Gazetteer gazetteer() {
        return realGazetteerPresent() ? Gazetteer.load(Resources.from(Optional.of(ROOT))) : Fixtures.gazetteer();
    }

    private static List<String> corpus() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("data/corpus"))) {
            List<Path> paths = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            assertTrue(!paths.isEmpty(), "no corpus files in data/corpus");
            return paths.stream().map(CorpusMentionTest::readJoined).toList();
        }
    }

    /** The file's text with line breaks removed, as the segmenter joins PDF lines. */
    private static String readJoined(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r", "").replace("\n", "");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    @Test
    void recsoil_sentence_yields_the_initiative_and_six_countries_in_order() throws IOException {
        assumeTrue(realGazetteerPresent(), "skipped: " + EntitiesFile.FILE + " is absent in " + ROOT);
        // Given paragraph 4 of document 000 with its line breaks removed
        String sentence = "全球农业土壤再碳化倡议已开始在哥斯达黎加、加纳、哈萨克斯坦、墨西哥、多哥和乌兹别克斯坦实施";
        assertTrue(corpus().get(0).contains(sentence), "document 000 no longer holds the RECSOIL sentence");
        // When the real gazetteer's finder reads it
        List<String> ids = MentionFinder.of(gazetteer()).find(sentence).stream().map(Mention::entityId).toList();
        // Then RECSOIL comes first, then the six countries as written
        assertEquals(List.of("initiative:recsoil", "country:CRI", "country:GHA", "country:KAZ", "country:MEX",
                "country:TGO", "country:UZB"), ids);
    }

    @Test
    void mentions_over_the_corpus_are_ordered_disjoint_and_name_their_entity() throws IOException {
        Gazetteer gazetteer = gazetteer();
        MentionFinder finder = MentionFinder.of(gazetteer);
        for (String text : corpus()) {
            int previousEnd = 0;
            for (Mention m : finder.find(text)) {
                assertTrue(m.start() >= previousEnd, "overlap or disorder at " + m);
                assertEquals(text.substring(m.start(), m.end()), m.surface());
                boolean named = gazetteer.surfaceForms(m.entityId()).stream()
                        .anyMatch(f -> f.equalsIgnoreCase(m.surface()));
                assertTrue(named, m + " is no form of " + m.entityId());
                previousEnd = m.end();
            }
        }
    }

    @Test
    void prints_matching_throughput_over_the_corpus() throws IOException {
        // Given the corpus and a finder built once; When matched REPEATS times; Then the rate is printed, not asserted
        Gazetteer gazetteer = gazetteer();
        MentionFinder finder = MentionFinder.of(gazetteer);
        List<String> corpus = corpus();
        long chars = corpus.stream().mapToLong(String::length).sum();
        long bytes = corpus.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        long mentions = 0;
        for (int warmUp = 0; warmUp < 10; warmUp++) {
            mentions += corpus.stream().mapToLong(t -> finder.find(t).size()).sum();
        }
        long started = System.nanoTime();
        for (int i = 0; i < REPEATS; i++) {
            mentions += corpus.stream().mapToLong(t -> finder.find(t).size()).sum();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("MentionFinder (%s gazetteer, %d forms): %.1f MB/s UTF-8, %.1f M chars/s, %d mentions%n",
                realGazetteerPresent() ? "real" : "fixture", gazetteer.surfaceForms().size(),
                bytes * REPEATS / seconds / 1e6, chars * REPEATS / seconds / 1e6, mentions);
        assertTrue(mentions > 0);
    }
}
