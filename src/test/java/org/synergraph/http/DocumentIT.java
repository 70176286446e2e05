package org.synergraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synergraph.support.ApiAssertions.assertError;
import static org.synergraph.support.ApiAssertions.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synergraph.support.Api;
import org.synergraph.support.GraphFingerprint;
import org.synergraph.support.TestGraph;

/** GET /api/documents, GET /api/documents/{id} and POST /api/documents. */
class DocumentIT {
    private static final String TOKEN = TestGraph.ADMIN_TOKEN;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestGraph graph = TestGraph.embedded();
    private final Api api = graph.api();

    @Test
    void document_list_has_the_five_seed_documents_with_metadata() {
        Api.Response r = api.get("/api/documents");

        assertEquals(200, r.status(), r.body());
        List<String> ids = texts(r.json().get("documents"), "id");
        assertTrue(ids.containsAll(List.of("000", "001", "002", "003", "004")), r.body());
        JsonNode first = r.json().get("documents").get(0);
        assertEquals("000", first.get("id").asText());
        assertEquals("zh", first.get("language").asText());
        assertTrue(first.get("title").isTextual() && first.get("passages").asInt() > 0);
    }

    @Test
    void every_mention_offset_spans_a_name_or_alias_of_its_entity() throws IOException {
        // Given the names and aliases of each entity, which Chinese text may print with or without 《》 or “” around
        // them, and the words that name a body only inside one document (data/gazetteer/context-aliases.json,
        // e.g. 《条约》 for the Plant Treaty in 001)
        Map<String, Set<String>> names = new HashMap<>();
        JsonNode contextAliases = JSON.readTree(TestGraph.projectRoot()
                .resolve("data/gazetteer/context-aliases.json").toFile());
        for (String id : List.of("000", "001", "002", "003", "004")) {
            // When
            Api.Response r = api.get("/api/documents/" + id);

            // Then
            assertEquals(200, r.status(), r.body());
            assertEquals(id, r.json().get("document").get("id").asText());
            int mentions = 0;
            int ordinal = -1;
            for (JsonNode p : r.json().get("passages")) {
                assertTrue(p.get("ordinal").asInt() > ordinal, "passages in order");
                ordinal = p.get("ordinal").asInt();
                String text = p.get("text").asText();
                for (JsonNode m : p.get("mentions")) {
                    String entity = m.get("entityId").asText();
                    String span = text.substring(m.get("start").asInt(), m.get("end").asInt());
                    Set<String> known = names.computeIfAbsent(entity, this::namesOf);
                    boolean inDocument = entity.equals(contextAliases.path(id).path(span).asText(null));
                    // a generic word resolved to an organ of the issuing body is the end of that organ's name
                    // (大会 for 粮农组织大会, 秘书处 for …秘书处)
                    boolean organShortName = known.stream().anyMatch(n -> n.length() > span.length()
                            && n.endsWith(bare(span)));
                    assertTrue(known.contains(bare(span)) || inDocument || organShortName, id + " " + p.get("id") + ": '" + span + "' is not a name of "
                            + entity + " " + known);
                    mentions++;
                }
            }
            assertTrue(mentions > 0, "document " + id + " has mentions");
        }
    }

    @Test
    void unknown_document_is_404_and_malformed_id_is_400() {
        assertError(api.get("/api/documents/999"), 404, "unknown_document");
        assertError(api.get("/api/documents/" + Api.enc("../etc")), 400, "bad_document_id");
        assertError(api.get("/api/documents?page=2"), 400, "unknown_parameter");
        assertError(api.get("/api/documents/000?x=1"), 400, "unknown_parameter");
    }

    @Test
    void posting_a_document_ingests_it_once_and_again_changes_nothing() {
        // Given
        String body = "{\"title\":\"DocumentIT note\",\"language\":\"en\","
                + "\"text\":\"1. The Global Soil Partnership met in Ghana and Kenya to plan DocumentIT work.\"}";

        // When
        Api.Response first = api.postJson("/api/documents", body, TOKEN);
        GraphFingerprint after = GraphFingerprint.of(graph.synergraph().graph());
        Api.Response again = api.postJson("/api/documents", body, TOKEN);

        // Then
        assertEquals(201, first.status(), first.body());
        String id = first.json().get("documentId").asText();
        assertTrue(first.json().get("changed").asBoolean());
        assertEquals(1, first.json().get("passages").asInt(), first.body());
        assertTrue(first.json().get("mentions").asInt() >= 3, first.body());
        assertTrue(first.json().has("relations") && first.json().has("evidence"));
        assertEquals(200, again.status(), again.body());
        assertEquals(id, again.json().get("documentId").asText());
        assertEquals(false, again.json().get("changed").asBoolean());
        assertEquals(after, GraphFingerprint.of(graph.synergraph().graph()));
        JsonNode doc = api.get("/api/documents/" + id).json();
        assertEquals("DocumentIT note", doc.get("document").get("title").asText());
        assertTrue(texts(doc.get("passages").get(0).get("mentions"), "entityId").contains("country:GHA"));
    }

    @Test
    void posting_changed_text_under_the_same_id_replaces_what_the_old_text_said() {
        // Given a document that names Ghana
        String first = "{\"id\":\"documentit-replace\",\"language\":\"en\",\"text\":\"1. A note about Ghana.\"}";
        String second = "{\"id\":\"documentit-replace\",\"language\":\"en\",\"text\":\"1. A note about Kenya.\"}";
        assertEquals(201, api.postJson("/api/documents", first, TOKEN).status());

        // When the same id comes back with other text
        Api.Response r = api.postJson("/api/documents", second, TOKEN);

        // Then the old passages and mentions are gone
        assertEquals(201, r.status(), r.body());
        JsonNode doc = api.get("/api/documents/documentit-replace").json();
        assertEquals(1, doc.get("passages").size(), doc.toString());
        List<String> mentioned = texts(doc.get("passages").get(0).get("mentions"), "entityId");
        assertTrue(mentioned.contains("country:KEN") && !mentioned.contains("country:GHA"), mentioned.toString());
    }

    @Test
    void metadata_the_text_prints_is_detected_and_used_where_the_request_gives_none() {
        // Given a made-up document whose head prints its symbol, date and body, posted as JSON and as a file
        String text = "FC 299/7\nFINANCE COMMITTEE OF THE MADE-UP FUND\nRome, 2-6 March 2031\n\n"
                + "1. The Global Soil Partnership reported on DocumentIT detection in Ghana.\n";
        Api.Response posted = api.postJson("/api/documents", "{\"text\":\"" + text.replace("\n", "\\n") + "\"}", TOKEN);
        Api.Response uploaded = api.postFile("/api/documents", "detect.txt", text.replace("DocumentIT", "upload"),
                Map.of("symbol", "GIVEN/1/2"), TOKEN);

        // Then the answers say what was found, and the document carries it unless the request said otherwise
        assertEquals(201, posted.status(), posted.body());
        JsonNode detected = posted.json().get("detected");
        assertEquals("en", detected.get("language").asText());
        assertEquals(1.0, detected.get("languageShare").asDouble());
        assertEquals("FC 299/7", detected.get("symbol").asText());
        assertEquals("2031-03-02", detected.get("date").asText());
        assertEquals("FINANCE COMMITTEE OF THE MADE-UP FUND", detected.get("body").asText(), posted.body());
        JsonNode doc = api.get("/api/documents/" + posted.json().get("documentId").asText()).json().get("document");
        assertEquals("FC 299/7", doc.get("symbol").asText());
        assertEquals("2031-03-02", doc.get("date").asText());
        assertEquals("FINANCE COMMITTEE OF THE MADE-UP FUND", doc.get("body").asText());
        assertEquals("FC 299/7", uploaded.json().get("detected").get("symbol").asText(), uploaded.body());
        JsonNode upDoc = api.get("/api/documents/" + uploaded.json().get("documentId").asText()).json()
                .get("document");
        assertEquals("GIVEN/1/2", upDoc.get("symbol").asText(), "the request's symbol wins");
        assertEquals("2031-03-02", upDoc.get("date").asText());
    }

    @Test
    void posting_without_a_token_is_401() {
        assertError(api.postJson("/api/documents", "{\"text\":\"x\"}", null), 401, "unauthorized");
        assertError(api.postJson("/api/documents", "{\"text\":\"x\"}", "wrong-token"), 401, "unauthorized");
    }

    @Test
    void posting_to_a_server_without_a_token_is_403_saying_how_to_enable_writes() {
        Api.Response r = graph.withoutAdminToken().postJson("/api/documents", "{\"text\":\"x\"}", TOKEN);

        assertError(r, 403, "writes_disabled");
        assertTrue(r.json().get("message").asText().contains("SYNERGRAPH_ADMIN_TOKEN"), r.body());
    }

    @Test
    void malformed_or_wrongly_typed_bodies_are_400() {
        GraphFingerprint before = GraphFingerprint.of(graph.synergraph().graph());

        assertError(api.postJson("/api/documents", "{\"title\": \"x\", ", TOKEN), 400, "bad_json");
        assertError(api.postJson("/api/documents", "[1, 2]", TOKEN), 400, "bad_json");
        assertError(api.postJson("/api/documents", "null", TOKEN), 400, null);
        assertError(api.postJson("/api/documents", "", TOKEN), 400, "missing_body");
        assertError(api.postJson("/api/documents", "{\"text\": 12}", TOKEN), 400, "bad_json");
        assertError(api.postJson("/api/documents", "{\"text\": \"x\", \"title\": true}", TOKEN), 400, "bad_json");
        assertError(api.postJson("/api/documents", "{\"text\": \"x\", \"language\": [\"en\"]}", TOKEN), 400,
                "bad_json");
        assertError(api.postJson("/api/documents", "{\"text\": \"x\", \"colour\": \"red\"}", TOKEN), 400, "bad_json");
        assertError(api.postJson("/api/documents", "{\"text\": \"\"}", TOKEN), 400, "missing_text");
        assertError(api.postJson("/api/documents", "{\"text\": \"   \"}", TOKEN), 400, "missing_text");
        assertError(api.postJson("/api/documents", "{\"title\": \"no text\"}", TOKEN), 400, "missing_text");
        assertError(api.postJson("/api/documents", "{\"text\": \"x\", \"language\": \"english\"}", TOKEN), 400,
                "bad_language");
        assertError(api.postJson("/api/documents", "{\"text\": \"x\", \"id\": \"../x\"}", TOKEN), 400,
                "bad_document_id");
        assertError(api.postJson("/api/documents?dryRun=1", "{\"text\": \"x\"}", TOKEN), 400, "unknown_parameter");

        assertEquals(before, GraphFingerprint.of(graph.synergraph().graph()));
    }

    @Test
    void multipart_upload_of_a_txt_file_is_ingested() {
        Api.Response r = api.postFile("/api/documents", "upload-note.txt",
                "1. The Global Soil Partnership works in Zambia on DocumentIT uploads.\n",
                Map.of("title", "Uploaded note", "language", "en"), TOKEN);

        assertEquals(201, r.status(), r.body());
        String id = r.json().get("documentId").asText();
        JsonNode doc = api.get("/api/documents/" + id).json();
        assertEquals("Uploaded note", doc.get("document").get("title").asText());
        assertEquals("upload-note.txt", doc.get("document").get("sourceFile").asText());
    }

    @Test
    void multipart_upload_of_an_unknown_format_or_without_a_file_is_400() {
        assertError(api.postFile("/api/documents", "sheet.xlsx", "PK", Map.of(), TOKEN), 400,
                "unsupported_file");
        assertError(api.post("/api/documents", "multipart/form-data; boundary=b",
                "--b\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nx\r\n--b--\r\n"
                        .getBytes(StandardCharsets.UTF_8), TOKEN), 400, "missing_file");
        assertError(api.post("/api/documents", "multipart/form-data; boundary=b",
                ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.txt\"\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8), TOKEN), 400, "bad_multipart");
    }

    @Test
    void upload_that_is_not_utf8_is_400() {
        byte[] head = ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"latin1.txt\"\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] text = "Caf\u00e9 in Ghana".getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = "\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + text.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(text, 0, body, head.length, text.length);
        System.arraycopy(tail, 0, body, head.length + text.length, tail.length);

        assertError(api.post("/api/documents", "multipart/form-data; boundary=b", body, TOKEN), 400, "bad_encoding");
    }

    private Set<String> namesOf(String entityId) {
        JsonNode e = api.get("/api/entities/" + entityId).json().get("entity");
        Set<String> out = new HashSet<>(texts(e.get("aliases"), null));
        out.add(e.path("nameEn").asText(""));
        out.add(e.path("nameZh").asText(""));
        return out.stream().map(DocumentIT::bare).collect(java.util.stream.Collectors.toSet());
    }

    private static String bare(String name) {
        return name.replaceAll("[《》“”]", "").strip();
    }
}
