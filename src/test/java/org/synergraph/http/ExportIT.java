package org.synergraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synergraph.support.ApiAssertions.assertError;
import static org.synergraph.support.ApiAssertions.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.synergraph.support.Api;
import org.synergraph.support.TestGraph;
import org.w3c.dom.Document;

/** GET /api/export as JSON, GraphML and CSV, whole or around some entities. */
class ExportIT {
    private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    private final Api api = TestGraph.embedded().api();

    @Test
    void json_export_has_nodes_and_edges_with_evidence() {
        // When
        Api.Response r = api.get("/api/export");

        // Then
        assertEquals(200, r.status(), r.body());
        JsonNode nodes = r.json().get("nodes");
        JsonNode edges = r.json().get("edges");
        assertTrue(nodes.size() > 100 && edges.size() > 0, "nodes " + nodes.size() + ", edges " + edges.size());
        Set<String> ids = new HashSet<>(texts(nodes, "id"));
        for (JsonNode n : nodes) {
            assertTrue(n.get("type").isTextual() && n.get("labels").isArray(), n.toString());
        }
        for (JsonNode e : edges) {
            assertTrue(ids.contains(e.get("source").asText()) && ids.contains(e.get("target").asText()), e.toString());
            assertTrue(e.get("id").isTextual() && e.get("type").isTextual() && e.get("status").isTextual());
            assertTrue(e.get("evidence").size() > 0, e.toString());
            for (JsonNode ev : e.get("evidence")) {
                assertTrue(ev.get("documentId").isTextual() && ev.get("para").isTextual(), ev.toString());
                assertFalse(ev.get("quote").asText().isBlank());
            }
        }
    }

    @Test
    void graphml_parses_with_the_graphml_namespace_and_matches_json_counts() throws Exception {
        // Given
        JsonNode json = api.get("/api/export").json();

        // When
        Api.Response r = api.get("/api/export?format=graphml");

        // Then
        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("application/graphml+xml"), r.contentType());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document xml = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals(GRAPHML_NS, xml.getDocumentElement().getNamespaceURI());
        assertEquals("graphml", xml.getDocumentElement().getLocalName());
        assertEquals(json.get("nodes").size(), xml.getElementsByTagNameNS(GRAPHML_NS, "node").getLength());
        assertEquals(json.get("edges").size(), xml.getElementsByTagNameNS(GRAPHML_NS, "edge").getLength());
        assertTrue(r.body().contains("key=\"e_quotes\""), "evidence travels with the edges");
    }

    @Test
    void csv_has_a_header_with_evidence_columns_and_a_row_per_evidence() {
        // Given
        JsonNode json = api.get("/api/export").json();
        int evidence = 0;
        for (JsonNode e : json.get("edges")) {
            evidence += e.get("evidence").size();
        }

        // When
        Api.Response r = api.get("/api/export?format=csv");

        // Then
        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("text/csv"), r.contentType());
        String[] lines = r.body().strip().split("\r?\n");
        List<String> header = List.of(lines[0].split(","));
        assertTrue(header.containsAll(List.of("source", "type", "target", "status", "documentId", "para", "quote")),
                lines[0]);
        assertEquals(evidence, lines.length - 1);
    }

    @Test
    void subgraph_by_ids_and_depth() {
        // When
        JsonNode zero = api.get("/api/export?ids=initiative:recsoil&depth=0").json();
        JsonNode one = api.get("/api/export?ids=initiative:recsoil&depth=1").json();
        JsonNode two = api.get("/api/export?ids=initiative:recsoil&depth=2").json();

        // Then
        assertEquals(List.of("initiative:recsoil"), texts(zero.get("nodes"), "id"));
        assertEquals(0, zero.get("edges").size());
        assertTrue(texts(one.get("nodes"), "id").containsAll(List.of("initiative:recsoil", "country:CRI",
                "country:GHA")), one.toString());
        assertTrue(one.get("edges").size() >= 6);
        one.get("edges").forEach(e -> assertTrue(e.get("source").asText().equals("initiative:recsoil")
                || e.get("target").asText().equals("initiative:recsoil")
                || texts(one.get("nodes"), "id").contains(e.get("source").asText())));
        assertTrue(two.get("nodes").size() > one.get("nodes").size());
    }

    @Test
    void subgraph_of_several_ids_in_graphml() {
        Api.Response r = api.get("/api/export?ids=country:CRI,country:GHA&depth=1&format=graphml");

        assertEquals(200, r.status());
        assertTrue(r.body().contains("<node id=\"initiative:recsoil\">"), r.body());
    }

    @Test
    void bad_format_depth_or_ids_are_refused() {
        assertError(api.get("/api/export?format=xml"), 400, "bad_format");
        assertError(api.get("/api/export?depth=4"), 400, "bad_depth");
        assertError(api.get("/api/export?depth=deep"), 400, "bad_parameter");
        assertError(api.get("/api/export?ids=not-an-id"), 400, "bad_id");
        assertError(api.get("/api/export?ids=initiative:no_such_thing"), 404, "unknown_entity");
        assertError(api.get("/api/export?limit=5"), 400, "unknown_parameter");
        assertError(api.get("/api/export?format=csv&format=json"), 400, "repeated_parameter");
    }
}
