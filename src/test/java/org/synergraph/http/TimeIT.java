package org.synergraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synergraph.support.ApiAssertions.assertError;
import static org.synergraph.support.ApiAssertions.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.synergraph.support.Api;
import org.synergraph.support.TestGraph;

/** Dates on documents and evidence, asOf on the questions, status histories and the entity timeline. */
class TimeIT {
    private static final String TOKEN = TestGraph.ADMIN_TOKEN;
    private static final String RECSOIL = "initiative:recsoil";
    private static final String MOUNTAINS = "initiative:mountain_partnership";
    /** 000 para 4: RECSOIL has started in these. */
    private static final Set<String> RECSOIL_ACTIVE = Set.of("CRI", "GHA", "KAZ", "MEX", "TGO", "UZB");
    private final Api api = TestGraph.embedded().api();

    @Test
    void every_document_has_a_date_or_says_it_is_undated() {
        // Given the bundled corpus, whose manifest dates 000 (the Global Soil Partnership report) by year only
        JsonNode doc = api.get("/api/documents/000").json().get("document");
        assertEquals("2024", doc.get("date").asText());
        assertEquals("manifest", doc.get("dateSource").asText());

        // When a document arrives with no date given and none printed in its head
        Api.Response posted = api.postJson("/api/documents", "{\"id\":\"timeit-undated\",\"language\":\"en\","
                + "\"text\":\"1. A note about Kenya with no date.\"}", TOKEN);
        try {
            // Then it is explicitly undated
            assertEquals(201, posted.status(), posted.body());
            JsonNode undated = api.get("/api/documents/timeit-undated").json().get("document");
            assertEquals("undated", undated.get("dateSource").asText());
            assertFalse(undated.has("date"), undated.toString());
        } finally {
            api.delete("/api/documents/timeit-undated", TOKEN);
        }
    }

    @Test
    void a_date_that_is_not_one_is_refused_on_arrival() {
        assertError(api.postJson("/api/documents", "{\"language\":\"en\",\"date\":\"spring 2024\","
                + "\"text\":\"1. A note about Kenya.\"}", TOKEN), 400, "bad_date");
        assertError(api.postJson("/api/documents", "{\"language\":\"en\",\"date\":\"2024-02-30\","
                + "\"text\":\"1. A note about Kenya.\"}", TOKEN), 400, "bad_date");
    }

    @Test
    void evidence_carries_its_document_date_and_relations_when_they_were_reported() {
        JsonNode rows = api.get("/api/shared?ids=" + RECSOIL).json().get("rows");

        assertFalse(rows.isEmpty());
        for (JsonNode row : rows) {
            for (JsonNode ev : row.get("links").get(0).get("evidence")) {
                if (ev.get("documentId").asText().equals("000")) {
                    assertEquals("2024", ev.get("documentDate").asText(), ev.toString());
                }
            }
        }
        JsonNode relation = relationTo(api.get("/api/entities/" + RECSOIL).json(), "country:MEX", "active");
        assertEquals("2024", relation.get("firstReported").asText(), relation.toString());
        assertTrue(relation.get("lastReported").asText().compareTo("2024") >= 0, relation.toString());
    }

    @Test
    void shared_activity_a_year_before_the_soil_partnership_report_has_no_recsoil_countries() {
        // Given 000 (dated 2024) is what says where RECSOIL is active
        // When asked as of 2023, and as of 2024
        Api.Response before = api.get("/api/shared?ids=" + RECSOIL + "&asOf=2023");
        Api.Response during = api.get("/api/shared?ids=" + RECSOIL + "&asOf=2024");

        // Then there are none before, and its countries in its year; each answer says the date it used
        assertEquals(200, before.status(), before.body());
        assertEquals(0, before.json().get("rows").size(), before.body());
        assertEquals("2023", before.json().get("asOf").get("asked").asText());
        assertEquals("2023-12-31", before.json().get("asOf").get("until").asText());
        assertEquals(200, during.status(), during.body());
        assertTrue(iso3s(during.json().get("rows")).containsAll(RECSOIL_ACTIVE), during.body());
        assertEquals("2024-12-31", during.json().get("asOf").get("until").asText());
        for (JsonNode row : during.json().get("rows")) {
            row.get("links").get(0).get("evidence").forEach(ev -> assertTrue(
                    ev.get("documentDate").asText().compareTo("2024-12-31") <= 0, ev.toString()));
        }
    }

    @Test
    void as_of_bounds_the_graph_overlap_paths_entity_export_and_reports() {
        // RECSOIL's neighbourhood as of 2023 has none of the countries 000 names
        JsonNode graph2023 = api.get("/api/entities/" + RECSOIL + "/graph?asOf=2023").json();
        JsonNode graph2024 = api.get("/api/entities/" + RECSOIL + "/graph?asOf=2024").json();
        assertFalse(edgeTargets(graph2023).contains("country:MEX"), graph2023.toString());
        assertTrue(edgeTargets(graph2024).contains("country:MEX"), graph2024.toString());
        assertEquals("2023-12-31", graph2023.get("asOf").get("until").asText());

        JsonNode entity = api.get("/api/entities/" + RECSOIL + "?asOf=2023").json();
        assertEquals("2023", entity.get("asOf").get("asked").asText());
        assertTrue(entity.get("relations").findValues("other").stream()
                .noneMatch(o -> o.get("id").asText().equals("country:MEX")), entity.toString());

        Api.Response overlap = api.get("/api/overlap?ids=" + RECSOIL + ",initiative:soil_doctors&asOf=2023");
        assertEquals(200, overlap.status(), overlap.body());
        assertEquals(0, overlap.json().get("inputs").get(0).get("targets").asInt(), overlap.body());

        Api.Response paths = api.get("/api/paths?from=" + RECSOIL + "&to=country:MEX&asOf=2023");
        assertEquals(200, paths.status(), paths.body());
        paths.json().get("paths").forEach(p -> p.get("edges").forEach(e -> assertTrue(
                e.get("firstReported").asText().compareTo("2023-12-31") <= 0, e.toString())));

        JsonNode export = api.get("/api/export?ids=" + RECSOIL + "&asOf=2023").json();
        assertEquals("2023-12-31", export.get("asOf").get("until").asText());
        export.get("edges").forEach(e -> assertFalse(e.get("evidence").isEmpty(), e.toString()));
        assertFalse(api.get("/api/export/edges.csv?ids=" + RECSOIL + "&asOf=2023").body().contains("country:MEX"));
        assertTrue(api.get("/api/export/edges.csv?ids=" + RECSOIL + "&asOf=2024").body().contains("country:MEX"));

        JsonNode report2023 = api.get("/api/reports/initiatives_sharing_countries?id=" + RECSOIL + "&asOf=2023").json();
        JsonNode report2024 = api.get("/api/reports/countries_by_initiatives?asOf=2024").json();
        assertEquals(0, report2023.get("rows").size(), report2023.toString());
        assertEquals("2023-12-31", report2023.get("asOf").get("until").asText());
        assertTrue(report2024.get("rows").toString().contains("MEX"), report2024.toString());
    }

    @Test
    void exports_carry_the_dates_in_json_csv_and_graphml() {
        // Given RECSOIL's relations, read from 000 (2024)
        JsonNode json = api.get("/api/export?ids=" + RECSOIL + "&depth=1").json();
        String csv = api.get("/api/export/edges.csv?ids=" + RECSOIL + "&depth=1").body();
        String graphml = api.get("/api/export?format=graphml&ids=" + RECSOIL + "&depth=1").body();

        // Then JSON edges have firstReported/lastReported and dated evidence
        JsonNode mex = null;
        for (JsonNode e : json.get("edges")) {
            if (e.get("id").asText().equals(RECSOIL + "|ACTIVE_IN|country:MEX|active")) {
                mex = e;
            }
        }
        assertTrue(mex != null, json.toString());
        assertEquals("2024", mex.get("firstReported").asText());
        assertTrue(texts(mex.get("evidence"), "documentDate").contains("2024"), mex.toString());
        // And the CSV has a dated row for it, GraphML the attributes
        String header = csv.lines().findFirst().orElseThrow().replace("\uFEFF", "");
        assertTrue(header.endsWith(",documentDate,firstReported,lastReported"), header);
        assertTrue(csv.lines().anyMatch(l -> l.startsWith(RECSOIL + ",") && l.contains("country:MEX")
                && l.contains(",2024,2024,")), csv);
        assertTrue(graphml.contains("attr.name=\"firstReported\"") && graphml.contains("attr.name=\"lastReported\""));
        assertTrue(graphml.contains("<data key=\"e_firstReported\">2024</data>"), "a 2024 edge");
        assertTrue(graphml.contains("&quot;documentDate&quot;:&quot;2024&quot;"), "dated evidence in evidence_json");
    }

    @Test
    void as_of_that_is_malformed_impossible_or_before_every_document_is_400() {
        assertError(api.get("/api/shared?ids=" + RECSOIL + "&asOf=soon"), 400, "bad_as_of");
        assertError(api.get("/api/shared?ids=" + RECSOIL + "&asOf=2024-13"), 400, "impossible_as_of");
        assertError(api.get("/api/entities/" + RECSOIL + "?asOf=2023-02-29"), 400, "impossible_as_of");
        assertError(api.get("/api/entities/" + RECSOIL + "/graph?asOf=1900"), 400, "as_of_before_documents");
        assertError(api.get("/api/reports/funders?asOf=20x4"), 400, "bad_as_of");
        assertError(api.get("/api/entities/" + RECSOIL + "/timeline?asOf=2024-00"), 400, "impossible_as_of");
    }

    @Test
    void as_of_in_the_future_is_answered_as_of_today_and_says_so() {
        Api.Response r = api.get("/api/shared?ids=" + RECSOIL + "&asOf=2999");

        assertEquals(200, r.status(), r.body());
        JsonNode asOf = r.json().get("asOf");
        assertEquals("2999", asOf.get("asked").asText());
        assertEquals(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString(), asOf.get("until").asText());
        assertTrue(asOf.get("note").asText().contains("future"), asOf.toString());
        assertTrue(iso3s(r.json().get("rows")).containsAll(RECSOIL_ACTIVE));
    }

    @Test
    void planned_in_one_report_and_active_in_a_later_one_is_one_fact_with_both_statuses_in_order() {
        // Given two small reports, the older saying the Mountain Partnership plans to work in Bhutan and the newer
        // saying it has started there
        post("timeit-planned", "2011-03-01", "1. The Mountain Partnership plans to expand to Bhutan.");
        post("timeit-active", "2013-06-01", "1. The Mountain Partnership has started in Bhutan.");
        try {
            // When the initiative's page is read now, and as of 2012
            JsonNode now = relationTo(api.get("/api/entities/" + MOUNTAINS).json(), "country:BTN", "active");
            JsonNode then = relationTo(api.get("/api/entities/" + MOUNTAINS + "?asOf=2012").json(), "country:BTN",
                    "planned");

            // Then the history lists planned (2011) before active (2013), and the current status is the latest
            assertEquals(List.of("planned", "active"), texts(now.get("statusHistory"), "status"), now.toString());
            assertEquals(List.of("2011-03-01", "2013-06-01"), texts(now.get("statusHistory"), "date"));
            assertEquals(List.of("timeit-planned", "timeit-active"), texts(now.get("statusHistory"), "documentId"));
            assertEquals("active", now.get("currentStatus").asText());
            assertEquals(List.of("planned"), texts(then.get("statusHistory"), "status"), then.toString());
            assertEquals("planned", then.get("currentStatus").asText());

            // And shared activity takes the status as reported by asOf
            assertTrue(iso3s(shared(MOUNTAINS, "planned", "2012")).contains("BTN"));
            assertFalse(iso3s(shared(MOUNTAINS, "active", "2012")).contains("BTN"));
            assertTrue(iso3s(shared(MOUNTAINS, "active", "2014")).contains("BTN"));
            assertFalse(iso3s(shared(MOUNTAINS, "planned", "2014")).contains("BTN"), "superseded by 2013");

            // And the timeline lists both reports in date order
            JsonNode timeline = api.get("/api/entities/country:BTN/timeline").json();
            List<String> statuses = new ArrayList<>();
            List<String> dates = new ArrayList<>();
            for (JsonNode e : timeline.get("entries")) {
                if (e.get("other").get("id").asText().equals(MOUNTAINS)) {
                    statuses.add(e.get("status").asText());
                    dates.add(e.get("date").asText());
                }
            }
            assertEquals(List.of("planned", "active"), statuses, timeline.toString());
            assertEquals(List.of("2011-03-01", "2013-06-01"), dates);
        } finally {
            api.delete("/api/documents/timeit-planned", TOKEN);
            api.delete("/api/documents/timeit-active", TOKEN);
        }
    }

    @Test
    void a_time_the_clause_states_for_its_fact_is_kept_with_the_words_that_say_it() {
        // Given reports whose clauses say since when, and for which years, a fact holds
        post("timeit-stated-en", "2022-01-10", "1. The Mountain Partnership has been active in Nepal since 2019.");
        post("timeit-stated-zh", "2022-02-10", "1. 山区伙伴关系自2020年以来在不丹开展活动。", "zh");
        try {
            // When the initiative's page is read
            JsonNode page = api.get("/api/entities/" + MOUNTAINS).json();
            JsonNode nepal = relationTo(page, "country:NPL", "active");
            JsonNode bhutan = relationTo(page, "country:BTN", "active");

            // Then each relation holds from the year its words state, and the evidence keeps the words
            assertEquals("2019", nepal.get("validFrom").asText(), nepal.toString());
            assertEquals("since 2019", nepal.get("evidence").get(0).get("stated").get("words").asText());
            assertEquals("2020", bhutan.get("validFrom").asText(), bhutan.toString());
            assertEquals("自2020年以来", bhutan.get("evidence").get(0).get("stated").get("words").asText());
            assertFalse(nepal.has("validTo"));
        } finally {
            api.delete("/api/documents/timeit-stated-en", TOKEN);
            api.delete("/api/documents/timeit-stated-zh", TOKEN);
        }
    }

    @Test
    void the_timeline_lists_an_entitys_facts_earliest_first_and_honours_as_of() {
        Api.Response all = api.get("/api/entities/" + RECSOIL + "/timeline?limit=100");
        Api.Response before = api.get("/api/entities/" + RECSOIL + "/timeline?asOf=2023");

        assertEquals(200, all.status(), all.body());
        List<String> dates = new ArrayList<>();
        all.json().get("entries").forEach(e -> dates.add(e.path("date").asText("\uffff")));
        assertFalse(dates.isEmpty());
        List<String> sorted = new ArrayList<>(dates);
        java.util.Collections.sort(sorted);
        assertEquals(sorted, dates, "earliest first");
        assertTrue(all.json().get("entries").findValues("quote").size() == dates.size());
        assertEquals(200, before.status(), before.body());
        before.json().get("entries").forEach(e -> assertTrue(e.get("date").asText().compareTo("2023-12-31") <= 0));
        assertFalse(texts(before.json().get("entries"), "documentId").contains("000"));
        assertError(api.get("/api/entities/initiative:nothing_of_the_kind/timeline"), 404, "unknown_entity");
    }

    @Test
    void the_dates_endpoint_lists_the_documents_dates_earliest_first() {
        JsonNode dates = api.get("/api/dates").json();

        List<String> listed = texts(dates.get("dates"), "date");
        assertTrue(listed.containsAll(List.of("2019-09-03", "2020-10-05", "2024", "2025-11-24", "2026-05-13")),
                dates.toString());
        List<String> sorted = new ArrayList<>(listed);
        java.util.Collections.sort(sorted);
        assertEquals(sorted, listed);
        assertEquals(listed.get(0), dates.get("earliest").asText());
        assertNull(dates.get("nothing"));
    }

    private void post(String id, String date, String text) {
        post(id, date, text, "en");
    }

    private void post(String id, String date, String text, String language) {
        Api.Response r = api.postJson("/api/documents", "{\"id\":\"" + id + "\",\"language\":\"" + language
                + "\",\"date\":\"" + date + "\",\"text\":\"" + text + "\"}", TOKEN);
        assertEquals(201, r.status(), r.body());
    }

    private JsonNode shared(String id, String status, String asOf) {
        Api.Response r = api.get("/api/shared?ids=" + id + "&status=" + status + "&asOf=" + asOf);
        assertEquals(200, r.status(), r.body());
        return r.json().get("rows");
    }

    private static JsonNode relationTo(JsonNode page, String other, String status) {
        for (JsonNode rel : page.get("relations")) {
            if (rel.get("other").get("id").asText().equals(other) && rel.get("status").asText().equals(status)) {
                return rel;
            }
        }
        throw new AssertionError("no " + status + " relation to " + other + " in " + page);
    }

    private static Set<String> edgeTargets(JsonNode graph) {
        Set<String> out = new TreeSet<>();
        graph.get("edges").forEach(e -> out.add(e.get("target").asText()));
        return out;
    }

    private static Set<String> iso3s(JsonNode rows) {
        Set<String> out = new TreeSet<>();
        rows.forEach(r -> out.add(r.get("entity").get("iso3").asText()));
        return out;
    }
}
