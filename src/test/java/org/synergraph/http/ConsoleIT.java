package org.synergraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synergraph.support.ApiAssertions.assertError;
import static org.synergraph.support.ApiAssertions.assertErrorShape;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synergraph.support.Api;
import org.synergraph.support.GraphFingerprint;
import org.synergraph.support.TestGraph;

/** POST /api/cypher: read-only Cypher with parameters, a row cap and a timeout. */
class ConsoleIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestGraph graph = TestGraph.embedded();
    private final Api api = graph.api();

    @Test
    void read_query_with_parameters_returns_columns_and_rows() {
        Api.Response r = run("MATCH (e:Entity {id: $id}) RETURN e.nameEn AS name, e.aliases AS aliases",
                Map.of("id", "initiative:recsoil"));

        assertEquals(200, r.status(), r.body());
        assertEquals("[\"name\",\"aliases\"]", r.json().get("columns").toString());
        assertTrue(r.json().get("rows").get(0).get(0).asText().contains("RECSOIL"));
        assertTrue(r.json().get("rows").get(0).get(1).isArray(), "lists stay lists: " + r.body());
        assertEquals(false, r.json().get("truncated").asBoolean());
    }

    @Test
    void nodes_come_back_with_labels_and_properties() {
        Api.Response r = run("MATCH (e:Country {iso3: 'CRI'}) RETURN e", Map.of());

        assertEquals("Costa Rica", r.json().get("rows").get(0).get(0).get("properties").get("nameEn").asText());
        assertTrue(r.json().get("rows").get(0).get(0).get("labels").toString().contains("Country"));
    }

    @Test
    void allow_listed_procedures_and_read_subqueries_run() {
        assertEquals(200, run("CALL db.labels() YIELD label RETURN label", Map.of()).status());
        assertEquals(200, run("CALL db.index.fulltext.queryNodes('entity_names', 'RECSOIL') YIELD node "
                + "RETURN node.id", Map.of()).status());
        assertEquals(200, run("MATCH (c:Country) CALL (c) { MATCH (c)<-[:ACTIVE_IN]-(i) RETURN count(i) AS n } "
                + "RETURN c.iso3, n LIMIT 3", Map.of()).status());
    }

    @Test
    void row_cap_sets_truncated() {
        // Given TestGraph caps console results at 200 rows and there are more passages than that
        Api.Response r = run("MATCH (p:Passage) RETURN p.id", Map.of());

        assertEquals(200, r.status(), r.body());
        assertEquals(200, r.json().get("rows").size());
        assertTrue(r.json().get("truncated").asBoolean());
    }

    @Test
    void runaway_cartesian_query_is_cut_off_by_the_timeout() {
        // Given a 5 s query timeout. A bare MATCH (a),(b),(c),(d),(e) RETURN count(*) is answered from Neo4j's count
        // store in milliseconds, so the filter makes it really visit every combination.
        String runaway = "MATCH (a),(b),(c),(d),(e) WHERE a.id <> e.id RETURN count(*)";

        // When
        Api.Response r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run(runaway, Map.of()));

        // Then
        assertTrue(r.status() == 408 || r.status() == 503, r.status() + " " + r.body());
        assertTrue(r.contentType().startsWith("application/json"));
        assertEquals("query_timeout", r.json().get("error").asText());
    }

    @Test
    void bare_cartesian_count_answers_quickly() {
        Api.Response r = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> run("MATCH (a),(b),(c),(d),(e) RETURN count(*)", Map.of()));

        assertTrue(r.status() == 200 || r.status() == 408 || r.status() == 503, r.body());
    }

    @Test
    void every_hostile_query_is_refused_or_harmless_and_the_graph_is_unchanged() throws IOException {
        // Given
        List<String> hostile = hostileQueries();
        assertTrue(hostile.size() >= 30, "the corpus has " + hostile.size() + " queries");
        GraphFingerprint before = GraphFingerprint.of(graph.synergraph().graph());

        // When
        List<String> failures = new ArrayList<>();
        for (String q : hostile) {
            Api.Response r = run(q, Map.of());
            if (r.status() == 200) {
                continue; // harmless: the fingerprint below proves it
            }
            try {
                assertErrorShape(r);
            } catch (AssertionError e) {
                failures.add(q + " -> " + r.status() + " " + r.body());
            }
        }

        // Then
        assertEquals(List.of(), failures);
        assertEquals(before, GraphFingerprint.of(graph.synergraph().graph()));
        assertEquals(0, run("MATCH (n:Hacked) RETURN count(n) AS n", Map.of()).json().get("rows").get(0).get(0).asInt());
    }

    @Test
    void writes_are_refused_with_403() {
        assertError(run("CREATE (n:Hacked)", Map.of()), 403, "read_only");
        assertError(run("CALL dbms.listConfig()", Map.of()), 403, "read_only");
    }

    @Test
    void bad_requests_are_400() {
        assertError(api.postJson("/api/cypher", "{}", null), 400, "missing_query");
        assertError(api.postJson("/api/cypher", "{\"query\": \"RETURN 1 +\"}", null), 400, "cypher_error");
        assertError(api.postJson("/api/cypher", "{\"query\": 7}", null), 400, "bad_json");
        assertError(api.postJson("/api/cypher", "{\"query\": \"RETURN 1\", \"params\": \"x\"}", null), 400,
                "bad_json");
        assertError(api.postJson("/api/cypher", "RETURN 1", null), 400, "bad_json");
        assertError(api.postJson("/api/cypher", "", null), 400, "missing_body");
        assertError(api.postJson("/api/cypher", "{\"query\": \"RETURN $x\"}", null), 400, null);
        assertError(api.postJson("/api/cypher?timeout=100", "{\"query\": \"RETURN 1\"}", null), 400,
                "unknown_parameter");
        assertError(api.postJson("/api/cypher", "{\"query\": \"" + "RETURN 1 ".repeat(2000) + "\"}", null), 413,
                "query_too_long");
    }

    private Api.Response run(String query, Map<String, Object> params) {
        try {
            return api.postJson("/api/cypher", JSON.writeValueAsString(Map.of("query", query, "params", params)),
                    null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> hostileQueries() throws IOException {
        try (InputStream in = ConsoleIT.class.getResourceAsStream("/console/hostile-queries.cypher")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String[] parts = text.split("\\R// ---\\R");
            List<String> out = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) { // parts[0] is the file's header
                if (!parts[i].isBlank()) {
                    out.add(parts[i].strip());
                }
            }
            return out;
        }
    }
}
