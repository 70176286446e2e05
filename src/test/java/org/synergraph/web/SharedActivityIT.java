package org.synergraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The shared-activity tool: built with pickers, answered as a table whose ticks open their evidence, a CSV and a
 * citation, offering one input fewer when nothing is shared by all, and addressable by its URL.
 */
@RequiresChromium
class SharedActivityIT extends BrowserSession {
    private static final String RECSOIL = "initiative:recsoil";
    private static final String SOIL_DOCTORS = "initiative:soil_doctors";
    private static final String FLEGT = "initiative:fao_eu_flegt";
    private static final String THREE = RECSOIL + "," + SOIL_DOCTORS + "," + FLEGT;
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

        // And "Download CSV" saves one row per country and initiative: the six countries, three rows each
        browser.visible("#shared-csv").click();
        List<List<String>> csv = parseCsv(browser.downloaded("shared-recsoil-soil_doctors-fao_eu_flegt.csv"));
        assertEquals(List.of("Country", "id", "Input", "input id", "Status", "Document", "document id", "Date",
                "Paragraph", "Quote"), csv.get(0));
        List<List<String>> rows = csv.subList(1, csv.size());
        assertEquals(IN_AT_LEAST_TWO.size() * 3, rows.size(), csv.toString());
        assertEquals(IN_AT_LEAST_TWO, rows.stream().map(r -> r.get(1)).collect(Collectors.toSet()));

        // And each row gives the status and the document, paragraph and quote that state it (000 para 4 for RECSOIL)
        List<String> costaRica = row(rows, "country:CRI", RECSOIL);
        assertEquals(List.of("Costa Rica", "active", "000", "2024", "4"),
                List.of(costaRica.get(0), costaRica.get(4), costaRica.get(6), costaRica.get(7), costaRica.get(8)));
        assertFalse(costaRica.get(5).isBlank(), costaRica.toString());
        assertTrue(costaRica.get(9).contains("哥斯达黎加"), costaRica.toString());
        assertEquals(List.of("not linked", "", "", "", "", ""), row(rows, "country:COL", RECSOIL).subList(4, 10));
    }

    @Test
    void a_tick_opens_its_evidence_with_a_link_to_the_reader_at_the_paragraph() {
        // Given the three initiatives' countries shared by at least two
        browser.open("#/shared?ids=" + RECSOIL + "," + SOIL_DOCTORS + "," + FLEGT + "&min=2");
        resultText();
        JsonNode ev = evidence(api.get("/api/shared?ids=" + THREE + "&min=2").json(), "country:COL", FLEGT);

        // When the user clicks FLEGT's tick for Colombia
        WebElement tick = browser.visible("#shared-table tr[data-id='country:COL'] .tick-button[data-input='" + FLEGT + "']");
        tick.click();

        // Then the tick shows it is open and the evidence gives the quote, its document, date and paragraph
        assertTrue(tick.getAttribute("class").contains("open"));
        assertEquals("true", tick.getAttribute("aria-expanded"));
        WebElement box = browser.visible("#shared-evidence");
        assertTrue(box.findElement(By.tagName("h2")).getText().startsWith("Colombia — "), box.getText());
        WebElement quote = box.findElement(By.cssSelector("[data-testid=evidence-quote]"));
        assertEquals("004", quote.getAttribute("data-document-id"));
        assertEquals(ev.get("passageId").asText(), quote.getAttribute("data-passage-id"));
        assertEquals(ev.get("quote").asText().replaceAll("\\s+", " ").strip(), quote.findElement(By.tagName("q")).getText());
        String source = quote.findElement(By.className("evidence-source")).getText();
        assertTrue(source.contains(ev.get("documentDate").asText()) && source.contains("¶" + ev.get("para").asText()),
                source);

        // When the user follows it, the reader opens at that paragraph
        quote.click();
        browser.visible("#document-reader .passage.selected[data-passage-id='" + ev.get("passageId").asText() + "']");
        assertTrue(browser.driver().getCurrentUrl().contains("#/document/004"), browser.driver().getCurrentUrl());
    }

    @Test
    @Tag("corpus-answers")
    void when_no_country_has_all_three_the_page_offers_the_six_that_have_two() {
        // Given the three initiatives, "all of them": no country has all three
        browser.open("#/shared?ids=" + RECSOIL + "," + SOIL_DOCTORS + "," + FLEGT);
        browser.visible("[data-testid=shared-none]");

        // Then the page says how many have two in common
        assertEquals("6 countries have 2 of them in common. Show them", browser.visible("#shared-fewer").getText());

        // When the user takes the offer, the same question is asked for at least two
        browser.visible("#shared-fewer-run").click();
        resultText();
        assertEquals(IN_AT_LEAST_TWO, rowIds());
        assertTrue(browser.driver().getCurrentUrl().contains("min=2"), browser.driver().getCurrentUrl());
        assertTrue(browser.visible("#shared-atleast").isSelected());
    }

    @Test
    void copy_as_citation_names_the_entities_and_each_countrys_sources_in_the_chosen_language() {
        // Given the answer for at least two of the three, and what the API says about it
        JsonNode answer = api.get("/api/shared?ids=" + THREE + "&min=2").json();
        JsonNode soilDoctors = evidence(answer, "country:COL", SOIL_DOCTORS);
        JsonNode flegt = evidence(answer, "country:COL", FLEGT);
        List<String> namesEn = new ArrayList<>();
        List<String> namesZh = new ArrayList<>();
        answer.get("inputs").forEach(i -> { namesEn.add(i.get("nameEn").asText()); namesZh.add(zhName(i)); });
        browser.open("#/shared?ids=" + THREE + "&min=2");
        resultText();

        try {
            // When the user copies the answer as a citation
            browser.visible("#shared-cite").click();

            // Then the text names the entities and, per country, each input's document, date and paragraph
            List<String> en = List.of(browser.visible("#shared-citation").getText().split("\n"));
            assertEquals("Countries where at least 2 of " + String.join(", ", namesEn)
                    + " are active (Synergraph, shared activity):", en.get(0));
            assertEquals(1 + IN_AT_LEAST_TWO.size(), en.size(), en.toString());
            assertEquals("- Colombia: " + namesEn.get(1) + " (" + cited(soilDoctors, "para. " + soilDoctors.get("para").asText(), ", ")
                    + "); " + namesEn.get(2) + " (" + cited(flegt, "para. " + flegt.get("para").asText(), ", ") + ")",
                    line(en, "- Colombia: "));

            // When the interface is in Chinese, the citation is too
            browser.visible("#lang-toggle").click();
            browser.until(ExpectedConditions.textToBe(By.id("shared-cite"), "复制为引文"));
            browser.visible("#shared-cite").click();
            List<String> zh = List.of(browser.visible("#shared-citation").getText().split("\n"));
            assertEquals(String.join("、", namesZh) + " 中至少 2 个开展活动的国家（Synergraph 共同活动）：", zh.get(0));
            String colombia = "- " + zhName(answer.get("rows").findParents("id").stream()
                    .filter(e -> e.get("id").asText().equals("country:COL")).findFirst().orElseThrow()) + "：";
            assertEquals(colombia + namesZh.get(1) + "（" + cited(soilDoctors, "第 " + soilDoctors.get("para").asText() + " 段", "，")
                    + "）；" + namesZh.get(2) + "（" + cited(flegt, "第 " + flegt.get("para").asText() + " 段", "，") + "）",
                    line(zh, colombia));
        } finally {
            if (browser.visible("#lang-toggle").getText().equals("English")) {
                browser.visible("#lang-toggle").click();
            }
        }
    }

    /** How the citation names a piece of evidence's source: symbol or title, date, paragraph. */
    private static String cited(JsonNode ev, String para, String comma) {
        String document = ev.has("documentSymbol") ? ev.get("documentSymbol").asText() : ev.get("documentTitle").asText();
        return String.join(comma, document, ev.get("documentDate").asText(), para);
    }

    private static String zhName(JsonNode entity) {
        return entity.hasNonNull("nameZh") ? entity.get("nameZh").asText() : entity.get("nameEn").asText();
    }

    private static String line(List<String> lines, String start) {
        return lines.stream().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(
                "no line starts with " + start + ": " + lines));
    }

    /** The first piece of evidence of `input`'s link to `country` in a /api/shared answer. */
    private static JsonNode evidence(JsonNode answer, String country, String input) {
        for (JsonNode row : answer.get("rows")) {
            if (row.get("entity").get("id").asText().equals(country)) {
                for (JsonNode link : row.get("links")) {
                    if (link.get("from").asText().equals(input)) {
                        return link.get("evidence").get(0);
                    }
                }
            }
        }
        throw new AssertionError(input + " has no link to " + country + " in " + answer);
    }

    private static List<String> row(List<List<String>> rows, String country, String input) {
        return rows.stream().filter(r -> r.get(1).equals(country) && r.get(3).equals(input)).findFirst()
                .orElseThrow(() -> new AssertionError("no CSV row for " + country + " and " + input));
    }

    /** RFC 4180 records (quoted cells may hold commas, quotes and line breaks), without the leading BOM. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        String s = text.replace("\uFEFF", "");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        return records;
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
