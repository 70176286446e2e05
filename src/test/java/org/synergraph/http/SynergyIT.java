package org.synergraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synergraph.support.ApiAssertions.assertError;
import static org.synergraph.support.ApiAssertions.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.synergraph.support.Api;
import org.synergraph.support.TestGraph;

/** GET /api/shared, /api/overlap and /api/paths. */
class SynergyIT {
    private static final String RECSOIL = "initiative:recsoil";
    private static final String SOIL_DOCTORS = "initiative:soil_doctors";
    private static final String FLEGT = "initiative:fao_eu_flegt";
    private static final String THREE = RECSOIL + "," + SOIL_DOCTORS + "," + FLEGT;
    /** 000 para 4: RECSOIL has started in these (Armenia and Morocco only plan to). */
    private static final Set<String> RECSOIL_ACTIVE = Set.of("CRI", "GHA", "KAZ", "MEX", "TGO", "UZB");
    private final Api api = TestGraph.embedded().api();

    @Test
    void shared_echoes_the_resolved_inputs_and_request() {
        Api.Response r = api.get("/api/shared?ids=" + THREE + "&min=2");

        assertEquals(200, r.status(), r.body());
        assertEquals(List.of(RECSOIL, SOIL_DOCTORS, FLEGT), texts(r.json().get("inputs"), "id"));
        JsonNode q = r.json().get("request");
        assertEquals(2, q.get("min").asInt());
        assertEquals("Country", q.get("target").asText());
        assertEquals("ACTIVE_IN", q.get("via").asText());
        assertEquals("active", q.get("status").asText());
    }

    @Test
    void shared_with_one_id_lists_where_it_is_active_with_evidence() {
        // Given 000 para 4 names the six countries where RECSOIL has started
        Api.Response r = api.get("/api/shared?ids=" + RECSOIL);

        // Then
        assertEquals(200, r.status(), r.body());
        assertEquals(RECSOIL_ACTIVE, iso3s(r.json().get("rows")));
        for (JsonNode row : r.json().get("rows")) {
            assertEquals(1, row.get("count").asInt());
            assertEquals("[\"" + RECSOIL + "\"]", row.get("linkedTo").toString());
            assertEquals(List.of(RECSOIL), texts(row.get("links"), "from"));
            JsonNode ev = row.get("links").get(0).get("evidence").get(0);
            assertEquals("000", ev.get("documentId").asText());
            assertEquals("4", ev.get("para").asText());
            assertTrue(ev.get("quote").asText().contains(row.get("entity").get("nameZh").asText()), row.toString());
        }
    }

    @Test
    void shared_rows_are_most_shared_first() {
        JsonNode rows = api.get("/api/shared?ids=" + THREE + "&min=1").json().get("rows");

        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).get("count").asInt() >= rows.get(i).get("count").asInt());
        }
    }

    @Test
    void shared_status_planned_lists_planned_activity() {
        Api.Response r = api.get("/api/shared?ids=" + RECSOIL + "&status=planned");

        assertEquals(200, r.status(), r.body());
        for (JsonNode row : r.json().get("rows")) {
            row.get("links").forEach(l -> assertTrue(l.get("statuses").toString().contains("planned"), l.toString()));
        }
    }

    @Test
    @Tag("corpus-answers")
    void no_country_has_all_three_of_recsoil_soil_doctors_and_flegt() {
        Api.Response r = api.get("/api/shared?ids=" + THREE + "&min=3");

        assertEquals(200, r.status(), r.body());
        assertEquals(0, r.json().get("rows").size(), r.body());
    }

    @Test
    @Tag("corpus-answers")
    void exactly_six_countries_have_two_of_recsoil_soil_doctors_and_flegt() {
        // Given 000 para 4 (RECSOIL: Costa Rica, Ghana, Kazakhstan, Mexico, Togo, Uzbekistan), 000 para 5 (Soil
        // Doctors: 22 countries, among them Colombia, Costa Rica, Kazakhstan, Mexico, Togo, Uzbekistan) and
        // 004 paras 32-34 (FLEGT: Honduras, Cameroon, Guatemala, Colombia, the Congo Basin countries, Peru)
        // When
        Api.Response r = api.get("/api/shared?ids=" + THREE + "&min=2");

        // Then
        assertEquals(200, r.status(), r.body());
        Map<String, Set<String>> byPair = new TreeMap<>();
        for (JsonNode row : r.json().get("rows")) {
            assertEquals(2, row.get("count").asInt(), row.toString());
            byPair.computeIfAbsent(String.join("+", new TreeSet<>(texts(row.get("links"), "from"))),
                    k -> new TreeSet<>()).add(row.get("entity").get("nameEn").asText());
            for (JsonNode link : row.get("links")) {
                assertTrue(link.get("evidence").size() > 0, link.toString());
                link.get("evidence").forEach(ev -> assertFalse(ev.get("quote").asText().isBlank(), ev.toString()));
            }
        }
        assertEquals(6, r.json().get("rows").size(), r.body());
        assertEquals(Map.of(
                RECSOIL + "+" + SOIL_DOCTORS, Set.of("Costa Rica", "Kazakhstan", "Mexico", "Togo", "Uzbekistan"),
                FLEGT + "+" + SOIL_DOCTORS, Set.of("Colombia")), byPair);
    }

    @Test
    void every_shared_link_cites_its_passage_document_date_paragraph_and_quote() {
        // When
        Api.Response r = api.get("/api/shared?ids=" + THREE + "&min=2");

        // Then every piece of evidence says where to read it in the reader, and how to cite it
        assertEquals(200, r.status(), r.body());
        for (JsonNode row : r.json().get("rows")) {
            for (JsonNode link : row.get("links")) {
                for (JsonNode ev : link.get("evidence")) {
                    assertTrue(ev.get("passageId").asText().startsWith(ev.get("documentId").asText()), ev.toString());
                    assertFalse(ev.get("documentTitle").asText().isBlank(), ev.toString());
                    assertFalse(ev.get("documentDate").asText().isBlank(), ev.toString());
                    assertFalse(ev.get("para").asText().isBlank(), ev.toString());
                    assertFalse(ev.has("documentSymbol"), "000 and 004 print no symbol: " + ev);
                }
            }
        }
        assertFalse(r.json().has("oneFewer"), "an answer with rows offers nothing: " + r.body());
    }

    @Test
    void shared_evidence_from_a_document_with_a_symbol_cites_the_symbol() {
        // Given a link stated in a document that prints its symbol
        Api.Response found = api.postJson("/api/cypher", "{\"query\":\"MATCH (i:Entity)-[r:ACTIVE_IN]->(c:Country) "
                + "UNWIND r.evDocs AS doc MATCH (d:Document {id: doc}) WHERE d.symbol IS NOT NULL "
                + "RETURN i.id, d.symbol ORDER BY i.id LIMIT 1\"}", null);
        assertEquals(200, found.status(), found.body());
        assertEquals(1, found.json().get("rows").size(), "a link from a document with a symbol: " + found.body());
        String input = found.json().get("rows").get(0).get(0).asText();
        String symbol = found.json().get("rows").get(0).get(1).asText();

        // When its shared activity is asked for, every status counted
        Api.Response r = api.get("/api/shared?ids=" + Api.enc(input) + "&status=any");

        // Then that document's evidence carries its symbol
        assertEquals(200, r.status(), r.body());
        assertTrue(r.json().get("rows").findValues("documentSymbol").stream().anyMatch(v -> v.asText().equals(symbol)),
                r.body());
    }

    @Test
    @Tag("corpus-answers")
    void when_no_country_has_all_three_the_answer_says_six_have_two() {
        // When
        Api.Response r = api.get("/api/shared?ids=" + THREE);

        // Then
        assertEquals(200, r.status(), r.body());
        assertEquals(0, r.json().get("rows").size(), r.body());
        assertEquals(2, r.json().get("oneFewer").get("min").asInt(), r.body());
        assertEquals(6, r.json().get("oneFewer").get("count").asInt(), r.body());
    }

    @Test
    @Tag("corpus-answers")
    void overlap_counts_the_shared_countries_of_each_pair() {
        Api.Response r = api.get("/api/overlap?ids=" + THREE + "&status=active");

        assertEquals(200, r.status(), r.body());
        Map<String, Integer> shared = new TreeMap<>();
        r.json().get("pairs").forEach(p -> shared.put(p.get("a").asText() + "+" + p.get("b").asText(),
                p.get("shared").asInt()));
        assertEquals(Map.of(RECSOIL + "+" + SOIL_DOCTORS, 5, RECSOIL + "+" + FLEGT, 0, SOIL_DOCTORS + "+" + FLEGT, 1),
                shared);
    }

    @Test
    void shared_refuses_bad_input() {
        assertError(api.get("/api/shared"), 400, "missing_parameter");
        assertError(api.get("/api/shared?ids=" + THREE + "&min=4"), 400, "bad_min");
        assertError(api.get("/api/shared?ids=" + THREE + "&min=0"), 400, null);
        assertError(api.get("/api/shared?ids=" + THREE + "&min=two"), 400, "bad_parameter");
        assertError(api.get("/api/shared?ids=" + RECSOIL + "," + Api.enc("bad id")), 400, "bad_id");
        assertError(api.get("/api/shared?ids=" + RECSOIL + "&status=maybe"), 400, "bad_status");
        assertError(api.get("/api/shared?ids=" + RECSOIL + "&via=LIKES"), 400, "bad_relation_type");
        assertError(api.get("/api/shared?ids=" + RECSOIL + "&target=Planet"), 400, "bad_type");
        assertError(api.get("/api/shared?ids=" + RECSOIL + "&limit=3"), 400, "unknown_parameter");
        assertError(api.get("/api/shared?ids=" + RECSOIL + "&ids=" + FLEGT), 400, "repeated_parameter");
    }

    @Test
    void shared_with_unknown_id_is_404_naming_it() {
        Api.Response r = api.get("/api/shared?ids=" + RECSOIL + ",initiative:no_such_thing");

        assertError(r, 404, "unknown_entity");
        assertTrue(r.json().get("message").asText().contains("initiative:no_such_thing"));
    }

    @Test
    void shared_refuses_more_ids_than_the_limit() {
        String many = String.join(",", java.util.Collections.nCopies(60, RECSOIL));

        assertError(api.get("/api/shared?ids=" + many), 413, "too_many_ids");
    }

    @Test
    void overlap_gives_every_pair_with_shared_count_and_jaccard() {
        // When
        Api.Response r = api.get("/api/overlap?ids=" + THREE);

        // Then
        assertEquals(200, r.status(), r.body());
        assertEquals(3, r.json().get("inputs").size());
        JsonNode recsoil = r.json().get("inputs").get(0);
        assertEquals(RECSOIL, recsoil.get("entity").get("id").asText());
        assertTrue(recsoil.get("targets").asInt() >= RECSOIL_ACTIVE.size());
        JsonNode pairs = r.json().get("pairs");
        assertEquals(3, pairs.size());
        for (int i = 0; i < pairs.size(); i++) {
            JsonNode p = pairs.get(i);
            double jaccard = p.get("jaccard").asDouble();
            assertTrue(jaccard >= 0 && jaccard <= 1, p.toString());
            assertTrue(p.get("shared").asInt() >= 0);
            assertEquals(p.get("shared").asInt() == 0, jaccard == 0.0, p.toString());
            if (i > 0) {
                assertTrue(pairs.get(i - 1).get("jaccard").asDouble() >= jaccard);
            }
        }
    }

    @Test
    void overlap_refuses_bad_input() {
        assertError(api.get("/api/overlap"), 400, "missing_parameter");
        assertError(api.get("/api/overlap?ids=" + RECSOIL), 400, "too_few_ids");
        assertError(api.get("/api/overlap?ids=" + RECSOIL + ",initiative:no_such_thing"), 404, "unknown_entity");
        assertError(api.get("/api/overlap?ids=" + THREE + "&min=2"), 400, "unknown_parameter");
        assertError(api.get("/api/overlap?ids=" + THREE + "&status=maybe"), 400, "bad_status");
    }

    @Test
    void paths_between_two_countries_go_through_what_they_share_best_first() {
        // Given RECSOIL is active in both Costa Rica and Ghana
        Api.Response r = api.get("/api/paths?from=country:CRI&to=country:GHA");

        // Then
        assertEquals(200, r.status(), r.body());
        JsonNode paths = r.json().get("paths");
        assertTrue(paths.size() > 0, r.body());
        JsonNode first = paths.get(0);
        assertEquals(2, first.get("length").asInt());
        List<String> nodes = texts(first.get("nodes"), "id");
        assertEquals(List.of("country:CRI", RECSOIL, "country:GHA"), nodes);
        assertEquals(first.get("length").asInt(), first.get("edges").size());
        assertEquals(2, first.get("score").asInt());
        assertEquals("2 ACTIVE_IN links", first.get("reason").asText());
        assertFalse(r.json().has("shortestLength"), r.body());
        assertRankedBestFirst(paths);
    }

    @Test
    void paths_rank_typed_links_before_a_programme_country_programme_hop() {
        // Given RECSOIL and REDD+ are both active in Mexico (2 steps) and linked by organisational links alone in
        // more steps (through the GSP, the ITPS and FAO as the bundled documents are read now)
        Api.Response r = api.get("/api/paths?from=" + RECSOIL + "&to=initiative:redd_plus&limit=50");

        // Then the typed links come first and the shared country later, for all it is shorter
        assertEquals(200, r.status(), r.body());
        JsonNode paths = r.json().get("paths");
        JsonNode first = paths.get(0);
        int steps = first.get("length").asInt();
        assertTrue(steps > 2, first.toString());
        assertEquals(steps, first.get("score").asInt(), first.toString());
        assertEquals(0, first.get("sharedPlaces").size(), first.toString());
        assertTrue(first.get("edges").findValuesAsText("type").stream().noneMatch("ACTIVE_IN"::equals), first.toString());
        assertEquals(steps + " organisational links", first.get("reason").asText());
        int viaMexico = -1;
        for (int i = 0; i < paths.size(); i++) {
            if (texts(paths.get(i).get("nodes"), "id").equals(List.of(RECSOIL, "country:MEX", "initiative:redd_plus"))) {
                viaMexico = i;
            }
        }
        assertTrue(viaMexico > 0, r.body());
        JsonNode mexico = paths.get(viaMexico);
        assertEquals("[\"country:MEX\"]", mexico.get("sharedPlaces").toString());
        assertEquals(6, mexico.get("score").asInt());
        assertEquals("2 ACTIVE_IN links; passes through Mexico only because both neighbours are active there (+4)",
                mexico.get("reason").asText());
        assertRankedBestFirst(paths);
    }

    @Test
    void paths_leave_out_excluded_relation_and_node_types() {
        // Given Thailand reaches the UNCCD in 3 steps through the Plant Treaty secretariat and FAO (PARTNERS_WITH)
        Api.Response all = api.get("/api/paths?from=country:THA&to=convention:unccd");
        assertEquals(200, all.status(), all.body());
        assertEquals(3, all.json().get("paths").get(0).get("length").asInt(), all.body());

        // When partnerships are left out, a 4-step path through Central Asia remains
        Api.Response noPartners = api.get("/api/paths?from=country:THA&to=convention:unccd"
                + "&excludeRelationTypes=PARTNERS_WITH");
        assertEquals(200, noPartners.status(), noPartners.body());
        JsonNode kept = noPartners.json().get("paths");
        assertTrue(kept.size() > 0, noPartners.body());
        assertFalse(kept.findValuesAsText("type").contains("PARTNERS_WITH"), noPartners.body());
        assertEquals("[\"region:central_asia\"]", kept.get(0).get("sharedPlaces").toString(), noPartners.body());

        // When countries, funding and leading are left out, none lies between the ends, but the ends are countries
        Api.Response noCountries = api.get("/api/paths?from=country:CRI&to=country:GHA&excludeNodeTypes=Country"
                + "&excludeRelationTypes=FUNDS,LEADS");
        assertEquals(200, noCountries.status(), noCountries.body());
        JsonNode paths = noCountries.json().get("paths");
        assertTrue(paths.size() > 0, noCountries.body());
        for (JsonNode p : paths) {
            List<String> types = p.get("nodes").findValuesAsText("type");
            assertTrue(types.subList(1, types.size() - 1).stream().noneMatch("Country"::equals), p.toString());
            assertTrue(p.get("edges").findValuesAsText("type").stream().noneMatch(t -> t.equals("FUNDS")
                    || t.equals("LEADS")), p.toString());
        }
    }

    @Test
    void paths_refuse_unknown_node_and_relation_types() {
        assertError(api.get("/api/paths?from=country:CRI&to=country:GHA&excludeNodeTypes=Planet"), 400, "bad_type");
        assertError(api.get("/api/paths?from=country:CRI&to=country:GHA&excludeNodeTypes=Country,country"), 400,
                "bad_type");
        assertError(api.get("/api/paths?from=country:CRI&to=country:GHA&excludeRelationTypes=LIKES"), 400,
                "bad_relation_type");
        assertError(api.get("/api/paths?from=country:CRI&to=country:GHA&excludeRelationTypes=FUNDS,,active_in"), 400,
                "bad_relation_type");
    }

    @Test
    void paths_not_found_within_max_length_say_how_long_the_shortest_is() {
        // Thailand → UNCCD is 3 steps in the bundled data (found at the default 4)
        JsonNode two = api.get("/api/paths?from=country:THA&to=convention:unccd&maxLength=2").json();
        assertEquals(0, two.get("paths").size(), two.toString());
        assertEquals(3, two.get("shortestLength").asInt(), two.toString());

        // The shortest length obeys the exclusions
        JsonNode noPartners = api.get("/api/paths?from=country:THA&to=convention:unccd&maxLength=3"
                + "&excludeRelationTypes=PARTNERS_WITH").json();
        assertEquals(0, noPartners.get("paths").size(), noPartners.toString());
        assertEquals(4, noPartners.get("shortestLength").asInt(), noPartners.toString());
        JsonNode noOrganisations = api.get("/api/paths?from=country:THA&to=convention:unccd&maxLength=6"
                + "&excludeNodeTypes=Organisation").json();
        assertEquals(0, noOrganisations.get("paths").size(), noOrganisations.toString());
        assertEquals(7, noOrganisations.get("shortestLength").asInt(), noOrganisations.toString());

        // Nothing within 8 steps: no shortest length
        JsonNode none = api.get("/api/paths?from=country:THA&to=org:unccd_cop&maxLength=6").json();
        assertEquals(0, none.get("paths").size(), none.toString());
        assertFalse(none.has("shortestLength"), none.toString());
    }

    @Test
    void paths_longer_than_max_length_are_left_out() {
        Api.Response r = api.get("/api/paths?from=country:CRI&to=country:GHA&maxLength=1");

        assertEquals(200, r.status(), r.body());
        assertEquals(0, r.json().get("paths").size());
        assertEquals(2, r.json().get("shortestLength").asInt(), r.body());
    }

    @Test
    void paths_limit_caps_the_number_of_paths() {
        Api.Response r = api.get("/api/paths?from=country:CRI&to=country:GHA&limit=1");

        assertEquals(1, r.json().get("paths").size(), r.body());
    }

    @Test
    void paths_refuse_bad_input() {
        assertError(api.get("/api/paths?from=country:CRI"), 400, "missing_parameter");
        assertError(api.get("/api/paths?to=country:CRI"), 400, "missing_parameter");
        assertError(api.get("/api/paths?from=country:CRI&to=country:CRI"), 400, "same_entity");
        assertError(api.get("/api/paths?from=country:CRI&to=bad"), 400, "bad_id");
        assertError(api.get("/api/paths?from=country:CRI&to=country:GHA&maxLength=7"), 400, "bad_max_length");
        assertError(api.get("/api/paths?from=country:CRI&to=country:GHA&maxLength=0"), 400, null);
        assertError(api.get("/api/paths?from=country:CRI&to=country:GHA&limit=0"), 400, null);
        assertError(api.get("/api/paths?from=country:CRI&to=country:GHA&depth=2"), 400, "unknown_parameter");
        assertError(api.get("/api/paths?from=country:CRI&to=country:ZZZ"), 404, "unknown_entity");
    }

    /** Scores never fall, each is its steps plus 4 per shared place, and equal scores go shorter first. */
    private static void assertRankedBestFirst(JsonNode paths) {
        for (int i = 0; i < paths.size(); i++) {
            JsonNode p = paths.get(i);
            assertEquals(p.get("length").asInt() + 4 * p.get("sharedPlaces").size(), p.get("score").asInt(), p.toString());
            if (i > 0) {
                JsonNode before = paths.get(i - 1);
                assertTrue(before.get("score").asInt() < p.get("score").asInt()
                        || before.get("score").asInt() == p.get("score").asInt()
                        && before.get("length").asInt() <= p.get("length").asInt(), p.toString());
            }
        }
    }

    private static Set<String> iso3s(JsonNode rows) {
        Set<String> out = new TreeSet<>();
        rows.forEach(row -> out.add(row.get("entity").get("iso3").asText()));
        return out;
    }
}
