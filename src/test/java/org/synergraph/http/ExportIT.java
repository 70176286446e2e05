package org.synergraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
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
    void graphml_carries_every_property_of_the_json_export_and_its_edge_ids() throws Exception {
        JsonNode json = api.get("/api/export").json();
        Document xml = parse(api.get("/api/export?format=graphml").body());

        Map<String, Map<String, String>> nodes = elements(xml, "node");
        Map<String, Map<String, String>> edges = elements(xml, "edge");

        assertEquals(json.get("nodes").size(), nodes.size(), "a node for every entity, isolated ones included");
        for (JsonNode n : json.get("nodes")) {
            Map<String, String> d = nodes.get(n.get("id").asText());
            for (String field : List.of("type", "nameEn", "nameZh", "iso3", "wikidata", "source")) {
                assertEquals(n.path(field).isMissingNode() ? null : n.get(field).asText(), d.get(field), field);
            }
            assertEquals(n.get("labels").toString(), d.get("labels_json"));
            assertEquals(n.get("aliases").toString(), d.get("aliases_json"));
        }
        for (JsonNode e : json.get("edges")) {
            Map<String, String> d = edges.get(e.get("id").asText());
            assertNotNull(d, "edge id " + e.get("id"));
            assertEquals(e.path("currency").asText(null), d.get("currency"));
            assertEquals(e.has("amount") ? e.get("amount").asDouble() : null,
                    d.get("amount") == null ? null : Double.valueOf(d.get("amount")));
            assertEquals(e.has("year") ? e.get("year").asText() : null, d.get("year"));
            JsonNode evidence = new ObjectMapper().readTree(d.get("evidence_json"));
            assertEquals(e.get("evidence").size(), evidence.size());
            for (int i = 0; i < evidence.size(); i++) {
                for (String field : List.of("documentId", "passageId", "para", "quote", "method", "confidence")) {
                    assertEquals(e.get("evidence").get(i).get(field), evidence.get(i).get(field), field);
                }
            }
        }
        String someEdge = json.get("edges").get(0).get("id").asText();
        assertEquals(200, api.get("/api/edges/" + Api.enc(someEdge)).status(), "GraphML edge ids are the API's");
    }

    @Test
    void networkx_reads_the_graphml_with_amounts_and_evidence() throws Exception {
        Assumptions.assumeTrue(pythonHasNetworkx(), "python3 with networkx is not installed");
        Path file = Files.createTempFile(TestGraph.tempDir("graphml"), "export", ".graphml");
        Files.writeString(file, api.get("/api/export?format=graphml").body());
        JsonNode json = api.get("/api/export").json();

        String out = python("import json, sys, networkx as nx\n"
                + "g = nx.read_graphml(sys.argv[1])\n"
                + "funds = [d for _, _, d in g.edges(data=True) if d.get('amount') is not None]\n"
                + "ev = [json.loads(d['evidence_json']) for _, _, d in g.edges(data=True)]\n"
                + "print(json.dumps({'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(),\n"
                + "  'amounts': len(funds), 'amountType': type(funds[0]['amount']).__name__,\n"
                + "  'currency': funds[0].get('currency'), 'evidence': sum(len(e) for e in ev),\n"
                + "  'passages': sum(1 for e in ev for i in e if i.get('passageId'))}))\n", file.toString());

        JsonNode read = new ObjectMapper().readTree(out);
        int evidence = 0;
        int amounts = 0;
        for (JsonNode e : json.get("edges")) {
            evidence += e.get("evidence").size();
            amounts += e.has("amount") ? 1 : 0;
        }
        assertEquals(json.get("nodes").size(), read.get("nodes").asInt());
        assertEquals(json.get("edges").size(), read.get("edges").asInt());
        assertTrue(amounts > 0);
        assertEquals(amounts, read.get("amounts").asInt());
        assertEquals("float", read.get("amountType").asText());
        assertEquals("USD", read.get("currency").asText());
        assertEquals(evidence, read.get("evidence").asInt());
        assertEquals(evidence, read.get("passages").asInt());
    }

    @Test
    void nodes_and_edges_csv_list_every_entity_and_every_piece_of_evidence() {
        JsonNode json = api.get("/api/export").json();

        Api.Response nodes = api.get("/api/export/nodes.csv");
        Api.Response edges = api.get("/api/export/edges.csv");

        assertEquals(200, nodes.status());
        assertTrue(nodes.contentType().startsWith("text/csv"));
        String[] nodeLines = nodes.body().strip().split("\r\n");
        assertEquals("id,type,labels,nameEn,nameZh,aliases,iso3,wikidata,source", nodeLines[0]);
        assertEquals(json.get("nodes").size(), nodeLines.length - 1, "isolated entities are rows too");
        assertEquals(api.get("/api/export?format=csv").body(), edges.body());
        assertTrue(edges.body().lines().findFirst().orElseThrow().endsWith(",id,passageId,evidenceMethod,evidenceConfidence,documentDate,firstReported,lastReported"));
    }

    @Test
    void csv_starts_with_a_bom_when_asked_or_when_a_browser_downloads_it() throws Exception {
        assertFalse(bytes("/api/export/nodes.csv").startsWith("\uFEFF"), "scripts get plain UTF-8");
        assertTrue(bytes("/api/export/nodes.csv?bom=true").startsWith("\uFEFF"));
        assertTrue(bytes("/api/export/edges.csv", "Sec-Fetch-Mode", "navigate", "Sec-Fetch-Dest", "document")
                .startsWith("\uFEFF"), "a download link in a browser");
        assertFalse(bytes("/api/export/edges.csv?bom=false", "Sec-Fetch-Mode", "navigate").startsWith("\uFEFF"));
        assertTrue(bytes("/api/reports/funders?format=csv&bom=true").startsWith("\uFEFF"));
        assertError(api.get("/api/export/nodes.csv?bom=yes"), 400, "bad_parameter");
    }

    @Test
    void accept_chooses_the_export_format_when_format_is_absent() {
        assertTrue(api.get("/api/export?depth=0&ids=initiative:recsoil", "application/graphml+xml").contentType()
                .startsWith("application/graphml+xml"));
        assertTrue(api.get("/api/export?depth=0&ids=initiative:recsoil", "text/csv;q=0.9, application/json;q=0.1")
                .contentType().startsWith("text/csv"));
        assertTrue(api.get("/api/export?depth=0&ids=initiative:recsoil", "text/html,*/*;q=0.8").contentType()
                .startsWith("application/json"));
    }

    private String bytes(String path, String... headers) throws Exception {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(api.base() + path));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        byte[] body = java.net.http.HttpClient.newHttpClient().send(b.build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray()).body();
        return new String(body, StandardCharsets.UTF_8);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** id -> attribute name -> value, with key ids resolved to attr.name. */
    private static Map<String, Map<String, String>> elements(Document xml, String tag) {
        Map<String, String> names = new HashMap<>();
        org.w3c.dom.NodeList keys = xml.getElementsByTagNameNS(GRAPHML_NS, "key");
        for (int i = 0; i < keys.getLength(); i++) {
            org.w3c.dom.Element k = (org.w3c.dom.Element) keys.item(i);
            names.put(k.getAttribute("id"), k.getAttribute("attr.name"));
        }
        Map<String, Map<String, String>> out = new HashMap<>();
        org.w3c.dom.NodeList list = xml.getElementsByTagNameNS(GRAPHML_NS, tag);
        for (int i = 0; i < list.getLength(); i++) {
            org.w3c.dom.Element el = (org.w3c.dom.Element) list.item(i);
            Map<String, String> data = new HashMap<>();
            org.w3c.dom.NodeList ds = el.getElementsByTagNameNS(GRAPHML_NS, "data");
            for (int j = 0; j < ds.getLength(); j++) {
                org.w3c.dom.Element d = (org.w3c.dom.Element) ds.item(j);
                data.put(names.get(d.getAttribute("key")), d.getTextContent());
            }
            out.put(el.getAttribute("id"), data);
        }
        return out;
    }

    private static boolean pythonHasNetworkx() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import networkx").redirectErrorStream(true).start();
            return p.waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static String python(String script, String arg) throws Exception {
        Process p = new ProcessBuilder("python3", "-c", script, arg).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
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
