package org.synergraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synergraph.support.ApiAssertions.assertError;
import static org.synergraph.support.ApiAssertions.texts;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.synergraph.support.Api;
import org.synergraph.support.TestGraph;

/** GET /api/search. */
class SearchIT {
    private final Api api = TestGraph.embedded().api();

    @Test
    void chinese_substring_finds_soil_doctors() {
        // When
        Api.Response r = api.get("/api/search?q=" + Api.enc("土壤医生"));

        // Then
        assertEquals(200, r.status(), r.body());
        JsonNode first = r.json().get("results").get(0);
        assertEquals("initiative:soil_doctors", first.get("id").asText());
        assertEquals("全球土壤医生计划", first.get("nameZh").asText());
    }

    @Test
    void english_acronym_finds_flegt_first() {
        Api.Response r = api.get("/api/search?q=FLEGT");

        assertEquals(200, r.status(), r.body());
        assertEquals("initiative:fao_eu_flegt", r.json().get("results").get(0).get("id").asText(), r.body());
    }

    @Test
    void lower_case_acronym_finds_gef() {
        Api.Response r = api.get("/api/search?q=gef");

        assertEquals(200, r.status(), r.body());
        assertEquals("org:gef", r.json().get("results").get(0).get("id").asText(), r.body());
    }

    @Test
    void english_word_finds_entities_with_that_word() {
        Api.Response r = api.get("/api/search?q=soil&limit=20");

        assertEquals(200, r.status(), r.body());
        assertTrue(texts(r.json().get("results"), "id").contains("initiative:soil_doctors"), r.body());
        r.json().get("results").forEach(hit -> assertTrue(hit.toString().toLowerCase().contains("soil"), hit.toString()));
    }

    @Test
    void alias_finds_its_entity() {
        // Given "Soil Doctors" is an alias, not the name, of the Global Soil Doctors Programme
        Api.Response r = api.get("/api/search?q=" + Api.enc("Soil Doctors"));

        assertEquals(200, r.status(), r.body());
        JsonNode first = r.json().get("results").get(0);
        assertEquals("initiative:soil_doctors", first.get("id").asText());
        assertTrue(first.get("aliases").toString().contains("\"Soil Doctors\""), first.toString());
    }

    @Test
    void exact_hits_rank_first() {
        // Given several entities contain "GEF", but only org:gef is named exactly that
        Api.Response r = api.get("/api/search?q=GEF&limit=10");

        // Then the exact hit is first and scores above every partial hit
        JsonNode results = r.json().get("results");
        assertTrue(results.size() > 1, r.body());
        assertEquals("org:gef", results.get(0).get("id").asText());
        for (int i = 1; i < results.size(); i++) {
            assertTrue(results.get(0).get("score").asDouble() > results.get(i).get("score").asDouble(), r.body());
        }
    }

    @Test
    void hits_are_sorted_by_score() {
        JsonNode results = api.get("/api/search?q=soil&limit=30").json().get("results");

        for (int i = 1; i < results.size(); i++) {
            assertTrue(results.get(i - 1).get("score").asDouble() >= results.get(i).get("score").asDouble());
        }
    }

    @Test
    void type_filter_keeps_only_that_type() {
        Api.Response r = api.get("/api/search?q=soil&type=Initiative&limit=50");

        assertEquals(200, r.status(), r.body());
        assertTrue(r.json().get("results").size() > 0);
        r.json().get("results").forEach(hit -> assertEquals("Initiative", hit.get("type").asText()));
    }

    @Test
    void country_type_filter_finds_countries_by_chinese_name() {
        Api.Response r = api.get("/api/search?q=" + Api.enc("哥斯达黎加") + "&type=Country");

        assertEquals("country:CRI", r.json().get("results").get(0).get("id").asText(), r.body());
    }

    @Test
    void bad_type_is_400() {
        assertError(api.get("/api/search?q=soil&type=Banana"), 400, "bad_type");
    }

    @Test
    void missing_q_is_400() {
        assertError(api.get("/api/search"), 400, "missing_parameter");
        assertError(api.get("/api/search?q=" + Api.enc("   ")), 400, "missing_parameter");
    }

    @Test
    void overlong_q_is_400() {
        assertError(api.get("/api/search?q=" + "a".repeat(201)), 400, "query_too_long");
    }

    @Test
    void limit_bounds_are_enforced() {
        assertEquals(1, api.get("/api/search?q=soil&limit=1").json().get("results").size());
        assertEquals(200, api.get("/api/search?q=soil&limit=100").status());
        assertError(api.get("/api/search?q=soil&limit=0"), 400, "bad_parameter");
        assertError(api.get("/api/search?q=soil&limit=101"), 400, "bad_parameter");
        assertError(api.get("/api/search?q=soil&limit=ten"), 400, "bad_parameter");
    }

    @Test
    void lucene_syntax_in_q_is_treated_as_text() {
        Api.Response r = api.get("/api/search?q=" + Api.enc("FLEGT\" OR *:* AND ("));

        assertEquals(200, r.status(), r.body());
    }

    @Test
    void unknown_and_repeated_parameters_are_400() {
        assertError(api.get("/api/search?q=soil&size=3"), 400, "unknown_parameter");
        assertError(api.get("/api/search?q=soil&q=gef"), 400, "repeated_parameter");
    }
}
