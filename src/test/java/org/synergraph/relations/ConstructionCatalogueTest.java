package org.synergraph.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.synergraph.config.Resources;
import org.synergraph.corpus.Passage;
import org.synergraph.corpus.PassageKind;
import org.synergraph.extract.Gazetteer;
import org.synergraph.extract.MentionFinder;
import org.synergraph.extract.Relation;
import org.synergraph.extract.RelationType;

/**
 * Every construction of data/constructions reads its own example sentence (written for the catalogue, not taken
 * from a document) into the relations it promises, with the real gazetteer and mention finder.
 */
class ConstructionCatalogueTest {
    private static Resources resources;
    private static Gazetteer gazetteer;
    private static MentionFinder finder;
    private static RelationReader reader;

    @BeforeAll
    static void load() {
        resources = Resources.from(Optional.of(Path.of("").toAbsolutePath()));
        gazetteer = Gazetteer.load(resources);
        finder = MentionFinder.of(gazetteer);
        reader = RelationReader.load(resources);
    }

    private static List<Construction> all() {
        List<Construction> out = new ArrayList<>();
        for (String file : resources.list(RelationReader.FOLDER, ".json")) {
            String path = RelationReader.FOLDER + "/" + file;
            out.addAll(Catalogue.parse(resources.read(path), path).constructions());
        }
        return out;
    }

    private static Set<String> read(String sentence) {
        Passage p = new Passage("t", 0, "1", PassageKind.PARAGRAPH, sentence, null);
        List<Relation> rs = reader.readWithConstructions(List.of(p), x -> finder.find(x), gazetteer);
        return rs.stream().map(ConstructionCatalogueTest::label).collect(Collectors.toSet());
    }

    private static String label(Relation r) {
        String p = r.type() == RelationType.ACTIVE_IN && r.status() == org.synergraph.extract.RelationStatus.PLANNED ? "PLANNED_IN" : r.type().name();
        return r.subjectId() + " " + p + " " + r.objectId();
    }

    @TestFactory
    Stream<DynamicTest> every_construction_reads_its_example() {
        return all().stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> {
            assertFalse(c.example().isBlank(), c.id() + " has no example");
            assertFalse(c.expect().isEmpty(), c.id() + " promises nothing");
            Set<String> got = read(c.example());
            for (String expected : c.expect()) {
                assertTrue(got.contains(expected), c.id() + ": expected " + expected + " from «" + c.example()
                        + "», got " + got);
            }
        }));
    }

    @Test
    void construction_ids_are_unique() {
        List<String> ids = all().stream().map(Construction::id).toList();
        assertEquals(ids.size(), Set.copyOf(ids).size(), "duplicate construction ids");
    }

    @Test
    void a_request_states_no_fact() {
        assertTrue(read("请粮农组织与环境署合作编写报告。").isEmpty());
        assertTrue(read("The Conference invites FAO to cooperate with UNEP.").isEmpty());
    }

    @Test
    void a_request_to_continue_states_what_is_done() {
        assertTrue(read("鼓励粮农组织继续与环境署合作。").contains("org:fao PARTNERS_WITH org:unep"));
    }

    @Test
    void a_negated_statement_states_no_fact() {
        assertTrue(read("挪威尚未向森林和农场基金提供资金。").isEmpty());
    }

    @Test
    void coordination_expands_to_every_member() {
        Set<String> got = read("瑞典、芬兰和挪威为森林和农场基金提供了资金。");
        assertEquals(Set.of("country:SWE FUNDS initiative:fff", "country:FIN FUNDS initiative:fff",
                "country:NOR FUNDS initiative:fff"), got);
    }

    @Test
    void a_planned_marker_makes_activity_planned() {
        assertEquals(Set.of("initiative:gsp PLANNED_IN country:KEN"), read("全球土壤伙伴关系将于明年在肯尼亚实施。"));
    }

    @Test
    void ascii_punctuation_in_chinese_text_cuts_clauses_like_full_width() {
        Set<String> got = read("挪威向森林和农场基金提供了资金,并在肯尼亚开展培训.");
        assertTrue(got.contains("country:NOR FUNDS initiative:fff"), got.toString());
    }

    @Test
    void a_sentence_with_no_name_gives_nothing() {
        assertTrue(read("会议审议了这一问题，并决定在下届会议上继续讨论。").isEmpty());
        assertTrue(read("The meeting considered the matter and will continue next year.").isEmpty());
    }

    @Test
    void a_joint_amount_is_marked_shared_with_every_co_funder() {
        Passage p = new Passage("t", 0, "1", PassageKind.PARAGRAPH, "瑞典、芬兰和挪威为森林和农场基金提供了 1500 万美元的资金。", null);
        List<Relation> rs = reader.readWithConstructions(List.of(p), x -> finder.find(x), gazetteer);
        assertEquals(3, rs.size());
        for (Relation r : rs) {
            assertEquals(1.5e7, r.amount());
            assertTrue(r.amountShared(), r.toString());
            assertEquals(Set.of("country:SWE", "country:FIN", "country:NOR"), Set.copyOf(r.coFunders()));
        }
    }

    @Test
    void a_single_funders_amount_is_its_own() {
        Passage p = new Passage("t", 0, "1", PassageKind.PARAGRAPH, "挪威为森林和农场基金提供了 500 万美元的资金。", null);
        Relation r = reader.readWithConstructions(List.of(p), x -> finder.find(x), gazetteer).get(0);
        assertEquals(5e6, r.amount());
        assertFalse(r.amountShared());
    }
}
