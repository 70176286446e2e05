package org.synergraph.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.synergraph.problem.Problem;

/** Reads a JSON request body into a record, turning every kind of malformed body into a clear 400. */
final class JsonBody {
    private JsonBody() {
    }

    /** Reads raw body bytes, refusing anything that is not valid UTF-8 instead of guessing. */
    static <T> T read(ObjectMapper json, byte[] raw, Class<T> type) {
        return read(json, utf8(raw), type);
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

    /** Decodes UTF-8 strictly: malformed bytes are a 400, not replacement characters. */
    static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw Problem.badRequest("bad_encoding", "The request body (or uploaded file) is not valid UTF-8 text.");
        }
    }
}
