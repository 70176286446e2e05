package org.synergraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.synergraph.support.Api;
import org.synergraph.support.TestGraph;

class HealthIT {
    private final Api api = TestGraph.embedded().api();

    @Test
    void health_reports_embedded_mode_loopback_bolt_and_counts() {
        Api.Response r = api.get("/api/health");

        assertEquals(200, r.status());
        assertEquals("ok", r.json().get("status").asText());
        assertEquals("embedded", r.json().get("mode").asText());
        assertTrue(r.json().get("bolt").asText().startsWith("neo4j://127.0.0.1:"), r.body());
        assertTrue(r.json().get("counts").has("nodes"));
        assertTrue(r.json().get("counts").has("relationships"));
    }

    @Test
    void unknown_api_path_is_a_json_404() {
        Api.Response r = api.get("/api/no-such-thing");

        assertEquals(404, r.status());
        assertEquals("not_found", r.json().get("error").asText());
        assertTrue(r.json().get("message").asText().contains("/api/no-such-thing"));
    }

    @Test
    void home_page_is_served_from_web_folder() {
        Api.Response r = api.get("/");

        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("text/html"));
        assertTrue(r.body().contains("Synergraph"));
    }
}
