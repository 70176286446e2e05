package org.synergraph.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.synergraph.problem.Problem;

/** Reads a JSON request body into a record, turning every kind of malformed body into a clear 400. */
final class JsonBody {
    private JsonBody() {
    }

    static <T> T read(ObjectMapper json, String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw Problem.badRequest("missing_body", "Send a JSON object in the request body.");
        }
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw Problem.badRequest("bad_json", "The body must be a JSON object, not null.");
            }
            return value;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw Problem.badRequest("bad_json", "The body is not valid JSON of the expected shape" + where + ": "
                    + e.getOriginalMessage());
        }
    }
}
