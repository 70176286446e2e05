package org.synergraph.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.synergraph.support.ApiAssertions.assertError;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synergraph.corpus.FormatFixtures;
import org.synergraph.support.Api;
import org.synergraph.support.GraphFingerprint;
import org.synergraph.support.TestGraph;

/** POST /api/documents with multipart uploads of PDF, Word, HTML and GB18030 text, and the files it refuses. */
class UploadFormatsIT {
    private static final String TOKEN = TestGraph.ADMIN_TOKEN;
    private final TestGraph graph = TestGraph.embedded();
    private final Api api = graph.api();

    @Test
    void a_pdf_upload_is_ingested_with_its_counts_and_a_second_post_changes_nothing() {
        // Given the PDF of corpus document 004, posted under a new id
        Map<String, String> fields = Map.of("id", "upload-pdf-004", "title", "FLEGT report (PDF)", "language", "zh");

        // When
        Api.Response first = api.postFile("/api/documents", "004.pdf", FormatFixtures.corpusPdf(), fields, TOKEN);
        GraphFingerprint after = GraphFingerprint.of(graph.synergraph().graph());
        Api.Response second = api.postFile("/api/documents", "004.pdf", FormatFixtures.corpusPdf(), fields, TOKEN);

        // Then: the same JSON as a JSON body gets, with passages, mentions and relations
        assertEquals(201, first.status(), first.body());
        JsonNode o = first.json();
        assertEquals("upload-pdf-004", o.get("documentId").asText());
        assertTrue(o.get("passages").asInt() > 50 && o.get("mentions").asInt() > 100
                && o.get("relations").asInt() > 50, first.body());
        assertEquals(200, second.status(), second.body());
        assertFalse(second.json().get("changed").asBoolean());
        assertEquals(after, GraphFingerprint.of(graph.synergraph().graph()));
        JsonNode doc = api.get("/api/documents/upload-pdf-004").json().get("document");
        assertEquals("004.pdf", doc.get("sourceFile").asText());
    }

    @Test
    void docx_html_and_gb18030_uploads_are_ingested() {
        String sentence = "1. 全球土壤伙伴关系与粮农组织在赞比亚合作开展 UploadFormatsIT 活动。";

        Api.Response docx = api.postFile("/api/documents", "n.docx", FormatFixtures.docx(sentence), Map.of(), TOKEN);
        Api.Response html = api.postFile("/api/documents", "n.html",
                FormatFixtures.htmlPage(sentence + "网页").getBytes(StandardCharsets.UTF_8), Map.of(), TOKEN);
        Api.Response gb = api.postFile("/api/documents", "n.txt",
                (sentence + "国标").getBytes(Charset.forName("GB18030")), Map.of(), TOKEN);

        for (Api.Response r : new Api.Response[] {docx, html, gb}) {
            assertEquals(201, r.status(), r.body());
        }
        String gbId = gb.json().get("documentId").asText();
        String text = api.get("/api/documents/" + gbId).body();
        assertTrue(text.contains("国标"), text);
        String page = api.get("/api/documents/" + html.json().get("documentId").asText()).body();
        assertFalse(page.contains("SCRIPT") || page.contains("NAV-TEXT") || page.contains("ONCLICK"), page);
    }

    @Test
    void bad_files_are_refused_with_a_clear_code_and_the_graph_unchanged() {
        GraphFingerprint before = GraphFingerprint.of(graph.synergraph().graph());

        assertError(api.postFile("/api/documents", "report.docx", FormatFixtures.corpusPdf(), Map.of(), TOKEN), 400,
                "wrong_format");
        assertError(api.postFile("/api/documents", "locked.pdf", FormatFixtures.encryptedPdf(), Map.of(), TOKEN), 400,
                "encrypted_pdf");
        assertError(api.postFile("/api/documents", "scan.pdf", FormatFixtures.scannedPdf(), Map.of(), TOKEN), 400,
                "no_text_layer");
        assertError(api.postFile("/api/documents", "bomb.docx", FormatFixtures.zipBomb(), Map.of(), TOKEN), 400,
                "zip_bomb");
        assertError(api.postFile("/api/documents", "empty.txt", new byte[0], Map.of(), TOKEN), 400, "empty_file");
        assertEquals(413, api.postFile("/api/documents", "big.txt", new byte[6 << 20], Map.of(), TOKEN).status());

        assertEquals(before, GraphFingerprint.of(graph.synergraph().graph()));
    }
}
