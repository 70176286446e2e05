package org.synergraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synergraph.config.Config;
import org.synergraph.support.Api;
import org.synergraph.support.TestGraph;

/**
 * The external path: a second DBMS started in this JVM stands in for a Neo4j server, and the app reaches it only
 * through NEO4J_URI-style configuration, exactly as it would reach a server or cluster.
 */
class ExternalModeIT {

    @Test
    void app_serves_from_an_external_neo4j_given_by_uri() {
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(TestGraph.tempDir("external").resolve("graph"), "127.0.0.1", 0,
                TestGraph.settings(),
                TestGraph.serverCredentials())) {
            Config config = TestGraph.config(TestGraph.tempDir("external-app"),
                    Optional.of(new Config.ExternalNeo4j(server.boltUri(), "neo4j", TestGraph.SERVER_PASSWORD, "neo4j")));
            TestGraph app = TestGraph.over(config);
            try {
                Api.Response r = app.api().get("/api/health");

                assertEquals(200, r.status(), r.body());
                assertEquals("external", r.json().get("mode").asText());
                assertEquals(server.boltUri(), r.json().get("bolt").asText());
            } finally {
                app.stop();
            }
        }
    }
}
