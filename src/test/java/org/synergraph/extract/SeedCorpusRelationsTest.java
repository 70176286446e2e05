package org.synergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synergraph.config.Resources;
import org.synergraph.corpus.CorpusManifest;
import org.synergraph.corpus.Passage;
import org.synergraph.corpus.Segmenter;
import org.synergraph.ingest.DocumentExtraction;
import org.synergraph.ingest.Pipeline;
import org.synergraph.relations.RelationReader;

/**
 * The rules (no curated assertions) over the five seed documents. Expected countries are read from the text:
 * 000 para 4 (RECSOIL), 000 para 5 (Soil Doctors), 004 para 34 (FLEGT).
 */
class SeedCorpusRelationsTest {
    private static List<DocumentExtraction> docs;

    @BeforeAll
    static void run() {
        Resources resources = Resources.from(Optional.of(Path.of("").toAbsolutePath()));
        Gazetteer gazetteer = Gazetteer.load(resources);
        Pipeline pipeline = new Pipeline(Segmenter.create(), MentionFinder.of(gazetteer),
                RelationReader.load(resources), CuratedAssertions.none());
        docs = CorpusManifest.from(resources).load().stream().map(pipeline::extract).toList();
    }

    private static Set<String> activeIn(String initiative, String status) {
        return docs.stream().flatMap(d -> d.relations().stream())
                .filter(r -> r.type() == RelationType.ACTIVE_IN && r.subjectId().equals(initiative)
                        && status.equals(r.status().label()))
                .map(r -> r.objectId().replace("country:", "")).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void recsoil_is_active_in_six_countries_and_planned_in_two() {
        // 000 para 4: "已开始在哥斯达黎加、加纳、哈萨克斯坦、墨西哥、多哥和乌兹别克斯坦实施" … "亚美尼亚和摩洛哥计划于…开始实施该倡议"
        assertEquals(Set.of("CRI", "GHA", "KAZ", "MEX", "TGO", "UZB"), activeIn("initiative:recsoil", "active"));
        assertEquals(Set.of("ARM", "MAR"), activeIn("initiative:recsoil", "planned"));
    }

    @Test
    void soil_doctors_covers_the_listed_countries_and_plans_four_more() {
        // 000 para 5: "该计划已经扩大实施范围，包括安提瓜和巴布达……和委内瑞拉玻利瓦尔共和国等" … "也打算实施该计划"
        assertEquals(Set.of("ATG", "BGD", "BOL", "BFA", "KHM", "CHL", "COL", "CRI", "ECU", "GMB", "KAZ", "LAO", "MWI",
                "MEX", "MOZ", "NGA", "LCA", "TJK", "THA", "TGO", "UZB", "VEN"), activeIn("initiative:soil_doctors", "active"));
        assertEquals(Set.of("NIC", "PAN", "TTO", "TKM"), activeIn("initiative:soil_doctors", "planned"));
    }

    @Test
    void flegt_countries_come_from_paragraph_34_and_share_only_colombia_with_soil_doctors() {
        // 004 para 34: Honduras runs the system; Cameroon, Guatemala and Colombia test it; Congo Basin monitoring; Peru
        Set<String> flegt = activeIn("initiative:fao_eu_flegt", "active");
        Set<String> read = Set.of("HND", "CMR", "GTM", "COL", "COD", "CAF", "PER", "region:congo_basin");
        assertTrue(read.containsAll(flegt) && flegt.contains("COL"), flegt.toString());
        Set<String> shared = new TreeSet<>(flegt);
        shared.retainAll(activeIn("initiative:soil_doctors", "active"));
        assertEquals(Set.of("COL"), shared);
    }

    @Test
    void six_countries_host_at_least_two_of_the_three_initiatives() {
        Map<String, Integer> count = new HashMap<>();
        for (String i : List.of("initiative:recsoil", "initiative:soil_doctors", "initiative:fao_eu_flegt")) {
            activeIn(i, "active").forEach(c -> count.merge(c, 1, Integer::sum));
        }
        Set<String> atLeastTwo = count.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("COL", "CRI", "KAZ", "MEX", "TGO", "UZB"), atLeastTwo);
    }

    @Test
    void every_quote_is_the_passage_text_at_its_offsets_and_confidence_is_a_probability() {
        Map<String, Passage> passages = new HashMap<>();
        docs.forEach(d -> d.passages().forEach(p -> passages.put(p.id(), p)));
        for (DocumentExtraction d : docs) {
            for (Relation r : d.relations()) {
                Evidence e = r.evidence();
                assertEquals(e.quote(), passages.get(e.passageId()).text().substring(e.start(), e.end()), r.toString());
                assertTrue(r.confidence() > 0 && r.confidence() <= 1, r.toString());
                assertTrue(!r.subjectId().equals(r.objectId()), r.toString());
            }
        }
    }
}
