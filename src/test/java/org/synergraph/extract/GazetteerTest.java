package org.synergraph.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {

    @Test
    void alias_claimed_by_two_entities_fails_naming_both() {
        // Given two entities that both claim 办公室, When loaded, Then the error names both
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Gazetteer.fromJson(Fixtures.read("duplicate-alias.json"), Fixtures.read("no-blockers.json")));
        assertTrue(e.getMessage().contains("organisation:a") && e.getMessage().contains("organisation:b"),
                e.getMessage());
    }

    @Test
    void case_insensitive_names_clash_when_they_differ_only_in_case() {
        Entity a = curated("organisation:a", "Green Fund", "甲");
        Entity b = curated("organisation:b", "green fund", "乙");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Gazetteer.of(List.of(a, b), CountryNames.cldr()));
        assertTrue(e.getMessage().contains("organisation:a"), e.getMessage());
    }

    @Test
    void duplicate_id_fails() {
        Entity a = curated("organisation:a", "Alpha", "甲");
        Entity again = curated("organisation:a", "Beta", "乙");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Gazetteer.of(List.of(a, again), CountryNames.cldr()));
        assertTrue(e.getMessage().contains("organisation:a"), e.getMessage());
    }

    @Test
    void unknown_type_fails_naming_the_entity() {
        String json = "[{\"id\": \"thing:x\", \"type\": \"Thing\", \"nameEn\": \"X\", \"nameZh\": \"某\"}]";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Gazetteer.fromJson(json, "{}"));
        assertTrue(e.getMessage().contains("thing:x") && e.getMessage().contains("Thing"), e.getMessage());
    }

    @Test
    void blocker_that_is_also_a_name_fails() {
        String countries = "{\"_blockers\": {\"zh\": [\"哥斯达黎加\"], \"en\": []}}";
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Gazetteer.fromJson("[]", countries));
        assertTrue(e.getMessage().contains("country:CRI") && e.getMessage().contains("blocker"), e.getMessage());
    }

    @Test
    void chinese_titles_get_bracket_and_quote_variants() {
        Gazetteer gazetteer = Fixtures.gazetteer();
        assertTrue(gazetteer.surfaceForms("convention:cbd").containsAll(List.of("《生物多样性公约》", "生物多样性公约",
                "Convention on Biological Diversity", "CBD")));
        assertTrue(gazetteer.surfaceForms("initiative:sos").containsAll(List.of("“拯救土壤”倡议", "拯救土壤倡议")));
        assertTrue(gazetteer.surfaceForms("organisation:gsp").contains("《全球土壤伙伴关系》"));
    }

    @Test
    void entities_are_found_by_id() {
        Gazetteer gazetteer = Fixtures.gazetteer();
        assertEquals("Global Soil Partnership", gazetteer.byId("organisation:gsp").orElseThrow().nameEn());
        assertEquals("CRI", gazetteer.byId("country:CRI").orElseThrow().iso3());
        assertTrue(gazetteer.byId("organisation:none").isEmpty());
    }

    private static Entity curated(String id, String en, String zh) {
        return new Entity(id, EntityType.ORGANISATION, en, zh, List.of(), List.of(), null, null, "test");
    }
}
