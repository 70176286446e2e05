package org.synergraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synergraph.support.ApiAssertions.assertError;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synergraph.graph.Graph;
import org.synergraph.support.Api;
import org.synergraph.support.GraphFingerprint;
import org.synergraph.support.GraphSnapshot;
import org.synergraph.support.TestGraph;

/** DELETE /api/documents/{id}: on a graph of its own, since it removes a seed document. */
class DocumentRemovalIT {
    private static final String TOKEN = TestGraph.ADMIN_TOKEN;
    private static TestGraph app;
    private static Api api;
    private static Graph graph;

    @BeforeAll
    static void start() {
        app = TestGraph.over(TestGraph.config(TestGraph.tempDir("removal"), Optional.empty()));
        api = app.api();
        graph = app.synergraph().graph();
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void removing_a_posted_document_leaves_the_graph_exactly_as_it_was_before_it_came() {
        // Given the graph before a document that adds evidence to known relations, names an entity no other
        // document names (Tuvalu) and one no list has (a made-up alliance, discovered from its acronym)
        GraphSnapshot before = GraphSnapshot.of(graph);
        String body = "{\"id\":\"removal-note\",\"language\":\"zh\",\"text\":\"1. 全球土壤伙伴关系与粮农组织合作。"
                + "图瓦卢参加了全球土壤伙伴关系。\\n\\n2. 太平洋珊瑚礁土壤联盟（PCSA）成立于2021年。PCSA与粮农组织合作开展培训。\\n\"}";
        Api.Response posted = api.postJson("/api/documents", body, TOKEN);
        assertEquals(201, posted.status(), posted.body());
        assertTrue(posted.json().get("newEntities").asInt() >= 2, posted.body());
        assertFalse(GraphSnapshot.of(graph).equals(before), "the document changed the graph");

        // When
        Api.Response removed = api.delete("/api/documents/removal-note", TOKEN);

        // Then the answer says what went, and every node and relationship is as it was, property for property
        assertEquals(200, removed.status(), removed.body());
        assertEquals("removal-note", removed.json().get("documentId").asText());
        assertEquals(2, removed.json().get("passages").asInt(), removed.body());
        assertTrue(removed.json().get("entities").asInt() >= 2, removed.body());
        assertEquals(before, GraphSnapshot.of(graph));
        assertError(api.get("/api/documents/removal-note"), 404, "unknown_document");
    }

    @Test
    void removing_a_seed_document_that_shares_relations_takes_its_passages_mentions_and_evidence_and_leaves_the_others_alone() {
        // Given the seed document that shares the most relations with other documents
        List<String> sharing = graph.read("MATCH ()-[r]->() WHERE r.evDocs IS NOT NULL"
                + " UNWIND r.evDocs AS doc WITH r, collect(DISTINCT doc) AS docs WHERE size(docs) > 1"
                + " UNWIND docs AS id WITH id, count(r) AS shared RETURN id ORDER BY shared DESC, id", Map.of(),
                r -> r.get("id").asString());
        String id = sharing.get(0);
        Map<String, Object> others = otherDocumentsState(id);

        // When
        Api.Response removed = api.delete("/api/documents/" + id, TOKEN);

        // Then nothing of 002 is left anywhere
        assertEquals(200, removed.status(), removed.body());
        assertEquals(0, count("MATCH (d:Document {id: $id}) RETURN count(d) AS n", id));
        assertEquals(0, count("MATCH (p:Passage) WHERE p.documentId = $id OR p.id STARTS WITH $id + '#'"
                + " RETURN count(p) AS n", id));
        assertEquals(0, count("MATCH ()-[r]->() WHERE any(x IN coalesce(r.evDocs, []) WHERE x = $id)"
                + " OR any(x IN coalesce(r.evPassages, []) WHERE x STARTS WITH $id + '#') RETURN count(r) AS n", id));
        assertEquals(0, count("MATCH ()-[r]->() WHERE r.evDocs IS NOT NULL AND size(r.evDocs) = 0"
                + " RETURN count(r) AS n"));
        assertEquals(0, count("MATCH (e:Entity) WHERE NOT EXISTS { (e)--() } RETURN count(e) AS n"));
        assertEquals(0, count("MATCH (e:Entity {origin: 'discovered'}) WHERE NOT EXISTS { (:Passage)-[:MENTIONS]->(e) }"
                + " RETURN count(e) AS n"));
        // and what the other documents say (their passages, mentions, rule and curated evidence) is unchanged
        assertEquals(others, otherDocumentsState(id));
        assertTrue(count("MATCH ()-[r]->() WHERE 'curated' IN r.evMethods RETURN count(r) AS n") > 0,
                "other documents' curated assertions stay");
    }

    @Test
    void unknown_document_is_404_and_a_malformed_id_is_400_and_neither_changes_anything() {
        GraphFingerprint before = GraphFingerprint.of(graph);

        assertError(api.delete("/api/documents/no-such-document", TOKEN), 404, "unknown_document");
        assertError(api.delete("/api/documents/" + Api.enc("..") , TOKEN), 400, "bad_document_id");
        assertError(api.delete("/api/documents/" + Api.enc("a b"), TOKEN), 400, "bad_document_id");
        assertError(api.delete("/api/documents/000?cascade=1", TOKEN), 400, "unknown_parameter");

        assertEquals(before, GraphFingerprint.of(graph));
    }

    @Test
    void removing_needs_the_admin_token_and_a_server_without_one_refuses_with_403() {
        GraphFingerprint before = GraphFingerprint.of(graph);

        assertError(api.delete("/api/documents/000", null), 401, "unauthorized");
        assertError(api.delete("/api/documents/000", "wrong-token"), 401, "unauthorized");
        assertError(app.withoutAdminToken().delete("/api/documents/000", TOKEN), 403, "writes_disabled");

        assertEquals(before, GraphFingerprint.of(graph));
        assertEquals(200, api.get("/api/documents/000").status());
    }

    @Test
    void removing_twice_is_404_the_second_time() {
        String body = "{\"id\":\"removal-twice\",\"language\":\"en\",\"text\":\"1. A note about Ghana.\"}";
        assertEquals(201, api.postJson("/api/documents", body, TOKEN).status());

        assertEquals(200, api.delete("/api/documents/removal-twice", TOKEN).status());
        assertError(api.delete("/api/documents/removal-twice", TOKEN), 404, "unknown_document");
    }

    @Test
    void an_uploaded_pdf_keeps_its_pages_and_its_original_until_it_is_removed() throws java.io.IOException {
        // Given the PDF of corpus document 004 uploaded under an id of its own
        byte[] pdf = java.nio.file.Files.readAllBytes(TestGraph.projectRoot()
                .resolve("src/test/resources/formats/004.pdf"));
        Api.Response up = api.postFile("/api/documents", "Rapport 2024 «final».pdf", pdf,
                Map.of("id", "removal-pdf"), TOKEN);
        assertEquals(201, up.status(), up.body());

        // Then its passages and its evidence carry pages, and the original comes back byte for byte
        com.fasterxml.jackson.databind.JsonNode doc = api.get("/api/documents/removal-pdf").json();
        assertEquals("Rapport 2024 «final».pdf", doc.get("document").get("originalFile").asText());
        List<Integer> pages = new java.util.ArrayList<>();
        doc.get("passages").forEach(p -> pages.add(p.get("page").asInt()));
        assertEquals(1, pages.get(0));
        assertTrue(pages.get(pages.size() - 1) > 3, pages.toString());
        assertEquals(pages.stream().sorted().toList(), pages, "pages never go back");
        long withPage = count("MATCH ()-[r]->() WHERE any(i IN range(0, size(coalesce(r.evDocs, [])) - 1)"
                + " WHERE r.evDocs[i] = $id AND r.evPages[i] > 0) RETURN count(r) AS n", "removal-pdf");
        assertTrue(withPage > 100, "evidence from the PDF says its page: " + withPage);
        assertEquals(0, count("MATCH ()-[r]->() WHERE r.evDocs IS NOT NULL AND size(r.evPages) <> size(r.evDocs)"
                + " RETURN count(r) AS n"), "evPages stays parallel to the other evidence lists");
        java.net.http.HttpResponse<byte[]> original = download("/api/documents/removal-pdf/original");
        assertEquals(200, original.statusCode());
        assertEquals("application/pdf", original.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"Rapport 2024 _final_.pdf\"; filename*=UTF-8''Rapport%202024%20%C2%ABfinal%C2%BB.pdf",
                original.headers().firstValue("Content-Disposition").orElse(""));
        assertTrue(java.util.Arrays.equals(pdf, original.body()), "the original, byte for byte");

        // When it is removed, the original goes with it
        assertEquals(200, api.delete("/api/documents/removal-pdf", TOKEN).status());
        assertError(api.get("/api/documents/removal-pdf/original"), 404, "unknown_document");
    }

    @Test
    void documents_sent_as_json_have_no_original_and_a_changed_version_without_its_file_drops_the_old_one() {
        assertEquals(201, api.postJson("/api/documents",
                "{\"id\":\"removal-json\",\"language\":\"en\",\"text\":\"1. A note about Chile.\"}", TOKEN).status());
        assertError(api.get("/api/documents/removal-json/original"), 404, "no_original");
        assertError(api.get("/api/documents/" + Api.enc("..") + "/original"), 400, "bad_document_id");
        Api.Response up = api.postFile("/api/documents", "note.txt", "1. A note about Ghana.\n",
                Map.of("id", "removal-original"), TOKEN);
        assertEquals(201, up.status(), up.body());
        assertEquals(200, api.get("/api/documents/removal-original/original").status());

        Api.Response json = api.postJson("/api/documents",
                "{\"id\":\"removal-original\",\"language\":\"en\",\"text\":\"1. A note about Kenya.\"}", TOKEN);

        assertEquals(201, json.status(), json.body());
        assertError(api.get("/api/documents/removal-original/original"), 404, "no_original");
        assertFalse(api.get("/api/documents/removal-original").json().get("document").has("originalFile"));
    }

    private static java.net.http.HttpResponse<byte[]> download(String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(api.base() + path)).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every other document's passages and mentions, and every relation's evidence from other documents. */
    private static Map<String, Object> otherDocumentsState(String removed) {
        List<String> passages = graph.read("MATCH (d:Document)-[:HAS_PASSAGE]->(p:Passage) WHERE d.id <> $id"
                + " OPTIONAL MATCH (p)-[m:MENTIONS]->(e:Entity)"
                + " RETURN p.id + '|' + p.text + '|' + coalesce(e.id, '') AS line, coalesce(m.starts, []) AS starts"
                + " ORDER BY line", Map.of("id", removed), r -> r.get("line").asString() + r.get("starts").asList());
        List<String> evidence = graph.read("MATCH (a)-[r]->(b) WHERE r.evDocs IS NOT NULL"
                + " WITH a, r, b, [i IN range(0, size(r.evDocs) - 1) WHERE r.evDocs[i] <> $id] AS keep"
                + " WHERE size(keep) > 0"
                + " RETURN a.id + ' ' + type(r) + ' ' + b.id + ' ' + r.key + ' '"
                + " AS line, [i IN keep | r.evPassages[i] + '/' + r.evMethods[i] + '/' + r.evQuotes[i]] AS ev"
                + " ORDER BY line", Map.of("id", removed), r -> r.get("line").asString() + r.get("ev").asList());
        List<String> documents = graph.read("MATCH (d:Document) WHERE d.id <> $id RETURN d.id + toString(d.passageCount)"
                + " AS line ORDER BY line", Map.of("id", removed), r -> r.get("line").asString());
        return Map.of("passages", passages, "evidence", evidence, "documents", documents);
    }

    private static long count(String cypher) {
        return count(cypher, "");
    }

    private static long count(String cypher, String id) {
        return graph.read(cypher, Map.of("id", id), r -> r.get("n").asLong()).get(0);
    }
}
