package org.synergraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** From a search box to the sentence that says so: suggestion, entity, relation or edge, evidence, document reader. */
@RequiresChromium
class EvidenceTrailIT extends BrowserSession {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "FLEGT, initiative:fao_eu_flegt, FAO-EU Forest Law Enforcement, 粮农组织—欧盟森林执法、治理和贸易（FLEGT）计划",
        "土壤医生, initiative:soil_doctors, Global Soil Doctors Programme, 全球土壤医生计划",
    })
    void suggestion_shows_type_and_both_names_and_opens_the_entity(String typed, String id, String nameEn, String nameZh) {
        // Given the explorer's home page
        browser.open("#/");

        // When the user types a name or alias in either language
        WebElement suggestion = explorer.suggestionFor(typed, id);

        // Then the suggestion shows the type and both names, and choosing it opens the entity in the side panel
        assertTrue(suggestion.findElement(By.className("suggestion-name")).getText().startsWith(nameEn));
        assertEquals(nameZh, suggestion.findElement(By.className("suggestion-other")).getText());
        assertEquals("Initiative", suggestion.findElement(By.className("type-badge")).getText());
        suggestion.click();
        WebElement panel = explorer.entityPanel(id);
        assertTrue(panel.findElement(By.id("entity-name")).getText().startsWith(nameEn));
        browser.until(d -> d.getCurrentUrl().endsWith("#/entity/" + id));
    }

    @Test
    void relation_evidence_opens_the_reader_at_its_passage_with_both_ends_highlighted() {
        // Given RECSOIL chosen from the search suggestions
        browser.open("#/");
        explorer.suggestionFor("RECSOIL", "initiative:recsoil").click();
        explorer.entityPanel("initiative:recsoil");

        // When the user opens the first quote under one of its relations
        followFirstQuote("initiative:recsoil");
    }

    @Tag("corpus-answers")
    @ParameterizedTest(name = "{0}")
    @CsvSource({"FLEGT, initiative:fao_eu_flegt", "土壤医生, initiative:soil_doctors"})
    void searched_initiative_leads_to_a_quoted_passage(String typed, String id) {
        // Given an initiative chosen from the search suggestions
        browser.open("#/");
        explorer.suggestionFor(typed, id).click();
        explorer.entityPanel(id);

        // When the user opens the first quote under one of its relations, then the reader shows it
        browser.visible("#side-panel #relations");
        assertTrue(browser.driver().findElements(By.cssSelector("#side-panel [data-testid=no-relations]")).isEmpty(),
                id + " has no relations in the panel");
        followFirstQuote(id);
    }

    @Test
    void clicking_an_edge_on_the_canvas_shows_its_evidence() {
        // Given RECSOIL's neighbourhood on the canvas
        explorer.openEntity("initiative:recsoil");
        String edgeId = explorer.longestEdgeId();

        // When the user clicks an edge
        explorer.clickEdge(edgeId);

        // Then the URL selects the edge and the panel shows its end points and quoted evidence
        WebElement edgePanel = explorer.edgePanel();
        assertEquals(edgeId, edgePanel.getAttribute("data-edge-id"));
        assertTrue(browser.driver().getCurrentUrl().contains("edge="), browser.driver().getCurrentUrl());
        assertEquals(2, edgePanel.findElements(By.cssSelector(".edge-ends .entity-link")).size());
        assertQuoteHasSource(browser.visible("#side-panel .evidence-quote"));
    }

    /** Clicks the first visible quote in the entity panel; checks the reader selects its passage and marks both ends. */
    private void followFirstQuote(String entityId) {
        WebElement quote = browser.visible("#side-panel .relation .evidence-quote");
        String otherId = quote.findElement(By.xpath("ancestor::li[contains(@class,'relation')]")).getAttribute("data-other-id");
        String documentId = quote.getAttribute("data-document-id");
        String passageId = quote.getAttribute("data-passage-id");
        assertQuoteHasSource(quote);

        quote.click();

        WebElement passage = browser.visible("#document-reader .passage.selected[data-passage-id='" + passageId + "']");
        assertTrue(browser.driver().getCurrentUrl().contains("#/document/" + documentId), browser.driver().getCurrentUrl());
        assertEquals("true", passage.getAttribute("aria-current"));
        List<WebElement> marked = passage.findElements(By.cssSelector(".mention.emphasis"));
        Set<String> markedIds = Set.copyOf(marked.stream().map(m -> m.getAttribute("data-entity-id")).toList());
        assertTrue(markedIds.containsAll(Set.of(entityId, otherId)), "emphasised in the passage: " + markedIds);
        assertTrue(marked.stream().allMatch(WebElement::isDisplayed));
        assertFalse(browser.present("#document-reader .mention").isEmpty());
    }

    private static void assertQuoteHasSource(WebElement quote) {
        assertFalse(quote.getAttribute("data-document-id").isBlank());
        assertFalse(quote.findElement(By.tagName("q")).getText().isBlank());
        String source = quote.findElement(By.className("evidence-source")).getText();
        assertTrue(source.matches(".+ · ¶\\S+.*"), "source shows document and paragraph: " + source);
    }
}
