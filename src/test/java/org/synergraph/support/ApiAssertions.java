package org.synergraph.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Assertions shared by the HTTP integration tests. */
public final class ApiAssertions {
    private ApiAssertions() {
    }

    /** The response is {"error","message"} JSON with this status and error code, and no stack trace. */
    public static void assertError(Api.Response r, int status, String code) {
        assertEquals(status, r.status(), r.body());
        assertErrorShape(r);
        if (code != null) {
            assertEquals(code, r.json().get("error").asText(), r.body());
        }
    }

    /** The response is a 4xx {"error","message"} JSON body with no stack trace. */
    public static void assertErrorShape(Api.Response r) {
        assertTrue(r.status() >= 400 && r.status() < 500, "expected a 4xx, got " + r.status() + ": " + r.body());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        assertNotNull(r.json(), r.body());
        assertEquals(List.of("error", "message"), fieldNames(r.json()), r.body());
        assertFalse(r.json().get("message").asText().isBlank(), r.body());
        assertFalse(r.body().matches("(?s).*(\\bat (org|java|io)\\.|Exception:|\\.java:\\d+).*"), r.body());
    }

    public static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The text values of one field of every element of an array, or of the elements themselves (field null). */
    public static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field == null ? n.asText() : n.path(field).asText(null)));
        return out;
    }
}
