package org.synergraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Paged answers in the explorer: search suggestions say how many there are and fetch the next page on request. */
@RequiresChromium
class ShowMoreIT extends BrowserSession {

    @Test
    void search_suggestions_show_more_fetches_the_next_page() {
        // Given a search with more hits than one page of suggestions
        int total = api.get("/api/search?q=a&limit=8").json().get("total").asInt();
        assertTrue(total > 8, "'a' matches many names: " + total);
        browser.open("#/");
        WebElement input = browser.visible("#search-input");
        input.clear();
        input.sendKeys("a");
        WebElement more = browser.visible("#search-suggestions [data-testid=suggestions-more]");
        assertEquals(8, suggestions().size());
        assertTrue(more.getText().contains("8") && more.getText().contains(String.valueOf(total)), more.getText());

        // When the user asks for more
        new Actions(browser.driver()).moveToElement(more).clickAndHold().release().perform();

        // Then the next page is appended, in the server's order
        browser.until(d -> suggestions().size() == Math.min(16, total));
        List<String> shown = suggestions().stream().map(e -> e.getAttribute("data-id")).toList();
        List<String> expected = new java.util.ArrayList<>();
        api.get("/api/search?q=a&limit=16").json().get("results").forEach(r -> expected.add(r.get("id").asText()));
        assertEquals(expected, shown);
    }

    private List<WebElement> suggestions() {
        return browser.driver().findElements(By.cssSelector("#search-suggestions .suggestion"));
    }
}
