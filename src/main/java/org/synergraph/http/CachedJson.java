package org.synergraph.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.synergraph.query.ReadCache;

/**
 * Sends a JSON answer from the read cache, or computes, serializes and keeps it: the bytes are those
 * {@code ctx.json} would send. Call after the parameters are checked (unknown and repeated ones refused), so that
 * every query parameter is part of the key.
 */
final class CachedJson {
    private final ReadCache cache;
    private final ObjectMapper json;

    CachedJson(ReadCache cache, ObjectMapper json) {
        this.cache = cache;
        this.json = json;
    }

    void send(Context ctx, String endpoint, Supplier<Object> answer) {
        Map<String, String> params = new HashMap<>();
        ctx.queryParamMap().forEach((k, v) -> params.put(k, String.join("\u0000", v)));
        byte[] body = cache.get(endpoint, params, () -> bytes(answer.get()));
        ctx.contentType(ContentType.APPLICATION_JSON).result(body);
    }

    private byte[] bytes(Object answer) {
        try {
            return json.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
