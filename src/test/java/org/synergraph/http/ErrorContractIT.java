package org.synergraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void body_errors_name_the_field_and_never_a_java_class() {
        Api.Response unknown = api.postJson("/api/cypher", "{\"query\":\"RETURN 1\",\"bogus\":1}", null);
        Api.Response wrongType = api.postJson("/api/cypher", "{\"query\":12}", null);
        Api.Response notObject = api.postJson("/api/cypher", "[1,2]", null);
        Api.Response broken = api.postJson("/api/cypher", "{\"query\":", null);

        assertError(unknown, 400, "bad_json");
        assertEquals("Unknown field 'bogus' (line 1, column 31); the body takes query, params, review.",
                unknown.json().get("message").asText());
        assertEquals("Field 'query' must be a string (line 1, column 10).", wrongType.json().get("message").asText());
        assertEquals("The body must be a JSON object with the fields query, params, review (line 1, column 1).",
                notObject.json().get("message").asText());
        assertEquals(400, broken.status());
        for (Api.Response r : List.of(unknown, wrongType, notObject, broken)) {
            String message = r.json().get("message").asText();
            assertFalse(message.contains("org.") || message.contains("$") || message.contains("java."), message);
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
