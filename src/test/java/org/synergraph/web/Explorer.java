package org.synergraph.web;

import java.util.List;
import java.util.Objects;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The explorer's pages as verbs over a {@link Browser}: search, open entities, click canvas edges, read the panel. */
final class Explorer {
    private final Browser browser;

    Explorer(Browser browser) {
        this.browser = browser;
    }

    Browser browser() {
        return browser;
    }

    /** Types `text` into the header search and returns the suggestion for `entityId` once it shows. */
    WebElement suggestionFor(String text, String entityId) {
        WebElement input = browser.visible("#search-input");
        input.clear();
        input.sendKeys(text);
        return browser.visible("#search-suggestions .suggestion[data-id='" + entityId + "']");
    }

    /** Types `text` into the entity picker `pickerId` (e.g. "shared-add") and chooses the suggestion for `entityId`. */
    void pick(String pickerId, String text, String entityId) {
        WebElement input = browser.visible("#" + pickerId);
        input.clear();
        input.sendKeys(text);
        browser.visible("#" + pickerId + "-suggestions .suggestion[data-id='" + entityId + "']").click();
    }

    /** Waits until the side panel shows `entityId` and returns the panel's head. */
    WebElement entityPanel(String entityId) {
        return browser.visible("#side-panel [data-testid=entity-panel][data-entity-id='" + entityId + "']");
    }

    /** Opens an entity's neighbourhood and waits until the canvas holds it and the panel shows it. */
    void openEntity(String entityId) {
        browser.open("#/entity/" + entityId);
        entityPanel(entityId);
        canvasReady(entityId);
    }

    /** Waits until the canvas shows `focusId` with at least one edge and its layout has settled. */
    void canvasReady(String focusId) {
        browser.until(d -> Boolean.TRUE.equals(browser.script(
                "const g = window.synergraph && window.synergraph.graph;"
                        + "return !!g && g.has(arguments[0]) && g.cy.edges().length > 0;", focusId)));
        browser.until(d -> {
            Object before = edgeGeometry();
            return Objects.equals(before, edgeGeometry()) ? before : null;
        });
    }

    /**
     * The longest edge that is the only one between its two ends, brought into view: the canvas is fitted to its two
     * ends so that its midpoint stands clear of other nodes and edges, where a click hits it.
     */
    String longestEdgeId() {
        String id = (String) browser.script("const cy = window.synergraph.graph.cy;"
                + "const len = (e) => Math.hypot(e.source().renderedPosition('x') - e.target().renderedPosition('x'),"
                + " e.source().renderedPosition('y') - e.target().renderedPosition('y'));"
                + "const single = cy.edges().filter(e => e.parallelEdges().length === 1);"
                + "const pool = single.length ? single : cy.edges();"
                + "const e = pool.sort((a, b) => len(b) - len(a))[0];"
                + "cy.fit(e.connectedNodes(), 80);"
                + "return e.id();");
        browser.until(d -> {
            Object before = edgeGeometry();
            return Objects.equals(before, edgeGeometry()) ? before : null;
        });
        return id;
    }

    /** Clicks the midpoint of a canvas edge with the mouse, as a user would. */
    void clickEdge(String edgeId) {
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.script("const cy = window.synergraph.graph.cy;"
                + "const p = cy.getElementById(arguments[0]).renderedMidpoint();"
                + "const box = cy.container().getBoundingClientRect();"
                + "return [p.x - box.width / 2, p.y - box.height / 2];", edgeId);
        WebElement canvas = browser.driver().findElement(By.id("graph-canvas"));
        new Actions(browser.driver()).moveToElement(canvas, at.get(0).intValue(), at.get(1).intValue()).click().perform();
    }

    private Object edgeGeometry() {
        return browser.script("return window.synergraph.graph.cy.edges().map(e => {"
                + " const p = e.renderedMidpoint(); return Math.round(p.x) + ',' + Math.round(p.y); }).join(' ');");
    }
}
