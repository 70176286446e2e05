package org.synergraph.web;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Saves screenshots of the main views for docs/EXPLORER.md. Runs only when asked:
 * {@code -Dsynergraph.screenshots=/abs/path/docs/screenshots} (the PNGs are committed, so a normal build leaves them).
 */
@RequiresChromium
@EnabledIfSystemProperty(named = "synergraph.screenshots", matches = ".+")
class ScreenshotsIT extends BrowserSession {
    private static final String SHARED = "#/shared?ids=initiative:recsoil,initiative:soil_doctors,initiative:fao_eu_flegt&min=2";

    private final Path folder = Path.of(System.getProperty("synergraph.screenshots", "docs/screenshots"));

    @Test
    void saves_the_main_views() {
        explorer.openEntity("initiative:soil_doctors");
        browser.screenshot(folder.resolve("entity-graph.png"));

        browser.open(SHARED);
        browser.visible("#shared-result .table-wrap, #shared-result [data-testid=shared-none]");
        browser.screenshot(folder.resolve("shared-activity.png"));

        explorer.openEntity("initiative:recsoil");
        browser.visible("#side-panel .relation .evidence-quote").click();
        browser.visible("#document-reader .passage.selected .mention.emphasis");
        browser.screenshot(folder.resolve("document-reader.png"));

        browser.open("#/reports/countries_by_initiatives?run=1");
        browser.visible("#report-table");
        browser.screenshot(folder.resolve("reports.png"));
    }
}
