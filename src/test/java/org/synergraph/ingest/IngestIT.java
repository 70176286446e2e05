package org.synergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synergraph.Synergraph;
import org.synergraph.corpus.Passage;
import org.synergraph.corpus.SourceDocument;
import org.synergraph.corpus.Segmenter;
import org.synergraph.extract.CuratedAssertions;
import org.synergraph.extract.MentionFinder;
import org.synergraph.relations.RelationReader;
import org.synergraph.support.GraphSnapshot;
import org.synergraph.support.TestGraph;

/** Writes are transactional and idempotent: on a graph of its own, so other tests' counts are not disturbed. */
class IngestIT {
    private static TestGraph app;
    private static Synergraph s;

    @BeforeAll
    static void start() {
        app = TestGraph.over(TestGraph.config(TestGraph.tempDir("ingest"), Optional.empty()));
        s = app.synergraph();
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static SourceDocument doc(String id, String text) {
        return new NewDocument(id, "Test report " + id, "zh", text, null, "2026", "Test body", null, null)
                .toSource(org.synergraph.corpus.MetadataFinder.load(s.resources())).source();
    }

    @Test
    void same_document_twice_changes_nothing() {
        SourceDocument d = doc("it-twice", "1. 全球农业土壤再碳化倡议已开始在加纳和墨西哥实施。\n");
        IngestService.Outcome first = s.ingest().ingest(d);
        GraphSnapshot before = GraphSnapshot.of(s.graph());

        IngestService.Outcome second = s.ingest().ingest(d);

        assertTrue(first.changed());
        assertFalse(second.changed());
        assertEquals(before, GraphSnapshot.of(s.graph()));
    }

    @Test
    void discovered_entity_is_a_node_with_its_origin_and_the_rules_relate_it_and_reingest_changes_nothing() {
        // Given a body no list has, defined with its acronym, and the acronym alone in the next paragraph
        SourceDocument d = doc("it-discovered", "1. 全球草地恢复联盟（GGRA）成立于2020年。\n\n2. GGRA与粮农组织合作开展培训。\n");
        IngestService.Outcome first = s.ingest().ingest(d);
        GraphSnapshot before = GraphSnapshot.of(s.graph());

        IngestService.Outcome second = s.ingest().ingest(d);

        // Then the node carries origin, confidence and the passage that introduced it, the rules relate it through
        // its acronym, and the second ingest writes nothing
        List<String> node = s.graph().read("MATCH (e:Organisation {nameZh: $name}) RETURN e.id + '|' + e.origin + '|'"
                + " + e.confidence + '|' + e.introducedIn AS row", java.util.Map.of("name", "全球草地恢复联盟"),
                r -> r.get("row").asString());
        assertEquals(1, node.size());
        String id = node.get(0).substring(0, node.get(0).indexOf('|'));
        assertTrue(id.matches("org:disc_zh_[0-9a-f]{12}"), id);
        assertEquals(id + "|discovered|0.6|it-discovered#0", node.get(0));
        List<String> known = s.graph().read("MATCH (e:Entity {id: 'org:fao'}) RETURN e.origin AS o", java.util.Map.of(),
                r -> r.get("o").asString());
        assertEquals(List.of("gazetteer"), known);
        assertTrue(before.lines().stream().anyMatch(l -> l.startsWith("R PARTNERS_WITH")
                && l.contains(id) && l.contains("org:fao")), String.join("\n", before.lines()));
        assertTrue(first.changed());
        assertFalse(second.changed());
        assertEquals(before, GraphSnapshot.of(s.graph()));
    }

    @Test
    void writing_the_same_extraction_again_leaves_the_same_graph() {
        DocumentExtraction e = pipeline().extract(doc("it-rewrite", "1. 全球农业土壤再碳化倡议已开始在加纳实施。\n"));
        GraphWriter writer = new GraphWriter(s.graph(), s.library(), new GraphRows(s.gazetteer()));
        writer.write(e, "h1");
        GraphSnapshot once = GraphSnapshot.of(s.graph());

        writer.write(e, "h1");

        assertEquals(once, GraphSnapshot.of(s.graph()));
    }

    @Test
    void a_failing_document_leaves_nothing_half_written() {
        s.ingest().ingest(doc("it-fail", "1. 全球农业土壤再碳化倡议已开始在多哥实施。\n"));
        GraphSnapshot before = GraphSnapshot.of(s.graph());
        DocumentExtraction good = pipeline().extract(doc("it-fail", "1. 全球土壤医生计划已开始在秘鲁实施。\n2. 新段落。\n"));
        List<Passage> clash = new ArrayList<>(good.passages());
        Passage p = clash.get(0);
        clash.add(new Passage(p.documentId(), p.ordinal(), "dup", p.kind(), p.text(), null));
        DocumentExtraction broken = new DocumentExtraction(good.meta(), good.contentHash(), clash, good.mentions(),
                good.relations());
        GraphWriter writer = new GraphWriter(s.graph(), s.library(), new GraphRows(s.gazetteer()));

        assertThrows(RuntimeException.class, () -> writer.write(broken, "broken"));

        assertEquals(before, GraphSnapshot.of(s.graph()));
    }

    @Test
    void a_changed_document_replaces_what_its_old_version_said() {
        s.ingest().ingest(doc("it-change", "1. 全球农业土壤再碳化倡议已开始在乌干达实施。\n"));
        GraphSnapshot v1 = GraphSnapshot.of(s.graph());
        assertTrue(v1.lines().stream().anyMatch(l -> l.contains("country:UGA") && l.contains("it-change")));

        s.ingest().ingest(doc("it-change", "1. 全球农业土壤再碳化倡议已开始在赞比亚实施。\n"));

        GraphSnapshot v2 = GraphSnapshot.of(s.graph());
        assertNotEquals(v1, v2);
        assertTrue(v2.lines().stream().noneMatch(l -> l.startsWith("N [Passage]") && l.contains("documentId=it-change") && l.contains("乌干达")),
                "old passage text must be gone");
        assertTrue(v2.lines().stream().noneMatch(l -> l.startsWith("R ACTIVE_IN") && l.contains("country:UGA")
                && l.contains("it-change")), "old relation evidence must be gone");
        assertTrue(v2.lines().stream().anyMatch(l -> l.startsWith("R ACTIVE_IN") && l.contains("country:ZMB")));
    }

    @Test
    void ingesting_a_changed_file_with_the_same_id_leaves_the_graph_the_new_version_alone_would_give()
            throws java.io.IOException {
        // Given a file with a sidecar id, and the graph that its second version alone gives
        java.nio.file.Path dir = TestGraph.tempDir("reingest");
        java.nio.file.Path file = dir.resolve("note.txt");
        java.nio.file.Files.writeString(dir.resolve("note.txt.meta.json"),
                "{\"id\":\"it-file-replace\",\"language\":\"zh\",\"title\":\"Field note\"}");
        String v1 = "1. 全球农业土壤再碳化倡议已开始在图瓦卢实施。\n\n2. 太平洋珊瑚礁土壤联盟（PCSA）与粮农组织合作。\n";
        String v2 = "1. 全球农业土壤再碳化倡议已开始在斐济实施。\n";
        java.nio.file.Files.writeString(file, v2);
        ingestFiles(dir);
        GraphSnapshot v2Alone = GraphSnapshot.of(s.graph());
        s.ingest().remove("it-file-replace");

        // When the first version is ingested, then the file changes and is ingested again
        java.nio.file.Files.writeString(file, v1);
        ingestFiles(dir);
        assertTrue(GraphSnapshot.of(s.graph()).lines().stream().anyMatch(l -> l.contains("country:TUV")));
        java.nio.file.Files.writeString(file, v2);
        IngestService.Summary again = ingestFiles(dir);

        // Then nothing of the first version is left: the graph is the one the second version alone gives
        assertEquals(1, again.changed());
        assertEquals(v2Alone, GraphSnapshot.of(s.graph()));
    }

    private static IngestService.Summary ingestFiles(java.nio.file.Path dir) throws java.io.IOException {
        DocumentFiles.Loaded loaded = DocumentFiles.load(List.of(dir), null, s.formats(), s.ingest(), r -> { });
        assertEquals(List.of(), loaded.refused());
        return s.ingest().ingestAll(loaded.documents(), Progress.none());
    }

    private static Pipeline pipeline() {
        return new Pipeline(Segmenter.create(), MentionFinder.of(s.gazetteer()), RelationReader.load(s.resources()),
                CuratedAssertions.none());
    }
}
