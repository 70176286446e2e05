package org.synergraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The path finder: states its ranking rule, marks a path that only passes through a shared place, leaves out the
 * relation and entity types ticked, and when nothing is found offers the shortest length that would be.
 */
@RequiresChromium
class PathsIT extends BrowserSession {
    private static final String THAILAND_UNCCD = "#/path?from=country:THA&to=convention:unccd";

    @Test
    void when_nothing_is_found_the_page_offers_the_shortest_length_and_runs_it() {
        // Given Thailand → UNCCD asked within 2 steps (the shortest is 3 in the bundled documents)
        browser.open(THAILAND_UNCCD + "&maxLength=2");
        browser.visible("[data-testid=no-paths]");

        // Then the page says how long the shortest is and offers it
        assertEquals("The shortest is 3 steps: search with 3", browser.visible("#path-shortest").getText());

        // When the user takes the offer, the same question is asked within 3 steps
        browser.visible("#path-shortest-run").click();
        List<WebElement> items = pathItems();
        assertTrue(browser.driver().getCurrentUrl().contains("maxLength=3"), browser.driver().getCurrentUrl());
        assertEquals("3", browser.visible("#path-max").getAttribute("value"));
        assertEquals("3 steps · score 3", items.get(0).findElement(By.className("path-length")).getText());
        assertEquals("2 organisational links, no shared place",
                items.get(0).findElement(By.className("path-reason")).getText());
    }

    @Test
    void ticking_a_relation_type_leaves_it_out_and_the_rule_says_why_the_shared_place_ranks_low() {
        // Given Thailand → UNCCD, whose best path uses PARTNERS_WITH twice
        browser.open(THAILAND_UNCCD);
        assertTrue(pathItems().get(0).getText().contains("partners with"), pathItems().get(0).getText());
        assertTrue(browser.visible("#path-rule").getText().contains("counts 4 more"));

        // When the user leaves out "partners with"
        browser.visible("#path-exclude-relations input[value=PARTNERS_WITH]").click();

        // Then the search runs again without it and the path left goes through Central Asia, marked as a shared place
        browser.until(d -> d.getCurrentUrl().contains("excludeRelationTypes=PARTNERS_WITH"));
        browser.until(d -> {
            List<WebElement> items = d.findElements(By.cssSelector("#path-list .path-item"));
            return !items.isEmpty() && items.stream().noneMatch(i -> i.getText().contains("partners with"));
        });
        WebElement first = pathItems().get(0);
        assertTrue(first.getAttribute("class").contains("via-shared-place"), first.getAttribute("class"));
        assertTrue(first.findElement(By.className("path-reason")).getText()
                .startsWith("through Central Asia only because both neighbours are active there (+4)"), first.getText());
        assertTrue(browser.visible("#path-exclude-relations input[value=PARTNERS_WITH]").isSelected());
    }

    @Test
    void leaving_out_organisations_says_the_shortest_is_beyond_what_the_search_allows() {
        // Given Thailand → UNCCD within 6 steps
        browser.open(THAILAND_UNCCD + "&maxLength=6");
        pathItems();

        // When the user leaves out organisations
        browser.visible("#path-exclude-types input[value=Organisation]").click();

        // Then nothing is found, and the shortest (7 steps) is named but cannot be offered
        browser.visible("[data-testid=no-paths]");
        assertTrue(browser.driver().getCurrentUrl().contains("excludeNodeTypes=Organisation"),
                browser.driver().getCurrentUrl());
        assertEquals("The shortest is 7 steps, longer than the 6 this search allows.",
                browser.visible("#path-shortest").getText());
        assertTrue(browser.driver().findElements(By.id("path-shortest-run")).isEmpty());
    }

    private List<WebElement> pathItems() {
        browser.visible("#path-list .path-item");
        return browser.driver().findElements(By.cssSelector("#path-list .path-item"));
    }
}
