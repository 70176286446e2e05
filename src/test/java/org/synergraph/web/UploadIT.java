package org.synergraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.synergraph.support.Api;
import org.synergraph.support.TestGraph;

/** Uploads on the Documents page, on a graph of its own: the token asked once, progress, counts, refusals. */
@RequiresChromium
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadIT {
    private static final Path PDF = TestGraph.projectRoot().resolve("src/test/resources/formats/004.pdf");
    private TestGraph app;
    private Api api;
    private Browser browser;

    @BeforeAll
    void start() {
        app = TestGraph.over(TestGraph.config(TestGraph.tempDir("upload"), Optional.empty()));
        api = app.api();
        browser = Browser.start(api.base());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        app.stop();
    }

    @Test
    void a_pdf_chosen_on_the_documents_page_is_ingested_and_shows_its_counts_and_a_link_to_the_reader()
            throws IOException {
        // Given the Documents page of a tab that has not given the token yet
        browser.reload("#/documents");
        browser.script("sessionStorage.clear()");
        browser.reload("#/documents");
        browser.visible("#documents-table");

        // When the user picks the PDF and gives the admin token when asked
        browser.driver().findElement(By.id("upload-input")).sendKeys(PDF.toString());
        browser.visible("#upload-token").sendKeys(TestGraph.ADMIN_TOKEN);
        browser.visible("#upload-token-save").click();

        // Then the file's row shows a full progress bar and the counts the server gave
        WebElement counts = browser.visible("[data-testid=upload-item][data-file='004.pdf'] [data-testid=upload-counts]");
        WebElement item = browser.driver().findElement(By.cssSelector("[data-testid=upload-item][data-file='004.pdf']"));
        assertEquals("100", item.findElement(By.tagName("progress")).getAttribute("value"));
        String link = item.findElement(By.cssSelector("a.upload-open")).getAttribute("href");
        String id = link.substring(link.lastIndexOf('/') + 1);
        JsonNode doc = api.get("/api/documents/" + id).json().get("document");
        assertEquals("004.pdf", doc.get("sourceFile").asText(), doc.toString());
        // (the same file posted again is unchanged and answers the same counts)
        JsonNode again = api.postFile("/api/documents", "004.pdf", Files.readAllBytes(PDF), Map.of(),
                TestGraph.ADMIN_TOKEN).json();
        assertEquals(id, again.get("documentId").asText());
        assertEquals(again.get("passages").asInt() + " passages, " + again.get("mentions").asInt() + " mentions, "
                + again.get("relations").asInt() + " relations, 0 new entities", counts.getText());
        assertTrue(again.get("relations").asInt() > 100, again.toString());
        // and the new document is in the list, and its link opens the reader
        browser.visible("#documents-table tr[data-id='" + id + "']");
        item.findElement(By.cssSelector("a.upload-open")).click();
        assertEquals(doc.get("passages").asInt(), browser.present("#document-reader [data-testid=passage]").size());
        // with the page beside each passage of the PDF, and the original offered for download
        assertEquals("p. 1", browser.visible("#document-reader [data-testid=passage] [data-testid=passage-page]")
                .getText());
        assertEquals(doc.get("passages").asInt(), browser.present("[data-testid=passage-page]").size());
        WebElement original = browser.visible("#document-original");
        assertEquals("004.pdf", original.getAttribute("download"));
        assertEquals(200L, browser.fetch(original.getAttribute("href")).get(0));
    }

    @Test
    void the_token_is_asked_once_per_tab_and_a_refused_file_shows_the_servers_message() throws IOException {
        // Given a tab that has already given the token once
        browser.reload("#/documents");
        browser.script("sessionStorage.setItem('synergraph.adminToken', arguments[0])", TestGraph.ADMIN_TOKEN);
        browser.reload("#/documents");
        Path fake = Files.createTempFile(TestGraph.tempDir("upload-fake"), "not-a-pdf", ".pdf");
        Files.writeString(fake, "This is plain text pretending to be a PDF.");
        String expected = api.postFile("/api/documents", fake.getFileName().toString(), Files.readAllBytes(fake),
                Map.of(), TestGraph.ADMIN_TOKEN).json().get("message").asText();

        // When a file that is not what its extension says is dropped in
        browser.visible("#upload-zone");
        browser.driver().findElement(By.id("upload-input")).sendKeys(fake.toString());

        // Then no token is asked for, and the row shows the API's own refusal
        WebElement error = browser.visible("[data-testid=upload-item][data-file='" + fake.getFileName()
                + "'] [data-testid=upload-error]");
        assertEquals(expected, error.getText());
        assertTrue(browser.driver().findElements(By.id("upload-token")).isEmpty(), "the token was not asked again");
    }
}
