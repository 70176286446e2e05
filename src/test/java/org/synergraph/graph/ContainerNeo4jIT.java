package org.synergraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.synergraph.config.Config;
import org.synergraph.support.Api;
import org.synergraph.support.TestGraph;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * The app against a real Neo4j server in Docker, through a neo4j:// routing URI: the corpus loads into it and the
 * main read paths answer. Skipped, and reported as skipped, where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerNeo4jIT {
    @Container
    private static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26-community")
            .withAdminPassword("synergraph-test");
    private static TestGraph app;

    @BeforeAll
    static void start() {
        Config config = TestGraph.config(TestGraph.tempDir("container-app"), Optional.of(
                new Config.ExternalNeo4j(NEO4J.getBoltUrl().replace("bolt://", "neo4j://"), "neo4j",
                        NEO4J.getAdminPassword(), "neo4j")));
        app = TestGraph.over(config);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void health_reports_external_mode_with_the_corpus_loaded() {
        Api.Response r = app.api().get("/api/health");

        assertEquals(200, r.status(), r.body());
        assertEquals("external", r.json().get("mode").asText());
        assertEquals(5, r.json().get("counts").get("documents").asInt());
    }

    @Test
    void search_and_entity_pages_answer_from_the_server() {
        Api.Response search = app.api().get("/api/search?q=RECSOIL");
        Api.Response page = app.api().get("/api/entities/initiative:recsoil");

        assertEquals("initiative:recsoil", search.json().get("results").get(0).get("id").asText());
        assertTrue(page.json().get("relations").size() > 0, page.body());
    }

    @Test
    void console_cannot_write_to_the_server() {
        Api.Response r = app.api().postJson("/api/cypher", "{\"query\":\"CREATE (n:Intruder) RETURN n\"}", null);

        assertEquals(403, r.status(), r.body());
    }
}
