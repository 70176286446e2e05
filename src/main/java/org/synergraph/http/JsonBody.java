package org.synergraph.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.synergraph.problem.Problem;
import org.synergraph.query.Ids;

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
            throw Problem.badRequest("bad_json", describe(e, type));
        }
    }

    /**
     * Says what is wrong in the client's terms (field names, JSON types, line and column), never in Jackson's,
     * whose messages name Java classes such as {@code ConsoleController$ConsoleRequest}.
     */
    static String describe(JsonProcessingException e, Class<?> type) {
        String where = e.getLocation() == null || e.getLocation().getLineNr() < 0 ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        if (e instanceof UnrecognizedPropertyException u) {
            return "Unknown field '" + Ids.abbreviate(u.getPropertyName()) + "'" + where + "; the body takes "
                    + fields(type) + ".";
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            return "Field '" + path(m.getPath()) + "' must be " + JsonTypes.describe(m.getTargetType()) + where + ".";
        }
        if (e instanceof MismatchedInputException m) {
            return "The body must be a JSON object with the fields " + fields(type) + where + ".";
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return "Field '" + path(m.getPath()) + "' has a value that cannot be used" + where + ".";
        }
        return "The body is not well-formed JSON" + where + ".";
    }

    private static String fields(Class<?> type) {
        return type.isRecord() ? java.util.Arrays.stream(type.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).collect(java.util.stream.Collectors.joining(", "))
                : "described in /openapi.json";
    }

    private static String path(java.util.List<JsonMappingException.Reference> refs) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(Ids.abbreviate(r.getFieldName()));
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
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
