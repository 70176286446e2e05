package org.synergraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.synergraph.config.Config;
import org.synergraph.support.Api;
import org.synergraph.support.TestGraph;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/** The same app against a real Neo4j server in Docker; skipped, and reported as skipped, where no Docker runs. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerNeo4jIT {
    @Container
    private static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26-community").withAdminPassword("synergraph-test");

    @Test
    void app_serves_from_a_neo4j_server_in_a_container() {
        Config config = TestGraph.config(TestGraph.tempDir("container-app"), Optional.of(
                new Config.ExternalNeo4j(NEO4J.getBoltUrl().replace("bolt://", "neo4j://"), "neo4j",
                        NEO4J.getAdminPassword(), "neo4j")));
        TestGraph app = TestGraph.over(config);
        try {
            Api.Response r = app.api().get("/api/health");

            assertEquals(200, r.status(), r.body());
            assertEquals("external", r.json().get("mode").asText());
        } finally {
            app.stop();
        }
    }
}
