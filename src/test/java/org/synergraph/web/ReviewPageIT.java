package org.synergraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.synergraph.config.Tokens;
import org.synergraph.support.TestGraph;

/**
 * The Review page in Chromium, on a graph of its own (a rejection changes what other tests read): a reviewer
 * enters a token once, rejects a fact with the keyboard, and the fact leaves the entity page and the canvas.
 */
@RequiresChromium
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewPageIT {
    private static final String FACT = "initiative:recsoil|ACTIVE_IN|country:CRI|active";
    private TestGraph graph;
    private Browser browser;
    private Explorer explorer;

    @BeforeAll
    void start() {
        graph = TestGraph.over(TestGraph.config(TestGraph.tempDir("review-web"), Optional.empty())
                .withTokens(Tokens.parse("rita:rita-secret-web:reviewer", Optional.of(TestGraph.ADMIN_TOKEN))));
        browser = Browser.start(graph.api().base());
        explorer = new Explorer(browser);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        graph.stop();
    }

    private List<WebElement> onEntityPage() {
        explorer.openEntity("initiative:recsoil");
        browser.visible("#side-panel #relations");
        return browser.driver().findElements(By.cssSelector("#side-panel li.relation[data-relation-id='" + FACT + "']"));
    }

    private boolean onCanvas() {
        return Boolean.TRUE.equals(browser.script("return window.synergraph.graph.cy.edges()"
                + ".some((e) => e.id() === arguments[0]);", FACT));
    }

    @Test
    void rejecting_a_fact_with_the_keyboard_takes_it_off_the_entity_page_and_the_canvas() {
        // Given RECSOIL's page, which shows the fact that it is active in Costa Rica
        assertEquals(1, onEntityPage().size());
        assertTrue(onCanvas());

        // When a reviewer opens the queue for document 000, gives the token once, selects the fact and presses r
        browser.open("#/review?state=unreviewed&type=ACTIVE_IN&document=000");
        browser.visible("#review-token").sendKeys("rita-secret-web");
        browser.visible("#review-token-form button[type=submit]").click();
        browser.visible("#review-forget-token");
        WebElement item = browser.visible(".review-item[data-relation-id='" + FACT + "']");
        assertTrue(item.findElement(By.cssSelector(".review-passage mark")).getText().length() > 0);
        item.findElement(By.className("review-fact")).click();
        new Actions(browser.driver()).sendKeys("r").perform();

        // Then the item says so, and the fact has left the entity page and the canvas
        browser.until(d -> "reject".equals(item.getAttribute("data-decided")));
        browser.until(d -> browser.visible("#review-progress").getText().startsWith("1 of"));
        String screenshots = System.getProperty("synergraph.screenshots", "");
        if (!screenshots.isBlank()) { // for docs/REVIEW.md, only when asked (as ScreenshotsIT)
            browser.screenshot(java.nio.file.Path.of(screenshots).resolve("review.png"));
        }
        assertEquals(0, onEntityPage().size());
        assertFalse(onCanvas());
        assertEquals("rejected", graph.api().get("/api/edges/" + org.synergraph.support.Api.enc(FACT)).json()
                .get("edge").get("review").get("state").asText());
    }

    @Test
    void an_entity_renamed_from_its_panel_shows_the_new_name_and_keeps_the_old_as_an_alias() {
        // Given a reviewer's token in this tab, and Soil Doctors in the panel
        browser.open("#/review");
        if (!browser.driver().findElements(By.id("review-token")).isEmpty()) {
            browser.visible("#review-token").sendKeys("rita-secret-web");
            browser.visible("#review-token-form button[type=submit]").click();
        }
        explorer.openEntity("initiative:soil_doctors");

        // When the reviewer renames it in English from the panel's review section
        browser.visible("#entity-review summary").click();
        WebElement nameEn = browser.visible("#entity-rename-en");
        nameEn.clear();
        nameEn.sendKeys("Soil Doctors (renamed in review)");
        browser.visible("#entity-rename button[type=submit]").click();

        // Then the panel shows the new name, and the old one is an alias
        browser.until(d -> explorer.entityPanel("initiative:soil_doctors").findElement(By.id("entity-name")).getText()
                .startsWith("Soil Doctors (renamed in review)"));
        assertTrue(graph.api().get("/api/entities/initiative:soil_doctors").json().get("entity").get("aliases")
                .toString().contains("Global Soil Doctors Programme"));
    }
}
