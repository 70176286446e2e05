package org.synergraph.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.synergraph.support.Api;
import org.synergraph.support.TestGraph;

/** One headless Chromium per browser test class, pointed at the shared test server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserSession {
    protected final Api api = TestGraph.embedded().api();
    protected Browser browser;
    protected Explorer explorer;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start(api.base());
        explorer = new Explorer(browser);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
