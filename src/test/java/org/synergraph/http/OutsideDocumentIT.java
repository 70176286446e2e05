package org.synergraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.synergraph.support.Api;
import org.synergraph.support.TestGraph;

/**
 * A Chinese FAO committee document from outside the corpus (the outside test's first text, COFO/2003/7), posted as a
 * new user would, gives relations with evidence in the response counts, and each relation it made quotes the text.
 */
class OutsideDocumentIT {
    private static final Path OUTSIDE = TestGraph.projectRoot().resolve("src/test/resources/outside");
    private final TestGraph graph = TestGraph.embedded();
    private final Api api = graph.api();

    @Test
    void an_outside_chinese_fao_text_posted_through_the_api_yields_relations_with_evidence() throws IOException {
        // Given the text and its manifest row
        ObjectMapper json = new ObjectMapper();
        JsonNode row = null;
        for (JsonNode d : json.readTree(OUTSIDE.resolve("manifest.json").toFile())) {
            if (d.get("id").asText().equals("o01")) {
                row = d;
            }
        }
        ObjectNode body = json.createObjectNode();
        body.put("title", row.path("titleEn").asText("outside text"));
        body.put("language", "zh");
        body.put("text", Files.readString(OUTSIDE.resolve(row.get("file").asText())));

        // When
        Api.Response r = api.postJson("/api/documents", body.toString(), TestGraph.ADMIN_TOKEN);

        // Then
        assertEquals(201, r.status(), r.body());
        assertTrue(r.json().get("relations").asInt() > 0, "relations in " + r.body());
        assertTrue(r.json().get("evidence").asInt() > 0, "evidence in " + r.body());
    }
}
