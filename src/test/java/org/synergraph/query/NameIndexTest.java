package org.synergraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synergraph.config.Config;
import org.synergraph.problem.Problem;

class NameIndexTest {
    private static final NameIndex.Entry GEF = entry("org:gef", "Organisation", "GEF", "全球环境基金",
            List.of("Global Environment Facility"), 40);
    private static final NameIndex.Entry GEF_SGP = entry("initiative:gef_sgp", "Initiative",
            "GEF Small Grants Programme", "全球环境基金小额赠款计划", List.of("SGP"), 12);
    private static final NameIndex.Entry REGEF = entry("initiative:regef", "Initiative", "ReGEF Network", null,
            List.of(), 3);
    private static final NameIndex.Entry SOIL_DOCTORS = entry("initiative:soil_doctors", "Initiative",
            "Global Soil Doctors Programme", "全球土壤医生计划", List.of("Soil Doctors", "土壤医生"), 9);
    private static final NameIndex.Entry SOIL_PARTNERSHIP = entry("initiative:gsp", "Initiative",
            "Global Soil Partnership", "全球土壤伙伴关系", List.of("GSP"), 9);
    private static final NameIndex.Entry COSTA_RICA = entry("country:CRI", "Country", "Costa Rica", "哥斯达黎加",
            List.of(), 20);
    private static final NameIndex.Entry REJECTED = new NameIndex.Entry("discovered:soil_fund", "Organisation",
            "Soil Fund", "土壤基金", List.of(), true, 1);
    private final NameIndex index = NameIndex.of(List.of(GEF_SGP, REGEF, GEF, SOIL_DOCTORS, SOIL_PARTNERSHIP,
            COSTA_RICA, REJECTED));

    @Test
    void an_exact_name_comes_first_then_names_that_start_with_the_text_then_the_rest() {
        List<NameIndex.Scored> hits = index.find("gef", null, false, 10).hits();

        assertEquals(List.of("org:gef", "initiative:gef_sgp", "initiative:regef"), ids(hits));
        assertTrue(hits.get(0).score() >= NameIndex.EXACT + 1.0, hits.toString());
        assertTrue(hits.get(1).score() < 3.0 && hits.get(1).score() > 2.0, hits.toString());
        assertTrue(hits.get(2).score() < 2.0, hits.toString());
    }

    @Test
    void an_exact_alias_is_as_good_as_an_exact_name_and_case_spaces_and_punctuation_do_not_count() {
        assertEquals("initiative:soil_doctors", first("Soil Doctors"));
        assertEquals("initiative:soil_doctors", first("SOIL-doctors"));
        assertEquals("org:gef", first("ＧＥＦ")); // full-width letters fold to GEF
        assertEquals("org:gef", first("global environment facility"));
        assertTrue(index.find("Soil Doctors", null, false, 10).hits().get(0).score() > NameIndex.EXACT);
    }

    @Test
    void an_exact_id_is_an_exact_hit() {
        List<NameIndex.Scored> hits = index.find("country:cri", null, false, 10).hits();

        assertEquals(List.of("country:CRI"), ids(hits));
        assertTrue(hits.get(0).score() > NameIndex.EXACT);
    }

    @Test
    void chinese_finds_any_part_of_a_chinese_name_or_alias() {
        assertEquals("initiative:soil_doctors", first("土壤医生"));
        assertEquals(List.of("initiative:soil_doctors", "initiative:gsp"), ids(index.find("土壤", null, false, 10)
                .hits()));
        assertEquals("country:CRI", first("《哥斯达黎加》"));
        assertEquals(List.of("org:gef", "initiative:gef_sgp"), ids(index.find("环境基金", null, false, 10).hits()));
    }

    @Test
    void english_finds_part_of_a_word() {
        assertEquals(List.of("initiative:soil_doctors", "initiative:gsp"),
                ids(index.find("soi", null, false, 10).hits()));
        assertEquals(List.of("initiative:gef_sgp"), ids(index.find("small grant", null, false, 10).hits()));
        assertTrue(index.find("soil doctorz", null, false, 10).hits().isEmpty());
    }

    @Test
    void equally_good_hits_go_to_the_entity_with_more_relations_then_the_smaller_id() {
        NameIndex twins = NameIndex.of(List.of(entry("b:2", "Initiative", "Alpha Fund", null, List.of(), 1),
                entry("b:1", "Initiative", "Alpha Fund", null, List.of(), 1),
                entry("b:3", "Initiative", "Alpha Fund", null, List.of(), 5)));

        assertEquals(List.of("b:3", "b:1", "b:2"), ids(twins.find("alpha", null, false, 10).hits()));
    }

    @Test
    void the_type_filter_keeps_only_that_type() {
        List<NameIndex.Scored> hits = index.find("gef", "Initiative", false, 10).hits();

        assertEquals(List.of("initiative:gef_sgp", "initiative:regef"), ids(hits));
        assertTrue(index.find("country:CRI", "Initiative", false, 10).hits().isEmpty());
    }

    @Test
    void a_rejected_entity_is_hidden_unless_asked_for() {
        assertFalse(ids(index.find("soil", null, false, 10).hits()).contains("discovered:soil_fund"));
        assertTrue(ids(index.find("soil", null, true, 10).hits()).contains("discovered:soil_fund"));
        assertTrue(index.find("discovered:soil_fund", null, false, 10).hits().isEmpty());
        assertEquals(List.of("discovered:soil_fund"), ids(index.find("土壤基金", null, true, 10).hits()));
    }

    @Test
    void text_that_folds_to_nothing_finds_nothing_and_one_character_finds_every_name_with_it() {
        assertEquals(0, index.find("  ·!? ", null, false, 10).matched());
        assertEquals(List.of("initiative:soil_doctors", "initiative:gsp"), ids(index.find("壤", null, false, 10)
                .hits()));
        NameIndex.Found r = index.find("r", null, true, 10);
        assertEquals(6, r.matched(), ids(r.hits()).toString()); // every entity but the Soil Fund has an r somewhere
        assertEquals("initiative:regef", r.hits().get(0).entry().id()); // starts with r
    }

    @Test
    void find_returns_at_most_the_number_asked_for_and_counts_every_match() {
        NameIndex.Found found = index.find("g", null, false, 2);

        assertEquals(2, found.hits().size());
        assertEquals(5, found.matched(), found.toString());
    }

    @Test
    void search_pages_through_the_ranked_hits_and_checks_its_input() {
        List<NameIndex.Entry> many = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            many.add(entry(String.format("initiative:n%03d", i), "Initiative", String.format("Network %03d", i), null,
                    List.of(), 0));
        }
        SearchQuery search = new SearchQuery(new FreshNameIndex(() -> 1, () -> NameIndex.of(many), Optional.empty(),
                System::nanoTime), new Config.Paging(20, 100, 100_000));

        SearchQuery.Results all = search.search("network", null, null, 0, 100);
        SearchQuery.Results second = search.search("network", null, null, 3, 2);
        assertEquals(200, all.total());
        assertTrue(all.totalCapped());
        assertEquals(all.results().subList(3, 5), second.results());
        assertEquals(10, search.search("network", null, null, null, null).results().size());
        SearchQuery.Results one = search.search("network 007", "Initiative", "any", null, null);
        assertEquals(1, one.total());
        assertFalse(one.totalCapped());
        assertEquals("initiative:n007", one.results().get(0).id());
        assertEquals("bad_offset", problem(() -> search.search("network", null, null, 150, 60)));
        assertEquals("missing_parameter", problem(() -> search.search(" ", null, null, null, null)));
        assertEquals("bad_type", problem(() -> search.search("network", "initiative", null, null, null)));
        assertEquals("bad_review", problem(() -> search.search("network", null, "all", null, null)));
    }

    private static String problem(Runnable call) {
        try {
            call.run();
        } catch (Problem p) {
            assertEquals(Problem.Kind.BAD_REQUEST, p.kind(), p.getMessage());
            return p.code();
        }
        throw new AssertionError("no problem");
    }

    private String first(String query) {
        return index.find(query, null, false, 10).hits().get(0).entry().id();
    }

    private static List<String> ids(List<NameIndex.Scored> hits) {
        return hits.stream().map(s -> s.entry().id()).toList();
    }

    private static NameIndex.Entry entry(String id, String type, String en, String zh, List<String> aliases,
                                         int relations) {
        return new NameIndex.Entry(id, type, en, zh, aliases, false, relations);
    }
}
