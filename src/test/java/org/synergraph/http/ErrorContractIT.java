package org.synergraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.synergraph.support.ApiAssertions.assertError;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.synergraph.support.Api;
import org.synergraph.support.TestGraph;

/** Every error, on every endpoint, is {"error","message"} JSON with a 4xx status and no stack trace. */
class ErrorContractIT {
    /** A working GET request for each GET endpoint. */
    private static final List<String> GETS = List.of("/api/health", "/api/search?q=soil",
            "/api/entities/initiative:recsoil", "/api/entities/initiative:recsoil/graph",
            "/api/edges/" + Api.enc("initiative:recsoil|ACTIVE_IN|country:CRI|active"),
            "/api/paths?from=country:CRI&to=country:GHA", "/api/shared?ids=initiative:recsoil",
            "/api/overlap?ids=initiative:recsoil,initiative:soil_doctors", "/api/documents", "/api/documents/000",
            "/api/reports", "/api/reports/funders", "/api/export?ids=initiative:recsoil&depth=0");
    private final Api api = TestGraph.embedded().api();

    @Test
    void every_get_endpoint_answers_its_working_request() {
        for (String path : GETS) {
            assertEquals(200, api.get(path).status(), path);
        }
    }

    @Test
    void unknown_query_parameters_are_400_everywhere() {
        for (String path : GETS) {
            assertError(api.get(path + (path.contains("?") ? "&" : "?") + "bogus=1"), 400, "unknown_parameter");
        }
    }

    @Test
    void repeated_query_parameters_are_400_everywhere() {
        for (String path : GETS) {
            if (path.contains("?")) {
                String first = path.substring(path.indexOf('?') + 1).split("&")[0];
                assertError(api.get(path + "&" + first), 400, "repeated_parameter");
            }
        }
    }

    @Test
    void unknown_api_path_is_a_json_404() {
        assertError(api.get("/api/nothing/here"), 404, "not_found");
    }

    @Test
    void wrong_method_is_a_json_405() {
        Api.Response r = api.method("DELETE", "/api/documents");

        assertEquals(405, r.status(), r.body());
        assertEquals("method_not_allowed", r.json().get("error").asText());
        assertEquals(405, api.method("PUT", "/api/search").status());
    }

    @Test
    void oversized_body_is_a_json_413() {
        byte[] big = ("{\"query\": \"" + "x".repeat(6 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        Api.Response r = api.post("/api/cypher", "application/json", big, null);

        assertEquals(413, r.status(), r.body().length() > 300 ? r.body().substring(0, 300) : r.body());
        assertEquals("application/json", r.contentType().split(";")[0]);
    }
}
