package org.synergraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synergraph.support.ApiAssertions.assertError;
import static org.synergraph.support.ApiAssertions.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.synergraph.support.Api;
import org.synergraph.support.TestGraph;

/** GET /api/reports and /api/reports/{name}, as JSON and CSV. */
class ReportIT {
    private final Api api = TestGraph.embedded().api();

    @Test
    void report_list_names_every_file_in_cypher_reports() throws IOException {
        // Given
        List<String> files;
        try (Stream<Path> s = Files.list(TestGraph.projectRoot().resolve("cypher/reports"))) {
            files = s.map(p -> p.getFileName().toString().replace(".cypher", "")).sorted().toList();
        }

        // When
        Api.Response r = api.get("/api/reports");

        // Then
        assertEquals(200, r.status(), r.body());
        assertEquals(files, texts(r.json().get("reports"), "name").stream().sorted().toList());
        for (JsonNode report : r.json().get("reports")) {
            assertFalse(report.get("title").asText().isBlank());
            assertTrue(report.get("params").isArray() && report.get("columns").isArray());
            assertFalse(report.has("statement"), "the Cypher text stays on the server");
        }
    }

    @Test
    void every_report_runs_with_its_defaults_and_returns_its_columns() {
        for (JsonNode report : api.get("/api/reports").json().get("reports")) {
            // When
            String name = report.get("name").asText();
            Api.Response r = api.get("/api/reports/" + name);

            // Then
            assertEquals(200, r.status(), name + ": " + r.body());
            assertEquals(texts(report.get("columns"), null), texts(r.json().get("columns"), null), name);
            assertTrue(r.json().get("rows").isArray(), name);
            assertFalse(r.json().get("truncated").asBoolean(), name);
            for (JsonNode row : r.json().get("rows")) {
                assertEquals(r.json().get("columns").size(), row.size(), name + ": " + row);
            }
        }
    }

    @Test
    void list_values_in_rows_are_json_arrays_not_strings() {
        Api.Response r = api.get("/api/reports/countries_by_initiatives");

        JsonNode row = r.json().get("rows").get(0);
        int initiatives = texts(r.json().get("columns"), null).indexOf("initiatives");
        assertTrue(row.get(initiatives).isArray(), row.toString());
        assertTrue(row.get(texts(r.json().get("columns"), null).indexOf("count")).isNumber(), row.toString());
    }

    @Test
    void parameters_change_the_answer() {
        Api.Response one = api.get("/api/reports/most_connected?limit=1");
        Api.Response countries = api.get("/api/reports/most_connected?type=Country&limit=5");
        Api.Response ghana = api.get("/api/reports/country_profile?id=country:GHA");

        assertEquals(1, one.json().get("rows").size(), one.body());
        countries.json().get("rows").forEach(row -> assertEquals("Country", row.get(1).asText()));
        assertTrue(ghana.json().get("rows").size() > 0, ghana.body());
    }

    @Test
    void csv_via_accept_header_has_a_header_row() {
        Api.Response r = api.get("/api/reports/most_connected?limit=3", "text/csv");

        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("text/csv"), r.contentType());
        String[] lines = r.body().split("\r?\n");
        assertEquals("entity,type,relations,passages", lines[0]);
        assertEquals(4, lines.length, r.body());
    }

    @Test
    void csv_via_format_parameter_matches_json_rows() {
        Api.Response json = api.get("/api/reports/entities_per_document");
        Api.Response csv = api.get("/api/reports/entities_per_document?format=csv");

        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.body().startsWith(String.join(",", texts(json.json().get("columns"), null))));
        assertEquals(json.json().get("rows").size() + 1, csv.body().strip().split("\r?\n").length);
        assertEquals(200, api.get("/api/reports/entities_per_document?format=json").status());
    }

    @Test
    void unknown_report_is_404() {
        Api.Response r = api.get("/api/reports/no_such_report");

        assertError(r, 404, "unknown_report");
        assertTrue(r.json().get("message").asText().contains("most_connected"), "lists the known reports");
    }

    @Test
    void unknown_repeated_or_badly_typed_parameters_are_400() {
        assertError(api.get("/api/reports/most_connected?colour=red"), 400, "unknown_parameter");
        assertError(api.get("/api/reports/funders?limit=3"), 400, "unknown_parameter");
        assertError(api.get("/api/reports/most_connected?limit=many"), 400, "bad_parameter");
        assertError(api.get("/api/reports/weak_evidence?maxConfidence=high"), 400, "bad_parameter");
        assertError(api.get("/api/reports/country_profile?id=Ghana"), 400, "bad_id");
        assertError(api.get("/api/reports/most_connected?limit=1&limit=2"), 400, "repeated_parameter");
        assertError(api.get("/api/reports/most_connected?format=xml"), 400, "bad_format");
        assertError(api.get("/api/reports?x=1"), 400, "unknown_parameter");
    }
}
