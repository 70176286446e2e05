package org.synergraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** The reports page: the server's catalogue, a run as a table, and the server's CSV behind the download link. */
@RequiresChromium
class ReportsIT extends BrowserSession {
    private static final String REPORT = "countries_by_initiatives";


    @Test
    void reports_page_lists_every_report_and_a_run_shows_a_table_whose_csv_link_downloads_csv() {
        // Given the reports page
        browser.open("#/reports");

        // Then it lists every report the API offers
        List<WebElement> items = browser.present("#report-list .report-item");
        assertEquals(api.get("/api/reports").json().get("reports").size(), items.size());

        // When the user picks a report and runs it with its default parameters
        browser.visible("#report-list .report-item[data-report='" + REPORT + "']").click();
        browser.visible("#report-form");
        assertEquals("1", browser.visible("#report-param-min").getAttribute("value"), "the form shows the default");
        browser.visible("#report-run").click();

        // Then a table of rows is shown with its count
        List<WebElement> rows = browser.present("#report-table tbody tr");
        assertTrue(rows.size() > 0);
        assertTrue(browser.visible("#report-count").getText().contains(String.valueOf(rows.size())));
        String columns = browser.present("#report-table thead th").stream()
                .map(th -> th.getAttribute("textContent")).collect(Collectors.joining(","));

        // And its CSV link answers CSV with the same header and as many rows
        WebElement csv = browser.visible("#report-csv");
        assertEquals(REPORT + ".csv", csv.getAttribute("download"));
        List<Object> answer = browser.fetch(csv.getAttribute("href"));
        assertEquals(200L, answer.get(0));
        assertTrue(String.valueOf(answer.get(1)).startsWith("text/csv"), String.valueOf(answer.get(1)));
        List<String> lines = String.valueOf(answer.get(2)).lines().toList();
        assertEquals(columns, lines.get(0).replace("\uFEFF", ""));
        assertEquals(rows.size(), lines.size() - 1);
    }

    /** Fails while report list cells arrive as one string ("[\"a\", \"b\"]") instead of a JSON list (reported). */
    @Test
    void list_cells_show_as_comma_separated_names() {
        // Given a report whose last column is a list of initiative names
        browser.open("#/reports/" + REPORT + "?run=1");

        // Then each cell shows the names separated by commas, without brackets or quotes
        WebElement cell = browser.visible("#report-table tbody tr:first-child td:last-child");
        assertTrue(!cell.getText().startsWith("[") && !cell.getText().contains("\""), cell.getText());
    }
}
