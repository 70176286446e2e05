package org.synergraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The time control: a slider over the documents' dates on the canvas and in the shared-activity tool, with the
 * date in the URL, and the entity panel's timeline.
 */
@RequiresChromium
class TimeControlIT extends BrowserSession {
    private static final String RECSOIL = "initiative:recsoil";
    private static final String SOIL_DOCTORS = "initiative:soil_doctors";
    /** 004, the COFO progress report, is dated 2020-10-05: before 000 (2024), which says where RECSOIL works. */
    private static final String BEFORE_SOIL_REPORT = "2020-10-05";

    @Test
    void sliding_the_shared_activity_tool_back_before_the_soil_report_empties_it_and_the_url_keeps_the_date() {
        // Given RECSOIL and Soil Doctors' shared countries, all named by 000 (2024)
        browser.open("#/shared?ids=" + RECSOIL + "," + SOIL_DOCTORS);
        assertTrue(sharedRows() > 0, "shared countries with every document");

        // When the time control is slid back to 2020-10-05
        slideTo("shared-time", BEFORE_SOIL_REPORT);

        // Then the URL says so, the answer is empty and says which date it used
        browser.until(d -> d.getCurrentUrl().contains("asOf=" + BEFORE_SOIL_REPORT) ? true : null);
        browser.visible("[data-testid=shared-none]");
        assertTrue(browser.visible("#shared-as-of").getText().contains(BEFORE_SOIL_REPORT));

        // When that URL is opened afresh, the slider stands at the date; slid to the end, every document counts again
        String url = browser.driver().getCurrentUrl();
        browser.reload(url.substring(url.indexOf('#')));
        browser.until(d -> d.findElement(By.id("shared-time-value")).getText().contains(BEFORE_SOIL_REPORT) ? true : null);
        slideTo("shared-time", null);
        browser.until(d -> d.getCurrentUrl().contains("asOf=") ? null : true);
        assertTrue(sharedRows() > 0);
    }

    @Test
    void the_canvas_slider_redraws_the_graph_as_of_a_date_and_the_panel_timeline_follows() {
        // Given RECSOIL's neighbourhood with every document
        browser.open("#/entity/" + RECSOIL);
        int allEdges = edgesOnCanvas(-1);
        assertTrue(allEdges > 0);
        List<String> allDates = timelineDates("");
        assertTrue(allDates.stream().anyMatch(d -> d.compareTo("2024") >= 0), allDates.toString());

        // When the canvas's slider is moved back to 2020-10-05
        slideTo("canvas-time", BEFORE_SOIL_REPORT);

        // Then the URL carries the date, the canvas loses 000's edges, and the timeline lists only earlier facts
        browser.until(d -> d.getCurrentUrl().contains("asOf=" + BEFORE_SOIL_REPORT) ? true : null);
        int earlier = edgesOnCanvas(allEdges);
        assertTrue(earlier < allEdges, earlier + " edges as of " + BEFORE_SOIL_REPORT + ", " + allEdges + " in all");
        List<String> dates = timelineDates(BEFORE_SOIL_REPORT);
        dates.forEach(d -> assertTrue(d.compareTo(BEFORE_SOIL_REPORT) <= 0, dates.toString()));
        List<String> sorted = new ArrayList<>(allDates);
        java.util.Collections.sort(sorted);
        assertEquals(sorted, allDates, "the timeline is earliest first");
        assertFalse(browser.visible("#canvas-time-value").getText().isBlank());
    }

    /** Moves a time control to a date (null: the end, every document) as a user letting go of it would. */
    private void slideTo(String id, String date) {
        browser.until(d -> "true".equals(d.findElement(By.id(id)).findElement(By.xpath(".."))
                .getAttribute("data-ready")) ? true : null);
        WebElement input = browser.visible("#" + id);
        ((JavascriptExecutor) browser.driver()).executeScript(
                "const input = arguments[0], date = arguments[1];"
                        + "const options = [...document.getElementById(input.getAttribute('list')).options];"
                        + "const stop = date === null ? options[options.length - 1] : options.find(o => o.label === date);"
                        + "input.value = stop.value;"
                        + "input.dispatchEvent(new Event('input', { bubbles: true }));"
                        + "input.dispatchEvent(new Event('change', { bubbles: true }));", input, date);
    }

    private int sharedRows() {
        return browser.until(d -> d.findElements(By.cssSelector("#shared-table tbody tr")).isEmpty() ? null
                : d.findElements(By.cssSelector("#shared-table tbody tr")).size());
    }

    /** The number of edges on the canvas once it has loaded a graph other than one with {@code other} edges. */
    private int edgesOnCanvas(int other) {
        return browser.until(d -> {
            String edges = d.findElement(By.id("graph-canvas")).getAttribute("data-edges");
            String message = d.findElement(By.id("canvas-message")).getAttribute("data-kind");
            boolean loading = "loading".equals(message) && d.findElement(By.id("canvas-message")).isDisplayed();
            return edges == null || loading || Integer.parseInt(edges) == other ? null : Integer.parseInt(edges);
        });
    }

    /** The dates the entity panel's timeline lists as of {@code asOf} ("" for every document), once it has loaded. */
    private List<String> timelineDates(String asOf) {
        return browser.until(d -> {
            List<WebElement> section = d.findElements(By.cssSelector("[data-testid=entity-timeline][data-total]"
                    + "[data-as-of='" + asOf + "']"));
            if (section.isEmpty()) {
                return null;
            }
            List<String> out = new ArrayList<>();
            section.get(0).findElements(By.cssSelector(".timeline-entry"))
                    .forEach(e -> out.add(e.getAttribute("data-date").isEmpty() ? "\uffff" : e.getAttribute("data-date")));
            return out;
        });
    }
}
