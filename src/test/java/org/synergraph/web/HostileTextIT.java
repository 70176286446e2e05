package org.synergraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.synergraph.support.Api;
import org.synergraph.support.TestGraph;

/** Text from documents reaches the page only as text; odd entities (no relations) still render. */
@RequiresChromium
class HostileTextIT extends BrowserSession {
    private static final String PAYLOAD = "<img src=x onerror=\"window.__xss=1\">";
    private static final String DOCUMENT_ID = "e2e-hostile-markup";
    private static final String TITLE = "Markup in a title " + PAYLOAD;


    @Test
    void markup_in_a_posted_documents_title_and_text_shows_literally_and_never_runs() {
        // Given a document whose title and text carry an HTML payload, posted through the API
        ObjectNode doc = JsonNodeFactory.instance.objectNode().put("id", DOCUMENT_ID).put("title", TITLE)
                .put("language", "en").put("text", "1. This paragraph carries " + PAYLOAD + " and <script>window.__xss=2</script> as text.");
        Api.Response posted = api.postJson("/api/documents", doc.toString(), TestGraph.ADMIN_TOKEN);
        assertTrue(posted.status() == 201 || posted.status() == 200, posted.body());

        // When the user finds it in the documents list and opens it
        browser.reload("#/documents");
        WebElement link = browser.visible("#documents-table tr[data-id='" + DOCUMENT_ID + "'] a.document-link");
        assertEquals(TITLE, link.getText());
        link.click();

        // Then the reader shows title and text literally, and nothing from them ran or became an element
        assertEquals(TITLE, browser.visible("#document-reader #document-title").getText());
        String stored = api.get("/api/documents/" + DOCUMENT_ID).json().at("/passages/0/text").asText();
        assertTrue(stored.contains("<img src=x onerror=") && stored.contains("<script>"), stored);
        browser.textIn("#document-reader .passage-text", stored);
        assertEquals(Boolean.TRUE, browser.script("return window.__xss === undefined && window.xss === undefined;"));
        assertTrue(browser.driver().findElements(By.cssSelector("#page-pane img, #page-pane script")).isEmpty());
    }

    @Test
    void entity_without_relations_shows_a_no_relations_note_in_the_panel() {
        // Given an entity the corpus mentions but relates to nothing
        String id = mentionedEntityWithoutRelations();

        // When the user opens it
        browser.open("#/entity/" + id);

        // Then the panel shows it with a "no relations" note and no error
        browser.visible("#side-panel [data-testid=entity-panel][data-entity-id='" + id + "']");
        browser.visible("#side-panel [data-testid=no-relations]");
        assertTrue(browser.driver().findElements(By.cssSelector("#side-panel [data-testid=panel-error]")).isEmpty());
    }

    /** Fails while GET /api/entities/{id}/graph answers 404 for an existing entity with no relations (reported). */
    @Test
    void entity_without_relations_shows_its_lone_node_on_the_canvas() {
        // Given an entity the corpus mentions but relates to nothing
        String id = mentionedEntityWithoutRelations();

        // When the user opens it
        browser.open("#/entity/" + id);

        // Then the canvas holds just that node, with a "no relations" message rather than an error
        WebElement message = browser.visible("#canvas-message");
        browser.until(d -> !"loading".equals(message.getAttribute("data-kind")));
        assertEquals("empty", message.getAttribute("data-kind"), message.getText());
        WebElement canvas = browser.driver().findElement(By.id("graph-canvas"));
        assertEquals("0", canvas.getAttribute("data-edges"), id);
        assertEquals("1", canvas.getAttribute("data-nodes"), id);
    }

    /** The first entity mentioned in the bundled documents whose entity page lists no relations. */
    private String mentionedEntityWithoutRelations() {
        Set<String> mentioned = new LinkedHashSet<>();
        for (JsonNode d : api.get("/api/documents").json().get("documents")) {
            for (JsonNode p : api.get("/api/documents/" + Api.enc(d.get("id").asText())).json().get("passages")) {
                p.path("mentions").forEach(m -> mentioned.add(m.get("entityId").asText()));
            }
        }
        for (String id : mentioned) {
            if (api.get("/api/entities/" + Api.enc(id)).json().get("relations").isEmpty()) {
                return id;
            }
        }
        throw new AssertionError("every mentioned entity has relations; pick another way to find an isolated one");
    }
}
