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
 * enters a token once, moves through the queue and accepts and rejects facts with the keyboard, and the canvas
 * shows the accepted fact drawn as accepted and no longer shows the rejected one.
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

    /** The canvas edge's classes, or null when the canvas does not show it. */
    private String canvasClasses(String relationId) {
        return (String) browser.script("const e = window.synergraph.graph.cy.getElementById(arguments[0]);"
                + "return e.empty() ? null : e.classes().join(' ');", relationId);
    }

    /** Loads Soil Doctors' page afresh (the same route again would not fetch its graph again). */
    private void openSoilDoctorsAfresh() {
        browser.reload("#/entity/initiative:soil_doctors");
        explorer.entityPanel("initiative:soil_doctors");
        explorer.canvasReady("initiative:soil_doctors");
    }

    private String selectedRelation() {
        return browser.visible(".review-item.selected").getAttribute("data-relation-id");
    }

    private void giveTokenIfAsked() {
        if (!browser.driver().findElements(By.id("review-token")).isEmpty()) {
            browser.visible("#review-token").sendKeys("rita-secret-web");
            browser.visible("#review-token-form button[type=submit]").click();
        }
        browser.visible("#review-forget-token");
    }

    @Test
    void accepting_and_rejecting_with_j_k_a_r_changes_how_the_canvas_draws_the_facts() {
        // Given a document of two facts, both drawn unreviewed on Soil Doctors' canvas
        String peru = "initiative:soil_doctors|ACTIVE_IN|country:PER|active";
        String chile = "initiative:soil_doctors|ACTIVE_IN|country:CHL|active";
        assertEquals(201, graph.api().postJson("/api/documents", "{\"id\":\"rvweb\",\"title\":\"Review page test\","
                + "\"language\":\"zh\",\"text\":\"1. 全球土壤医生计划已开始在秘鲁实施。\\n2. 全球土壤医生计划已开始在智利实施。\\n\"}",
                TestGraph.ADMIN_TOKEN).status());
        openSoilDoctorsAfresh();
        assertEquals("", String.valueOf(canvasClasses(peru)).strip());
        assertEquals("", String.valueOf(canvasClasses(chile)).strip());

        // When the reviewer opens that document's queue, moves down with j and back up with k
        browser.open("#/review?state=unreviewed&document=rvweb");
        giveTokenIfAsked();
        browser.visible(".review-item[data-relation-id='" + peru + "']");
        browser.visible(".review-item[data-relation-id='" + chile + "']");
        String first = selectedRelation();
        new Actions(browser.driver()).sendKeys("j").perform();
        String second = selectedRelation();
        new Actions(browser.driver()).sendKeys("k").perform();
        assertEquals(java.util.Set.of(peru, chile), java.util.Set.of(first, second));
        assertEquals(first, selectedRelation(), "k goes back up");

        // and presses a on the first fact, then r on the second (a decision moves the selection down)
        new Actions(browser.driver()).sendKeys("a").perform();
        WebElement accepted = browser.visible(".review-item[data-relation-id='" + first + "']");
        browser.until(d -> "accept".equals(accepted.getAttribute("data-decided")));
        assertEquals(second, selectedRelation(), "a decision selects the next fact");
        new Actions(browser.driver()).sendKeys("r").perform();
        WebElement rejected = browser.visible(".review-item[data-relation-id='" + second + "']");
        browser.until(d -> "reject".equals(rejected.getAttribute("data-decided")));

        // Then the canvas draws the accepted fact as accepted and no longer shows the rejected one
        openSoilDoctorsAfresh();
        assertTrue(canvasClasses(first).contains("review-accepted"), canvasClasses(first));
        assertEquals(null, canvasClasses(second));
        assertEquals("accepted", graph.api().get("/api/edges/" + org.synergraph.support.Api.enc(first)).json()
                .get("edge").get("review").get("state").asText());
        assertEquals("rita", graph.api().get("/api/edges/" + org.synergraph.support.Api.enc(second)).json()
                .get("edge").get("review").get("by").asText());
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
