package org.synergraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synergraph.config.Resources;
import org.synergraph.corpus.DocumentMeta;
import org.synergraph.corpus.Segmenter;
import org.synergraph.corpus.SourceDocument;
import org.synergraph.extract.CuratedAssertions;
import org.synergraph.extract.Gazetteer;
import org.synergraph.extract.MentionFinder;
import org.synergraph.ingest.DocumentExtraction;
import org.synergraph.ingest.Pipeline;

/**
 * Input nobody tuned for reads in bounded time and invents no relation: a long document with no entity, a document
 * that is one huge line, and a table dumped as text. The time limits only guard against a hang; they are far above
 * what the reading takes.
 */
class UntunedInputTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        Resources resources = Resources.from(Optional.of(Path.of("").toAbsolutePath()));
        Gazetteer gazetteer = Gazetteer.load(resources);
        pipeline = new Pipeline(Segmenter.create(), MentionFinder.of(gazetteer), RelationReader.load(resources),
                CuratedAssertions.none());
    }

    private static DocumentExtraction read(String text) {
        DocumentMeta meta = new DocumentMeta("t", null, null, "test", null, null, "2026", "zh", "t.txt");
        return assertTimeoutPreemptively(HANG_GUARD, () -> pipeline.extract(new SourceDocument(meta, text)));
    }

    @Test
    void a_long_document_with_no_entity_gives_no_relation() {
        String sentence = "会议审议了这一问题，并决定在下届会议上继续讨论有关合作、资助和实施的安排。\n";
        DocumentExtraction d = read(sentence.repeat(20_000));
        assertEquals(0, d.relations().size());
        assertEquals(0, d.mentionCount());
    }

    @Test
    void one_huge_line_of_names_and_cue_words_without_sentences_ends() {
        String chunk = "粮农组织 环境署 合作 资助 肯尼亚 实施 由 牵头 ";
        DocumentExtraction d = read(chunk.repeat(20_000));
        // Nothing to assert about what such a line means; it must end, and every quote must lie in the text.
        d.relations().forEach(r -> assertEquals(r.evidence().quote().length(), r.evidence().end()
                - r.evidence().start()));
    }

    @Test
    void a_table_dumped_as_text_gives_no_relation() {
        StringBuilder table = new StringBuilder("国家 机构 项目数 金额（美元）\n");
        String[] countries = {"肯尼亚", "埃塞俄比亚", "卢旺达", "乌干达", "坦桑尼亚"};
        String[] bodies = {"粮农组织", "环境署", "开发署", "世界银行", "农发基金"};
        for (int i = 0; i < 5_000; i++) {
            table.append(countries[i % 5]).append(' ').append(bodies[(i / 5) % 5]).append(' ').append(i % 17)
                    .append(' ').append(1000 * (i % 23)).append('\n');
        }
        assertEquals(List.of(), read(table.toString()).relations());
    }
}
