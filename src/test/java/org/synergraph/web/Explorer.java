package org.synergraph.web;

import java.util.List;
import java.util.Objects;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
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
        settle();
    }

    /**
     * The longest edge that is the only one between its two ends and has a point a click would hit, brought into
     * view: the canvas is fitted to its two ends first. Fails when no edge has such a point.
     */
    String longestEdgeId() {
        browser.script(FIND_CLEAR_POINT + "const cy = window.synergraph.graph.cy;"
                + "const len = (e) => Math.hypot(e.source().renderedPosition('x') - e.target().renderedPosition('x'),"
                + " e.source().renderedPosition('y') - e.target().renderedPosition('y'));"
                + "const single = cy.edges().filter(e => e.parallelEdges().length === 1);"
                + "const pool = single.length ? single : cy.edges();"
                + "cy.fit(pool.sort((a, b) => len(b) - len(a))[0].connectedNodes(), 80);");
        settle();
        String id = (String) browser.script(FIND_CLEAR_POINT + "const cy = window.synergraph.graph.cy;"
                + "const len = (e) => Math.hypot(e.source().renderedPosition('x') - e.target().renderedPosition('x'),"
                + " e.source().renderedPosition('y') - e.target().renderedPosition('y'));"
                + "const pool = cy.edges().filter(e => e.parallelEdges().length === 1).sort((a, b) => len(b) - len(a));"
                + "const e = pool.find(e => clearPoint(e)) || cy.edges().find(e => clearPoint(e));"
                + "return e ? e.id() : null;");
        if (id == null) {
            throw new AssertionError("no edge on the canvas has a point where a click would reach it");
        }
        return id;
    }

    /**
     * Clicks a canvas edge with the mouse, as a user would: at a point of the edge where Cytoscape's own hit test
     * finds that edge and no page element lies over the canvas.
     */
    void clickEdge(String edgeId) {
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.script(FIND_CLEAR_POINT
                + "const p = clearPoint(window.synergraph.graph.cy.getElementById(arguments[0]));"
                + "if (!p) return null;"
                + "const box = document.getElementById('graph-canvas').getBoundingClientRect();"
                + "return [p.clientX - (box.left + box.width / 2), p.clientY - (box.top + box.height / 2)];", edgeId);
        if (at == null) {
            throw new AssertionError("edge " + edgeId + " has no point where a click would reach it");
        }
        browser.script("window.__taps = []; window.synergraph.graph.cy.on('tap', (e) =>"
                + " window.__taps.push(e.target === e.cy ? 'background' : e.target.id()));");
        WebElement canvas = browser.driver().findElement(By.id("graph-canvas"));
        new Actions(browser.driver()).moveToElement(canvas, at.get(0).intValue(), at.get(1).intValue()).click().perform();
    }

    /** Waits for the side panel to show the edge panel; on a timeout says what the click hit and what the panel shows. */
    WebElement edgePanel() {
        try {
            return browser.visible("#side-panel [data-testid=edge-panel]");
        } catch (TimeoutException e) {
            throw new AssertionError("no edge panel; taps on the canvas: " + browser.script("return window.__taps;")
                    + "; URL " + browser.driver().getCurrentUrl()
                    + "; side panel: " + browser.driver().findElement(By.id("side-panel")).getText(), e);
        }
    }

    /**
     * Defines clearPoint(edge): the client coordinates of the first point along the edge, from its middle outwards,
     * where the renderer's nearest element is the edge itself and the topmost page element is the canvas; or null.
     */
    private static final String FIND_CLEAR_POINT = "const clearPoint = (edge) => {"
            + " const cy = edge.cy(); const r = cy.renderer(); const zoom = cy.zoom(); const pan = cy.pan();"
            + " const box = cy.container().getBoundingClientRect();"
            + " const a = edge.sourceEndpoint(); const b = edge.targetEndpoint();"
            + " for (const t of [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75]) {"
            + "  const x = a.x + t * (b.x - a.x); const y = a.y + t * (b.y - a.y);"
            + "  const clientX = box.left + x * zoom + pan.x; const clientY = box.top + y * zoom + pan.y;"
            + "  if (clientX < box.left + 4 || clientY < box.top + 4 || clientX > box.right - 4 || clientY > box.bottom - 4) continue;"
            + "  const hit = r.findNearestElement(x, y, true, false);"
            + "  const top = document.elementFromPoint(clientX, clientY);"
            + "  if (hit && hit.id() === edge.id() && top && cy.container().contains(top)) return { clientX, clientY };"
            + " }"
            + " return null; };";

    /** Waits until no edge midpoint has moved for 300 ms: layout, fit and zoom have finished. */
    private void settle() {
        Object[] last = {null};
        browser.until(d -> {
            Object now = edgeGeometry();
            boolean still = Objects.equals(last[0], now);
            last[0] = now;
            if (!still) {
                sleep(300);
            }
            return still;
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Object edgeGeometry() {
        return browser.script("return window.synergraph.graph.cy.edges().map(e => {"
                + " const p = e.renderedMidpoint(); return Math.round(p.x) + ',' + Math.round(p.y); }).join(' ');");
    }
}
