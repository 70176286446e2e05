package org.synergraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The 中文 / English toggle changes interface strings, entity names in the panel and on the canvas, and back. */
@RequiresChromium
class LanguageToggleIT extends BrowserSession {
    private static final String RECSOIL = "initiative:recsoil";
    private static final String RECSOIL_EN = "Recarbonization of Global Agricultural Soils (RECSOIL)";
    private static final String RECSOIL_ZH = "全球农业土壤再碳化倡议";


    @Test
    void toggle_switches_interface_strings_and_entity_names_to_chinese_and_back() {
        // Given RECSOIL open in English
        explorer.openEntity(RECSOIL);
        assertLanguage("Shared activity", RECSOIL_EN, "中文");

        // When the user switches to Chinese
        browser.visible("#lang-toggle").click();

        // Then menus, the panel and the canvas use Chinese, and the page says so
        assertLanguage("共同活动", RECSOIL_ZH, "English");
        assertEquals("zh-Hans", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));

        // When the user switches back, then English returns everywhere
        browser.visible("#lang-toggle").click();
        assertLanguage("Shared activity", RECSOIL_EN, "中文");
        assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
    }

    private void assertLanguage(String navShared, String entityName, String toggleText) {
        browser.until(ExpectedConditions.textToBe(By.id("nav-shared"), navShared));
        browser.until(ExpectedConditions.textToBe(By.cssSelector("#side-panel #entity-name"), entityName));
        assertEquals(toggleText, browser.visible("#lang-toggle").getText());
        assertEquals(entityName, browser.script("return window.synergraph.graph.cy.getElementById(arguments[0]).data('label');", RECSOIL));
    }
}
