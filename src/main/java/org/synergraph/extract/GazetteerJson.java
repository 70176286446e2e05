package org.synergraph.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/** The small amount of JSON reading the gazetteer files need. */
final class GazetteerJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GazetteerJson() {
    }

    /** Parses a document, naming the file when it is not JSON. */
    static JsonNode parse(String json, String file) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot parse " + file + ": " + e.getOriginalMessage(), e);
        }
    }

    /** A field's text, stripped; null when it is absent, null or blank. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
    }

    /** A field holding an array of strings, stripped, blanks left out; empty when absent. */
    static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        node.path(field).forEach(s -> out.add(s.asText().strip()));
        out.removeIf(String::isEmpty);
        return List.copyOf(out);
    }
}
