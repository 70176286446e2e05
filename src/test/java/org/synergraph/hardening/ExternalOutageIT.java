package org.synergraph.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synergraph.config.Config;
import org.synergraph.graph.EmbeddedNeo4j;
import org.synergraph.support.Api;
import org.synergraph.support.TestGraph;

/** External Neo4j goes away: health says so, requests get 503 JSON, and the app recovers when it returns. */
class ExternalOutageIT {

    @Test
    void app_reports_an_outage_and_recovers_when_neo4j_returns() throws Exception {
        Path store = TestGraph.tempDir("outage").resolve("graph");
        int port = freePort();
        EmbeddedNeo4j server = EmbeddedNeo4j.start(store, "127.0.0.1", port, TestGraph.settings(),
                TestGraph.serverCredentials());
        TestGraph app = TestGraph.over(TestGraph.config(TestGraph.tempDir("outage-app"),
                Optional.of(new Config.ExternalNeo4j(server.boltUri(), "neo4j", TestGraph.SERVER_PASSWORD, "neo4j"))));
        try {
            assertEquals(200, app.api().get("/api/health").status());

            server.close();
            Api.Response health = app.api().get("/api/health");
            Api.Response search = app.api().get("/api/search?q=FAO");

            assertEquals(503, health.status(), health.body());
            assertEquals("unavailable", health.json().get("status").asText());
            assertEquals(503, search.status(), search.body());
            assertEquals("graph_unavailable", search.json().get("error").asText());

            server = EmbeddedNeo4j.start(store, "127.0.0.1", port, TestGraph.settings(),
                TestGraph.serverCredentials());
            Api.Response back = waitForHealthy(app.api(), 60);

            assertEquals(200, back.status(), back.body());
            assertEquals(200, app.api().get("/api/search?q=FAO").status());
            assertTrue(back.json().get("counts").get("documents").asInt() >= 5);
        } finally {
            app.stop();
            server.close();
        }
    }

    private static Api.Response waitForHealthy(Api api, int seconds) throws InterruptedException {
        Api.Response r = api.get("/api/health");
        for (int i = 0; i < seconds && r.status() != 200; i++) {
            Thread.sleep(1000);
            r = api.get("/api/health");
        }
        return r;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
