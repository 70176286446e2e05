package org.synergraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The shared-activity tool: built with pickers, answered as a table and a CSV, and addressable by its URL. */
@RequiresChromium
class SharedActivityIT extends BrowserSession {
    private static final String RECSOIL = "initiative:recsoil";
    private static final String SOIL_DOCTORS = "initiative:soil_doctors";
    private static final String FLEGT = "initiative:fao_eu_flegt";
    /**
     * Read from the documents: RECSOIL runs in Costa Rica, Ghana, Kazakhstan, Mexico, Togo and Uzbekistan (000 para 4);
     * Soil Doctors in 22 countries including all of those but Ghana, and Colombia (000 para 5); the FAO-EU FLEGT
     * Programme supports Honduras, Cameroon, Guatemala, Colombia, DR Congo, Central African Republic, Peru (004 paras 32-34).
     */
    private static final Set<String> IN_AT_LEAST_TWO = Set.of(
            "country:CRI", "country:KAZ", "country:MEX", "country:TGO", "country:UZB", "country:COL");


    @Tag("corpus-answers")
    @Test
    void recsoil_soil_doctors_and_flegt_share_six_countries_and_the_table_downloads_as_csv() {
        // Given the three initiatives chosen in the shared-activity tool, "at least 2"
        browser.open("#/shared");
        explorer.pick("shared-add", "RECSOIL", RECSOIL);
        explorer.pick("shared-add", "Soil Doctors", SOIL_DOCTORS);
        explorer.pick("shared-add", "FLEGT", FLEGT);
        assertEquals(RECSOIL + "," + SOIL_DOCTORS + "," + FLEGT, browser.visible("#shared-ids").getAttribute("value"));
        browser.visible("#shared-atleast").click();
        setValue("#shared-min", "2");

        // When the user runs it
        browser.visible("#shared-run").click();

        // Then the table lists exactly the six countries the documents name
        String answer = resultText();
        assertTrue(browser.driver().findElements(By.id("shared-table")).size() == 1, answer);
        assertEquals(IN_AT_LEAST_TWO, rowIds());
        assertTrue(browser.driver().getCurrentUrl().contains("min=2"), browser.driver().getCurrentUrl());

        // And "Download CSV" saves the same six rows, one column per initiative
        browser.visible("#shared-csv").click();
        List<String> lines = browser.downloaded("shared-recsoil-soil_doctors-fao_eu_flegt.csv").lines().toList();
        String header = lines.get(0).replace("\uFEFF", "");
        assertTrue(header.startsWith("Country,id,") && header.endsWith(",Linked to"), header);
        assertTrue(header.contains(RECSOIL) && header.contains(SOIL_DOCTORS) && header.contains(FLEGT), header);
        assertEquals(IN_AT_LEAST_TWO, lines.stream().skip(1).map(l -> l.split(",")[1]).collect(Collectors.toSet()));
    }

    @Test
    void the_tools_url_reopens_the_same_view_and_back_forward_move_between_views() {
        // Given a shared-activity question asked through the form
        browser.open("#/shared");
        setValue("#shared-ids", RECSOIL + "," + SOIL_DOCTORS + "," + FLEGT);
        browser.visible("#shared-atleast").click();
        setValue("#shared-min", "2");
        browser.visible("#shared-run").click();
        String answer = resultText();
        String url = browser.driver().getCurrentUrl();

        // When its URL is opened in a freshly loaded page
        browser.reload(url.substring(url.indexOf('#')));

        // Then the same form and the same answer are shown
        assertSharedForm();
        assertEquals(answer, resultText());

        // When the user goes to an entity, then back, then forward
        browser.visible("#shared-chips .chip[data-id='" + RECSOIL + "']");
        browser.open("#/entity/" + RECSOIL);
        explorer.entityPanel(RECSOIL);
        browser.driver().navigate().back();

        // Then back restores the shared view and forward the entity
        assertSharedForm();
        assertEquals(answer, resultText());
        browser.driver().navigate().forward();
        explorer.entityPanel(RECSOIL);
        assertTrue(browser.driver().getCurrentUrl().endsWith("#/entity/" + RECSOIL));
    }

    private void assertSharedForm() {
        assertEquals(RECSOIL + "," + SOIL_DOCTORS + "," + FLEGT, browser.visible("#shared-ids").getAttribute("value"));
        assertTrue(browser.visible("#shared-atleast").isSelected());
        assertEquals("2", browser.visible("#shared-min").getAttribute("value"));
        assertEquals(3, browser.present("#shared-chips .chip").size());
    }

    /** The answer area's text once it has finished loading (a table, or the "no country" message). */
    private String resultText() {
        return browser.until(d -> {
            WebElement out = d.findElement(By.id("shared-result"));
            boolean done = !out.findElements(By.cssSelector("#shared-table, [data-testid=shared-none]")).isEmpty();
            return done ? out.getText() : null;
        });
    }

    private Set<String> rowIds() {
        return browser.present("#shared-table tbody tr").stream().map(r -> r.getAttribute("data-id")).collect(Collectors.toSet());
    }

    private void setValue(String css, String value) {
        WebElement input = browser.visible(css);
        input.clear();
        input.sendKeys(value);
    }
}
